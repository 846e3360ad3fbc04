// Delivery status of a job's emails and its report: one CSV row per recipient.
// Statuses are fetched by notification id (getNotificationById) and appended to the journal as
// `status` records, so a later check only asks about emails without a final status.
import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseDraft } from "../../draft";
import { checkRecipientsCsv } from "../recipients-csv";
import { stringify } from "csv-stringify/sync";
import type { NotifyPort } from "./client";
import { classifyError, explainFailure } from "./errors";
import {
  Journal,
  JournalError,
  journalPath,
  readJournal,
  summariseJournal,
  type JobState,
} from "./journal";
import { lockJob } from "./job-lock";
import { FINAL_EMAIL_STATUSES } from "./notify-api";
import { planSend, sha256, type PlannedRecipient } from "./plan";
import { runPool } from "./pool";

export interface DeliveryCounts {
  delivered: number;
  permanentFailure: number;
  temporaryFailure: number;
  technicalFailure: number;
  /** Sent, not yet delivered or failed (created, sending, or not checked yet). */
  pending: number;
  /** Notify refused them (a 400 at send time). */
  rejected: number;
  /** Never sent (the job stopped before them). */
  notSent: number;
}

export function countDelivery(state: JobState): DeliveryCounts {
  const counts: DeliveryCounts = {
    delivered: 0,
    permanentFailure: 0,
    temporaryFailure: 0,
    technicalFailure: 0,
    pending: 0,
    rejected: 0,
    notSent: 0,
  };
  for (let i = 0; i < state.header.recipients; i++) {
    const row = state.rows.get(i);
    if (!row?.outcome) counts.notSent++;
    else if (row.outcome === "failed") counts.rejected++;
    else if (row.deliveryStatus === "delivered") counts.delivered++;
    else if (row.deliveryStatus === "permanent-failure") counts.permanentFailure++;
    else if (row.deliveryStatus === "temporary-failure") counts.temporaryFailure++;
    else if (row.deliveryStatus === "technical-failure") counts.technicalFailure++;
    else counts.pending++;
  }
  return counts;
}

export function describeCounts(c: DeliveryCounts): string {
  const parts = [
    `${c.delivered} delivered`,
    `${c.pending} pending`,
    `${c.permanentFailure} permanent failure`,
    `${c.temporaryFailure} temporary failure`,
    `${c.technicalFailure} technical failure`,
  ];
  if (c.rejected) parts.push(`${c.rejected} refused by Notify`);
  if (c.notSent) parts.push(`${c.notSent} not sent`);
  return parts.join(", ");
}

export interface StatusCheck {
  state: JobState;
  counts: DeliveryCounts;
  /** Emails whose status could not be fetched this time. */
  unchecked: number;
  error?: string;
}

/** Asks Notify for every sent email without a final status, and records what changed. */
export async function refreshDeliveryStatus(
  jobsDir: string,
  jobId: string,
  port: NotifyPort,
  options: { concurrency?: number; secrets?: string[]; signal?: AbortSignal } = {},
): Promise<StatusCheck> {
  const path = journalPath(jobsDir, jobId);
  const state = summariseJournal(readJournal(path));
  const todo = [...state.rows.entries()].filter(
    ([, r]) =>
      r.outcome === "sent" && r.id && !FINAL_EMAIL_STATUSES.includes(r.deliveryStatus ?? ""),
  );
  let unchecked = 0;
  let error: string | undefined;
  if (todo.length > 0) {
    // While a send of this job runs in another process, only it may append to the journal: the
    // statuses are then shown but not recorded.
    let release: (() => Promise<void>) | undefined;
    try {
      release = await lockJob(jobsDir, jobId);
    } catch (e) {
      if (!(e instanceof JournalError)) throw e;
    }
    const journal = release ? await Journal.open(path) : undefined;
    try {
      await runPool(
        todo,
        options.concurrency ?? 10,
        async ([index, row]) => {
          try {
            const n = await port.getNotificationById(row.id!);
            if (n.status !== row.deliveryStatus) {
              row.deliveryStatus = n.status;
              await journal?.append({
                type: "status",
                row: index,
                id: row.id!,
                status: n.status,
                at: new Date().toISOString(),
              });
            }
          } catch (e) {
            unchecked++;
            const failure = classifyError(e, options.secrets ?? []);
            error ??=
              failure.status === 404
                ? "Notify no longer has some of these emails (it keeps them for 7 days)."
                : explainFailure(failure);
          }
        },
        () => options.signal?.aborted === true || (error !== undefined && unchecked > 20),
      );
    } finally {
      await journal?.close();
      await release?.();
    }
  }
  const result: StatusCheck = { state, counts: countDelivery(state), unchecked };
  if (error) result.error = error;
  return result;
}

export function loadJobState(jobsDir: string, jobId: string): JobState {
  return summariseJournal(readJournal(journalPath(jobsDir, jobId)));
}

export const REPORT_COLUMNS = [
  "recipient",
  "email address",
  "source",
  "outcome",
  "delivery status",
  "notification id",
  "reference",
  "message",
] as const;

/**
 * The report rows, one per recipient. `recipients` (rebuilt from the job's CSV files) supplies the
 * addresses; without it (the CSV changed or is gone) the address column is left empty.
 */
export function reportRows(state: JobState, recipients?: readonly PlannedRecipient[]): string[][] {
  const rows: string[][] = [];
  for (let i = 0; i < state.header.recipients; i++) {
    const row = state.rows.get(i);
    const who = recipients?.[i];
    const outcome =
      row?.outcome === "sent" ? "sent" : row?.outcome === "failed" ? "failed" : "not sent";
    rows.push([
      String(i + 1),
      who?.emailAddress ?? "",
      who ? who.sources.map((s) => `${s.file} row ${s.row}`).join("; ") : "",
      outcome,
      row?.outcome === "sent" ? (row.deliveryStatus ?? "unknown") : "",
      row?.id ?? "",
      row?.reference ?? "",
      row?.failure?.message ?? "",
    ]);
  }
  return rows;
}

export async function writeReport(
  path: string,
  state: JobState,
  recipients?: readonly PlannedRecipient[],
): Promise<void> {
  const csv = stringify([[...REPORT_COLUMNS], ...reportRows(state, recipients)]);
  await writeFile(path, csv, "utf8");
}

/**
 * The job's recipients rebuilt from its draft and CSV files (paths relative to `workspace`), for
 * the report's addresses; undefined when a file is gone or changed since the job began.
 */
export async function recipientsForJob(
  workspace: string,
  state: JobState,
): Promise<PlannedRecipient[] | undefined> {
  const { header } = state;
  const csv: { path: string; text: string }[] = [];
  for (const c of header.csv) {
    const path = resolve(workspace, c.path);
    if (!existsSync(path)) return undefined;
    const text = readFileSync(path, "utf8");
    if (sha256(text) !== c.sha256) return undefined;
    csv.push({ path: c.path, text });
  }
  const draftPath = resolve(workspace, header.draft.path);
  if (!existsSync(draftPath)) return undefined;
  const planned = await planSend(
    { draftPath: header.draft.path, draftText: readFileSync(draftPath, "utf8"), csv },
    { parseDraft, checkRecipientsCsv },
  );
  return planned.ok && planned.plan.recipients.length === header.recipients
    ? planned.plan.recipients
    : undefined;
}
