// Shared set-up for the send tests: a temp workspace, a plan built by hand, a job context
// pointing at a Notify simulator.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseApiKey, type NotifyApiKey } from "../../../src/core/notify/send/api-key";
import { createNotifyPort } from "../../../src/core/notify/send/client";
import type { JobContext } from "../../../src/core/notify/send/job";
import { sha256, type SendPlan } from "../../../src/core/notify/send/plan";
import { RateLimiter, type RateLimit } from "../../../src/core/notify/send/rate-limiter";
import { DEFAULT_TEMPLATE_ID, type NotifySimulator } from "../../simulators/notify/server";

export function tempWorkspace(): string {
  return mkdtempSync(join(tmpdir(), "tc-send-"));
}

export function address(i: number): string {
  return `tenant-${String(i).padStart(4, "0")}@example.com`;
}

export function planFor(count: number): SendPlan {
  const recipients = Array.from({ length: count }, (_, i) => ({
    index: i,
    emailAddress: address(i),
    sources: [{ file: "recipients.csv", row: i + 2 }],
    values: { "email address": address(i), org: `org-${i}` },
  }));
  return {
    draftPath: "draft.notify.md",
    draftHash: sha256("draft"),
    subject: "Changes to ((org))",
    body: "# Changes\n\nDear ((org)),\n\n* one\n* two\n",
    draftTemplateId: undefined,
    csv: [{ path: "recipients.csv", sha256: sha256("csv") }],
    recipients,
    duplicateRows: 0,
    placeholders: ["org"],
  };
}

export function keyOf(sim: NotifySimulator, type: "live" | "team" | "test" = "live"): NotifyApiKey {
  const check = parseApiKey(sim.apiKey(type));
  if (!check.ok) throw new Error(check.message);
  return check.key;
}

export function contextFor(
  sim: NotifySimulator,
  workspace: string,
  options: {
    rate?: RateLimit;
    concurrency?: number;
    timeoutMs?: number;
    signal?: AbortSignal;
    key?: NotifyApiKey;
    safetyMargin?: number;
  } = {},
): JobContext {
  const apiKey = options.key ?? keyOf(sim);
  const timeoutMs = options.timeoutMs ?? 2000;
  const ctx: JobContext = {
    workspace,
    port: createNotifyPort({ apiKey, baseUrl: sim.url, timeoutMs }),
    apiKey,
    apiUrl: sim.url,
    templateId: DEFAULT_TEMPLATE_ID,
    limiter: new RateLimiter({
      limit: options.rate ?? { requests: 3000, perSeconds: 60 },
      safetyMargin: options.safetyMargin ?? 0.03,
    }),
    concurrency: options.concurrency ?? 20,
    requestTimeoutMs: timeoutMs,
    backoff: { baseMs: 20, maxMs: 200 },
  };
  if (options.signal) ctx.signal = options.signal;
  return ctx;
}

/** Asserts-ready summary: addresses with a count other than one, and how many got none. */
export function exactlyOnce(
  sim: NotifySimulator,
  count: number,
): { wrong: string[]; missing: number } {
  const counts = sim.countsByRecipient();
  const wrong: string[] = [];
  let missing = 0;
  for (let i = 0; i < count; i++) {
    const n = counts.get(address(i)) ?? 0;
    if (n === 0) missing++;
    else if (n !== 1) wrong.push(`${address(i)} x${n}`);
  }
  return { wrong, missing };
}
