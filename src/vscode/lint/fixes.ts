// Applying fixes from the editor. Every fix goes through one command that first checks the draft
// is still the version the fix was made for and that the text it replaces is still there, so a fix
// offered a moment ago never lands on text that has since changed.
import * as vscode from "vscode";
import { fixAll, type Finding, type TextEdit } from "../../core/lint/index";
import type { LintController } from "./controller";

export const APPLY_EDITS_COMMAND = "_tenantComms.lint.applyEdits";
export const FIX_ALL_COMMAND = "tenantComms.lint.fixAll";

/** An edit with the text it expects to replace. */
export interface CheckedEdit extends TextEdit {
  expected: string;
}

export function checkedEdits(
  document: vscode.TextDocument,
  edits: readonly TextEdit[],
): CheckedEdit[] {
  const text = document.getText();
  return edits.map((e) => ({ ...e, expected: text.slice(e.start, e.end) }));
}

/** The command's arguments: the document, its version and the edits. */
export function applyEditsCommand(
  title: string,
  document: vscode.TextDocument,
  edits: readonly TextEdit[],
): vscode.Command {
  return {
    title,
    command: APPLY_EDITS_COMMAND,
    arguments: [document.uri.toString(), document.version, checkedEdits(document, edits)],
  };
}

export async function applyCheckedEdits(
  uri: string,
  version: number,
  edits: CheckedEdit[],
): Promise<boolean> {
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  const text = document?.getText();
  const unchanged =
    document !== undefined &&
    document.version === version &&
    edits.every((e) => text!.slice(e.start, e.end) === e.expected);
  if (!unchanged) {
    void vscode.window.showWarningMessage(
      "Tenant Comms: the draft changed since this fix was offered, so it was not applied. Try the fix again.",
    );
    return false;
  }
  const workspaceEdit = new vscode.WorkspaceEdit();
  for (const e of edits) {
    workspaceEdit.replace(
      document.uri,
      new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)),
      e.text,
    );
  }
  return vscode.workspace.applyEdit(workspaceEdit);
}

/**
 * The text edit that applies every safe fix (linting again after each pass, as the CLI's --fix
 * does): one replacement from the first change to the last, or none.
 */
export async function fixAllEdit(
  controller: LintController,
  document: vscode.TextDocument,
): Promise<vscode.TextEdit | undefined> {
  const config = await controller.configFor(document);
  const linter = controller.linterFor(document);
  const before = document.getText();
  const { text: after, applied } = fixAll(before, (t) => linter.lint(t, config));
  if (applied === 0 || after === before) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before[endBefore - 1] === after[endAfter - 1]) {
    endBefore--;
    endAfter--;
  }
  return vscode.TextEdit.replace(
    new vscode.Range(document.positionAt(start), document.positionAt(endBefore)),
    after.slice(start, endAfter),
  );
}

export function fixableCount(findings: readonly Finding[] | undefined): number {
  return findings?.filter((f) => f.fixes.length > 0).length ?? 0;
}
