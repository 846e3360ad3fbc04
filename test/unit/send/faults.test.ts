// Exactly once under faults: 5% of sends answered 500, 2% stored then the connection dropped,
// latency spikes longer than the client's timeout, and some requests that hang.
import { test } from "node:test";
import assert from "node:assert/strict";
import { startJob } from "../../../src/core/notify/send/job";
import { readJournal } from "../../../src/core/notify/send/journal";
import { startNotifySimulator } from "../../simulators/notify/server";
import { contextFor, exactlyOnce, planFor, tempWorkspace } from "./helpers";

test("with 500s, dropped-after-accept, latency spikes and hangs every recipient gets exactly one email", async () => {
  const sim = await startNotifySimulator({
    seed: 42,
    latencyMs: 2,
    rateLimit: { requests: 3000, perSeconds: 6 },
    faults: {
      error500: 0.05,
      dropAfterAccept: 0.02,
      latencySpike: 0.02,
      spikeMs: 300,
      hang: 0.005,
    },
  });
  try {
    const count = 600;
    const workspace = tempWorkspace();
    const result = await startJob(
      planFor(count),
      contextFor(sim, workspace, { timeoutMs: 250, rate: { requests: 3000, perSeconds: 6 } }),
    );
    assert.equal(result.outcome, "finished", JSON.stringify(result.stop));
    assert.equal(result.sent, count);
    assert.equal(result.failed, 0);
    assert.deepEqual(result.possibleDuplicates, []);
    const { wrong, missing } = exactlyOnce(sim, count);
    assert.deepEqual(wrong, []);
    assert.equal(missing, 0);
    // The faults really happened, and the dropped ones were recovered by lookup, not resent.
    assert.ok(sim.stats.injected500 >= 10, `500s: ${sim.stats.injected500}`);
    assert.ok(sim.stats.dropped >= 4, `dropped: ${sim.stats.dropped}`);
    assert.ok(sim.stats.hung >= 1, `hung: ${sim.stats.hung}`);
    assert.ok(result.recoveredByLookup >= sim.stats.dropped, `lookups ${result.recoveredByLookup}`);
    assert.equal(sim.stats.rateLimited, 0);
    // The journal holds no key, no secret and no personalisation.
    const text = JSON.stringify(readJournal(result.journalPath));
    assert.ok(!text.includes(contextFor(sim, workspace).apiKey.secret));
    assert.ok(!text.includes("org-1"), "no personalisation values in the journal");
    assert.ok(!text.includes("@example.com"), "no addresses in the journal");
  } finally {
    await sim.stop();
  }
});
