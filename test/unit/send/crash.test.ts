// Crash safety: the real CLI sending 500 emails is killed with SIGKILL at a random moment, then
// resumed (in some runs the resume is killed too, and resumed again). Afterwards the simulator
// holds exactly one email per recipient, in every run.
import { after, test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  DEFAULT_TEMPLATE_ID,
  startNotifySimulator,
  type NotifySimulator,
} from "../../simulators/notify/server";
import { seededRandom } from "../../support/seeded-random";
import { cliBundle, removeCliBundle, runCli } from "./cli-process";
import { tempWorkspace } from "./helpers";

after(removeCliBundle);

const RUNS = 20;
const RECIPIENTS = 500;
const DRAFT = `---
subject: Platform changes for ((org))
channel: technical
---
Dear GOV.UK PaaS tenant,

# What is changing

We are upgrading the platform used by ((org)).
`;

const LINT_OFF = JSON.stringify({
  lint: { rules: { "write-good/*": "off", "gds/*": "off", "notify/*": "off", "tenant/*": "off" } },
});

function workspaceWithInputs(): string {
  const dir = tempWorkspace();
  writeFileSync(join(dir, "draft.notify.md"), DRAFT);
  // This test is about sending, not style: the linter's rules are off (cli-input tests lint).
  writeFileSync(join(dir, ".tenantcommsrc.json"), LINT_OFF);
  const rows = Array.from({ length: RECIPIENTS }, (_, i) => `tenant-${i}@example.com,org-${i}`);
  writeFileSync(join(dir, "recipients.csv"), ["email address,org", ...rows].join("\n") + "\n");
  return dir;
}

function jobIdIn(dir: string): string | undefined {
  try {
    return readdirSync(join(dir, ".tenant-comms", "jobs"))
      .find((n) => n.endsWith(".jsonl"))
      ?.replace(/\.jsonl$/, "");
  } catch {
    return undefined;
  }
}

/** Starts the CLI and SIGKILLs it once the simulator has stored `killAfter` emails (or after `killAfterMs`). */
async function sendAndKill(
  sim: NotifySimulator,
  args: string[],
  cwd: string,
  env: Record<string, string>,
  kill: { afterStored?: number; afterMs?: number },
): Promise<{ killed: boolean; code: number | null }> {
  const run = await runCli(args, { cwd, env });
  let killed = false;
  const killNow = () => {
    if (!killed && run.child.exitCode === null) {
      killed = run.child.kill("SIGKILL");
    }
  };
  const before = sim.store.all.length;
  if (kill.afterStored !== undefined) {
    sim.onStored = () => {
      if (sim.store.all.length - before >= kill.afterStored!) killNow();
    };
  }
  const timer = kill.afterMs !== undefined ? setTimeout(killNow, kill.afterMs) : undefined;
  const result = await run.done;
  sim.onStored = undefined;
  if (timer) clearTimeout(timer);
  return { killed: killed && result.signal === "SIGKILL", code: result.code };
}

test(
  `${RUNS} runs killed with SIGKILL at a random moment, then resumed: exactly one email per recipient`,
  { timeout: 180_000 },
  async () => {
    await cliBundle();
    const random = seededRandom(Number(process.env.CRASH_SEED ?? 20261204));
    const summary: string[] = [];
    let killedMidSend = 0;
    for (let run = 0; run < RUNS; run++) {
      // Processing time before a notification is stored, so a kill leaves requests in flight that
      // the simulator still completes after the client is gone.
      const sim = await startNotifySimulator({
        latencyMs: 3,
        seed: run + 1,
        rateLimit: { requests: 3000, perSeconds: 3 },
      });
      try {
        const cwd = workspaceWithInputs();
        const env = { NOTIFY_API_KEY: sim.apiKey("live"), NOTIFY_API_URL: sim.url };
        const send = [
          "send",
          "draft.notify.md",
          "--recipients",
          "recipients.csv",
          "--template-id",
          DEFAULT_TEMPLATE_ID,
          "--yes",
          "--rate",
          "800/1",
          "--timeout",
          "0.5",
        ];
        // Most runs die after a random number of stored emails; some at a random time (which can
        // fall before the job exists, while it checks the template, or while it sends).
        const byTime = run % 4 === 3;
        const kill = byTime
          ? { afterMs: Math.floor(random() * 900) }
          : { afterStored: Math.floor(random() * RECIPIENTS) };
        const first = await sendAndKill(sim, send, cwd, env, kill);
        let line = `run ${run}: killed ${first.killed ? `at ${sim.store.all.length} stored` : "too late (finished)"}`;
        if (first.killed && sim.store.all.length > 0 && sim.store.all.length < RECIPIENTS)
          killedMidSend++;
        const jobId = jobIdIn(cwd);
        if (first.killed) {
          if (jobId === undefined) {
            // Killed before the job existed: nothing can have been sent; start it afresh.
            assert.equal(sim.store.all.length, 0, `run ${run}: emails sent without a journal`);
            const again = await runCli(send, { cwd, env });
            const r = await again.done;
            assert.equal(r.code, 0, r.stderr);
            line += ", no job yet, sent afresh";
          } else {
            const resume = [
              "send",
              "--resume",
              jobId,
              "--yes",
              "--rate",
              "800/1",
              "--timeout",
              "0.5",
            ];
            if (run % 5 === 1) {
              // Kill the resume too, mid-way, then resume once more.
              const second = await sendAndKill(sim, resume, cwd, env, {
                afterStored: Math.floor(random() * 100) + 1,
              });
              line += second.killed
                ? `, resume killed at ${sim.store.all.length}`
                : ", resume finished";
            }
            const last = await runCli(resume, { cwd, env });
            const r = await last.done;
            assert.equal(r.code, 0, `run ${run}: ${r.stderr}\n${r.stdout}`);
            assert.match(r.stdout, new RegExp(`${RECIPIENTS} sent, 0 failed, 0 not sent`));
            line += ", resumed";
          }
        } else {
          assert.equal(first.code, 0);
        }
        const counts = sim.countsByRecipient();
        const wrong = Array.from(
          { length: RECIPIENTS },
          (_, i) => `tenant-${i}@example.com`,
        ).filter((a) => counts.get(a) !== 1);
        assert.deepEqual(
          wrong.map((a) => `${a} x${counts.get(a) ?? 0}`),
          [],
          `run ${run}: not exactly one email each`,
        );
        assert.equal(sim.store.all.length, RECIPIENTS);
        summary.push(line);
      } finally {
        await sim.stop();
      }
    }
    // The test is only worth something if kills really landed in the middle of sending.
    assert.ok(
      killedMidSend >= RUNS / 2,
      `only ${killedMidSend} runs were killed mid-send:\n${summary.join("\n")}`,
    );
    console.log(summary.join("\n"));
  },
);
