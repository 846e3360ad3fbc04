// Keeps one preview panel per draft: opens it or reveals the one already open, restores panels
// after a window reload, and forwards document edits and editor scrolling to the right panel.
import * as vscode from "vscode";
import { outputChannel } from "../output";
import { PreviewPanel } from "./panel";
import { defaultPreviewState, parsePreviewState, type PreviewState } from "./protocol";
import { PREVIEW_VIEW_TYPE, previewTitle, previewWebviewOptions } from "./webview-options";

export class PreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer {
  private readonly panels = new Map<string, PreviewPanel>();
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly context: vscode.ExtensionContext) {
    // A recipients CSV edited or re-exported while previewed: show the new values.
    const csvWatcher = vscode.workspace.createFileSystemWatcher("**/*.csv", true, false, true);
    this.disposables.push(
      csvWatcher,
      csvWatcher.onDidChange((uri) => {
        for (const panel of this.panels.values()) panel.csvChanged(uri);
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length > 0)
          this.panels.get(event.document.uri.toString())?.documentChanged();
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        const first = event.visibleRanges[0];
        if (first)
          this.panels
            .get(event.textEditor.document.uri.toString())
            ?.editorScrolled(first.start.line);
      }),
    );
  }

  /** Opens the preview for `documentUri`, or reveals it if it is already open. */
  open(documentUri: vscode.Uri, toSide: boolean): PreviewPanel {
    const existing = this.panels.get(documentUri.toString());
    if (existing) {
      existing.reveal(toSide ? vscode.ViewColumn.Beside : undefined, toSide);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      PREVIEW_VIEW_TYPE,
      previewTitle(documentUri),
      {
        viewColumn: toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active,
        preserveFocus: toSide,
      },
      { ...previewWebviewOptions(this.context.extensionUri), enableFindWidget: true },
    );
    return this.adopt(panel, documentUri, defaultPreviewState(documentUri.toString()));
  }

  get(documentUri: vscode.Uri): PreviewPanel | undefined {
    return this.panels.get(documentUri.toString());
  }

  /** WebviewPanelSerializer: VS Code hands back a panel and the state the webview saved. */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, saved: unknown): Promise<void> {
    const state = parsePreviewState(saved) ?? this.stateFromTitle(panel.title);
    if (!state) {
      // Nothing says which draft it showed: no state (the window went before VS Code saved it)
      // and no single open draft with the name in the panel's title.
      outputChannel().warn(
        `Preview: "${panel.title}" could not be restored after the reload; open the preview from the draft again.`,
      );
      panel.dispose();
      return;
    }
    const documentUri = vscode.Uri.parse(state.documentUri, true);
    const existing = this.panels.get(documentUri.toString());
    if (existing) {
      panel.dispose();
      existing.reveal(undefined, true);
      return;
    }
    this.adopt(panel, documentUri, state);
  }

  /**
   * The panel's title names the draft ("Preview x.notify.md"). When VS Code kept no state (a web
   * workbench closed abruptly), an open draft with exactly that name is taken to be the one.
   */
  private stateFromTitle(title: string): PreviewState | undefined {
    const name = title.replace(/^Preview /, "");
    const matches = vscode.workspace.textDocuments.filter(
      (document) => document.uri.path.split("/").pop() === name,
    );
    return matches.length === 1 ? defaultPreviewState(matches[0]!.uri.toString()) : undefined;
  }

  private adopt(
    panel: vscode.WebviewPanel,
    documentUri: vscode.Uri,
    state: PreviewState,
  ): PreviewPanel {
    const preview = new PreviewPanel(panel, documentUri, this.context, state);
    const key = documentUri.toString();
    this.panels.set(key, preview);
    preview.onDidDispose(() => {
      if (this.panels.get(key) === preview) this.panels.delete(key);
    });
    return preview;
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) panel.dispose();
    this.panels.clear();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
