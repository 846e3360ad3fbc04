// The simulator's per-minute limit, per key type as Notify keys it ({service}-tokens-{key_type}).
// "token-bucket" is what Notify's API implements (validators.py: refill limit/window per second,
// at most min(ceil(limit/3)+1, 1000) tokens); "rolling-window" is the stricter reading of the docs
// ("calculated on a rolling basis"): never more than `requests` in any `perSeconds` window.
import { NOTIFY_TOKEN_BUCKET_MAX } from "../../../src/core/notify/send/notify-api";

export interface SimRateLimit {
  requests: number;
  perSeconds: number;
  mode: "token-bucket" | "rolling-window";
}

export class SimRateLimiter {
  private buckets = new Map<string, { tokens: number; at: number }>();
  private windows = new Map<string, number[]>();

  constructor(public limit: SimRateLimit) {}

  /** True when the request may proceed (and uses up one unit). */
  take(keyType: string, nowMs: number): boolean {
    const { requests, perSeconds, mode } = this.limit;
    if (mode === "rolling-window") {
      const times = this.windows.get(keyType) ?? [];
      const from = nowMs - perSeconds * 1000;
      let drop = 0;
      while (drop < times.length && times[drop]! <= from) drop++;
      if (drop) times.splice(0, drop);
      this.windows.set(keyType, times);
      if (times.length >= requests) return false;
      times.push(nowMs);
      return true;
    }
    const max = Math.min(Math.ceil(requests / 3) + 1, NOTIFY_TOKEN_BUCKET_MAX);
    const bucket = this.buckets.get(keyType) ?? { tokens: max, at: nowMs };
    const refill = ((nowMs - bucket.at) / 1000) * (requests / perSeconds);
    bucket.tokens = Math.min(max, bucket.tokens + refill);
    bucket.at = nowMs;
    this.buckets.set(keyType, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }

  reset(): void {
    this.buckets.clear();
    this.windows.clear();
  }
}
