// `tenant-comms send`: sends a draft to every recipient in the CSV(s) through GOV.UK Notify, as a
// resumable job. The key comes from NOTIFY_API_KEY only (never a flag, so it stays out of shell
// history and process lists).
import { readFileSync } from "node:fs";
import { isAbsolute, relative, resolve } from "node:path";
import { parseDraft } from "../../core/draft";
import { allRules, lint, readLintConfig } from "../../core/lint/index";
import { checkRecipientsCsv } from "../../core/notify/recipients-csv";
import { describeApiKey, parseApiKey, type NotifyApiKey } from "../../core/notify/send/api-key";
import { createNotifyPort } from "../../core/notify/send/client";
import { readSendingConfig, type SendingConfig } from "../../core/notify/send/config";
import {
  startJob,
  resumeJob,
  ResumeRefused,
  resumeProblems,
  type JobProgress,
  type JobResult,
} from "../../core/notify/send/job";
import {
  jobsDir,
  journalPath,
  readJournal,
  reportPath,
  JournalError,
} from "../../core/notify/send/journal";
import { planSend, type PlanDeps, type SendPlan } from "../../core/notify/send/plan";
import { hintsFromFailures, keyHints, preflightTemplate } from "../../core/notify/send/preflight";
import { parseRate, RateLimiter } from "../../core/notify/send/rate-limiter";
import { writeReport, loadJobState } from "../../core/notify/send/status";
import { UsageError, type CliCommand, type CliIO } from "../command";
import { parseCommandArgs } from "../args";
import { readRcFile } from "../rc-file";

const USAGE = `Usage: tenant-comms send <draft.notify.md> --recipients FILE [--recipients FILE ...] [options]
       tenant-comms send --resume JOB [--yes]

Sends the draft to every address in the recipients CSV(s) through GOV.UK Notify, one email each,
as a job that can be resumed. The key is read from NOTIFY_API_KEY.

Options:
  --recipients FILE     A recipients CSV with an "email address" column (repeatable)
  --template-id ID      Notify template (subject ((subject)), message ((body))); else the draft's
                        templateId, else sending.templateId in .tenantcommsrc.json
  --yes                 Send without asking (needed when there is no terminal to ask on)
  --dry-run             Check everything, print the summary, send nothing
  --rate N/SECONDS      Your service's rate limit (default 3000/60); sends stay just under it
  --concurrency N       Requests in flight at once (default 50)
  --timeout SECONDS     Per-request timeout (default 30)
  --resume JOB          Carry on with an interrupted or stopped job; never sends twice

Environment:
  NOTIFY_API_KEY        Your GOV.UK Notify API key (key name, service id and secret)
  NOTIFY_API_URL        Notify's API address (default https://api.notifications.service.gov.uk)

Exit codes: 0 all sent, 1 some failed, 2 usage or input error, 3 stopped (resume with --resume JOB).
`;

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === "ENOENT"
        ? `${what} ${path} does not exist.`
        : `Cannot read ${what} ${path} (${code ?? String(error)}).`,
    );
  }
}

/** The sending settings from `.tenantcommsrc.json`, with defaults. */
export function loadSendingConfig(cwd: string, io: CliIO): SendingConfig {
  const { config, problems } = readSendingConfig(readRcFile(cwd));
  for (const p of problems) io.stderr(`warning: ${p}\n`);
  return config;
}

/**
 * The CLI's lint verdict: the linter with the project's `.tenantcommsrc.json` lint settings; any
 * finding of severity error blocks the send (as the Problems panel's errors do in VS Code).
 */
export function cliLintVerdict(cwd: string): NonNullable<PlanDeps["hasBlockingProblems"]> {
  const { config } = readLintConfig(readRcFile(cwd), allRules);
  return (draft) => {
    const errors = lint(draft.text, config).filter((f) => f.severity === "error");
    const lineOf = (offset: number) => draft.text.slice(0, offset).split("\n").length;
    return {
      blocking: errors.length > 0,
      messages: errors.map((f) => `line ${lineOf(f.start)}: ${f.message} (${f.ruleId})`),
    };
  };
}

export function apiKeyFromEnv(io: CliIO): NotifyApiKey {
  const raw = io.env.NOTIFY_API_KEY;
  if (raw === undefined || raw.trim() === "") {
    throw new UsageError(
      "NOTIFY_API_KEY is not set. Set it to your GOV.UK Notify API key (Notify: API integration > API keys), " +
        "e.g. export NOTIFY_API_KEY=... in the shell that runs this command.",
    );
  }
  const check = parseApiKey(raw);
  if (!check.ok) throw new UsageError(`NOTIFY_API_KEY: ${check.message}`);
  return check.key;
}

function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : path;
}

