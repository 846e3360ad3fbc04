// Backoff for retries: exponential with full jitter, so many workers that failed together do not
// all come back at the same instant.

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 250, maxMs: 20_000 };

/** Delay before retry number `attempt` (1 for the first retry). */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempt - 1));
  // Half fixed, half random: never zero, still spread out.
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

export { sleep } from "../../util/sleep";
