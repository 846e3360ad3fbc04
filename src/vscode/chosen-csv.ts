// The recipients CSV the writer chose for a draft in its preview panel, shared with the linter:
// notify/placeholder-no-data checks the draft's placeholders against that file's columns. The
// preview publishes (a CSV in use, another one, none any more, the panel closed); the lint
// controller listens and lints the draft again. One registry per extension host, so neither side
// needs the other and src/extension.ts stays wiring only.
import * as vscode from "vscode";

export interface ChosenCsv {
  /** The CSV's URI, as a string. */
  uri: string;
  /** Its column headings as written, each once (empty headings left out). */
  columns: readonly string[];
}

export class ChosenCsvs {
  private readonly byDocument = new Map<string, ChosenCsv>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the draft's URI when its chosen CSV (or that CSV's columns) changes. */
  readonly onDidChange = this.changed.event;

  get(documentUri: vscode.Uri): ChosenCsv | undefined {
    return this.byDocument.get(documentUri.toString());
  }

  /** Records the draft's chosen CSV (undefined: none); fires only when something changed. */
  set(documentUri: vscode.Uri, chosen: ChosenCsv | undefined): void {
    const key = documentUri.toString();
    const before = this.byDocument.get(key);
    if (same(before, chosen)) return;
    if (chosen) {
      this.byDocument.set(key, {
        uri: chosen.uri,
        columns: chosen.columns.filter((c) => c.trim() !== ""),
      });
    } else {
      this.byDocument.delete(key);
    }
    this.changed.fire(documentUri);
  }
}

function same(a: ChosenCsv | undefined, b: ChosenCsv | undefined): boolean {
  if (!a || !b) return a === b;
  const columns = b.columns.filter((c) => c.trim() !== "");
  return (
    a.uri === b.uri &&
    a.columns.length === columns.length &&
    a.columns.every((c, i) => c === columns[i])
  );
}

/** The extension host's registry: the preview writes to it, the linter reads it. */
export const chosenCsvs = new ChosenCsvs();
