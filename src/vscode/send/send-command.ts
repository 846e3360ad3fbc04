// "Tenant Comms: Send via Notify" and "Resume Send": checks the draft (lint errors refuse), the
// recipients CSV(s) and the template, asks in a modal summary, then runs the job with progress,
// Cancel and a status bar counter, and shows the report.
import * as vscode from "vscode";
import { parseDraft } from "../../core/draft";
import { checkRecipientsCsv } from "../../core/notify/recipients-csv";
import { describeApiKey, type NotifyApiKey } from "../../core/notify/send/api-key";
import type { SendingConfig } from "../../core/notify/send/config";
import {
  ResumeRefused,
  resumeJob,
  resumeProblems,
  startJob,
  type JobContext,
  type JobResult,
} from "../../core/notify/send/job";
import { JournalError, jobsDir, listJobIds } from "../../core/notify/send/journal";
import { scrubText } from "../../core/notify/send/scrub";
import { planSend, type SendPlan } from "../../core/notify/send/plan";
import { keyHints, preflightTemplate } from "../../core/notify/send/preflight";
import { RateLimiter } from "../../core/notify/send/rate-limiter";
import { countDelivery, loadJobState } from "../../core/notify/send/status";
import { outputChannel } from "../output";
import { requireApiKey } from "./api-key";
import {
  draftDocument,
  lintErrors,
  lintVerdict,
  portFor,
  relativePath,
  sendingConfig,
  testing,
  workspaceFor,
} from "./context";
import { withSendProgress } from "./progress";
import { showResult } from "./report";

export const SEND_COMMAND = "tenantComms.send";

/** Lets tests (and the preview's button) say which draft; tests may also give CSVs and skip the modal. */
export interface SendArgument {
  uri?: vscode.Uri | string;
  recipients?: (vscode.Uri | string)[];
  /** Skip the modal summary: honoured only outside production mode (tests). */
  yes?: boolean;
}

const asUri = (u: vscode.Uri | string) => (typeof u === "string" ? vscode.Uri.parse(u) : u);

async function readText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder("utf-8").decode(await vscode.workspace.fs.readFile(uri));
}

function fail(message: string, details: string[] = []): undefined {
  const log = outputChannel();
  log.error(message);
  for (const d of details) log.error(`  ${d}`);
  const shown = details.length
    ? `${message} ${details.slice(0, 3).join(" ")}${details.length > 3 ? " ..." : ""}`
    : message;
  void vscode.window
    .showErrorMessage(shown, ...(details.length > 3 ? ["Show All"] : []))
    .then((c) => {
      if (c === "Show All") log.show(true);
    });
  return undefined;
}

interface Prepared {
  plan: SendPlan;
  key: NotifyApiKey;
  config: SendingConfig;
  ctx: JobContext;
  workspace: vscode.Uri;
  summary: string[];
}

