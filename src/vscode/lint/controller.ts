// When to lint: at once on open and save, after a pause while typing (tenantComms.lint.debounceMs)
// unless tenantComms.lint.run is "onSave"; never publish results for an older version of the text
// or for a closed document; clear on close. One engine (with its block cache) per open document.
// A draft previewed with a recipients CSV is linted with that file's columns (chosen-csv.ts).
import * as vscode from "vscode";
import {
  createLinter,
  withCsvColumns,
  type Finding,
  type LintConfig,
  type Linter,
} from "../../core/lint/index";
import { chosenCsvs } from "../chosen-csv";
import { setting } from "../settings";
import { LintConfigs } from "./config";
import { toDiagnostics } from "./diagnostics";

export const LANGUAGE_ID = "notify-email";

interface DocumentState {
  linter: Linter;
  timer?: ReturnType<typeof setTimeout>;
  /** The findings last published and the version they are for. */
  findings: Finding[];
  version: number;
  /**
   * The config last used with a chosen CSV's columns, kept while the settings and the columns stay
   * the same: the engine resolves a config object once, so a new one per lint would cost.
   */
  withCsv?: { base: LintConfig; columns: readonly string[]; config: LintConfig };
}

export class LintController implements vscode.Disposable {
  readonly configs = new LintConfigs();
  private readonly states = new Map<string, DocumentState>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's diagnostics change. */
  readonly onDidLint = this.changed.event;
  /** Bumped when settings change, so a lint started under old settings is not published. */
  private generation = 0;

  constructor(
    private readonly collection: vscode.DiagnosticCollection,
    private readonly extensionUri: vscode.Uri,
  ) {}

  /** Findings published for the document's current version (undefined if none or stale). */
  findingsFor(document: vscode.TextDocument): Finding[] | undefined {
    const state = this.states.get(document.uri.toString());
    return state && state.version === document.version ? state.findings : undefined;
  }

  /** The document's engine (its block cache makes fix-all passes cheap). */
  linterFor(document: vscode.TextDocument): Linter {
    return this.state(document).linter;
  }

  /** Lints at once (open, save, settings changed, a command). */
  async lintNow(document: vscode.TextDocument): Promise<void> {
    if (document.languageId !== LANGUAGE_ID) return;
    const state = this.state(document);
    if (state.timer) clearTimeout(state.timer);
    state.timer = undefined;
    const version = document.version;
    const generation = this.generation;
    const config = await this.configFor(document);
    // Reading the config may have taken a moment: the text or the settings may have moved on.
    if (document.isClosed || document.version !== version || generation !== this.generation) {
      if (!document.isClosed && document.version === version) return this.lintNow(document);
      return;
    }
    const findings = state.linter.lint(document.getText(), config);
    state.findings = findings;
    state.version = version;
    this.collection.set(document.uri, toDiagnostics(document, findings, this.extensionUri));
    this.changed.fire(document.uri);
  }

  /** The settings and rc file's config, with the columns of the CSV the preview uses, if any. */
  async configFor(document: vscode.TextDocument): Promise<LintConfig> {
    const base = await this.configs.forDocument(document);
    const chosen = chosenCsvs.get(document.uri);
    if (!chosen) return base;
    const state = this.state(document);
    const known = state.withCsv;
    if (known && known.base === base && known.columns === chosen.columns) return known.config;
    const config = withCsvColumns(base, chosen.columns);
    state.withCsv = { base, columns: chosen.columns, config };
    return config;
  }

  /** Lints after the typing pause, unless linting runs on save only. */
  lintSoon(document: vscode.TextDocument): void {
    if (document.languageId !== LANGUAGE_ID) return;
    if (setting<string>("lint.run", document.uri) === "onSave") return;
    const state = this.state(document);
    if (state.timer) clearTimeout(state.timer);
    const delay = Math.max(0, setting<number>("lint.debounceMs", document.uri) ?? 300);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.lintNow(document);
    }, delay);
  }

  forget(document: vscode.TextDocument): void {
    this.forgetUri(document.uri);
  }

  /** Drops a draft's diagnostics and engine (its document closed, or its last tab did). */
  forgetUri(uri: vscode.Uri): void {
    const key = uri.toString();
    const state = this.states.get(key);
    if (state?.timer) clearTimeout(state.timer);
    this.states.delete(key);
    this.collection.delete(uri);
    this.changed.fire(uri);
  }

  /** Settings or .tenantcommsrc.json changed: re-read them and lint every open draft again. */
  reconfigure(): void {
    this.generation++;
    this.configs.clear();
    for (const document of vscode.workspace.textDocuments) void this.lintNow(document);
  }

  dispose(): void {
    for (const state of this.states.values()) if (state.timer) clearTimeout(state.timer);
    this.states.clear();
    this.changed.dispose();
  }

  private state(document: vscode.TextDocument): DocumentState {
    const key = document.uri.toString();
    let state = this.states.get(key);
    if (!state) {
      state = { linter: createLinter(), findings: [], version: -1 };
      this.states.set(key, state);
    }
    return state;
  }
}
