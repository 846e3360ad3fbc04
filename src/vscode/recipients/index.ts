// "Tenant Comms: Export Recipients": choose audience, regions and file, read Cloud Foundry with
// cancellable progress per region and page, write the CSV(s) whole or not at all, then show the
// summary with "Open file" and "Show skipped". Details go to the "Tenant Comms" output channel.
import * as vscode from "vscode";
import { LAST_EXPORT_KEY } from "../workspace-state";
import {
  CfCancelledError,
  CfError,
  CfNoSessionError,
  CfSessionExpiredError,
} from "../../core/cf/errors";
import { retryText } from "../../core/cf/http";
import { recipientsCsv, skippedCsv, writeFilesAtomically } from "../../core/recipients/csv";
import { exportRecipients } from "../../core/recipients/export";
import type { ExportResult } from "../../core/recipients/export-types";
import { splitByRegion } from "../../core/recipients/rows";
import { outputChannel } from "../output";
import { editorAuth, saveSignIn, type AuthChoices } from "./auth";
import { chooseExport, type ExportArgument, type ExportChoices } from "./choices";
import { recipientsSettings } from "./settings";
import type { OrgExclusions } from "../../core/recipients/org-filter";

export const EXPORT_RECIPIENTS_COMMAND = "tenantComms.exportRecipients";
/**
 * Test-only (registered outside production mode, not contributed): integration tests cannot answer
 * the sign-in prompts, so they hand over a refresh token as a finished sign-in would store it.
 */
export const RECIPIENTS_TEST_SAVE_SIGN_IN = "_tenantComms.recipients.test.saveSignIn";

/** What the command resolves with (for tests and other commands): undefined when nothing was written. */
export interface ExportOutcome {
  files: string[];
  skippedFile?: string;
  summary: string;
  result: ExportResult;
}

export function registerRecipients(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(EXPORT_RECIPIENTS_COMMAND, (argument?: ExportArgument) =>
      exportRecipientsCommand(context, argument),
    ),
  );
  if (context.extensionMode !== vscode.ExtensionMode.Production) {
    context.subscriptions.push(
      vscode.commands.registerCommand(
        RECIPIENTS_TEST_SAVE_SIGN_IN,
        (api: string, refreshToken: string) => saveSignIn(context.secrets, api, refreshToken),
      ),
    );
  }
}

async function exportRecipientsCommand(
  context: vscode.ExtensionContext,
  argument: ExportArgument | undefined,
): Promise<ExportOutcome | undefined> {
  const settings = recipientsSettings();
  if (!settings.ok) {
    const open = await vscode.window.showErrorMessage(settings.problem, "Open Settings");
    if (open)
      void vscode.commands.executeCommand(
        "workbench.action.openSettings",
        "tenantComms.recipients",
      );
    return undefined;
  }
  for (const warning of settings.warnings) outputChannel().warn(warning);
  const exclusions: OrgExclusions = {
    patterns: settings.config.excludeOrgs,
    excludeSuspended: settings.config.excludeSuspendedOrgs,
  };
  const choices = await chooseExport(settings.config.regions, argument);
  if (!choices) return undefined;
  if ("problem" in choices) {
    void vscode.window.showErrorMessage(choices.problem);
    return undefined;
  }
  const auth: AuthChoices = { skipCfSession: new Set(), forceSignIn: new Set() };
  // At most one "Sign in and try again" per region, so a broken account cannot loop.
  for (let round = 0; round <= choices.regions.length; round++) {
    const outcome = await runExport(context, choices, exclusions, auth);
    if (outcome !== "retry") return outcome;
  }
  return undefined;
}

