// Paces sends below Notify's limit so a job runs at full speed without a 429.
//
// Generic cell rate algorithm: one send per `interval`, with at most `burst` sends early. Over
// any window of W seconds that lets through at most `burst + W / interval` sends. With
// interval = W / (limit * (1 - margin)) and burst <= limit * margin / 2, that is at most
// limit * (1 - margin / 2): below the limit whether Notify counts with its token bucket or with a
// strict rolling window, with half the margin left for timing jitter.
import { NOTIFY_RATE_LIMIT } from "./notify-api";
import { sleep } from "./retry";

export interface RateLimit {
  requests: number;
  perSeconds: number;
}

export interface RateLimiterOptions {
  limit?: RateLimit;
  /** Fraction of the limit left unused. Default 0.03 (so a job runs at 97% of the limit). */
  safetyMargin?: number;
  /** Most sends allowed back to back; capped further by the margin. Default 50. */
  maxBurst?: number;
  now?: () => number;
}

export const DEFAULT_SAFETY_MARGIN = 0.03;
export const DEFAULT_MAX_BURST = 50;

export class RateLimiter {
  readonly limit: RateLimit;
  /** Milliseconds between sends at the steady rate. */
  readonly intervalMs: number;
  readonly burst: number;
  private readonly now: () => number;
  /** Theoretical arrival time of the next send (GCRA's TAT). */
  private tat = 0;

  constructor(options: RateLimiterOptions = {}) {
    this.limit = options.limit ?? { ...NOTIFY_RATE_LIMIT };
    const margin = options.safetyMargin ?? DEFAULT_SAFETY_MARGIN;
    if (!(margin >= 0 && margin < 1)) throw new RangeError("safetyMargin must be in [0, 1)");
    if (!(this.limit.requests > 0 && this.limit.perSeconds > 0)) {
      throw new RangeError("rate limit must be a positive number of requests per positive seconds");
    }
    this.intervalMs = (this.limit.perSeconds * 1000) / (this.limit.requests * (1 - margin));
    const marginCap = Math.floor((this.limit.requests * margin) / 2);
    this.burst = Math.max(1, Math.min(options.maxBurst ?? DEFAULT_MAX_BURST, marginCap));
    this.now = options.now ?? (() => performance.now());
  }

  /** Sends per second at the steady rate. */
  get ratePerSecond(): number {
    return 1000 / this.intervalMs;
  }

  /** Milliseconds to wait for the next slot, reserving it. */
  reserve(): number {
    const now = this.now();
    const tat = Math.max(this.tat, now);
    const allowedAt = tat - (this.burst - 1) * this.intervalMs;
    this.tat = tat + this.intervalMs;
    return Math.max(0, allowedAt - now);
  }

  /** Waits for a slot; rejects if the signal aborts first (the slot is then simply unused). */
  async acquire(signal?: AbortSignal): Promise<void> {
    const wait = this.reserve();
    if (wait > 0) await sleep(wait, signal);
    else if (signal?.aborted) throw signal.reason;
  }

  /** After a 429: no sends for `ms`, and no burst straight after. */
  pause(ms: number): void {
    this.tat = Math.max(this.tat, this.now() + ms + (this.burst - 1) * this.intervalMs);
  }
}

/** Parses `N/SECONDS` (e.g. `3000/60`), as given to `--rate`. */
export function parseRate(text: string): RateLimit | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*s?\s*$/.exec(text);
  if (!match) return undefined;
  const requests = Number(match[1]);
  const perSeconds = Number(match[2]);
  if (!(requests > 0 && perSeconds > 0)) return undefined;
  return { requests, perSeconds };
}
