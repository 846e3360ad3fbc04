// At the default settings (safety margin, burst cap, concurrency) a send runs against the
// simulator's real limit without one 429. Notify's 3,000 per 60 s is scaled down to 300 per
// 3 s (100 a second), so the test is quick and the client, sharing two cores with the simulator,
// can truly reach the limit; the pacing arithmetic is the same at any scale.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DEFAULT_SENDING_CONFIG } from "../../../src/core/notify/send/config";
import { startJob } from "../../../src/core/notify/send/job";
import { RateLimiter } from "../../../src/core/notify/send/rate-limiter";
import { startNotifySimulator } from "../../simulators/notify/server";
import { contextFor, exactlyOnce, planFor, tempWorkspace } from "./helpers";

const scaled = { requests: 300, perSeconds: 3 };

for (const mode of ["rolling-window", "token-bucket"] as const) {
  test(`default settings never hit the ${mode} limit`, async () => {
    const sim = await startNotifySimulator({ latencyMs: 5, rateLimit: { ...scaled, mode } });
    try {
      const count = 420; // more than one window's worth, so the limit binds
      const ctx = contextFor(sim, tempWorkspace(), {
        rate: scaled,
        concurrency: DEFAULT_SENDING_CONFIG.concurrency,
        safetyMargin: DEFAULT_SENDING_CONFIG.safetyMargin,
      });
      const result = await startJob(planFor(count), ctx);
      assert.equal(sim.stats.rateLimited, 0, "Notify answered 429");
      assert.equal(result.rateLimited, 0);
      assert.equal(result.sent, count);
      assert.deepEqual(exactlyOnce(sim, count), { wrong: [], missing: 0 });
    } finally {
      await sim.stop();
    }
  });
}

test("the simulator's limit is real: pacing without a margin and with big bursts gets 429s, which are retried", async () => {
  const sim = await startNotifySimulator({
    latencyMs: 5,
    rateLimit: { ...scaled, mode: "rolling-window" },
  });
  try {
    const count = 420;
    const ctx = contextFor(sim, tempWorkspace(), { rate: scaled, concurrency: 50 });
    ctx.limiter = new RateLimiter({
      limit: { requests: 340, perSeconds: 3 },
      safetyMargin: 0,
      maxBurst: 1000,
    });
    const result = await startJob(planFor(count), ctx);
    assert.ok(sim.stats.rateLimited > 0, "expected 429s from an over-eager client");
    assert.equal(result.rateLimited, sim.stats.rateLimited);
    // 429s create nothing and are retried: still exactly one email each.
    assert.equal(result.sent, count);
    assert.deepEqual(exactlyOnce(sim, count), { wrong: [], missing: 0 });
  } finally {
    await sim.stop();
  }
});
