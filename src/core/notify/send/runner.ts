// Runs a send job to its end or to a stop: first the rows an interrupted run left without an
// outcome (after waiting until their requests can no longer be in flight, each is looked up by its
// reference), then everyone else, paced by the rate limiter across a pool of lanes.
import type { SentEmail } from "./client";
import { classifyError, explainFailure, type NotifyFailure } from "./errors";
import type { JobContext, JobProgress, JobResult, RowFailure, StopReason } from "./job-types";
import type { Journal, JobState, RowState } from "./journal";
import { buildPersonalisation } from "./personalisation";
import type { PlannedRecipient, SendPlan } from "./plan";
import { runPool } from "./pool";
import { backoffDelay, DEFAULT_BACKOFF, sleep } from "./retry";

/** The unique reference of a job's row: no personal data, the same on every attempt. */
export function referenceFor(jobId: string, index: number): string {
  return `tenant-comms-${jobId}-${index}`;
}

export async function run(
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
