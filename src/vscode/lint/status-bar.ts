// A status bar item for notify-email drafts: tenant-comms errors and warnings in the active draft;
// clicking it opens the Problems panel.
import * as vscode from "vscode";
import { LANGUAGE_ID, type LintController } from "./controller";
import { DIAGNOSTIC_SOURCE } from "./diagnostics";

export function registerLintStatusBar(
  context: vscode.ExtensionContext,
  controller: LintController,
): vscode.StatusBarItem {
  const item = vscode.window.createStatusBarItem(
    "tenantComms.lint.status",
    vscode.StatusBarAlignment.Left,
    50,
  );
  item.name = "Tenant Comms problems";
  item.command = "workbench.actions.view.problems";
  const update = (): void => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== LANGUAGE_ID) {
      item.hide();
      return;
    }
    const ours = vscode.languages
      .getDiagnostics(document.uri)
      .filter((d) => d.source === DIAGNOSTIC_SOURCE);
    const errors = ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
    const warnings = ours.filter((d) => d.severity === vscode.DiagnosticSeverity.Warning).length;
    item.text = `$(error) ${errors} $(warning) ${warnings}`;
    item.tooltip = `Tenant Comms: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"} in this draft. Click to open Problems.`;
    item.accessibilityInformation = { label: item.tooltip };
    item.show();
  };
  context.subscriptions.push(
    item,
    controller.onDidLint(update),
    vscode.window.onDidChangeActiveTextEditor(update),
  );
  update();
  return item;
}
