// The shapes a send job is run with and reports: shared by the job, its runner and the callers.
import type { NotifyApiKey } from "./api-key";
import type { NotifyPort } from "./client";
import type { RateLimiter } from "./rate-limiter";
import type { BackoffOptions } from "./retry";

export type StopReason = "cancelled" | "auth" | "daily-limit" | "unavailable" | "rate-limit";

export interface JobProgress {
  phase: "checking" | "settling" | "sending" | "done";
  total: number;
  sent: number;
  failed: number;
  inFlight: number;
  /** While settling: how long until interrupted requests can no longer be in flight. */
  waitMs?: number;
}

export interface JobContext {
  workspace: string;
  port: NotifyPort;
  apiKey: NotifyApiKey;
  apiUrl: string;
  templateId: string;
  limiter: RateLimiter;
  /** Requests in flight at once. */
  concurrency: number;
  /** The client's timeout; also how long a killed run's requests may still be in flight. */
  requestTimeoutMs: number;
  signal?: AbortSignal;
  onProgress?(progress: JobProgress): void;
  /** Ambiguous failures (5xx, timeouts) of one email before the job stops. Default 6. */
  maxRetries?: number;
  /** 429s of one email before the job stops (it should never get one). Default 10. */
  maxRateLimitRetries?: number;
  backoff?: BackoffOptions;
}

export interface RowFailure {
  index: number;
  emailAddress: string;
  message: string;
}

export interface JobResult {
  jobId: string;
  journalPath: string;
  outcome: "finished" | "stopped";
  stop?: { reason: StopReason; message: string };
  total: number;
  sent: number;
  failed: number;
  notSent: number;
  /** Emails confirmed by looking their reference up, not from Notify's answer. */
  recoveredByLookup: number;
  rateLimited: number;
  failures: RowFailure[];
  /** Rows Notify holds more than one email for (a request finished after it was looked up). */
  possibleDuplicates: number[];
}
