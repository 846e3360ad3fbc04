// A recipients CSV as a source of placeholder values: pick one (the last export, a CSV in the
// workspace, or any file), read it, and check it as Notify's upload does, so each row's values,
// address and problems are exactly what a send would use.
import * as vscode from "vscode";
import { checkRecipientsCsv } from "../../core/notify/recipients-csv";
import type { CsvData, CsvRow } from "./values-source";
import { LAST_EXPORT_KEY } from "../workspace-state";

export { LAST_EXPORT_KEY };

/** The stored last-export location: a URI string or a plain file path. */
function lastExportUri(context: vscode.ExtensionContext): vscode.Uri | undefined {
  const stored = context.workspaceState.get<unknown>(LAST_EXPORT_KEY);
  if (typeof stored !== "string" || stored === "") return undefined;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(stored)
    ? vscode.Uri.parse(stored)
    : vscode.Uri.file(stored);
}

type CsvPick = vscode.QuickPickItem & { uri?: vscode.Uri; browse?: true };

export async function pickCsv(context: vscode.ExtensionContext): Promise<vscode.Uri | undefined> {
  const items: CsvPick[] = [];
  const last = lastExportUri(context);
  if (last) {
    items.push({
      label: `$(history) ${vscode.workspace.asRelativePath(last)}`,
      description: "last export",
      uri: last,
    });
  }
  const found = await vscode.workspace.findFiles("**/*.csv", "**/node_modules/**", 500);
  found.sort((a, b) => a.path.localeCompare(b.path));
  for (const uri of found) {
    if (last && uri.toString() === last.toString()) continue;
    items.push({ label: `$(file) ${vscode.workspace.asRelativePath(uri)}`, uri });
  }
  items.push({ label: "$(folder-opened) Browse…", description: "choose a CSV file", browse: true });
  const picked = await vscode.window.showQuickPick(items, {
    title: "Preview with a recipients CSV",
    placeHolder:
      found.length === 0 && !last
        ? "No CSV files in this workspace: browse for one, or export recipients first"
        : "Each row's values fill the draft's ((placeholders))",
  });
  if (!picked) return undefined;
  if (!picked.browse) return picked.uri;
  const chosen = await vscode.window.showOpenDialog({
    canSelectMany: false,
    filters: { "CSV files": ["csv"] },
    openLabel: "Preview with this file",
  });
  return chosen?.[0];
}

/** Reads and checks a CSV. Throws an Error whose message says what went wrong, for the panel. */
export async function loadCsv(uri: vscode.Uri, placeholders: string[]): Promise<CsvData> {
  let bytes: Uint8Array;
  try {
    bytes = await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    throw new Error(
      `Could not read ${vscode.workspace.asRelativePath(uri)}: ${
        error instanceof Error ? error.message : String(error)
      }. Choose another CSV.`,
      { cause: error },
    );
  }
  const text = new TextDecoder("utf-8").decode(bytes);
  const checked = checkRecipientsCsv(text, { placeholders });
  // Rows ready to send carry Notify's exact personalisation (repeated headings as lists); for the
  // others, each non-empty cell (Notify reads an empty cell as no value, so it stays missing).
  const ready = new Map(checked.recipients.map((r) => [r.row, r.personalisation]));
  const rows = checked.rows.map((row): CsvRow => {
    const cells = Object.fromEntries(Object.entries(row.values).filter(([, v]) => v !== ""));
    return {
      row: row.row,
      emailAddress: row.emailAddress,
      valid: row.valid,
      normalised: row.normalised,
      error: row.error,
      values: { ...cells, ...ready.get(row.row) },
    };
  });
  return {
    uri: uri.toString(),
    label: vscode.workspace.asRelativePath(uri),
    rows,
    errors: [...checked.errors, ...checked.warnings],
    columns: checked.columns,
  };
}
