// Sending 2,000 emails to the Notify simulator with 100 ms latency and Notify's limit of 3,000 a
// minute on a 3x clock: 3,000 per 20 s, enforced as Notify's API does (a token bucket refilled at
// 150/s, at most 1,001 tokens), so the run takes seconds. Reported: the achieved rate as a share
// of the limit (target >= 95%, no 429) against a plain sequential loop over sendEmail on the same
// simulator. The rate is measured where the limit is: on Notify's side, first to last request.
// (A strict rolling window, where the limit binds within the run, is tested in
// test/unit/send/rate.test.ts.)
import { NotifyClient } from "notifications-node-client";
import { performance } from "node:perf_hooks";
import { parseApiKey } from "../src/core/notify/send/api-key";
import { createNotifyPort } from "../src/core/notify/send/client";
import { DEFAULT_SENDING_CONFIG } from "../src/core/notify/send/config";
import { startJob } from "../src/core/notify/send/job";
import { RateLimiter } from "../src/core/notify/send/rate-limiter";
import {
  DEFAULT_TEMPLATE_ID,
  startNotifySimulator,
  type NotifySimulator,
} from "../test/simulators/notify/server";
import { planFor, tempWorkspace } from "../test/unit/send/helpers";
import type { BenchRow, BenchSuite } from "./bench-row";

const RECIPIENTS = 2000;
const BASELINE_RECIPIENTS = 100; // a sequential loop's rate does not depend on how many it sends
const LATENCY_MS = 100;
const LIMIT = { requests: 3000, perSeconds: 20 };
const LIMIT_PER_SECOND = LIMIT.requests / LIMIT.perSeconds;

/** Requests per second Notify received, from the `skip`th of them to the last. */
function arrivalRate(sim: NotifySimulator, from: number, skip = 0): number {
  const times = sim.store.all.slice(from + skip).map((n) => n.createdAt);
  return (times.length - 1) / ((times[times.length - 1]! - times[0]!) / 1000);
}

async function ours(sim: NotifySimulator) {
  const check = parseApiKey(sim.apiKey("live"));
  if (!check.ok) throw new Error(check.message);
  const d = DEFAULT_SENDING_CONFIG;
  const before = sim.store.all.length;
  const started = performance.now();
  const limiter = new RateLimiter({ limit: LIMIT, safetyMargin: d.safetyMargin });
  const result = await startJob(planFor(RECIPIENTS), {
    workspace: tempWorkspace(),
    port: createNotifyPort({
      apiKey: check.key,
      baseUrl: sim.url,
      timeoutMs: d.requestTimeoutSeconds * 1000,
    }),
    apiKey: check.key,
    apiUrl: sim.url,
    templateId: DEFAULT_TEMPLATE_ID,
    limiter,
    concurrency: d.concurrency,
    requestTimeoutMs: d.requestTimeoutSeconds * 1000,
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.sent !== RECIPIENTS) throw new Error(`sent ${result.sent} of ${RECIPIENTS}`);
  // The steady rate leaves out the opening burst, which the limiter allows once.
  return {
    rate: arrivalRate(sim, before),
    steady: arrivalRate(sim, before, limiter.burst),
    seconds,
  };
}

async function sequential(sim: NotifySimulator) {
  const client = new NotifyClient(sim.url, sim.apiKey("live"));
  const plan = planFor(BASELINE_RECIPIENTS);
  const before = sim.store.all.length;
  for (const r of plan.recipients) {
    await client.sendEmail(DEFAULT_TEMPLATE_ID, r.emailAddress, {
      personalisation: { subject: "Changes", body: "Body", org: String(r.values.org) },
      reference: `baseline-${r.index}`,
    });
  }
  return { rate: arrivalRate(sim, before) };
}

export const suite: BenchSuite = {
  name: "send",
  async run(): Promise<BenchRow[]> {
    const sim = await startNotifySimulator({
      latencyMs: LATENCY_MS,
      rateLimit: { ...LIMIT, mode: "token-bucket" },
    });
    try {
      const a = await ours(sim);
      const limited = sim.stats.rateLimited;
      sim.rateLimiter.reset();
      const b = await sequential(sim);
      const share = a.rate / LIMIT_PER_SECOND;
      const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
      return [
        {
          case: `send ${RECIPIENTS.toLocaleString("en-GB")} emails, ${LATENCY_MS} ms latency, limit ${LIMIT.requests}/${LIMIT.perSeconds} s (3,000/min, 3x clock)`,
          value: `${pct(share)} of limit (${a.rate.toFixed(1)}/s; steady ${pct(a.steady / LIMIT_PER_SECOND)}), ${limited} x 429, ${a.seconds.toFixed(1)} s`,
          baseline: `sequential sendEmail: ${pct(b.rate / LIMIT_PER_SECOND)} (${b.rate.toFixed(1)}/s)`,
          target: ">= 95% of the limit, no 429",
          met: share >= 0.95 && limited === 0,
        },
      ];
    } finally {
      await sim.stop();
    }
  },
};
