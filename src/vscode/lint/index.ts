// Linting in the editor: diagnostics for notify-email drafts, quick fixes, fix all (command and on
// save), and a status bar count. The rules and the engine are in src/core/lint.
import * as vscode from "vscode";
import { SETTING_PREFIX } from "../../core/config/settings/index";
import { chosenCsvs } from "../chosen-csv";
import { setting } from "../settings";
import { LintCodeActions } from "./code-actions";
import { LANGUAGE_ID, LintController } from "./controller";
import { RC_FILE } from "../../core/config/rc-file";
import {
  applyCheckedEdits,
  APPLY_EDITS_COMMAND,
  fixAllEdit,
  FIX_ALL_COMMAND,
  type CheckedEdit,
} from "./fixes";
import { registerLintStatusBar } from "./status-bar";

export { FIX_ALL_COMMAND } from "./fixes";

export function registerLint(context: vscode.ExtensionContext): LintController {
  const collection = vscode.languages.createDiagnosticCollection("tenant-comms");
  const controller = new LintController(collection, context.extensionUri);
  const rcWatcher = vscode.workspace.createFileSystemWatcher(`**/${RC_FILE}`);
  const reconfigure = (): void => controller.reconfigure();
  context.subscriptions.push(
    collection,
    controller,
    rcWatcher,
    rcWatcher.onDidChange(reconfigure),
    rcWatcher.onDidCreate(reconfigure),
    rcWatcher.onDidDelete(reconfigure),
    vscode.workspace.onDidOpenTextDocument((d) => void controller.lintNow(d)),
    vscode.workspace.onDidSaveTextDocument((d) => void controller.lintNow(d)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) controller.lintSoon(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => controller.forget(d)),
    // VS Code keeps a document open for a while after its editor closes; the writer expects its
    // problems to go with the last tab that shows it.
    vscode.window.tabGroups.onDidChangeTabs((event) => {
      for (const tab of event.closed) {
        if (!(tab.input instanceof vscode.TabInputText)) continue;
        const uri = tab.input.uri;
        if (!isShown(uri)) controller.forgetUri(uri);
      }
    }),
    // The preview chose another recipients CSV for a draft, or none any more (closed): lint the
    // draft again with the new columns.
    chosenCsvs.onDidChange((uri) => {
      const key = uri.toString();
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      if (document) void controller.lintNow(document);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(`${SETTING_PREFIX}.lint`)) reconfigure();
    }),
    vscode.workspace.onWillSaveTextDocument((e) => {
      if (
        e.document.languageId !== LANGUAGE_ID ||
        !setting<boolean>("lint.fixAllOnSave", e.document.uri)
      )
        return;
      e.waitUntil(fixAllEdit(controller, e.document).then((edit) => (edit ? [edit] : [])));
    }),
    vscode.languages.registerCodeActionsProvider(
      { language: LANGUAGE_ID },
      new LintCodeActions(controller),
      {
        providedCodeActionKinds: LintCodeActions.kinds,
      },
    ),
    vscode.commands.registerCommand(
      APPLY_EDITS_COMMAND,
      (uri: string, version: number, edits: CheckedEdit[]) =>
        applyCheckedEdits(uri, version, edits),
    ),
    vscode.commands.registerCommand(FIX_ALL_COMMAND, async (target?: vscode.Uri) => {
      const document = target
        ? vscode.workspace.textDocuments.find((d) => d.uri.toString() === target.toString())
        : vscode.window.activeTextEditor?.document;
      if (!document || document.languageId !== LANGUAGE_ID) {
        void vscode.window.showInformationMessage(
          "Tenant Comms: open a notify-email draft to fix its problems.",
        );
        return false;
      }
      const edit = await fixAllEdit(controller, document);
      if (!edit) {
        void vscode.window.showInformationMessage(
          "Tenant Comms: nothing in this draft can be fixed automatically.",
        );
        return false;
      }
      const workspaceEdit = new vscode.WorkspaceEdit();
      workspaceEdit.set(document.uri, [edit]);
      return vscode.workspace.applyEdit(workspaceEdit);
    }),
  );
  registerLintStatusBar(context, controller);
  for (const document of vscode.workspace.textDocuments) void controller.lintNow(document);
  return controller;
}

function isShown(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) =>
    group.tabs.some(
      (t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === key,
    ),
  );
}
