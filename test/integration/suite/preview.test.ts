// The live preview inside a real VS Code. The extension host cannot see into a webview, so every
// check here waits for the webview's render receipt: after each render the page reads back from
// its own DOM what it shows (the text inside the email frame, the subject line, the To line, a
// digest of the frame's srcdoc) and posts it to the extension, which keeps the last one next to
// what it posted. A receipt only arrives if the page really rendered, so a broken webview fails
// these tests by timing out; the text checked comes from the frame's DOM, not from the message.
//
// It also prints the preview's update time (document change -> updated HTML in the webview) for
// the bench table; that number is reported, never asserted.
import * as assert from "node:assert/strict";
import { appendFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import * as vscode from "vscode";
import { formatGdsDate } from "../../../src/core/text/gds-date";
import type { PreviewSnapshot } from "../../../src/vscode/preview/panel";
import { closeAllEditors, waitFor, workspaceFile } from "../helpers";

const TEST_COMMAND = "_tenantComms.preview.test";

const DRAFT = [
  "---",
  "subject: Cloud Foundry upgrade for ((org name))",
  "channel: technical",
  "audience: developers",
  "---",
  "Dear ((first name)),",
  "",
  "We are upgrading Cloud Foundry for ((org name)) on Tuesday 16 March 2027.",
  "",
  "Kind regards,",
  "The GOV.UK PaaS Team",
  "",
].join("\n");

const CSV = [
  "email address,first name,org name",
  "alex.morgan@example.gov.uk,Alex,cabinet-office-digital",
  "Sam.Patel@Example.gov.uk,Samira,hmrc-tax-platform",
  "",
].join("\n");

async function snapshot(uri: vscode.Uri): Promise<PreviewSnapshot | undefined> {
  return vscode.commands.executeCommand<PreviewSnapshot | undefined>(TEST_COMMAND, {
    action: "snapshot",
    uri: uri.toString(),
  });
}

/**
 * Waits until the webview has acknowledged the newest render for `version` of the document and
 * its frame holds exactly the HTML that was posted; returns that snapshot.
 */
async function receiptFor(uri: vscode.Uri, version: number, what: string, timeoutMs = 15_000) {
  let last: PreviewSnapshot | undefined;
  try {
    await waitFor(
      async () => {
        last = await snapshot(uri);
        const { posted, ack } = last ?? {};
        return Boolean(
          posted &&
          ack &&
          posted.documentVersion === version &&
          ack.seq === posted.seq &&
          ack.documentVersion === version,
        );
      },
      what,
      timeoutMs,
    );
  } catch (error) {
    // Say what the panel had posted and what the webview last reported.
    const seen = last
      ? JSON.stringify({
          posted: last.posted,
          ack: last.ack && { ...last.ack, emailText: last.ack.emailText.slice(0, 200) },
        })
      : "no preview panel for this draft";
    throw new Error(`${(error as Error).message} Last snapshot: ${seen}`, { cause: error });
  }
  const { posted, ack } = last!;
  assert.equal(
    ack!.srcdocDigest,
    posted!.emailHtmlDigest,
    "the frame shows other HTML than was posted",
  );
  assert.equal(
    ack!.plainTextDigest,
    posted!.plainTextDigest,
    "the plain-text tab shows other text",
  );
  return last!;
}

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter(
      (tab) =>
        tab.input instanceof vscode.TabInputWebview &&
        tab.input.viewType.endsWith("tenantComms.preview"),
    );
}

/**
 * Prints a line in the run's report. The runner streams mocha's report from the file named by
 * TENANT_COMMS_TEST_OUTPUT; a plain console.log would only reach the extension host's log.
 */
