// What a failed Notify call means for the send: retry, record against the row, or stop the job.
// Decided on the HTTP status and Notify's error type, never on message text (tech-docs
// _generic_errors.md says the text can change).
import { NOTIFY_ERROR } from "./notify-api";
import { scrubError, type SafeError } from "./scrub";

export type FailureKind =
  /** 429 RateLimitError: too fast; back off and retry, the email was not created. */
  | "rate-limit"
  /** 429 TooManyRequestsError: the daily limit; stop, resume tomorrow. */
  | "daily-limit"
  /** 401/403: bad key, revoked key, clock skew; stop. */
  | "auth"
  /** Other 4xx: Notify refused this email; record it against the row, never retry. */
  | "rejected"
  /** 5xx, timeouts, dropped connections: the email may or may not exist; look it up, then retry. */
  | "ambiguous";

export interface NotifyFailure extends SafeError {
  kind: FailureKind;
}

export function classifyError(error: unknown, secrets: readonly string[] = []): NotifyFailure {
  const safe = scrubError(error, secrets);
  const status = safe.status;
  const type = safe.errors?.[0]?.error;
  let kind: FailureKind;
  if (status === 429) kind = type === NOTIFY_ERROR.dailyLimit ? "daily-limit" : "rate-limit";
  else if (status === 401 || status === 403) kind = "auth";
  else if (status !== undefined && status >= 400 && status < 500) kind = "rejected";
  else if (status !== undefined && status >= 500) kind = "ambiguous";
  else if (safe.code)
    kind = "ambiguous"; // network or timeout: no response at all
  else kind = "rejected"; // thrown before any request (e.g. the client refused its options)
  return { ...safe, kind };
}

/** A short, human explanation of a failure, with what to do about it. */
export function explainFailure(failure: NotifyFailure): string {
  switch (failure.kind) {
    case "auth":
      return (
        `Notify refused the API key (${failure.message}). Check the key is current and not ` +
        "revoked, and that this computer's clock is right (Notify allows 30 seconds)."
      );
    case "daily-limit":
      return `Notify's daily limit is reached (${failure.message}). Resume the job after midnight UTC.`;
    case "rate-limit":
      return `Notify's rate limit was hit (${failure.message}).`;
    case "ambiguous":
      return `Notify did not answer properly (${failure.message}).`;
    case "rejected":
      return failure.message;
  }
}
