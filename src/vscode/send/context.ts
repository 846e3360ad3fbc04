// What every send command needs from VS Code: the draft, its workspace, the sending settings, a
// Notify client, and the draft's lint verdict from the Problems panel.
import * as vscode from "vscode";
import { readSendingConfig, type SendingConfig } from "../../core/notify/send/config";
import type { NotifyApiKey } from "../../core/notify/send/api-key";
import { createNotifyPort, type NotifyPort } from "../../core/notify/send/client";
import type { BlockingVerdict } from "../../core/notify/send/plan";
import { SETTING_PREFIX } from "../../core/config/settings/index";

export const LINT_SOURCE = "tenant-comms";

export function sendingConfig(scope?: vscode.ConfigurationScope): {
  config: SendingConfig;
  problems: string[];
} {
  const section = vscode.workspace.getConfiguration(`${SETTING_PREFIX}.sending`, scope);
  const raw: Record<string, unknown> = {};
  for (const key of [
    "templateId",
    "apiUrl",
    "rateLimit",
    "safetyMargin",
    "concurrency",
    "requestTimeoutSeconds",
    "testEmailAddress",
  ]) {
    raw[key] = section.get(key);
  }
  return readSendingConfig({ sending: raw }, "settings");
}

export function portFor(key: NotifyApiKey, config: SendingConfig): NotifyPort {
  return createNotifyPort({
    apiKey: key,
    baseUrl: config.apiUrl,
    timeoutMs: config.requestTimeoutSeconds * 1000,
  });
}

/** The folder jobs are kept in: the draft's workspace folder, else the first, else its own folder. */
export function workspaceFor(uri: vscode.Uri): vscode.Uri {
  return (
    vscode.workspace.getWorkspaceFolder(uri)?.uri ??
    vscode.workspace.workspaceFolders?.[0]?.uri ??
    vscode.Uri.joinPath(uri, "..")
  );
}

/** A path as written to the journal: relative to the workspace when inside it. */
export function relativePath(workspace: vscode.Uri, uri: vscode.Uri): string {
  const base = workspace.fsPath.endsWith("/") ? workspace.fsPath : `${workspace.fsPath}/`;
  return uri.fsPath.startsWith(base) ? uri.fsPath.slice(base.length) : uri.fsPath;
}

/** Lint errors in the Problems panel for the draft (the linter's diagnostics). */
export function lintErrors(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages
    .getDiagnostics(uri)
    .filter((d) => d.source === LINT_SOURCE && d.severity === vscode.DiagnosticSeverity.Error);
}

export function lintVerdict(uri: vscode.Uri): BlockingVerdict {
  const errors = lintErrors(uri);
  return {
    blocking: errors.length > 0,
    messages: errors.map((d) => `line ${d.range.start.line + 1}: ${d.message}`),
  };
}

/** The draft to act on: the given one, else the active editor's. */
export async function draftDocument(
  argument?: vscode.Uri,
): Promise<vscode.TextDocument | undefined> {
  if (argument) return vscode.workspace.openTextDocument(argument);
  const editor = vscode.window.activeTextEditor;
  if (
    editor &&
    (editor.document.languageId === "notify-email" ||
      editor.document.fileName.endsWith(".notify.md"))
  ) {
    return editor.document;
  }
  void vscode.window.showErrorMessage(
    "Open a Tenant Comms draft (*.notify.md) first, then run this command.",
  );
  return undefined;
}

/** Test runs may skip modal questions; a production or development window never does. */
export function testing(context: vscode.ExtensionContext): boolean {
  // Only under a test runner: not in production, and not in `npm start`'s development mode either,
  // where a stray programmatic "yes" must never skip the confirmation.
  return context.extensionMode === vscode.ExtensionMode.Test;
}