/** Everything short of sending: undefined (with a message shown) when something is wrong. */
async function prepare(
  context: vscode.ExtensionContext,
  draftUri: vscode.Uri,
  csvUris: vscode.Uri[],
  templateOverride?: string,
): Promise<Prepared | undefined> {
  const workspace = workspaceFor(draftUri);
  const { config, problems: settingProblems } = sendingConfig(draftUri);
  for (const p of settingProblems) outputChannel().warn(p);
  const key = await requireApiKey(context.secrets);
  if (!key) return undefined;
  let csv: { path: string; text: string }[];
  try {
    csv = await Promise.all(
      csvUris.map(async (u) => ({ path: relativePath(workspace, u), text: await readText(u) })),
    );
  } catch (error) {
    return fail(`Cannot read the recipients CSV: ${(error as Error).message}`);
  }
  const planned = await planSend(
    { draftPath: relativePath(workspace, draftUri), draftText: await readText(draftUri), csv },
    { parseDraft, checkRecipientsCsv, hasBlockingProblems: () => lintVerdict(draftUri) },
  );
  if (!planned.ok) return fail("Not sending:", planned.problems);
  const plan = planned.plan;
  const templateId = templateOverride ?? plan.draftTemplateId ?? config.templateId;
  if (!templateId) {
    void vscode.window
      .showErrorMessage(
        "No GOV.UK Notify template id: add `templateId:` to the draft's front matter or set Tenant Comms > Sending: Template Id.",
        "Open Settings",
      )
      .then((c) => {
        if (c)
          void vscode.commands.executeCommand(
            "workbench.action.openSettings",
            "tenantComms.sending.templateId",
          );
      });
    return undefined;
  }
  const port = portFor(key, config);
  const template = await preflightTemplate(port, templateId, key);
  if (!template.ok) return fail("Not sending:", template.problems);
  const summary = [
    `Recipients: ${plan.recipients.length}${plan.duplicateRows ? ` (${plan.duplicateRows} repeated rows merged)` : ""}`,
    `Subject: ${plan.subject}`,
    `Template: ${template.template.name}`,
    `Key: ${describeApiKey(key)}`,
    ...planned.warnings,
    ...template.warnings,
    ...keyHints(key, config.apiUrl),
  ];
  const ctx: JobContext = {
    workspace: workspace.fsPath,
    port,
    apiKey: key,
    apiUrl: config.apiUrl,
    templateId,
    limiter: new RateLimiter({ limit: config.rateLimit, safetyMargin: config.safetyMargin }),
    concurrency: config.concurrency,
    requestTimeoutMs: config.requestTimeoutSeconds * 1000,
  };
  return { plan, key, config, ctx, workspace, summary };
}

async function confirm(
  context: vscode.ExtensionContext,
  title: string,
  detail: string[],
  button: string,
  yes?: boolean,
): Promise<boolean> {
  if (yes && testing(context)) return true;
  const choice = await vscode.window.showInformationMessage(
    title,
    { modal: true, detail: detail.join("\n") },
    button,
  );
  return choice === button;
}

async function run(
  prepared: Prepared,
  title: string,
  job: (ctx: JobContext) => Promise<JobResult>,
): Promise<JobResult | undefined> {
  let result: JobResult;
  try {
    result = await withSendProgress(title, (signal, onProgress) =>
      job({ ...prepared.ctx, signal, onProgress }),
    );
  } catch (error) {
    // A refused resume or a job another window is sending: the engine's messages are for people
    // and hold no secrets.
    if (error instanceof ResumeRefused || error instanceof JournalError) return fail(error.message);
    return fail(
      `The send failed unexpectedly: ${scrubText(String((error as Error)?.message ?? error))}`,
    );
  }
  await showResult(prepared.workspace, result, prepared.plan.recipients);
  return result;
}

export async function sendCommand(
  context: vscode.ExtensionContext,
  argument?: SendArgument | vscode.Uri,
): Promise<JobResult | undefined> {
  const arg: SendArgument = argument instanceof vscode.Uri ? { uri: argument } : (argument ?? {});
  const document = await draftDocument(arg.uri ? asUri(arg.uri) : undefined);
  if (!document) return undefined;
  const errors = lintErrors(document.uri);
  if (errors.length > 0) {
    // Not awaited: the command ends now; the button opens the Problems panel if chosen.
    void vscode.window
      .showErrorMessage(
        `The draft has ${errors.length} lint error${errors.length === 1 ? "" : "s"}: fix ${errors.length === 1 ? "it" : "them"} before sending.`,
        "Show Problems",
      )
      .then((choice) => {
        if (choice) void vscode.commands.executeCommand("workbench.actions.view.problems");
      });
    return undefined;
  }
  if (document.isDirty && !(await document.save()))
    return fail("Save the draft before sending it.");
  // Ask for the key before the files: nobody should pick CSVs only to hear there is no key.
  if (!(await requireApiKey(context.secrets))) return undefined;
  let csvUris = arg.recipients?.map(asUri);
  if (!csvUris) {
    csvUris = await vscode.window.showOpenDialog({
      title: "Choose the recipients CSV file(s)",
      canSelectMany: true,
      filters: { "CSV files": ["csv"] },
      defaultUri: workspaceFor(document.uri),
      openLabel: "Use as recipients",
    });
    if (!csvUris?.length) return undefined;
  }
  const prepared = await prepare(context, document.uri, csvUris);
  if (!prepared) return undefined;
  const n = prepared.plan.recipients.length;
  const button = `Send ${n} email${n === 1 ? "" : "s"}`;
  if (
    !(await confirm(
      context,
      `Send "${prepared.plan.subject}" through GOV.UK Notify?`,
      prepared.summary,
      button,
      arg.yes,
    ))
  ) {
    return undefined;
  }
  return run(prepared, `Sending ${n} emails`, (ctx) => startJob(prepared.plan, ctx));
}