async function runExport(
  context: vscode.ExtensionContext,
  choices: ExportChoices,
  exclusions: OrgExclusions,
  auth: AuthChoices,
): Promise<ExportOutcome | undefined | "retry"> {
  const log = outputChannel();
  log.info(
    `Export Recipients: ${[...choices.audiences, ...choices.roles].join(" + ")} from ${choices.regions.map((r) => r.name).join(", ")}`,
  );
  let result: ExportResult;
  try {
    result = await vscode.window.withProgress(
      {
        location: vscode.ProgressLocation.Notification,
        title: "Exporting recipients",
        cancellable: true,
      },
      async (progress, token) => {
        const controller = new AbortController();
        const subscription = token.onCancellationRequested(() => controller.abort());
        if (token.isCancellationRequested) controller.abort();
        const share = 100 / choices.regions.length;
        try {
          return await exportRecipients(
            {
              regions: choices.regions,
              audiences: choices.audiences,
              roles: choices.roles,
              exclusions,
              auth: editorAuth(context.secrets, auth),
              http: {
                onRetry: (r) => log.warn(`${retryText(r)}`),
              },
            },
            {
              signal: controller.signal,
              onProgress: (p) => {
                log.info(p.message);
                progress.report({
                  message: p.message,
                  increment: p.step === "done" ? share : undefined,
                });
              },
            },
          );
        } finally {
          subscription.dispose();
        }
      },
    );
  } catch (error) {
    return failed(error, auth);
  }

  const names = choices.regions.map((r) => r.name);
  const csv = { multiRegion: names.length > 1, adminLinks: result.adminLinks };
  const base = choices.target.fsPath.replace(/\.csv$/i, "");
  const files = choices.split
    ? [...splitByRegion(result.rows, names)].map(([region, rows]) => ({
        path: `${base}-${region.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.csv`,
        content: recipientsCsv(rows, csv),
      }))
    : [{ path: choices.target.fsPath, content: recipientsCsv(result.rows, csv) }];
  const skippedFile = result.skipped.length ? `${base}-skipped.csv` : undefined;
  try {
    await writeFilesAtomically([
      ...files,
      ...(skippedFile ? [{ path: skippedFile, content: skippedCsv(result.skipped) }] : []),
    ]);
  } catch (error) {
    const message = `Could not save the recipients (nothing was written): ${(error as Error).message}`;
    log.error(message);
    void vscode.window.showErrorMessage(message);
    return undefined;
  }

  // The preview offers the newest export first when it asks for a CSV of placeholder values.
  if (files[0]) await context.workspaceState.update(LAST_EXPORT_KEY, files[0].path);
  logDetails(
    result,
    files.map((f) => f.path),
    skippedFile,
  );
  void showSummary(
    result,
    files.map((f) => f.path),
    skippedFile,
  );
  return { files: files.map((f) => f.path), skippedFile, summary: result.summary, result };
}

function logDetails(result: ExportResult, files: string[], skippedFile: string | undefined): void {
  const log = outputChannel();
  log.info(`Audience: ${result.audience.description}`);
  for (const r of result.regions) {
    log.info(
      `${r.region}: ${r.addresses} addresses from ${r.roles} roles in ${r.requests} requests`,
    );
  }
  for (const o of result.excludedOrgs)
    log.info(`Left out org (${o.region}) ${o.name}: ${o.reason}`);
  for (const s of result.skipped) log.warn(`Skipped (${s.region}) ${s.user}: ${s.reason}`);
  for (const f of files) log.info(`Wrote ${f}`);
  if (skippedFile) log.info(`Wrote the skipped report to ${skippedFile}`);
  log.info(result.summary);
}

async function showSummary(
  result: ExportResult,
  files: string[],
  skippedFile: string | undefined,
): Promise<void> {
  const actions = ["Open file", ...(skippedFile ? ["Show skipped"] : [])];
  const picked = await vscode.window.showInformationMessage(result.summary, ...actions);
  if (picked === "Open file") {
    for (const f of files)
      await vscode.window.showTextDocument(vscode.Uri.file(f), { preview: false });
  } else if (picked === "Show skipped" && skippedFile) {
    await vscode.window.showTextDocument(vscode.Uri.file(skippedFile), { preview: false });
    outputChannel().show(true);
  }
}

async function failed(
  error: unknown,
  auth: AuthChoices,
): Promise<ExportOutcome | undefined | "retry"> {
  const log = outputChannel();
  if (error instanceof CfCancelledError) {
    log.info("Export Recipients was cancelled; nothing was written.");
    void vscode.window.showInformationMessage(
      "Export Recipients was cancelled. Nothing was written.",
    );
    return undefined;
  }
  if (!(error instanceof CfError)) {
    const message = `Export Recipients failed unexpectedly: ${error instanceof Error ? error.message : String(error)}`;
    log.error(message);
    void vscode.window.showErrorMessage(message);
    return undefined;
  }
  log.error(`${error.message} Nothing was written.`);
  const region = error.region;
  const canSignIn =
    region && (error instanceof CfSessionExpiredError || error instanceof CfNoSessionError);
  if (!canSignIn || auth.forceSignIn.has(region)) {
    void vscode.window
      .showErrorMessage(`${error.message} Nothing was written.`, "Show details")
      .then((p) => {
        if (p) outputChannel().show(true);
      });
    return undefined;
  }
  const action = `Sign in to ${region}`;
  const picked = await vscode.window.showErrorMessage(
    `${error.message} Nothing was written.`,
    action,
  );
  if (picked !== action) return undefined;
  auth.skipCfSession.add(region);
  auth.forceSignIn.add(region);
  return "retry";
}
