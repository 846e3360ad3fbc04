// `tenant-comms send` and `status` as jobs: stopping (daily limit, revoked key, Ctrl+C), resuming
// exactly once, refusing to resume changed inputs, rows Notify refuses, and delivery status.
import { test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { main } from "../../../src/cli";
import {
  DEFAULT_TEMPLATE_ID,
  startNotifySimulator,
  type NotifySimulator,
} from "../../simulators/notify/server";
import { fakeIO } from "../../support/fake-io";
import { tempWorkspace } from "./helpers";

const DRAFT =
  "---\nsubject: Changes for ((org))\n---\nDear tenant of ((org)),\n\n# Changes\n\n* one\n";

function workspace(rows: string[]): string {
  const dir = tempWorkspace();
  writeFileSync(join(dir, "d.notify.md"), DRAFT);
  // These tests are about sending, not style: the linter's rules are off (cli-input tests lint).
  copyFileSync(
    join(__dirname, "../../fixtures/send/.tenantcommsrc.json"),
    join(dir, ".tenantcommsrc.json"),
  );
  writeFileSync(join(dir, "r.csv"), ["email address,org", ...rows].join("\n") + "\n");
  return dir;
}

const rowsFor = (n: number, local = "t") =>
  Array.from({ length: n }, (_, i) => `${local}${i}@example.com,org${i}`);

/** `send --resume JOB --yes` with a 1-second request timeout, as the stop-and-resume tests run it. */
function resumeArgs(jobId: string): string[] {
  return ["send", "--resume", jobId, "--yes", "--timeout", "1"];
}

async function cli(
  sim: NotifySimulator,
  cwd: string,
  args: string[],
  opts: { key?: string; abortAfterStored?: number } = {},
) {
  const io = fakeIO({
    cwd,
    env: { NOTIFY_API_KEY: opts.key ?? sim.apiKey("live"), NOTIFY_API_URL: sim.url },
  });
  if (opts.abortAfterStored !== undefined) {
    const before = sim.store.all.length;
    sim.onStored = () => {
      if (sim.store.all.length - before >= opts.abortAfterStored!) io.abort();
    };
  }
  const code = await main(args, io);
  sim.onStored = undefined;
  return { code, out: io.out, err: io.err };
}

const send = [
  "send",
  "d.notify.md",
  "--recipients",
  "r.csv",
  "--template-id",
  DEFAULT_TEMPLATE_ID,
  "--yes",
  "--timeout",
  "1",
];
const jobOf = (out: string) => /Job (\S+):/.exec(out)?.[1] ?? assert.fail(`no job id in: ${out}`);

function assertOncePerRecipient(sim: NotifySimulator, n: number, local = "t") {
  const counts = sim.countsByRecipient();
  for (let i = 0; i < n; i++)
    assert.equal(counts.get(`${local}${i}@example.com`), 1, `${local}${i}`);
}

test("the daily limit stops the job (exit 3); resumed the next day it sends the rest exactly once", async () => {
  const sim = await startNotifySimulator({ dailyLimit: 25 });
  try {
    const cwd = workspace(rowsFor(40));
    const first = await cli(sim, cwd, send);
    assert.equal(first.code, 3, first.err);
    assert.match(
      first.out,
      /Stopped: Notify's daily limit is reached \(TooManyRequestsError: Exceeded send limits \(email: 25\) for today\)/,
    );
    const jobId = jobOf(first.out);
    assert.match(first.out, new RegExp(`Resume with: tenant-comms send --resume ${jobId}`));
    assert.equal(sim.store.all.length, 25);
    sim.dailyLimit = 1000; // a new day
    const second = await cli(sim, cwd, resumeArgs(jobId));
    assert.equal(second.code, 0, second.err);
    assert.match(second.out, /40 sent, 0 failed, 0 not sent \(of 40\)/);
    assertOncePerRecipient(sim, 40);
  } finally {
    await sim.stop();
  }
});

test("a key revoked mid-send stops the job (exit 3) with the reason; a valid key resumes it", async () => {
  const sim = await startNotifySimulator();
  try {
    const cwd = workspace(rowsFor(60));
    sim.onStored = () => {
      if (sim.store.all.length === 10) sim.keys[0]!.revoked = true;
    };
    const first = await cli(sim, cwd, send);
    sim.onStored = undefined;
    assert.equal(first.code, 3, first.err);
    assert.match(
      first.out,
      /Stopped: Notify refused the API key \(AuthError: Invalid token: API key revoked\)/,
    );
    sim.keys[0]!.revoked = false;
    const second = await cli(sim, cwd, resumeArgs(jobOf(first.out)));
    assert.equal(second.code, 0, second.err);
    assertOncePerRecipient(sim, 60);
  } finally {
    await sim.stop();
  }
});

test("Ctrl+C stops cleanly (exit 3) and the job resumes exactly once", async () => {
  const sim = await startNotifySimulator({ latencyMs: 5 });
  try {
    const cwd = workspace(rowsFor(200));
    const first = await cli(sim, cwd, [...send, "--rate", "200/1"], { abortAfterStored: 30 });
    assert.equal(first.code, 3, first.err);
    assert.match(first.out, /Stopped: Stopped on request/);
    assert.ok(sim.store.all.length < 200);
    const second = await cli(sim, cwd, resumeArgs(jobOf(first.out)));
    assert.equal(second.code, 0, second.err);
    assertOncePerRecipient(sim, 200);
  } finally {
    await sim.stop();
  }
});

test("rows Notify refuses are reported with Notify's message (exit 1) and not retried on resume", async () => {
  const sim = await startNotifySimulator({ team: ["t0@example.com", "t1@example.com"] });
  try {
    const cwd = workspace(rowsFor(4));
    const first = await cli(sim, cwd, send, { key: sim.apiKey("team") });
    assert.equal(first.code, 1, first.err);
    assert.match(first.out, /2 sent, 2 failed, 0 not sent/);
    assert.match(
      first.out,
      /failed: recipient 3 t2@example\.com: Can’t send to this recipient using a team-only API key/,
    );
    assert.match(first.out, /Note: This is a team key/);
    const jobId = jobOf(first.out);
    const report = readFileSync(join(cwd, ".tenant-comms", "jobs", `${jobId}.report.csv`), "utf8");
    assert.match(
      report,
      /t2@example\.com,r\.csv row 3,failed,,,tenant-comms-[^,]+,Can’t send to this recipient using a team-only API key/,
    );
    const posts = sim.stats.posts;
    const again = await cli(sim, cwd, ["send", "--resume", jobId, "--yes"], {
      key: sim.apiKey("team"),
    });
    assert.equal(again.code, 1);
    assert.equal(sim.stats.posts, posts, "refused rows were sent again");
  } finally {
    await sim.stop();
  }
});

test("resume refuses when the draft or the CSV changed, or the key is another service's or another type", async () => {
  const sim = await startNotifySimulator({ dailyLimit: 2 });
  const other = await startNotifySimulator({ serviceId: "0c0ffee0-1111-4222-8333-444455556666" });
  try {
    const cwd = workspace(rowsFor(5));
    const first = await cli(sim, cwd, send);
    assert.equal(first.code, 3);
    const jobId = jobOf(first.out);
    const resume = ["send", "--resume", jobId, "--yes"];
    const posts = sim.stats.posts;

    writeFileSync(join(cwd, "d.notify.md"), DRAFT + "\nOne more line.\n");
    let r = await cli(sim, cwd, resume);
    assert.equal(r.code, 2);
    assert.match(r.err, /The draft d\.notify\.md has changed since job .* began/);
    writeFileSync(join(cwd, "d.notify.md"), DRAFT);

    writeFileSync(join(cwd, "r.csv"), ["email address,org", ...rowsFor(6)].join("\n") + "\n");
    r = await cli(sim, cwd, resume);
    assert.equal(r.code, 2);
    assert.match(r.err, /The recipients CSV \(r\.csv\) has changed since job/);
    writeFileSync(join(cwd, "r.csv"), ["email address,org", ...rowsFor(5)].join("\n") + "\n");

    r = await cli(sim, cwd, resume, { key: other.apiKey("live") });
    assert.equal(r.code, 2);
    assert.match(
      r.err,
      /was sent with a key of service 5ad4c0de-7e11-4c0a-9a3e-7e57c0ffee01; this key is for service 0c0ffee0/,
    );
    assert.equal(sim.stats.posts, posts, "a refused resume sent something");

    // Same service, another key type: Notify would hide the job's emails from it.
    r = await cli(sim, cwd, resume, { key: sim.apiKey("team") });
    assert.equal(r.code, 2);
    assert.match(
      r.err,
      /This key cannot see the emails job .* already sent, so it could send them again/,
    );
    assert.equal(sim.stats.posts, posts, "a refused resume sent something");

    r = await cli(sim, cwd, ["send", "--resume", "no-such-job", "--yes"]);
    assert.equal(r.code, 2);
    assert.match(r.err, /There is no job no-such-job/);
  } finally {
    await sim.stop();
    await other.stop();
  }
});

test("status counts delivered and failed emails and writes one report row per recipient", async () => {
  const sim = await startNotifySimulator({
    statusTimings: { sendingAfterMs: 10, finalAfterMs: 40 },
  });
  try {
    const rows = [
      ...rowsFor(3),
      "perm-fail-a@example.com,x",
      "temp-fail-b@example.com,y",
      "tech-fail-c@example.com,z",
    ];
    const cwd = workspace(rows);
    const first = await cli(sim, cwd, send);
    assert.equal(first.code, 0, first.err);
    const jobId = jobOf(first.out);
    await new Promise((r) => setTimeout(r, 60));
    const status = await cli(sim, cwd, ["status", jobId]);
    assert.equal(status.code, 0, status.err);
    assert.match(
      status.out,
      /3 delivered, 0 pending, 1 permanent failure, 1 temporary failure, 1 technical failure/,
    );
    const report = readFileSync(join(cwd, ".tenant-comms", "jobs", `${jobId}.report.csv`), "utf8")
      .trim()
      .split("\n");
    assert.equal(report.length, 1 + rows.length);
    assert.match(
      report.find((l) => l.includes("perm-fail-a"))!,
      /,sent,permanent-failure,/,
    );
    const list = await cli(sim, cwd, ["status"]);
    assert.match(
      list.out,
      new RegExp(`${jobId}\\s+d\\.notify\\.md\\s+6/6 sent, 0 failed\\s+finished`),
    );
    // Journals and reports stay out of git.
    assert.ok(readdirSync(join(cwd, ".tenant-comms", "jobs")).includes(".gitignore"));
  } finally {
    await sim.stop();
  }
});