function progressPrinter(io: CliIO): (p: JobProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (p.phase === "settling" && p.waitMs) {
      io.stderr(
        `Waiting ${(p.waitMs / 1000).toFixed(1)} s for requests of the interrupted run to finish before checking them...\n`,
      );
      return;
    }
    if (p.phase === "sending" && now - last < 1000 && p.sent + p.failed < p.total) return;
    if (p.phase === "done") return;
    last = now;
    io.stderr(
      `${p.phase === "checking" ? "Checking" : "Sending"}: ${p.sent} sent, ${p.failed} failed of ${p.total}\n`,
    );
  };
}

async function confirm(io: CliIO, question: string, yes: boolean): Promise<void> {
  if (yes) return;
  if (!io.interactive) {
    throw new UsageError(
      "Not sending without confirmation, and there is no terminal to ask on: pass --yes to confirm.",
    );
  }
  const answer = (await io.prompt(`${question} Type "yes" to send: `)).trim().toLowerCase();
  if (answer !== "yes" && answer !== "y") throw new UsageError("Not confirmed: nothing sent.");
}

export interface SendCommandDeps {
  /** The lint verdict on the draft (default: the linter, see cliLintVerdict); errors refuse. */
  hasBlockingProblems?: PlanDeps["hasBlockingProblems"];
}

export function createSendCommand(deps: SendCommandDeps = {}): CliCommand {
  return {
    name: "send",
    summary:
      "Send a draft to recipients through GOV.UK Notify (rate-limited, resumable, exactly once)",
    usage: USAGE,
    async run(argv, io) {
      const { values, positionals } = parseCommandArgs("send", {
        args: argv,
        allowPositionals: true,
        options: {
          recipients: { type: "string", multiple: true },
          "template-id": { type: "string" },
          yes: { type: "boolean", default: false },
          "dry-run": { type: "boolean", default: false },
          rate: { type: "string" },
          concurrency: { type: "string" },
          timeout: { type: "string" },
          resume: { type: "string" },
        },
      });
      const cwd = io.cwd;
      const config = loadSendingConfig(cwd, io);
      if (values.rate !== undefined) {
        const rate = parseRate(values.rate);
        if (!rate)
          throw new UsageError(`--rate must be N/SECONDS, e.g. 3000/60 (got "${values.rate}").`);
        config.rateLimit = rate;
      }
      if (values.concurrency !== undefined) {
        const n = Number(values.concurrency);
        if (!Number.isInteger(n) || n < 1 || n > 200)
          throw new UsageError("--concurrency must be a whole number from 1 to 200.");
        config.concurrency = n;
      }
      if (values.timeout !== undefined) {
        const s = Number(values.timeout);
        if (!(s > 0 && s <= 300))
          throw new UsageError("--timeout must be a number of seconds from 0 to 300.");
        config.requestTimeoutSeconds = s;
      }
      if (positionals.length > 1)
        throw new UsageError(`Give one draft (got ${positionals.length}).\n\n${USAGE}`);

      // A resumed job takes its draft and CSVs from the journal unless they are given again.
      const dir = jobsDir(cwd);
      let resumeHeader: ReturnType<typeof loadJobState>["header"] | undefined;
      if (values.resume !== undefined) {
        try {
          resumeHeader = readJournal(journalPath(dir, values.resume))[0] as typeof resumeHeader;
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === "ENOENT") {
            throw new UsageError(
              `There is no job ${values.resume} in ${displayPath(cwd, dir)}. Run \`tenant-comms status\` to list jobs.`,
            );
          }
          if (error instanceof JournalError) throw new UsageError(error.message);
          throw error;
        }
      }
      const draftArg = positionals[0] ?? resumeHeader?.draft.path;
      const csvArgs = values.recipients ?? resumeHeader?.csv.map((c) => c.path) ?? [];
      if (!draftArg) throw new UsageError(`Give the draft to send.\n\n${USAGE}`);
      if (csvArgs.length === 0)
        throw new UsageError("Give at least one recipients CSV with --recipients FILE.");

      const key = values["dry-run"] && !io.env.NOTIFY_API_KEY ? undefined : apiKeyFromEnv(io);
      const apiUrl = (io.env.NOTIFY_API_URL?.trim() || config.apiUrl).replace(/\/+$/, "");
      if (!/^https?:\/\//.test(apiUrl))
        throw new UsageError(
          `NOTIFY_API_URL must start with http:// or https:// (got "${apiUrl}").`,
        );

      const draftPath = resolve(cwd, draftArg);
      const draftText = readText(draftPath, "The draft");
      const csv = csvArgs.map((p) => {
        const path = resolve(cwd, p);
        return { path: displayPath(cwd, path), text: readText(path, "The recipients CSV") };
      });
      const planned = await planSend(
        { draftPath: displayPath(cwd, draftPath), draftText, csv },
        {
          parseDraft,
          checkRecipientsCsv,
          hasBlockingProblems: deps.hasBlockingProblems ?? cliLintVerdict(cwd),
        },
      );
      if (!planned.ok) {
        io.stderr(`Not sending:\n${planned.problems.map((p) => `  ${p}`).join("\n")}\n`);
        return 2;
      }
      const plan: SendPlan = planned.plan;
      const templateId =
        values["template-id"]?.trim() ||
        resumeHeader?.templateId ||
        plan.draftTemplateId ||
        config.templateId;
      if (!templateId) {
        throw new UsageError(
          "No Notify template id: add `templateId:` to the draft's front matter, pass --template-id, " +
            'or set "sending.templateId" in .tenantcommsrc.json.',
        );
      }

      const lines: string[] = [];
      lines.push(`Draft:       ${plan.draftPath}`);
      lines.push(`Subject:     ${plan.subject}`);
      lines.push(
        `Recipients:  ${plan.recipients.length}` +
          (plan.duplicateRows
            ? ` (${plan.duplicateRows} repeated row${plan.duplicateRows === 1 ? "" : "s"} merged)`
            : ""),
      );
      for (const w of planned.warnings) lines.push(`Note:        ${w}`);
      if (!key) {
        lines.push("Template:    not checked (no NOTIFY_API_KEY)");
        io.stdout(lines.join("\n") + "\nDry run: nothing sent.\n");
        return 0;
      }
      if (resumeHeader) {
        // Before asking Notify anything: a changed draft or CSV, or another service's key, refuses.
        const problems = resumeProblems(resumeHeader, plan, { apiKey: key, apiUrl, templateId });
        if (problems.length) throw new UsageError(problems.join("\n"));
      }
      const port = createNotifyPort({
        apiKey: key,
        baseUrl: apiUrl,
        timeoutMs: config.requestTimeoutSeconds * 1000,
      });
      const template = await preflightTemplate(port, templateId, key);
      if (!template.ok) {
        io.stderr(`Not sending:\n${template.problems.map((p) => `  ${p}`).join("\n")}\n`);
        return 2;
      }
      lines.push(`Template:    ${template.template.name} (${templateId})`);
      lines.push(`Key:         ${describeApiKey(key)}`);
      for (const w of [...template.warnings, ...keyHints(key, apiUrl)])
        lines.push(`Note:        ${w}`);
      io.stdout(lines.join("\n") + "\n");
      if (values["dry-run"]) {
        io.stdout("Dry run: nothing sent.\n");
        return 0;
      }

      const ctx = {
        workspace: cwd,
        port,
        apiKey: key,
        apiUrl,
        templateId,
        limiter: new RateLimiter({ limit: config.rateLimit, safetyMargin: config.safetyMargin }),
        concurrency: config.concurrency,
        requestTimeoutMs: config.requestTimeoutSeconds * 1000,
        signal: io.signal,
        onProgress: progressPrinter(io),
      };
      let result: JobResult;
      try {
        if (values.resume !== undefined) {
          await confirm(io, `Resume job ${values.resume}?`, values.yes === true);
          result = await resumeJob(values.resume, plan, ctx);
        } else {
          const n = plan.recipients.length;
          await confirm(io, `Send ${n} email${n === 1 ? "" : "s"}?`, values.yes === true);
          result = await startJob(plan, ctx);
        }
      } catch (error) {
        if (error instanceof ResumeRefused || error instanceof JournalError)
          throw new UsageError(error.message);
        throw error;
      }
      const report = reportPath(dir, result.jobId);
      await writeReport(report, loadJobState(dir, result.jobId), plan.recipients);
      printResult(io, result, displayPath(cwd, report));
      if (result.outcome === "stopped") return 3;
      return result.failed > 0 ? 1 : 0;
    },
  };
}

