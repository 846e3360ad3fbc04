// Linting inside a real VS Code: planted problems appear as tenant-comms diagnostics with the right
// ids and ranges, a quick fix changes the text, and a disable comment silences a rule; a CSV chosen
// in the preview feeds notify/placeholder-no-data.
import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { closeAllEditors, waitFor, workspaceFile } from "../helpers";

const DRAFT = [
  "---",
  "subject: Platform changes",
  "channel: announcement",
  "---",
  "Select **Continue** to carry on.", // notify/bold at 5:8-5:20 (1-based)
  "",
  "### Next steps", // notify/heading-level at 7:1-7:4
  "",
  "Visit www.cloud.service.gov.uk today.", // notify/www-link at 9:7-9:31
  "",
].join("\n");

/** The preview's test-only command (src/vscode/preview/index.ts). */
const PREVIEW_TEST_COMMAND = "_tenantComms.preview.test";

/** The draft's preview panel state, or undefined when no panel shows the draft. */
async function previewOf(uri: vscode.Uri): Promise<{ mode: string } | undefined> {
  return vscode.commands.executeCommand<{ mode: string } | undefined>(PREVIEW_TEST_COMMAND, {
    action: "snapshot",
    uri: uri.toString(),
  });
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === "tenant-comms");
}

function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === "object" ? String(d.code.value) : String(d.code);
}

/** Whether one of our diagnostics on `uri` comes from `rule`. */
function hasRule(uri: vscode.Uri, rule: string): boolean {
  return ours(uri).some((d) => ruleOf(d) === rule);
}

function where(d: vscode.Diagnostic): string {
  const r = d.range;
  return `${ruleOf(d)} ${r.start.line + 1}:${r.start.character + 1}-${r.end.line + 1}:${r.end.character + 1}`;
}

async function openDraft(name: string, text: string): Promise<vscode.TextEditor> {
  const uri = workspaceFile(name);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  const document = await vscode.workspace.openTextDocument(uri);
  assert.equal(document.languageId, "notify-email");
  return vscode.window.showTextDocument(document);
}