export interface ResumeArgument {
  jobId?: string;
  yes?: boolean;
  /** For the folder the job is in, when not the first workspace folder. */
  workspace?: vscode.Uri | string;
}

async function pickJob(
  workspace: vscode.Uri,
  placeHolder: string,
  filter: (finished: boolean) => boolean,
): Promise<string | undefined> {
  const dir = jobsDir(workspace.fsPath);
  const items: (vscode.QuickPickItem & { jobId: string })[] = [];
  for (const id of await listJobIds(dir)) {
    try {
      const state = loadJobState(dir, id);
      if (!filter(state.finished)) continue;
      const c = countDelivery(state);
      const sent = state.header.recipients - c.notSent - c.rejected;
      items.push({
        jobId: id,
        label: id,
        description: state.header.draft.path,
        detail: `${sent}/${state.header.recipients} sent, ${c.rejected} failed, ${c.delivered} delivered${state.finished ? "" : state.stopped ? `; stopped: ${state.stopped.message}` : "; interrupted"}`,
      });
    } catch (error) {
      outputChannel().warn(`Job ${id}: ${(error as Error).message}`);
    }
  }
  if (items.length === 0) {
    void vscode.window.showInformationMessage("There are no send jobs here to choose from.");
    return undefined;
  }
  return (await vscode.window.showQuickPick(items, { placeHolder }))?.jobId;
}

export async function resumeCommand(
  context: vscode.ExtensionContext,
  argument?: ResumeArgument,
): Promise<JobResult | undefined> {
  const workspace = argument?.workspace
    ? asUri(argument.workspace)
    : vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!workspace) return fail("Open the folder the job was sent from first.");
  const jobId =
    argument?.jobId ??
    (await pickJob(workspace, "Which send job should carry on?", (finished) => !finished));
  if (!jobId) return undefined;
  let header: ReturnType<typeof loadJobState>["header"];
  try {
    header = loadJobState(jobsDir(workspace.fsPath), jobId).header;
  } catch (error) {
    return fail(`Cannot read job ${jobId}: ${(error as Error).message}`);
  }
  const draftUri = vscode.Uri.joinPath(workspace, header.draft.path);
  const csvUris = header.csv.map((c) => vscode.Uri.joinPath(workspace, c.path));
  const prepared = await prepare(context, draftUri, csvUris, header.templateId);
  if (!prepared) return undefined;
  const problems = resumeProblems(header, prepared.plan, prepared.ctx);
  if (problems.length) return fail(`Cannot resume job ${jobId}:`, problems);
  const state = loadJobState(jobsDir(workspace.fsPath), jobId);
  const left = header.recipients - [...state.rows.values()].filter((r) => r.outcome).length;
  if (
    !(await confirm(
      context,
      `Resume job ${jobId}?`,
      [
        `${left} of ${header.recipients} recipients still to send (each is checked with Notify first, never sent twice).`,
        ...prepared.summary,
      ],
      "Resume",
      argument?.yes,
    ))
  ) {
    return undefined;
  }
  return run(prepared, `Resuming job ${jobId}`, (ctx) => resumeJob(jobId, prepared.plan, ctx));
}

export { pickJob };
