// The pacing arithmetic, on a fake clock: in every window of the limit's length the limiter lets
// through at most limit * (1 - margin / 2), bursts are capped, and a 429 pause holds everyone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseRate, RateLimiter } from "../../../src/core/notify/send/rate-limiter";

/** Grant times (ms) of `n` requests taken as fast as the limiter allows. */
function grants(limiter: RateLimiter, clock: { now: number }, n: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    clock.now += limiter.reserve(); // waits exactly as long as told
    times.push(clock.now);
  }
  return times;
}

function maxInWindow(times: number[], windowMs: number): number {
  let best = 0;
  let start = 0;
  for (let end = 0; end < times.length; end++) {
    while (times[end]! - times[start]! >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

for (const [requests, perSeconds, margin] of [
  [3000, 60, 0.03],
  [300, 3, 0.03],
  [3000, 60, 0.1],
  [100, 1, 0],
] as const) {
  test(`${requests}/${perSeconds}s with margin ${margin}: never more than the limit in any window`, () => {
    const clock = { now: 0 };
    const limiter = new RateLimiter({
      limit: { requests, perSeconds },
      safetyMargin: margin,
      now: () => clock.now,
    });
    const times = grants(limiter, clock, requests * 3);
    const most = maxInWindow(times, perSeconds * 1000);
    assert.ok(most <= requests * (1 - margin / 2) + 1, `${most} in one window`);
    // ...and it really uses the limit: at least limit * (1 - margin) per window once running.
    assert.ok(most >= Math.floor(requests * (1 - margin)), `only ${most} in the busiest window`);
  });
}

test("bursts are capped at the default 50 and by half the margin", () => {
  const clock = { now: 0 };
  assert.equal(new RateLimiter({ now: () => clock.now }).burst, 45); // 3000 * 0.03 / 2
  assert.equal(
    new RateLimiter({ limit: { requests: 100000, perSeconds: 60 }, now: () => clock.now }).burst,
    50,
  );
  const limiter = new RateLimiter({
    limit: { requests: 300, perSeconds: 3 },
    now: () => clock.now,
  });
  const first = grants(limiter, clock, 10);
  assert.equal(first.filter((t) => t === 0).length, limiter.burst);
});

test("a 429 pause holds every request for that long", () => {
  const clock = { now: 0 };
  const limiter = new RateLimiter({
    limit: { requests: 3000, perSeconds: 60 },
    now: () => clock.now,
  });
  grants(limiter, clock, 100);
  const before = clock.now;
  limiter.pause(1000);
  const [next] = grants(limiter, clock, 1);
  assert.ok(next! >= before + 1000, `sent ${next! - before} ms after the pause began`);
});

test("acquire stops waiting when the send is cancelled", async () => {
  const limiter = new RateLimiter({ limit: { requests: 1, perSeconds: 60 } });
  await limiter.acquire();
  const controller = new AbortController();
  const waiting = limiter.acquire(controller.signal);
  controller.abort(new Error("cancelled"));
  await assert.rejects(waiting, /cancelled/);
});

test("--rate N/SECONDS parses, and nonsense does not", () => {
  assert.deepEqual(parseRate("3000/60"), { requests: 3000, perSeconds: 60 });
  assert.deepEqual(parseRate(" 50 / 1s "), { requests: 50, perSeconds: 1 });
  for (const bad of ["", "fast", "3000", "0/60", "3000/0", "-1/5"])
    assert.equal(parseRate(bad), undefined, bad);
});
