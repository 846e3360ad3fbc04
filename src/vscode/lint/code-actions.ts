// Quick fixes for tenant-comms diagnostics: the fix (preferred), fix all of this rule in the file,
// disable the rule for this line or for the file (merging into an existing comment), and fix all
// auto-fixable problems; plus source.fixAll.tenantComms for editor.codeActionsOnSave.
import * as vscode from "vscode";
import { parseDraft } from "../../core/draft";
import { chooseFixes, type Finding } from "../../core/lint/index";
import type { LintController } from "./controller";
import { DIAGNOSTIC_SOURCE, findingOf } from "./diagnostics";
import { applyEditsCommand, fixableCount, fixAllEdit, FIX_ALL_COMMAND } from "./fixes";

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append("tenantComms");

const NEXT_LINE = /^(\s*)<!--\s*tenant-comms-disable-next-line\b(.*?)-->\s*$/;
const WHOLE_FILE = /^<!--\s*tenant-comms-disable\b(?!-)(.*?)-->[ \t]*(\r?\n|$)/;

function eol(document: vscode.TextDocument): string {
  return document.eol === vscode.EndOfLine.CRLF ? "\r\n" : "\n";
}

function ids(text: string): string[] {
  return (text.split(/\s--\s/)[0] ?? "").split(/[\s,]+/).filter(Boolean);
}

export class LintCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly controller: LintController) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): Promise<vscode.CodeAction[]> {
    const findings = this.controller.findingsFor(document);
    if (context.only?.contains(FIX_ALL_KIND)) {
      return this.fixAllSource(document);
    }
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    // Diagnostics from an older version of the text (a lint is pending after typing) have offsets
    // that no longer fit: offer nothing until the next lint.
    if (!findings) return [];
    const actions: vscode.CodeAction[] = [];
    const bodyOffset = parseDraft(document.getText()).bodyOffset;
    for (const diagnostic of context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = findingOf.get(diagnostic);
      if (!finding) continue;
      const fix = finding.fixes[0];
      if (fix) {
        const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = true;
        action.command = applyEditsCommand(fix.title, document, fix.edits);
        actions.push(action);
      }
      const sameRule = findings.filter((f) => f.ruleId === finding.ruleId && f.fixes.length > 0);
      if (sameRule.length > 1) {
        const title = `Fix all ${finding.ruleId} problems in this file`;
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.command = applyEditsCommand(
          title,
          document,
          chooseFixes(sameRule).flatMap((f) => f.edits),
        );
        actions.push(action);
      }
      if (finding.start >= bodyOffset) {
        const line = this.disableLine(document, finding);
        if (line) actions.push(line);
      }
      const file = this.disableFile(document, finding, bodyOffset);
      if (file) actions.push(file);
    }
    if (fixableCount(findings) > 1 && actions.length > 0) {
      const action = new vscode.CodeAction(
        "Fix all auto-fixable problems",
        vscode.CodeActionKind.QuickFix,
      );
      action.command = { title: action.title, command: FIX_ALL_COMMAND, arguments: [document.uri] };
      actions.push(action);
    }
    return actions;
  }

  private async fixAllSource(document: vscode.TextDocument): Promise<vscode.CodeAction[]> {
    const edit = await fixAllEdit(this.controller, document);
    if (!edit) return [];
    const action = new vscode.CodeAction("Fix all auto-fixable problems", FIX_ALL_KIND);
    action.edit = new vscode.WorkspaceEdit();
    action.edit.set(document.uri, [edit]);
    return [action];
  }

  private disableLine(
    document: vscode.TextDocument,
    finding: Finding,
  ): vscode.CodeAction | undefined {
    const line = document.positionAt(finding.start).line;
    const title = `Disable ${finding.ruleId} for this line`;
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    const previous = line > 0 ? document.lineAt(line - 1) : undefined;
    const existing = previous ? NEXT_LINE.exec(previous.text) : null;
    if (previous && existing) {
      const current = ids(existing[2] ?? "");
      if (current.length === 0 || current.includes(finding.ruleId)) return undefined; // already off
      const start = document.offsetAt(previous.range.start);
      action.command = applyEditsCommand(title, document, [
        {
          start,
          end: document.offsetAt(previous.range.end),
          text: `${existing[1]}<!-- tenant-comms-disable-next-line ${[...current, finding.ruleId].join(" ")} -->`,
        },
      ]);
      return action;
    }
    const start = document.offsetAt(document.lineAt(line).range.start);
    const indent = /^\s*/.exec(document.lineAt(line).text)?.[0] ?? "";
    action.command = applyEditsCommand(title, document, [
      {
        start,
        end: start,
        text: `${indent}<!-- tenant-comms-disable-next-line ${finding.ruleId} -->${eol(document)}`,
      },
    ]);
    return action;
  }

  private disableFile(
    document: vscode.TextDocument,
    finding: Finding,
    bodyOffset: number,
  ): vscode.CodeAction | undefined {
    const title = `Disable ${finding.ruleId} for this file`;
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    const text = document.getText();
    const existing = WHOLE_FILE.exec(text.slice(bodyOffset));
    if (existing) {
      const current = ids(existing[1] ?? "");
      if (current.length === 0 || current.includes(finding.ruleId)) return undefined;
      const end = bodyOffset + existing[0].length - (existing[2]?.length ?? 0);
      action.command = applyEditsCommand(title, document, [
        {
          start: bodyOffset,
          end,
          text: `<!-- tenant-comms-disable ${[...current, finding.ruleId].join(" ")} -->`,
        },
      ]);
      return action;
    }
    action.command = applyEditsCommand(title, document, [
      {
        start: bodyOffset,
        end: bodyOffset,
        text: `<!-- tenant-comms-disable ${finding.ruleId} -->${eol(document)}`,
      },
    ]);
    return action;
  }
}
