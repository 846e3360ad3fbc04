// `tenant-comms status [JOB]`: a send job's counts and each email's delivery status from Notify,
// written to the job's report CSV. Without JOB, lists the jobs.
import { existsSync } from "node:fs";
import { createNotifyPort } from "../../core/notify/send/client";
import {
  jobsDir,
  journalPath,
  listJobIds,
  reportPath,
  JournalError,
} from "../../core/notify/send/journal";
import {
  countDelivery,
  describeCounts,
  loadJobState,
  recipientsForJob,
  refreshDeliveryStatus,
  writeReport,
} from "../../core/notify/send/status";
import type { JobState } from "../../core/notify/send/journal";
import { UsageError, type CliCommand, type CliIO } from "../command";
import { apiKeyFromEnv, loadSendingConfig } from "./send";
import { parseCommandArgs } from "../args";

const USAGE = `Usage: tenant-comms status [JOB] [--offline]

With JOB: how many of the job's emails were sent, delivered, or failed (permanent, temporary or
technical failure), asking Notify for the latest status (key in NOTIFY_API_KEY), and writes the
job's report CSV, one row per recipient. Without JOB: lists the jobs in .tenant-comms/jobs/.

Options:
  --offline   Do not ask Notify; show what the journal already knows
`;

async function listJobs(io: CliIO, dir: string): Promise<number> {
  const ids = await listJobIds(dir);
  if (ids.length === 0) {
    io.stdout("No send jobs yet.\n");
    return 0;
  }
  for (const id of ids) {
    try {
      const state = loadJobState(dir, id);
      const c = countDelivery(state);
      const sent = state.header.recipients - c.notSent - c.rejected;
      const how = state.finished
        ? "finished"
        : state.stopped
          ? `stopped (${state.stopped.reason})`
          : "interrupted";
      io.stdout(
        `${id}  ${state.header.draft.path}  ${sent}/${state.header.recipients} sent, ${c.rejected} failed  ${how}\n`,
      );
    } catch (error) {
      io.stdout(`${id}  unreadable: ${(error as Error).message}\n`);
    }
  }
  return 0;
}

export const statusCommand: CliCommand = {
  name: "status",
  summary: "Show a send job's counts and delivery statuses, and write its report CSV",
  usage: USAGE,
  async run(argv, io) {
    const parsed = parseCommandArgs("status", {
      args: argv,
      allowPositionals: true,
      options: { offline: { type: "boolean", default: false } },
    });
    const dir = jobsDir(io.cwd);
    const [jobId, ...extra] = parsed.positionals;
    if (extra.length) throw new UsageError(`Give one job id.\n\n${USAGE}`);
    if (!jobId) return listJobs(io, dir);
    if (!existsSync(journalPath(dir, jobId))) {
      throw new UsageError(
        `There is no job ${jobId} in .tenant-comms/jobs/. Run \`tenant-comms status\` to list jobs.`,
      );
    }
    let state: JobState;
    let note = "";
    try {
      if (parsed.values.offline) {
        state = loadJobState(dir, jobId);
      } else {
        const key = apiKeyFromEnv(io);
        const config = loadSendingConfig(io.cwd, io);
        const apiUrl = (io.env.NOTIFY_API_URL?.trim() || config.apiUrl).replace(/\/+$/, "");
        const header = loadJobState(dir, jobId).header;
        if (header.serviceId !== key.serviceId) {
          throw new UsageError(
            `Job ${jobId} was sent by service ${header.serviceId}; NOTIFY_API_KEY is for service ${key.serviceId}.`,
          );
        }
        const port = createNotifyPort({
          apiKey: key,
          baseUrl: apiUrl,
          timeoutMs: config.requestTimeoutSeconds * 1000,
        });
        const check = await refreshDeliveryStatus(dir, jobId, port, {
          secrets: [key.value, key.secret],
          signal: io.signal,
        });
        state = check.state;
        if (check.error)
          note = `Note: ${check.unchecked} status${check.unchecked === 1 ? "" : "es"} not updated: ${check.error}\n`;
      }
    } catch (error) {
      if (error instanceof JournalError) throw new UsageError(error.message);
      throw error;
    }
    const counts = countDelivery(state);
    const recipients = await recipientsForJob(io.cwd, state);
    const report = reportPath(dir, jobId);
    await writeReport(report, state, recipients);
    const how = state.finished
      ? "finished"
      : state.stopped
        ? `stopped: ${state.stopped.message}`
        : "interrupted (resume it)";
    io.stdout(
      `Job ${jobId} (${state.header.draft.path}, ${state.header.recipients} recipients), ${how}\n` +
        `${describeCounts(counts)}\n` +
        note +
        (recipients
          ? ""
          : "Note: the job's CSV changed or is gone, so the report has no addresses.\n") +
        `Report: .tenant-comms/jobs/${jobId}.report.csv\n`,
    );
    return 0;
  },
};
