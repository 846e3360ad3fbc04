// A fixed number of lanes working through a list: how many requests are in flight at once.
// With Notify's latency, the rate limiter alone cannot reach the limit one request at a time.

/**
 * Runs `worker` over `items` with at most `concurrency` at once, taking items in order.
 * Stops taking new items once `shouldStop()` is true; items already started finish.
 */
export async function runPool<T>(
  items: readonly T[],
  concurrency: number,
  worker: (item: T) => Promise<void>,
  shouldStop: () => boolean = () => false,
): Promise<void> {
  let next = 0;
  const lanes = Array.from(
    { length: Math.max(1, Math.min(concurrency, items.length)) },
    async () => {
      while (next < items.length && !shouldStop()) {
        const item = items[next++]!;
        await worker(item);
      }
    },
  );
  await Promise.all(lanes);
}