function report(line: string): void {
  console.log(line);
  const file = process.env.TENANT_COMMS_TEST_OUTPUT;
  if (file) appendFileSync(file, line + "\n");
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

describe("Preview", function () {
  const draftUri = workspaceFile("preview-test.notify.md");
  const csvUri = workspaceFile("preview-recipients.csv");
  let editor: vscode.TextEditor;

  before(async () => {
    await vscode.workspace.fs.writeFile(draftUri, new TextEncoder().encode(DRAFT));
    await vscode.workspace.fs.writeFile(csvUri, new TextEncoder().encode(CSV));
    const document = await vscode.workspace.openTextDocument(draftUri);
    editor = await vscode.window.showTextDocument(document);
  });

  after(closeAllEditors);

  it("contributes Open Preview and Open Preview to the Side", async () => {
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes("tenantComms.openPreview"));
    assert.ok(commands.includes("tenantComms.openPreviewToSide"));
  });

  it("opens on a sample draft and shows the rendered subject and body", async () => {
    const opened = performance.now();
    await vscode.commands.executeCommand("tenantComms.openPreviewToSide");
    const shown = await receiptFor(draftUri, editor.document.version, "the first render");
    const ack = shown.ack!;
    report(`      first render shown ${Math.round(ack.receivedAt - opened)} ms after the command`);
    // No values chosen: the placeholders show as Notify's preview shows them.
    assert.equal(ack.subjectText, "Cloud Foundry upgrade for ((org name))");
    assert.match(ack.emailText, /Dear \(\(first name\)\),/);
    assert.match(
      ack.emailText,
      /We are upgrading Cloud Foundry for \(\(org name\)\) on Tuesday 16 March 2027\./,
    );
    assert.match(ack.emailText, /GOV\.UK/, "the GOV.UK banner is missing");
    assert.deepEqual(shown.posted!.missing, ["org name", "first name"]);
    assert.equal(previewTabs().length, 1);
  });

  it("reveals the open panel instead of opening a second one for the same draft", async () => {
    await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    await vscode.commands.executeCommand("tenantComms.openPreviewToSide");
    await vscode.commands.executeCommand("tenantComms.openPreview", draftUri);
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(previewTabs().length, 1);
  });

  it("updates when the document is edited", async () => {
    editor = await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    const line = editor.document.lineCount - 1;
    const ok = await editor.edit((edit) =>
      edit.insert(new vscode.Position(line, 0), "\nYour apps keep running during the upgrade.\n"),
    );
    assert.ok(ok, "the edit was not applied");
    const shown = await receiptFor(draftUri, editor.document.version, "the render after the edit");
    assert.match(shown.ack!.emailText, /Your apps keep running during the upgrade\./);
  });

  it("fills the placeholders from the chosen CSV row", async () => {
    await vscode.commands.executeCommand(TEST_COMMAND, {
      action: "useCsv",
      uri: draftUri.toString(),
      csv: csvUri.toString(),
    });
    let shown = await receiptFor(draftUri, editor.document.version, "the render with CSV row 1");
    assert.equal(shown.row, 1);
    assert.match(shown.ack!.emailText, /Dear Alex,/);
    assert.match(shown.ack!.toText, /^alex\.morgan@example\.gov\.uk \(row 1 of 2\)/);

    // What the row dropdown posts when the writer picks row 2 (validated like any message).
    await vscode.commands.executeCommand(TEST_COMMAND, {
      action: "receive",
      uri: draftUri.toString(),
      message: { type: "selectRow", row: 2 },
    });
    shown = await receiptFor(draftUri, editor.document.version, "the render with CSV row 2");
    assert.equal(shown.row, 2);
    assert.match(shown.ack!.emailText, /Dear Samira,/);
    assert.match(shown.ack!.emailText, /for hmrc-tax-platform on Tuesday/);
    assert.equal(shown.ack!.subjectText, "Cloud Foundry upgrade for hmrc-tax-platform");
    assert.match(shown.ack!.toText, /^sam\.patel@example\.gov\.uk \(row 2 of 2\)/);
    assert.deepEqual(shown.posted!.missing, []);

    // The CSV changes on disk (edited, or exported again): the preview reads it again.
    await vscode.workspace.fs.writeFile(
      csvUri,
      new TextEncoder().encode(CSV.replace("Samira", "Samantha")),
    );
    await waitFor(
      async () => /Dear Samantha,/.test((await snapshot(draftUri))?.ack?.emailText ?? ""),
      "the preview to show the changed CSV",
    );
    shown = await receiptFor(draftUri, editor.document.version, "the render of the changed CSV");
    assert.equal(shown.row, 2, "the chosen row is kept");
  });

  it("previews an unsaved draft made with New Notification", async () => {
    const draft = await vscode.commands.executeCommand<vscode.TextEditor>(
      "tenantComms.newNotification",
      "technical",
    );
    assert.equal(draft.document.uri.scheme, "untitled");
    await vscode.commands.executeCommand("tenantComms.openPreviewToSide");
    const shown = await receiptFor(
      draft.document.uri,
      draft.document.version,
      "the untitled draft",
    );
    assert.match(shown.ack!.subjectText, new RegExp(formatGdsDate(new Date())));
    assert.match(shown.ack!.emailText, /Dear GOV\.\u200b?UK PaaS tenant,/);
    assert.equal(previewTabs().length, 2, "one preview per draft");

    // Close it and the draft; the first draft's preview, uncovered, renders again.
    const untitledPreview = previewTabs().find(
      (tab) => tab.isActive && tab.label.includes("Untitled"),
    );
    assert.ok(
      untitledPreview,
      `no active untitled preview among ${previewTabs().map((t) => t.label)}`,
    );
    await vscode.window.tabGroups.close(untitledPreview);
    await vscode.window.showTextDocument(draft.document);
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    assert.equal(previewTabs().length, 1);
    const before = (await snapshot(draftUri))!.posted!.seq;
    await waitFor(
      async () => ((await snapshot(draftUri))?.ack?.seq ?? 0) > before,
      "the uncovered preview to render again",
    );
  });

  it("ignores malformed messages from the webview", async () => {
    const before = (await snapshot(draftUri))!;
    const after = await vscode.commands.executeCommand<PreviewSnapshot>(TEST_COMMAND, {
      action: "receive",
      uri: draftUri.toString(),
      message: { type: "selectRow", row: "2; drop table" },
    });
    assert.equal(after.rejected, before.rejected + 1);
    assert.equal(after.posted!.seq, before.posted!.seq, "a bad message must not trigger a render");
  });

  describe("restore after a window reload (the serializer, called as VS Code calls it)", () => {
    const restoreUri = workspaceFile("preview-restore.notify.md");
    const newPanel = (title: string) =>
      vscode.window.createWebviewPanel("tenantComms.preview", title, {
        viewColumn: vscode.ViewColumn.Two,
        preserveFocus: true,
      });
    const deserialize = (panel: vscode.WebviewPanel, state: unknown) =>
      vscode.commands.executeCommand(TEST_COMMAND, { action: "deserialize", panel, state });

    before(async () => {
      await vscode.workspace.fs.writeFile(
        restoreUri,
        new TextEncoder().encode(DRAFT.replace("Kind regards,", "Restored regards,")),
      );
    });

    it("shows the draft, values and row the saved state names", async () => {
      await vscode.workspace.fs.writeFile(csvUri, new TextEncoder().encode(CSV));
      const document = await vscode.workspace.openTextDocument(restoreUri);
      const panel = newPanel("Preview preview-restore.notify.md");
      await deserialize(panel, {
        documentUri: restoreUri.toString(),
        tab: "text",
        mode: "csv",
        csvUri: csvUri.toString(),
        row: 2,
        sampleValues: {},
        highlight: true,
        scrollY: 0,
      });
      const shown = await receiptFor(restoreUri, document.version, "the restored preview");
      assert.match(shown.ack!.emailText, /Dear Samira,.*Restored regards,/);
      assert.equal(shown.row, 2);
      assert.equal(
        panel.webview.options.enableForms,
        false,
        "options are applied again on restore",
      );
      panel.dispose();
    });

    it("with no saved state, finds the open draft named in the title", async () => {
      const document = await vscode.workspace.openTextDocument(restoreUri);
      const panel = newPanel("Preview preview-restore.notify.md");
      await deserialize(panel, undefined);
      const shown = await receiptFor(restoreUri, document.version, "the preview restored by title");
      assert.match(shown.ack!.emailText, /Dear \(\(first name\)\),/);
      panel.dispose();
    });

    it("closes a panel it cannot place rather than show nothing", async () => {
      const panel = newPanel("Preview no-such-draft.notify.md");
      let disposed = false;
      panel.onDidDispose(() => (disposed = true));
      await deserialize(panel, { tab: "text" });
      assert.ok(disposed, "the panel should be closed");
    });
  });

  it("bench: document change -> updated HTML in the webview", async function () {
    this.timeout(120_000);
    editor = await vscode.window.showTextDocument(editor.document, vscode.ViewColumn.One);
    // Single edits after a pause (the throttle renders at once), then a burst of typing (the
    // last keystroke waits for the throttle's trailing render).
    const single: number[] = [];
    for (let i = 0; i < 12; i++) {
      await new Promise((r) => setTimeout(r, 400));
      const started = performance.now();
      await editor.edit((edit) => edit.insert(new vscode.Position(5, 0), "x"));
      const shown = await receiptFor(draftUri, editor.document.version, `bench edit ${i}`);
      single.push(shown.ack!.receivedAt - started);
    }
    const typing: number[] = [];
    for (let burst = 0; burst < 5; burst++) {
      await new Promise((r) => setTimeout(r, 400));
      let started = 0;
      for (let key = 0; key < 10; key++) {
        started = performance.now();
        await editor.edit((edit) => edit.insert(new vscode.Position(5, 0), "y"));
        await new Promise((r) => setTimeout(r, 40));
      }
      const shown = await receiptFor(draftUri, editor.document.version, `bench burst ${burst}`);
      typing.push(shown.ack!.receivedAt - started);
    }
    const fmt = (values: number[]) =>
      `median ${median(values).toFixed(0)} ms, max ${Math.max(...values).toFixed(0)} ms (n=${values.length})`;
    report(
      `      BENCH preview: document change -> updated HTML in the webview (single edit): ${fmt(single)}`,
    );
    report(
      `      BENCH preview: last keystroke of a burst -> updated HTML in the webview: ${fmt(typing)}`,
    );

    // The same single edit on a 10,000-word draft.
    const bigUri = workspaceFile("preview-10000-words.notify.md");
    const paragraph =
      "We are upgrading Cloud Foundry for ((org name)) on Tuesday. Your apps will keep running, " +
      "but you may see short delays when you push an app or change a route.\n\n";
    const words = paragraph.split(/\s+/).filter(Boolean).length;
    const body = paragraph.repeat(Math.ceil(10_000 / words));
    await vscode.workspace.fs.writeFile(bigUri, new TextEncoder().encode(DRAFT + body));
    const big = await vscode.window.showTextDocument(
      await vscode.workspace.openTextDocument(bigUri),
      vscode.ViewColumn.One,
    );
    await vscode.commands.executeCommand("tenantComms.openPreviewToSide");
    await receiptFor(bigUri, big.document.version, "the 10,000-word draft's first render", 30_000);
    const large: number[] = [];
    for (let i = 0; i < 8; i++) {
      await new Promise((r) => setTimeout(r, 400));
      const started = performance.now();
      await big.edit((edit) => edit.insert(new vscode.Position(5, 0), "z"));
      const shown = await receiptFor(bigUri, big.document.version, `bench large edit ${i}`);
      assert.ok(shown.ack!.emailText.includes(`${"z".repeat(i + 1)}Dear ((first name)),`));
      large.push(shown.ack!.receivedAt - started);
    }
    report(
      `      BENCH preview: document change -> updated HTML in the webview (10,000-word draft): ${fmt(large)}`,
    );
  });
});