export const sendCommand = createSendCommand();

function printResult(io: CliIO, r: JobResult, report: string): void {
  const out: string[] = [];
  out.push(
    `Job ${r.jobId}: ${r.sent} sent, ${r.failed} failed, ${r.notSent} not sent (of ${r.total}).`,
  );
  if (r.recoveredByLookup)
    out.push(
      `${r.recoveredByLookup} confirmed by looking up their reference (Notify had them; not sent again).`,
    );
  for (const f of r.failures.slice(0, 20))
    out.push(`  failed: recipient ${f.index + 1} ${f.emailAddress}: ${f.message}`);
  if (r.failures.length > 20) out.push(`  ... and ${r.failures.length - 20} more in the report.`);
  for (const h of hintsFromFailures(r.failures.map((f) => f.message))) out.push(`Note: ${h}`);
  if (r.possibleDuplicates.length) {
    out.push(
      `Warning: Notify holds two emails for recipient${r.possibleDuplicates.length === 1 ? "" : "s"} ` +
        `${r.possibleDuplicates.map((i) => i + 1).join(", ")}: Notify answered so late that a resend was already on its way.`,
    );
  }
  if (r.stop) {
    out.push(`Stopped: ${r.stop.message}`);
    out.push(`Resume with: tenant-comms send --resume ${r.jobId}`);
  }
  out.push(`Report: ${report}`);
  io.stdout(out.join("\n") + "\n");
}
