// Findings -> VS Code diagnostics: source "tenant-comms", code = rule id linking to docs/rules.md.
import * as vscode from "vscode";
import { ruleDocsAnchor, RULES_DOC_PATH, type Finding } from "../../core/lint/index";

/** The build copies docs/rules.md into dist/ so the page ships in the VSIX (see esbuild.mjs). */
const SHIPPED_RULES_DOC = `dist/${RULES_DOC_PATH}`;

export const DIAGNOSTIC_SOURCE = "tenant-comms";

const SEVERITY: Record<Finding["severity"], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** The finding behind each diagnostic, for code actions. */
export const findingOf = new WeakMap<vscode.Diagnostic, Finding>();

export function docsUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, ...SHIPPED_RULES_DOC.split("/")).with({
    fragment: ruleDocsAnchor(ruleId),
  });
}

export function toDiagnostics(
  document: vscode.TextDocument,
  findings: readonly Finding[],
  extensionUri: vscode.Uri,
): vscode.Diagnostic[] {
  return findings.map((f) => {
    const range = new vscode.Range(document.positionAt(f.start), document.positionAt(f.end));
    const diagnostic = new vscode.Diagnostic(range, f.message, SEVERITY[f.severity]);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: f.ruleId, target: docsUri(extensionUri, f.ruleId) };
    findingOf.set(diagnostic, f);
    return diagnostic;
  });
}