describe("Lint", () => {
  afterEach(closeAllEditors);

  it("shows planted problems as diagnostics with rule ids, ranges and documentation links", async () => {
    const editor = await openDraft("lint-planted.notify.md", DRAFT);
    const uri = editor.document.uri;
    await waitFor(() => hasRule(uri, "notify/www-link"), "tenant-comms diagnostics");
    const found = ours(uri)
      .filter((d) => ruleOf(d).startsWith("notify/"))
      .map(where)
      .sort();
    assert.deepEqual(found, [
      "notify/bold 5:8-5:20",
      "notify/heading-level 7:1-7:4",
      "notify/www-link 9:7-9:31",
    ]);
    const bold = ours(uri).find((d) => ruleOf(d) === "notify/bold")!;
    assert.equal(bold.severity, vscode.DiagnosticSeverity.Warning);
    const target = (bold.code as { target: vscode.Uri }).target;
    assert.equal(target.fragment, "notify-bold");
    assert.ok(target.path.endsWith("/docs/rules.md"), target.toString());
    // The link must lead somewhere: the rules page ships inside the extension.
    const page = new TextDecoder().decode(
      await vscode.workspace.fs.readFile(target.with({ fragment: "" })),
    );
    assert.ok(
      page.includes('id="notify-bold"') || page.includes("notify/bold"),
      "rules page has the rule",
    );
  });

  it("applying the preferred quick fix changes the text and the problem goes away", async () => {
    const editor = await openDraft("lint-fix.notify.md", DRAFT);
    const uri = editor.document.uri;
    await waitFor(() => hasRule(uri, "notify/bold"), "the bold diagnostic");
    const bold = ours(uri).find((d) => ruleOf(d) === "notify/bold")!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      "vscode.executeCodeActionProvider",
      uri,
      bold.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes("Disable notify/bold for this line"), titles.join(" | "));
    assert.ok(titles.includes("Disable notify/bold for this file"), titles.join(" | "));
    const preferred = actions.find((a) => a.isPreferred && a.title === "Remove the bold markers");
    assert.ok(preferred?.command, titles.join(" | "));
    await vscode.commands.executeCommand(
      preferred.command.command,
      ...(preferred.command.arguments ?? []),
    );
    await waitFor(
      () => editor.document.lineAt(4).text === "Select Continue to carry on.",
      "the fix to apply",
    );
    await waitFor(() => !hasRule(uri, "notify/bold"), "the bold diagnostic to go");
  });

  it("a fix offered for an older version of the text is not applied", async () => {
    const editor = await openDraft("lint-stale.notify.md", DRAFT);
    const uri = editor.document.uri;
    await waitFor(() => hasRule(uri, "notify/bold"), "the bold diagnostic");
    const bold = ours(uri).find((d) => ruleOf(d) === "notify/bold")!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      "vscode.executeCodeActionProvider",
      uri,
      bold.range,
    );
    const preferred = actions.find((a) => a.isPreferred)!;
    await editor.edit((b) => b.insert(new vscode.Position(4, 0), "Now: "));
    const applied = await vscode.commands.executeCommand<boolean>(
      preferred.command!.command,
      ...(preferred.command!.arguments ?? []),
    );
    assert.equal(applied, false);
    assert.equal(editor.document.lineAt(4).text, "Now: Select **Continue** to carry on.");
  });

  it("a disable comment silences the rule", async () => {
    const editor = await openDraft("lint-disable.notify.md", DRAFT);
    const uri = editor.document.uri;
    await waitFor(() => hasRule(uri, "notify/heading-level"), "the heading diagnostic");
    await editor.edit((b) =>
      b.insert(
        new vscode.Position(6, 0),
        "<!-- tenant-comms-disable-next-line notify/heading-level -->\n",
      ),
    );
    await waitFor(
      () => !hasRule(uri, "notify/heading-level"),
      "the heading diagnostic to be silenced",
    );
    assert.ok(hasRule(uri, "notify/bold"), "other rules still report");
  });

  it("the disable quick fixes insert comments that silence the rule (line, then file)", async () => {
    const editor = await openDraft("lint-disable-actions.notify.md", DRAFT);
    const uri = editor.document.uri;
    const actionFor = async (rule: string, title: string): Promise<vscode.CodeAction> => {
      await waitFor(() => hasRule(uri, rule), `the ${rule} diagnostic`);
      const diagnostic = ours(uri).find((d) => ruleOf(d) === rule)!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        "vscode.executeCodeActionProvider",
        uri,
        diagnostic.range,
      );
      const action = actions.find((a) => a.title === title);
      assert.ok(action?.command, actions.map((a) => a.title).join(" | "));
      return action;
    };
    const line = await actionFor("notify/bold", "Disable notify/bold for this line");
    await vscode.commands.executeCommand(line.command!.command, ...(line.command!.arguments ?? []));
    await waitFor(
      () =>
        editor.document.lineAt(4).text === "<!-- tenant-comms-disable-next-line notify/bold -->",
      "the comment above the line",
    );
    await waitFor(() => !hasRule(uri, "notify/bold"), "bold to be silenced");
    const file = await actionFor("notify/www-link", "Disable notify/www-link for this file");
    await vscode.commands.executeCommand(file.command!.command, ...(file.command!.arguments ?? []));
    await waitFor(
      () => editor.document.lineAt(4).text === "<!-- tenant-comms-disable notify/www-link -->",
      "the comment at the top of the body",
    );
    await waitFor(() => !hasRule(uri, "notify/www-link"), "www-link to be silenced");
    assert.ok(hasRule(uri, "notify/heading-level"), "other rules still report");
  });

  it("Fix all auto-fixable problems fixes every fixable problem", async () => {
    const editor = await openDraft("lint-fix-all.notify.md", DRAFT);
    const uri = editor.document.uri;
    await waitFor(() => hasRule(uri, "notify/www-link"), "diagnostics");
    assert.equal(await vscode.commands.executeCommand("tenantComms.lint.fixAll", uri), true);
    await waitFor(
      () => editor.document.getText().includes("Visit https://www.cloud.service.gov.uk"),
      "the fixes",
    );
    assert.equal(editor.document.lineAt(6).text, "## Next steps");
    assert.equal(editor.document.lineAt(4).text, "Select Continue to carry on.");
  });

  it("with lint.run onSave, typing does not lint but saving does", async () => {
    const settings = vscode.workspace.getConfiguration("tenantComms");
    let changed = false;
    const listener = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration("tenantComms.lint.run")) changed = true;
    });
    await settings.update("lint.run", "onSave", vscode.ConfigurationTarget.Workspace);
    // Changing settings lints every open draft again; let that happen before the test edits.
    await waitFor(() => changed, "the setting change to arrive");
    // VS Code may announce it again once it has read the settings file back.
    await new Promise((r) => setTimeout(r, 2000));
    listener.dispose();
    try {
      // Typing: an untitled draft, which nothing can save behind the test's back.
      const scratch = await vscode.window.showTextDocument(
        await vscode.workspace.openTextDocument({ language: "notify-email", content: DRAFT }),
      );
      const scratchUri = scratch.document.uri;
      await waitFor(
        () => ours(scratchUri).some((d) => ruleOf(d) === "notify/bold"),
        "lint on open",
      );
      await scratch.edit((b) => b.insert(new vscode.Position(9, 0), "> A quote.\n"));
      await new Promise((r) => setTimeout(r, 1500));
      assert.ok(scratch.document.isDirty);
      assert.ok(
        !ours(scratchUri).some((d) => ruleOf(d) === "notify/blockquote"),
        `linted while typing: ${ours(scratchUri).map(where).join(", ")}`,
      );
      // Saving: a file.
      const editor = await openDraft("lint-on-save.notify.md", DRAFT);
      const uri = editor.document.uri;
      await waitFor(() => hasRule(uri, "notify/bold"), "lint on open");
      await editor.edit((b) => b.insert(new vscode.Position(9, 0), "> A quote.\n"));
      await editor.document.save();
      await waitFor(() => hasRule(uri, "notify/blockquote"), "lint on save");
    } finally {
      await settings.update("lint.run", undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it("with lint.fixAllOnSave, saving applies every safe fix", async () => {
    const settings = vscode.workspace.getConfiguration("tenantComms");
    await settings.update("lint.fixAllOnSave", true, vscode.ConfigurationTarget.Workspace);
    try {
      await waitFor(
        () => vscode.workspace.getConfiguration("tenantComms").get("lint.fixAllOnSave") === true,
        "the setting",
      );
      const editor = await openDraft("lint-fix-on-save.notify.md", DRAFT);
      await editor.edit((b) => b.insert(new vscode.Position(9, 0), "+ a plus bullet\n"));
      await editor.document.save();
      await waitFor(() => !editor.document.isDirty, "the save");
      assert.equal(editor.document.lineAt(4).text, "Select Continue to carry on.");
      assert.equal(editor.document.lineAt(6).text, "## Next steps");
      assert.equal(editor.document.lineAt(9).text, "* a plus bullet");
    } finally {
      await settings.update("lint.fixAllOnSave", undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it("while typing, lints after the pause", async () => {
    const editor = await openDraft("lint-typing.notify.md", DRAFT);
    const uri = editor.document.uri;
    await waitFor(() => hasRule(uri, "notify/bold"), "lint on open");
    await editor.edit((b) => b.insert(new vscode.Position(9, 0), "+ a plus bullet\n"));
    await waitFor(
      () => ours(uri).some((d) => where(d) === "notify/plus-bullet 10:1-10:2"),
      "lint after typing",
    );
  });

  it("checks placeholders against the CSV chosen in the preview, until the preview closes", async () => {
    const text = [
      "---",
      "subject: Platform changes for ((org))",
      "channel: announcement",
      "---",
      "Hello ((org)), your ((missing_col)) is ready.",
      "",
      "Select **Continue** to carry on.", // notify/bold: shows the draft was linted
      "",
    ].join("\n");
    const editor = await openDraft("lint-chosen-csv.notify.md", text);
    const uri = editor.document.uri;
    const csvUri = workspaceFile("lint-chosen-csv.csv");
    await vscode.workspace.fs.writeFile(
      csvUri,
      new TextEncoder().encode("email address,org\nalex.morgan@example.gov.uk,cabinet-office\n"),
    );
    const noData = (): vscode.Diagnostic[] =>
      ours(uri).filter((d) => ruleOf(d) === "notify/placeholder-no-data");
    await waitFor(() => hasRule(uri, "notify/bold"), "lint on open");
    assert.deepEqual(noData().map(where), [], "no CSV chosen yet: the rule is quiet");

    await vscode.commands.executeCommand("tenantComms.openPreviewToSide");
    await waitFor(async () => (await previewOf(uri)) !== undefined, "the preview panel");
    await vscode.commands.executeCommand(PREVIEW_TEST_COMMAND, {
      action: "useCsv",
      uri: uri.toString(),
      csv: csvUri.toString(),
    });
    assert.equal((await previewOf(uri))?.mode, "csv");
    await waitFor(() => noData().length > 0, "notify/placeholder-no-data after choosing the CSV");
    // ((org)) has a column (in the subject and the body); ((missing_col)) has none.
    assert.deepEqual(noData().map(where), ["notify/placeholder-no-data 5:21-5:36"]);
    assert.match(noData()[0]!.message, /no "missing_col" column/);
    assert.match(noData()[0]!.message, /email address, org/);
    assert.equal(noData()[0]!.severity, vscode.DiagnosticSeverity.Error);

    // Sample values instead of the CSV's rows: the CSV no longer counts; back to it: it does.
    await vscode.commands.executeCommand(PREVIEW_TEST_COMMAND, {
      action: "receive",
      uri: uri.toString(),
      message: { type: "setMode", mode: "sample" },
    });
    await waitFor(() => noData().length === 0, "the rule to go quiet with sample values");
    await vscode.commands.executeCommand(PREVIEW_TEST_COMMAND, {
      action: "receive",
      uri: uri.toString(),
      message: { type: "setMode", mode: "csv" },
    });
    await waitFor(() => noData().length === 1, "the finding back with the CSV's rows");

    // Close the preview: the draft is linted again without the CSV.
    const tab = vscode.window.tabGroups.all
      .flatMap((group) => group.tabs)
      .find(
        (t) =>
          t.input instanceof vscode.TabInputWebview &&
          t.input.viewType.endsWith("tenantComms.preview"),
      );
    assert.ok(tab, "the preview's tab");
    await vscode.window.tabGroups.close(tab);
    await waitFor(() => noData().length === 0, "the finding to go when the preview closes");
    assert.equal(await previewOf(uri), undefined);
    assert.ok(hasRule(uri, "notify/bold"), "the draft is still linted");
  });

  it("clears the diagnostics when the draft is closed", async () => {
    const editor = await openDraft("lint-close.notify.md", DRAFT);
    const uri = editor.document.uri;
    await waitFor(() => ours(uri).length > 0, "diagnostics");
    await closeAllEditors();
    await waitFor(() => ours(uri).length === 0, "the diagnostics to clear", 15_000);
  });
});
