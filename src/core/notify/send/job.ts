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
import type { NotifyApiKey } from "./api-key";
import type { NotifyPort, SentEmail } from "./client";
import { classifyError, explainFailure, type NotifyFailure } from "./errors";
import {
  ensureJobsDir,
  Journal,
  journalPath,
  lockJob,
  newJobId,
  readJournal,
  summariseJournal,
  type JobHeader,
  type JobState,
  type RowState,
} from "./journal";
import { buildPersonalisation } from "./personalisation";
import type { PlannedRecipient, SendPlan } from "./plan";
import { runPool } from "./pool";
import type { RateLimiter } from "./rate-limiter";
import { backoffDelay, DEFAULT_BACKOFF, sleep, type BackoffOptions } from "./retry";

export type StopReason = "cancelled" | "auth" | "daily-limit" | "unavailable" | "rate-limit";

export interface JobProgress {
  phase: "checking" | "settling" | "sending" | "done";
  total: number;
  sent: number;
  failed: number;
  inFlight: number;
  /** While settling: how long until interrupted requests can no longer be in flight. */
  waitMs?: number;
}

export interface JobContext {
  workspace: string;
  port: NotifyPort;
  apiKey: NotifyApiKey;
  apiUrl: string;
  templateId: string;
  limiter: RateLimiter;
  /** Requests in flight at once. */
  concurrency: number;
  /** The client's timeout; also how long a killed run's requests may still be in flight. */
  requestTimeoutMs: number;
  signal?: AbortSignal;
  onProgress?(progress: JobProgress): void;
  /** Ambiguous failures (5xx, timeouts) of one email before the job stops. Default 6. */
  maxRetries?: number;
  /** 429s of one email before the job stops (it should never get one). Default 10. */
  maxRateLimitRetries?: number;
  backoff?: BackoffOptions;
}

export interface RowFailure {
  index: number;
  emailAddress: string;
  message: string;
}

export interface JobResult {
  jobId: string;
  journalPath: string;
  outcome: "finished" | "stopped";
  stop?: { reason: StopReason; message: string };
  total: number;
  sent: number;
  failed: number;
  notSent: number;
  /** Emails confirmed by looking their reference up, not from Notify's answer. */
  recoveredByLookup: number;
  rateLimited: number;
  failures: RowFailure[];
  /** Rows Notify holds more than one email for (a request finished after it was looked up). */
  possibleDuplicates: number[];
}

export class ResumeRefused extends Error {
  override name = "ResumeRefused";
}

export function referenceFor(jobId: string, index: number): string {
  return `tenant-comms-${jobId}-${index}`;
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
    const journal = await Journal.open(journalPath(dir, jobId));
    if (!state.finished) await journal.append({ type: "resumed", at: new Date().toISOString() });
    return await run(journal, state, plan, ctx);
  } finally {
    await release();
  }
}

