// One preview panel for one draft: renders the draft with the chosen placeholder values, posts the
// result to the webview, and acts on the webview's (validated) messages.
//
// Rendering: the page is loaded once; every update is a `render` message (the webview swaps the
// iframe's srcdoc), so typing never reloads the page. The first render happens as soon as the page
// says it is ready; later ones go through a 250 ms leading-and-trailing throttle that reads the
// document when it fires, so the newest version always wins. A hidden panel is not rendered: its
// page is discarded by VS Code and says "ready" again when shown.
//
// For tests, the panel records what it last posted and the webview's receipt for it (what the
// webview read back from its own DOM); see snapshot().
import { performance } from "node:perf_hooks";
import * as vscode from "vscode";
import { chosenCsvs } from "../chosen-csv";
import { outputChannel } from "../output";
import {
  digest,
  isOpenableLink,
  parseWebviewMessage,
  type HostMessage,
  type NoticeMessage,
  type PreviewState,
  type RenderMessage,
  type WebviewMessage,
} from "./protocol";
import { loadCsv, pickCsv } from "./recipients-source";
import { scrollTargetForLine } from "./scroll-map";
import { runSend } from "./send";
import { stripMarks } from "./highlight";
import { createThrottle, type Throttle } from "./throttle";
import { ValuesSource } from "./values-source";
import { buildPreviewContent, draftPlaceholders, type PreviewContent } from "./view-model";
import { previewHtml, previewTitle, previewWebviewOptions } from "./webview-options";

/** At most one render per this many milliseconds while the draft changes. */
export const RENDER_INTERVAL_MS = 250;
/** Scroll-sync messages while the editor scrolls. */
const SCROLL_INTERVAL_MS = 50;

/** Notify sends as the service's name at notifications.service.gov.uk; the name is set in Notify. */
const FROM_TEXT = "Your Notify service’s name <…@notifications.service.gov.uk>";

export interface PreviewSnapshot {
  documentUri: string;
  visible: boolean;
  mode: PreviewState["mode"];
  row?: number;
  csvUri?: string;
  posted?: {
    seq: number;
    documentVersion: number;
    emailHtmlDigest: string;
    plainTextDigest: string;
    subject: string;
    to: string;
    missing: string[];
    /** performance.now() in the extension host when the message was posted. */
    postedAt: number;
  };
  ack?: Extract<WebviewMessage, { type: "rendered" }> & { receivedAt: number };
  /** Messages from the webview that failed validation. */
  rejected: number;
  /** The last notice shown in the panel (errors, unavailable commands). */
  lastNotice?: NoticeMessage;
}

