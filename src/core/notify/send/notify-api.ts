// Facts about the GOV.UK Notify API that the sender and the Notify simulator share (one source).
// General Notify limits (address length, body size, reference length) live in ../limits.
import { DEFAULT_RATE_LIMIT_PER_MINUTE } from "../limits";

export const NOTIFY_PRODUCTION_URL = "https://api.notifications.service.gov.uk";

/** Notify's per-minute limit per service and key type, as requests per window (validators.py). */
export const NOTIFY_RATE_LIMIT = {
  requests: DEFAULT_RATE_LIMIT_PER_MINUTE,
  perSeconds: 60,
} as const;

/** Notify's token bucket never holds more than this (app/constants.py TOKEN_BUCKET_MAX). */
export const NOTIFY_TOKEN_BUCKET_MAX = 1000;

/** A JWT's `iat` must be within this many seconds of Notify's clock (authentication.py). */
export const NOTIFY_JWT_IAT_TOLERANCE_SECONDS = 30;

/** Notifications per page of GET /v2/notifications. */
export const NOTIFY_PAGE_SIZE = 250;

/** Daily email limit for a trial service's team key. */
export const NOTIFY_TRIAL_DAILY_EMAIL_LIMIT = 50;

/** The key types Notify's API reports in its rate-limit message. */
export type NotifyKeyType = "live" | "team" | "test";

/** Email statuses (tech-docs notification statuses). */
export const EMAIL_STATUSES = [
  "created",
  "sending",
  "delivered",
  "permanent-failure",
  "temporary-failure",
  "technical-failure",
] as const;
export type EmailStatus = (typeof EMAIL_STATUSES)[number];

/** Statuses after which Notify will not change an email's status again. */
export const FINAL_EMAIL_STATUSES: readonly string[] = [
  "delivered",
  "permanent-failure",
  "temporary-failure",
  "technical-failure",
];

/** Notify's error `error` types we act on (app/v2/errors.py, auth.py). */
export const NOTIFY_ERROR = {
  rateLimit: "RateLimitError",
  dailyLimit: "TooManyRequestsError",
  auth: "AuthError",
  validation: "ValidationError",
  badRequest: "BadRequestError",
  notFound: "NoResultFound",
  server: "Exception",
} as const;

/** Notify's error body: `{status_code, errors: [{error, message}]}`. */
export interface NotifyErrorBody {
  status_code: number;
  errors: { error: string; message: string }[];
}
