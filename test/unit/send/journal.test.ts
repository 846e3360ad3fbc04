import { test } from "node:test";
import assert from "node:assert/strict";
import { appendFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  ensureJobsDir,
  Journal,
  readJournal,
  summariseJournal,
  type JobHeader,
} from "../../../src/core/notify/send/journal";
import { lockJob } from "../../../src/core/notify/send/job-lock";
import { tempWorkspace } from "./helpers";

const header = (jobId: string): JobHeader => ({
  type: "job",
  v: 1,
  jobId,
  createdAt: "2026-12-04T12:00:00.000Z",
  draft: { path: "d.notify.md", sha256: "a" },
  csv: [{ path: "r.csv", sha256: "b" }],
  templateId: "t",
  recipients: 3,
  serviceId: "s",
  keyName: "k",
  apiUrl: "http://x",
});

test("the jobs folder gets a .gitignore that ignores everything in it", async () => {
  const dir = await ensureJobsDir(tempWorkspace());
  assert.match(readFileSync(join(dir, ".gitignore"), "utf8"), /^\*$/m);
});

test("records fold into each row's state; a torn last line is ignored; damage elsewhere is an error", async () => {
  const dir = await ensureJobsDir(tempWorkspace());
  const journal = await Journal.create(dir, header("j1"));
  await Promise.all([
    journal.append({ type: "attempt", row: 0, reference: "r0", attempt: 1, at: "t" }),
    journal.append({ type: "attempt", row: 1, reference: "r1", attempt: 1, at: "t" }),
    journal.append({ type: "attempt", row: 2, reference: "r2", attempt: 1, at: "t" }),
  ]);
  await journal.append({
    type: "sent",
    row: 0,
    reference: "r0",
    id: "n0",
    at: "t",
    via: "response",
  });
  await journal.append({
    type: "failed",
    row: 1,
    reference: "r1",
    at: "t",
    status: 400,
    error: "BadRequestError",
    message: "Missing personalisation: org",
  });
  await journal.close();
  appendFileSync(journal.path, '{"type":"sent","row":2,"refer'); // killed mid-write
  const state = summariseJournal(readJournal(journal.path));
  assert.equal(state.rows.get(0)?.outcome, "sent");
  assert.equal(state.rows.get(0)?.id, "n0");
  assert.equal(state.rows.get(1)?.outcome, "failed");
  assert.equal(state.rows.get(1)?.failure?.message, "Missing personalisation: org");
  assert.equal(state.rows.get(2)?.outcome, undefined, "attempt without outcome");
  assert.equal(state.rows.get(2)?.attempts, 1);
  // Reopening cuts the torn line off (its append never completed).
  const again = await Journal.open(journal.path);
  await again.append({ type: "sent", row: 2, reference: "r2", id: "n2", at: "t", via: "lookup" });
  await again.close();
  const after = summariseJournal(readJournal(journal.path));
  assert.equal(after.rows.get(2)?.outcome, "sent");
  // Damage anywhere but the last line is an error, not silently skipped.
  appendFileSync(journal.path, 'not json\n{"type":"finished","at":"t"}\n');
  assert.throws(() => readJournal(journal.path), /damaged at line/);
});

test("a job can be locked by one live process only; a dead owner's lock is taken over", async () => {
  const dir = await ensureJobsDir(tempWorkspace());
  const release = await lockJob(dir, "j2");
  await release();
  // A lock left by a process that no longer exists (pid 2^22 + 1 is never a live pid here).
  appendFileSync(join(dir, "j3.lock"), String(4194305));
  const release3 = await lockJob(dir, "j3");
  await release3();
  // A lock held by a live process other than us (our parent) refuses.
  appendFileSync(join(dir, "j4.lock"), String(process.ppid));
  await assert.rejects(lockJob(dir, "j4"), /being sent by another process/);
});
