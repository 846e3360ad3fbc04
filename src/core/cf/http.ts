// One HTTP request with a timeout, retried with exponential backoff and full jitter on network
// errors, 429 and 5xx only. Other 4xx answers are the caller's to handle (401 -> refresh, 403 ->
// not an admin, 404 -> wrong address), and retrying them would only hide the mistake.
// TLS is whatever Node's fetch does: always verified. There is deliberately no option to turn it off.
import { CfCancelledError, CfNetworkError, pathOf } from "./errors";
import { sleep } from "../util/sleep";

export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** Waits `ms`, rejecting early with CfCancelledError if `signal` aborts. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface HttpOptions {
  fetch?: FetchLike;
  sleep?: Sleep;
  /** 0 <= random() < 1, for jitter; injectable so tests are deterministic. */
  random?: () => number;
  /** Per attempt. Default 30 s. */
  timeoutMs?: number;
  /** Attempts in total, including the first. Default 5. */
  attempts?: number;
  /** Backoff base and cap. Defaults 250 ms and 8 s. */
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Region name for messages. */
  region?: string;
  /** Called once per attempt that reaches the network (for counting and logs). */
  onAttempt?: (info: { url: string; attempt: number }) => void;
  /** Called before a retry wait (for logs: "retrying after 500"). */
  onRetry?: (info: RetryInfo) => void;
}

export interface HttpRequest {
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /** false: one attempt only (for requests that must not be repeated, like a one-time passcode). */
  retry?: boolean;
}

export interface Http {
  /** Resolves with the final Response (possibly a 4xx/5xx after retries); rejects on network failure. */
  send(url: string, request?: HttpRequest): Promise<{ response: Response; attempts: number }>;
}

export type RetryInfo = { url: string; attempt: number; delayMs: number; reason: string };

/** "retrying https://api.example/v3/roles in 0.4 s (HTTP 500, attempt 1)" for logs. */
export function retryText(r: RetryInfo): string {
  return `${r.reason} from ${pathOf(r.url)}: retrying in ${(r.delayMs / 1000).toFixed(1)} s (attempt ${r.attempt + 1})`;
}

export const realSleep: Sleep = (ms, signal) =>
  sleep(ms, signal).catch((error: unknown) => {
    throw signal?.aborted ? new CfCancelledError() : error;
  });

export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}

/** Full jitter: a random wait between 0 and the exponential cap, so many clients don't retry in step. */
export function backoffDelay(
  attempt: number,
  random: () => number,
  baseDelayMs: number,
  maxDelayMs: number,
): number {
  const cap = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * cap);
}

/** Retry-After as seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

export function createHttp(options: HttpOptions = {}): Http {
  const doFetch: FetchLike = options.fetch ?? ((url, init) => fetch(url, init));
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const maxAttempts = Math.max(1, options.attempts ?? 5);
  const base = options.baseDelayMs ?? 250;
  const max = options.maxDelayMs ?? 8_000;

  return {
    async send(url, request = {}) {
      const { signal } = request;
      const attempts = request.retry === false ? 1 : maxAttempts;
      let lastReason = "";
      for (let attempt = 1; attempt <= attempts; attempt++) {
        if (signal?.aborted) throw new CfCancelledError();
        options.onAttempt?.({ url, attempt });
        const timeout = new AbortController();
        const timer = setTimeout(() => timeout.abort(), timeoutMs);
        const onAbort = () => timeout.abort();
        signal?.addEventListener("abort", onAbort, { once: true });
        let response: Response | undefined;
        try {
          response = await doFetch(url, {
            method: request.method ?? "GET",
            headers: request.headers,
            body: request.body,
            signal: timeout.signal,
            redirect: "error",
          });
          if (!isRetryableStatus(response.status) || attempt === attempts) {
            return { response, attempts: attempt };
          }
          lastReason = `HTTP ${response.status}`;
        } catch (error) {
          if (signal?.aborted) throw new CfCancelledError();
          lastReason = timeout.signal.aborted
            ? `no answer within ${Math.round(timeoutMs / 1000)} s`
            : networkReason(error);
          // A certificate problem will not fix itself by retrying, and must never be worked around.
          if (attempt === attempts || isTlsFailure(error)) {
            throw new CfNetworkError(url, lastReason, attempt, options.region);
          }
        } finally {
          clearTimeout(timer);
          signal?.removeEventListener("abort", onAbort);
        }
        let delayMs = backoffDelay(attempt, random, base, max);
        if (response) {
          // Drain the body so the connection can be reused, and honour the server's own pacing.
          await response.arrayBuffer().catch(() => undefined);
          const asked = retryAfterMs(response.headers.get("retry-after"), Date.now());
          if (asked !== undefined) delayMs = Math.min(Math.max(asked, delayMs), 60_000);
        }
        options.onRetry?.({ url, attempt, delayMs, reason: lastReason });
        await sleep(delayMs, signal);
      }
      // Unreachable: the loop returns or throws on its last attempt.
      throw new CfNetworkError(url, lastReason, maxAttempts, options.region);
    },
  };
}

function isTlsFailure(error: unknown): boolean {
  const code = (error as { cause?: { code?: string } })?.cause?.code ?? "";
  return /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL/.test(code);
}

/** A short human reason from fetch's TypeError("fetch failed", { cause }). */
function networkReason(error: unknown): string {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  if (cause?.code) {
    const known: Record<string, string> = {
      ENOTFOUND: "the address was not found (DNS)",
      ECONNREFUSED: "the connection was refused",
      ECONNRESET: "the connection was reset",
      ETIMEDOUT: "the connection timed out",
      UND_ERR_SOCKET: "the connection was closed",
      CERT_HAS_EXPIRED: "its TLS certificate has expired",
      DEPTH_ZERO_SELF_SIGNED_CERT: "its TLS certificate is self-signed and not trusted",
      SELF_SIGNED_CERT_IN_CHAIN: "its TLS certificate chain is not trusted",
      UNABLE_TO_VERIFY_LEAF_SIGNATURE: "its TLS certificate could not be verified",
    };
    return known[cause.code] ?? cause.code;
  }
  return error instanceof Error ? error.message : "network error";
}
