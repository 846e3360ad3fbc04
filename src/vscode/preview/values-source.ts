// Where a preview's placeholder values come from, and what the panel says about them: nothing
// (placeholders shown as Notify shows missing ones), sample values typed or filled in, or a row
// of a recipients CSV. The panel loads the CSV (recipients-source.ts); this keeps the choice.
// No `vscode` import: tested under node.
import type { Personalisation } from "../../core/notify/placeholders";
import type { PersonalisationMode, PreviewState, RecipientOption, SourceInfo } from "./protocol";
import { clampRow, rowWindow } from "./row-window";
import { fillSamples } from "./samples";

export interface CsvRow {
  row: number;
  emailAddress: string;
  valid: boolean;
  normalised?: string;
  error?: string;
  /** The row's values as Notify would fill the placeholders with them. */
  values: Personalisation;
}

/** A recipients CSV, read and checked. */
export interface CsvData {
  /** The file's URI, as a string. */
  uri: string;
  label: string;
  rows: CsvRow[];
  /** File-level problems (missing placeholder columns among them), then warnings. */
  errors: string[];
  /** The column headings as written, each once (what the linter checks placeholders against). */
  columns?: string[];
}

export type SavedValues = Pick<PreviewState, "mode" | "csvUri" | "row" | "sampleValues">;

export class ValuesSource {
  mode: PersonalisationMode;
  /** The chosen CSV's URI, also while it is not (yet) loaded. */
  csvUri: string | undefined;
  row: number | undefined;
  sampleValues: Record<string, string>;
  private csv: CsvData | undefined;

  constructor(saved: SavedValues) {
    this.mode = saved.mode;
    this.csvUri = saved.csvUri;
    this.row = saved.row;
    this.sampleValues = { ...saved.sampleValues };
  }

  get hasCsv(): boolean {
    return this.csv !== undefined;
  }

  /** The loaded CSV while its rows fill the placeholders (not while sample values or none do). */
  get csvInUse(): CsvData | undefined {
    return this.mode === "csv" ? this.csv : undefined;
  }

  /** Uses a loaded CSV at `row` (clamped to its rows). */
  useCsv(csv: CsvData, row = 1): void {
    this.csv = csv;
    this.csvUri = csv.uri;
    this.mode = "csv";
    this.row = clampRow(row, csv.rows.length);
  }

  /** The CSV could not be read: back to no values. */
  dropCsv(): void {
    this.csv = undefined;
    this.csvUri = undefined;
    if (this.mode === "csv") this.mode = "none";
  }

  /** False when the CSV mode is asked for with no CSV loaded (the caller should offer one). */
  setMode(mode: PersonalisationMode): boolean {
    if (mode === "csv" && !this.csv) return false;
    this.mode = mode;
    return true;
  }

  selectRow(row: number): void {
    if (!this.csv) return;
    this.row = clampRow(row, this.csv.rows.length);
    this.mode = "csv";
  }

  stepRow(delta: 1 | -1): void {
    this.selectRow((this.row ?? 1) + delta);
  }

  setSampleValue(name: string, value: string): void {
    this.sampleValues[name] = value;
    this.mode = "sample";
  }

  fillSamples(placeholders: readonly { name: string; conditional: boolean }[], today?: Date): void {
    this.sampleValues = fillSamples(placeholders, this.sampleValues, today);
    this.mode = "sample";
  }

  private currentRow(): CsvRow | undefined {
    if (this.mode !== "csv" || !this.csv) return undefined;
    return this.csv.rows[clampRow(this.row ?? 1, this.csv.rows.length) - 1];
  }

  personalisation(): Personalisation {
    switch (this.mode) {
      case "none":
        return {};
      case "sample":
        // An empty field counts as no value, so the placeholder shows as missing.
        return Object.fromEntries(Object.entries(this.sampleValues).filter(([, v]) => v !== ""));
      case "csv":
        return this.currentRow()?.values ?? {};
    }
  }

  /** The To line: the row's address as Notify would send to it, or what stands in for it. */
  toText(): string {
    const row = this.currentRow();
    if (row) {
      const address = row.normalised ?? row.emailAddress;
      const where = `row ${row.row} of ${this.csv!.rows.length}`;
      return row.valid
        ? `${address} (${where})`
        : `${address || "(empty)"} (${where}: ${row.error ?? "not a valid email address"})`;
    }
    if (this.mode === "csv")
      return this.csv ? "No rows in this CSV" : "Reading the recipients CSV…";
    if (this.mode === "sample") return "A sample recipient (choose a CSV to preview a real one)";
    return "Each recipient in your CSV (choose a CSV to preview one)";
  }

  /** What the panel's controls show. */
  info(): SourceInfo {
    const csv = this.csv;
    const rows: RecipientOption[] = [];
    if (csv) {
      const { first, last } = rowWindow(csv.rows.length, this.row ?? 1);
      for (let n = first; n <= last; n++) {
        const row = csv.rows[n - 1]!;
        rows.push({
          row: row.row,
          label: `${row.row}: ${row.emailAddress || "(no address)"}${row.valid ? "" : " ⚠"}`,
          valid: row.valid,
        });
      }
    }
    return {
      mode: this.mode,
      csvUri: this.csvUri,
      csvLabel: csv?.label,
      rows,
      totalRows: csv?.rows.length ?? 0,
      row: csv ? clampRow(this.row ?? 1, csv.rows.length) : undefined,
      problems: csv?.errors ?? [],
      sampleValues: { ...this.sampleValues },
    };
  }
}