export class PreviewPanel implements vscode.Disposable {
  private readonly values: ValuesSource;
  private highlight: boolean;
  private csvPlaceholderKey = "";
  private seq = 0;
  private posted: PreviewSnapshot["posted"];
  private ack: PreviewSnapshot["ack"];
  private rejected = 0;
  private lastNotice: NoticeMessage | undefined;
  private lastContent: PreviewContent | undefined;
  private readonly renderThrottle: Throttle;
  private readonly scrollThrottle: Throttle;
  private pendingTopLine: number | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;
  private readonly onDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDisposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    readonly documentUri: vscode.Uri,
    private readonly context: vscode.ExtensionContext,
    initial: PreviewState,
  ) {
    this.values = new ValuesSource(initial);
    this.highlight = initial.highlight;
    this.renderThrottle = createThrottle(() => void this.renderNow(), RENDER_INTERVAL_MS);
    this.scrollThrottle = createThrottle(() => this.postScroll(), SCROLL_INTERVAL_MS);

    panel.title = previewTitle(documentUri);
    panel.webview.options = previewWebviewOptions(context.extensionUri);
    panel.webview.html = previewHtml(panel.webview, context.extensionUri, documentUri);
    this.disposables.push(
      panel.webview.onDidReceiveMessage((data: unknown) => void this.onMessage(data)),
      panel.onDidDispose(() => this.dispose()),
    );
    // Restored with a CSV: load it again (it may have changed or gone) and render when read.
    if (initial.mode === "csv" && initial.csvUri) {
      void this.useCsv(vscode.Uri.parse(initial.csvUri), initial.row);
    }
  }

  /** The draft changed: render soon (throttled). */
  documentChanged(): void {
    if (this.panel.visible) this.renderThrottle.trigger();
  }

  /** The draft's editor scrolled so that `topLine` is the first visible line. */
  editorScrolled(topLine: number): void {
    this.pendingTopLine = topLine;
    if (this.panel.visible) this.scrollThrottle.trigger();
  }

  /** A CSV file changed on disk: read it again if it is the one in use. */
  csvChanged(uri: vscode.Uri): void {
    if (this.values.hasCsv && this.values.csvUri === uri.toString()) {
      void this.useCsv(uri, this.values.row);
    }
  }

  reveal(column: vscode.ViewColumn | undefined, preserveFocus: boolean): void {
    this.panel.reveal(column, preserveFocus);
  }

  snapshot(): PreviewSnapshot {
    return {
      documentUri: this.documentUri.toString(),
      visible: this.panel.visible,
      mode: this.values.mode,
      row: this.values.row,
      csvUri: this.values.csvUri,
      posted: this.posted,
      ack: this.ack,
      rejected: this.rejected,
      lastNotice: this.lastNotice,
    };
  }

  /** Delivers a message as if the webview had posted it (tests); it is validated the same way. */
  receive(data: unknown): Promise<void> {
    return this.onMessage(data);
  }

  /**
   * Uses a CSV for the values (from the picker, a restored state, or a test), at `row` (the
   * restored row; a newly chosen file starts at row 1).
   */
  async useCsv(uri: vscode.Uri, row = 1): Promise<void> {
    try {
      const document = await this.openDraft();
      const placeholders = draftPlaceholders(document?.getText() ?? "");
      this.values.useCsv(await loadCsv(uri, placeholders), row);
      this.csvPlaceholderKey = placeholders.join("\u0000");
    } catch (error) {
      this.values.dropCsv();
      this.notice("error", error instanceof Error ? error.message : String(error));
    }
    this.publishCsvChoice();
    await this.renderNow();
  }

  /**
   * Tells the linter which CSV this draft is previewed with (none unless a CSV's rows fill the
   * placeholders), so notify/placeholder-no-data checks the draft against its columns.
   */
  private publishCsvChoice(): void {
    if (this.disposed) return;
    const csv = this.values.csvInUse;
    chosenCsvs.set(
      this.documentUri,
      csv?.columns ? { uri: csv.uri, columns: csv.columns } : undefined,
    );
  }

  /**
   * The draft's document: the open one, or read from disk. An unsaved (untitled) draft that was
   * closed is gone; opening its URI again would only make a new, empty one.
   */
  private async openDraft(): Promise<vscode.TextDocument | undefined> {
    const key = this.documentUri.toString();
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    if (open) return open;
    if (this.documentUri.scheme === "untitled") {
      this.notice(
        "warning",
        "This unsaved draft was closed, so there is nothing to preview. Close this preview.",
      );
      return undefined;
    }
    return vscode.workspace.openTextDocument(this.documentUri);
  }

  async renderNow(): Promise<void> {
    if (this.disposed || !this.panel.visible) return;
    let document: vscode.TextDocument | undefined;
    try {
      document = await this.openDraft();
      if (!document) return;
    } catch (error) {
      this.notice(
        "error",
        `The draft ${this.documentUri.fsPath || this.documentUri.toString()} could not be opened: ${
          error instanceof Error ? error.message : String(error)
        }. Close this preview and open the draft again.`,
      );
      return;
    }
    if (this.disposed) return;
    const text = document.getText();
    await this.recheckCsvIfPlaceholdersChanged(text);
    const content = buildPreviewContent(text, this.values.personalisation(), this.highlight);
    this.lastContent = content;
    const message: RenderMessage = {
      type: "render",
      seq: ++this.seq,
      documentUri: this.documentUri.toString(),
      documentVersion: document.version,
      documentName: previewTitle(this.documentUri).replace(/^Preview /, ""),
      subject: content.subject,
      plainText: content.plainText,
      emailHtml: content.emailHtml,
      from: FROM_TEXT,
      to: this.values.toText(),
      placeholders: content.placeholders,
      highlight: this.highlight,
      source: this.values.info(),
      problems: content.problems,
    };
    this.posted = {
      seq: message.seq,
      documentVersion: message.documentVersion,
      emailHtmlDigest: digest(message.emailHtml),
      plainTextDigest: digest(stripMarks(message.plainText)),
      subject: stripMarks(message.subject),
      to: message.to,
      missing: content.missing,
      postedAt: performance.now(),
    };
    void this.post(message);
  }

  private async onMessage(data: unknown): Promise<void> {
    await this.handleMessage(data);
    // A message may change the values in use (mode, CSV, row): keep the linter's view current.
    this.publishCsvChoice();
  }

  private async handleMessage(data: unknown): Promise<void> {
    const parsed = parseWebviewMessage(data);
    if (!parsed.ok) {
      this.rejected++;
      outputChannel().warn(`Preview: ignored a message from the webview (${parsed.error}).`);
      return;
    }
    const message = parsed.value;
    switch (message.type) {
      case "ready":
        await this.renderNow();
        return;
      case "rendered":
        this.ack = { ...message, receivedAt: performance.now() };
        if (
          this.posted?.seq === message.seq &&
          this.posted.emailHtmlDigest !== message.srcdocDigest
        ) {
          outputChannel().warn(
            `Preview: the webview shows different HTML than render ${message.seq}.`,
          );
        }
        return;
      case "setMode":
        if (!this.values.setMode(message.mode)) return this.chooseCsv();
        return this.renderNow();
      case "chooseCsv":
        return this.chooseCsv();
      case "selectRow":
        this.values.selectRow(message.row);
        return this.renderNow();
      case "stepRow":
        this.values.stepRow(message.delta);
        return this.renderNow();
      case "setSampleValue":
        this.values.setSampleValue(message.name, message.value);
        // Typing in a sample field is like typing in the draft: throttled.
        this.renderThrottle.trigger();
        return;
      case "fillSamples":
        this.values.fillSamples(this.lastContent?.placeholders ?? []);
        return this.renderNow();
      case "setHighlight":
        this.highlight = message.highlight;
        return this.renderNow();
      case "send": {
        const notice = await runSend(message.action, this.documentUri);
        if (notice) this.notice(notice.level, notice.text);
        return;
      }
      case "openLink":
        if (isOpenableLink(message.href))
          await vscode.env.openExternal(vscode.Uri.parse(message.href, true));
        else
          this.notice(
            "warning",
            `Links like “${message.href.slice(0, 80)}” are not opened from the preview.`,
          );
        return;
    }
  }

  private async chooseCsv(): Promise<void> {
    const uri = await pickCsv(this.context);
    // Cancelled: render anyway, so the panel's controls show the values actually in use.
    if (uri) await this.useCsv(uri);
    else await this.renderNow();
  }

  /** Missing-column problems depend on the draft's placeholders: check the CSV again when they change. */
  private async recheckCsvIfPlaceholdersChanged(text: string): Promise<void> {
    const csvUri = this.values.hasCsv ? this.values.csvUri : undefined;
    if (!csvUri) return;
    const placeholders = draftPlaceholders(text);
    const key = placeholders.join("\u0000");
    if (key === this.csvPlaceholderKey) return;
    this.csvPlaceholderKey = key;
    try {
      this.values.useCsv(await loadCsv(vscode.Uri.parse(csvUri), placeholders), this.values.row);
    } catch (error) {
      this.values.dropCsv();
      this.notice("error", error instanceof Error ? error.message : String(error));
    }
    this.publishCsvChoice();
  }

  private postScroll(): void {
    const content = this.lastContent;
    if (this.pendingTopLine === undefined || !content) return;
    void this.openDraft().then((document) => {
      if (!document) return;
      const target = scrollTargetForLine(
        this.pendingTopLine!,
        content.bodyStartLine,
        document.lineCount,
      );
      void this.post({ type: "scroll", ...target });
    });
  }

  private notice(level: NoticeMessage["level"], text: string): void {
    this.lastNotice = { type: "notice", level, text };
    void this.post(this.lastNotice);
  }

  private post(message: HostMessage): Thenable<boolean> {
    if (this.disposed) return Promise.resolve(false);
    return this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    // The draft is no longer previewed with a CSV: the linter stops checking against it.
    chosenCsvs.set(this.documentUri, undefined);
    this.renderThrottle.dispose();
    this.scrollThrottle.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
    this.onDisposeEmitter.fire();
    this.onDisposeEmitter.dispose();
    this.panel.dispose();
  }
}
