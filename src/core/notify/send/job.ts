// A send job: every recipient gets exactly one email, even across crashes, Ctrl+C and retries.
//
// Notify has no idempotency key, so exactly-once rests on three things:
// 1. every email carries a unique `reference` (job id + row), and its `attempt` is fsync'd to the
//    journal before the request leaves;
// 2. when a request's fate is unknown (timeout, dropped connection, 5xx) we look the reference up
//    with getNotifications('email', null, reference) before sending again;
// 3. on resume, every row with an attempt but no outcome is looked up the same way, after waiting
//    until requests from the interrupted run can no longer be in flight.
// 400s are recorded against the row and never retried; a 403 or the daily limit stops the job,
// which can be resumed later.
import { classifyError, explainFailure } from "./errors";
import { lockJob } from "./job-lock";
import type { JobContext, JobResult } from "./job-types";
import {
  ensureJobsDir,
  Journal,
  journalPath,
  newJobId,
  readJournal,
  summariseJournal,
  type JobHeader,
  type JobState,
} from "./journal";
import type { SendPlan } from "./plan";
import { run } from "./runner";

export type { JobContext, JobProgress, JobResult, RowFailure, StopReason } from "./job-types";
export { referenceFor } from "./runner";

export class ResumeRefused extends Error {
  override name = "ResumeRefused";
}

/** Starts a new job for the plan. */
export async function startJob(plan: SendPlan, ctx: JobContext): Promise<JobResult> {
  const dir = await ensureJobsDir(ctx.workspace);
  const jobId = newJobId();
  const release = await lockJob(dir, jobId);
  try {
    const header: JobHeader = {
      type: "job",
      v: 1,
      jobId,
      createdAt: new Date().toISOString(),
      draft: { path: plan.draftPath, sha256: plan.draftHash },
      csv: plan.csv,
      templateId: ctx.templateId,
      recipients: plan.recipients.length,
      serviceId: ctx.apiKey.serviceId,
      keyName: ctx.apiKey.name,
      apiUrl: ctx.apiUrl,
    };
    const journal = await Journal.create(dir, header);
    const state: JobState = { header, rows: new Map(), finished: false };
    return await run(journal, state, plan, ctx);
  } finally {
    await release();
  }
}

/** Why this job cannot be resumed with this plan and key; empty when it can. */
export function resumeProblems(
  header: JobHeader,
  plan: SendPlan,
  ctx: Pick<JobContext, "apiKey" | "apiUrl" | "templateId">,
): string[] {
  const problems: string[] = [];
  const again =
    "Undo the change to resume, or start a new job (which sends to everyone in the CSV again).";
  if (header.draft.sha256 !== plan.draftHash) {
    problems.push(
      `The draft ${header.draft.path} has changed since job ${header.jobId} began. ${again}`,
    );
  }
  const before = header.csv.map((c) => c.sha256).join(",");
  const now = plan.csv.map((c) => c.sha256).join(",");
  if (before !== now) {
    problems.push(
      `The recipients CSV (${header.csv.map((c) => c.path).join(", ")}) has changed since job ${header.jobId} began. ${again}`,
    );
  }
  if (plan.recipients.length !== header.recipients && before === now) {
    problems.push(
      `Job ${header.jobId} had ${header.recipients} recipients; the CSV now gives ${plan.recipients.length}.`,
    );
  }
  if (header.templateId !== ctx.templateId) {
    problems.push(`Job ${header.jobId} used template ${header.templateId}, not ${ctx.templateId}.`);
  }
  if (header.serviceId !== ctx.apiKey.serviceId) {
    problems.push(
      `Job ${header.jobId} was sent with a key of service ${header.serviceId}; this key is for service ${ctx.apiKey.serviceId}. Use a key of the same service, or its emails cannot be found.`,
    );
  }
  if (header.apiUrl !== ctx.apiUrl) {
    problems.push(`Job ${header.jobId} was sent to ${header.apiUrl}, not ${ctx.apiUrl}.`);
  }
  return problems;
}

/** Resumes a stopped or interrupted job. Throws ResumeRefused when the inputs changed. */
export async function resumeJob(
  jobId: string,
  plan: SendPlan,
  ctx: JobContext,
): Promise<JobResult> {
  const dir = await ensureJobsDir(ctx.workspace);
  const release = await lockJob(dir, jobId);
  try {
    const state = summariseJournal(readJournal(journalPath(dir, jobId)));
    const problems = resumeProblems(state.header, plan, ctx);
    if (problems.length) throw new ResumeRefused(problems.join("\n"));
    await checkKeySeesJob(state, ctx);
    const journal = await Journal.open(journalPath(dir, jobId));
    if (!state.finished) await journal.append({ type: "resumed", at: new Date().toISOString() });
    return await run(journal, state, plan, ctx);
  } finally {
    await release();
  }
}

/**
 * Notify lists each key type's notifications only to keys of that type (live, team, test), so a
 * resume with another type of key would find none of the job's emails and send them all again.
 * A sent email's reference must be visible to this key; with none sent yet, the key must be the
 * one the job began with (by name).
 */
async function checkKeySeesJob(state: JobState, ctx: JobContext): Promise<void> {
  const { header } = state;
  const sent = [...state.rows.values()].find((r) => r.outcome === "sent");
  const other = `Resume with the key the job began with (${header.keyName || "unnamed"}) or another key of the same type (live, team or test): Notify shows each key type only its own emails.`;
  if (!sent) {
    if (ctx.apiKey.name !== header.keyName) {
      throw new ResumeRefused(
        `Job ${header.jobId} began with the key ${header.keyName || "(unnamed)"}, and none of its emails is confirmed yet to check this key against. ${other}`,
      );
    }
    return;
  }
  let visible: boolean;
  try {
    visible = (await ctx.port.findEmailsByReference(sent.reference)).length > 0;
  } catch (error) {
    const failure = classifyError(error, [ctx.apiKey.value, ctx.apiKey.secret]);
    throw new ResumeRefused(
      `Could not check the job's emails with Notify: ${explainFailure(failure)}`,
    );
  }
  if (!visible) {
    throw new ResumeRefused(
      `This key cannot see the emails job ${header.jobId} already sent, so it could send them again. ${other}`,
    );
  }
}