async function run(
  journal: Journal,
  state: JobState,
  plan: SendPlan,
  ctx: JobContext,
): Promise<JobResult> {
  const { header } = state;
  const secrets = [ctx.apiKey.value, ctx.apiKey.secret];
  const backoff = ctx.backoff ?? DEFAULT_BACKOFF;
  const maxRetries = ctx.maxRetries ?? 6;
  const maxRateRetries = ctx.maxRateLimitRetries ?? 10;
  const total = plan.recipients.length;
  let stop: { reason: StopReason; message: string } | undefined;
  let inFlight = 0;
  let recoveredByLookup = 0;
  let rateLimited = 0;
  /** Rows sent again after an ambiguous failure. */
  const retried = new Set<number>();
  const stopJob = (reason: StopReason, message: string) => {
    stop ??= { reason, message };
  };
  const stopping = () => {
    if (ctx.signal?.aborted) stopJob("cancelled", "Stopped on request.");
    return stop !== undefined;
  };
  const rowState = (index: number): RowState => {
    let row = state.rows.get(index);
    if (!row) {
      row = { reference: referenceFor(header.jobId, index), attempts: 0 };
      state.rows.set(index, row);
    }
    return row;
  };
  // Running totals (progress is reported on every event, so no recount each time).
  const tally = { sent: 0, failed: 0 };
  for (const r of state.rows.values()) {
    if (r.outcome === "sent") tally.sent++;
    else if (r.outcome === "failed") tally.failed++;
  }
  const counts = () => ({ ...tally });
  const progress = (phase: JobProgress["phase"], extra: Partial<JobProgress> = {}) =>
    ctx.onProgress?.({ phase, total, inFlight, ...counts(), ...extra });
  const now = () => new Date().toISOString();

  const markSent = async (index: number, id: string, via: "response" | "lookup") => {
    const row = rowState(index);
    if (row.outcome !== "sent") tally.sent++;
    row.outcome = "sent";
    row.id = id;
    if (via === "lookup") recoveredByLookup++;
    await journal.append({
      type: "sent",
      row: index,
      reference: row.reference,
      id,
      at: now(),
      via,
    });
  };

  /** Found (its id), absent, or unknown (Notify would not say). */
  const lookup = async (reference: string): Promise<{ found: string } | "absent" | "unknown"> => {
    for (let tries = 1; tries <= maxRetries; tries++) {
      try {
        const matches = await ctx.port.findEmailsByReference(reference);
        return matches.length > 0 ? { found: matches[matches.length - 1]!.id } : "absent";
      } catch (error) {
        const failure = classifyError(error, secrets);
        if (failure.kind === "auth") {
          stopJob("auth", explainFailure(failure));
          return "unknown";
        }
        if (tries === maxRetries) {
          stopJob(
            "unavailable",
            `Could not check whether an email was sent (${failure.message}). Resume the job later.`,
          );
          return "unknown";
        }
        await sleep(backoffDelay(tries, backoff));
      }
    }
    return "unknown";
  };

  // 1. Rows a previous run attempted without recording an outcome.
  const unresolved = [...state.rows.entries()].filter(([, r]) => r.attempts > 0 && !r.outcome);
  if (unresolved.length > 0) {
    const last = Math.max(...unresolved.map(([, r]) => Date.parse(r.lastAttemptAt ?? "") || 0));
    const waitMs = last + ctx.requestTimeoutMs - Date.now();
    if (waitMs > 0) {
      progress("settling", { waitMs });
      try {
        await sleep(waitMs, ctx.signal);
      } catch {
        stopJob("cancelled", "Stopped on request.");
      }
    }
    progress("checking");
    await runPool(
      unresolved,
      Math.min(ctx.concurrency, 10),
      async ([index, row]) => {
        const result = await lookup(row.reference);
        if (typeof result === "object") await markSent(index, result.found, "lookup");
      },
      stopping,
    );
  }

  // 2. Everyone without an outcome.
  const sendOne = async (recipient: PlannedRecipient): Promise<void> => {
    const row = rowState(recipient.index);
    let ambiguous = 0;
    let rateHits = 0;
    while (!stopping()) {
      row.attempts++;
      row.lastAttemptAt = now();
      await journal.append({
        type: "attempt",
        row: recipient.index,
        reference: row.reference,
        attempt: row.attempts,
        at: row.lastAttemptAt,
      });
      try {
        await ctx.limiter.acquire(ctx.signal);
      } catch {
        return; // cancelled before the request left; resume will look it up and find nothing
      }
      const { personalisation } = buildPersonalisation(plan, recipient.values);
      let sent: SentEmail | undefined;
      let failure: NotifyFailure | undefined;
      inFlight++;
      progress("sending");
      try {
        sent = await ctx.port.sendEmail(header.templateId, recipient.emailAddress, {
          personalisation,
          reference: row.reference,
        });
      } catch (error) {
        failure = classifyError(error, secrets);
      } finally {
        inFlight--;
      }
      if (sent) {
        await markSent(recipient.index, sent.id, "response");
        progress("sending");
        return;
      }
      const f = failure!;
      switch (f.kind) {
        case "rejected": {
          row.outcome = "failed";
          tally.failed++;
          row.failure = { message: f.message };
          const record: Parameters<Journal["append"]>[0] = {
            type: "failed",
            row: recipient.index,
            reference: row.reference,
            at: now(),
            message: f.errors?.map((e) => e.message).join("; ") ?? f.message,
          };
          if (f.status !== undefined) record.status = f.status;
          if (f.errors?.[0]) record.error = f.errors[0].error;
          row.failure.message = record.message;
          await journal.append(record);
          progress("sending");
          return;
        }
        case "rate-limit":
          rateLimited++;
          rateHits++;
          if (rateHits > maxRateRetries) {
            stopJob(
              "rate-limit",
              `${explainFailure(f)} It kept happening; resume the job later with a lower --rate.`,
            );
            return;
          }
          // A 429 means Notify created nothing: wait (all lanes) and send again.
          ctx.limiter.pause(backoffDelay(rateHits, backoff));
          continue;
        case "auth":
          stopJob("auth", explainFailure(f));
          return;
        case "daily-limit":
          stopJob("daily-limit", explainFailure(f));
          return;
        case "ambiguous": {
          ambiguous++;
          retried.add(recipient.index);
          // With no answer at all (timeout, dropped connection) Notify may still be working on the
          // request: give it as long again as we waited before asking whether the email exists.
          const settle = f.status === undefined ? ctx.requestTimeoutMs : 0;
          try {
            await sleep(settle + backoffDelay(ambiguous, backoff), ctx.signal);
          } catch {
            return; // cancelled; resume looks the reference up
          }
          const result = await lookup(row.reference);
          if (typeof result === "object") {
            await markSent(recipient.index, result.found, "lookup");
            progress("sending");
            return;
          }
          if (result === "unknown") return;
          if (ambiguous >= maxRetries) {
            stopJob("unavailable", `${explainFailure(f)} It kept happening; resume the job later.`);
            return;
          }
          continue;
        }
      }
    }
  };
  const todo = plan.recipients.filter((r) => !state.rows.get(r.index)?.outcome);
  progress("sending");
  await runPool(todo, ctx.concurrency, sendOne, stopping);
  stopping();

  // 3. An email sent again after an ambiguous failure could, in theory, have been created twice
  //    (if Notify finished the first request only after we had looked it up). Count, to say so.
  const possibleDuplicates: number[] = [];
  await runPool([...retried], 10, async (index) => {
    const row = state.rows.get(index);
    if (row?.outcome !== "sent") return;
    try {
      if ((await ctx.port.findEmailsByReference(row.reference)).length > 1)
        possibleDuplicates.push(index);
    } catch {
      // Only a report; the send itself is done.
    }
  });

  const { sent, failed } = counts();
  const notSent = total - sent - failed;
  if (notSent === 0) {
    if (!state.finished) await journal.append({ type: "finished", at: now() });
    state.finished = true;
  } else {
    stop ??= { reason: "unavailable", message: "Some emails were not sent." };
    await journal.append({
      type: "stopped",
      at: now(),
      reason: stop.reason,
      message: stop.message,
    });
  }
  await journal.close();
  progress("done");
  const failures: RowFailure[] = [];
  for (const r of plan.recipients) {
    const row = state.rows.get(r.index);
    if (row?.outcome === "failed") {
      failures.push({
        index: r.index,
        emailAddress: r.emailAddress,
        message: row.failure?.message ?? "",
      });
    }
  }
  const result: JobResult = {
    jobId: header.jobId,
    journalPath: journal.path,
    outcome: notSent === 0 ? "finished" : "stopped",
    total,
    sent,
    failed,
    notSent,
    recoveredByLookup,
    rateLimited,
    failures,
    possibleDuplicates: possibleDuplicates.sort((a, b) => a - b),
  };
  if (notSent > 0 && stop) result.stop = stop;
  return result;
}
