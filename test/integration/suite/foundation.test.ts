// The foundation inside a real VS Code: activation on the language, the language itself, every
// contributed snippet, and the "New Notification" command.
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as vscode from "vscode";
import { CHANNELS, parseDraft } from "../../../src/core/draft";
import { SNIPPET_DATE, snippetDefaults } from "../../../src/core/templates/email-templates";
import { formatGdsDate } from "../../../src/core/text/gds-date";
import {
  EXTENSION_ID,
  closeAllEditors,
  extensionActiveAtStart,
  waitFor,
  workspaceFile,
} from "../helpers";

interface SnippetEntry {
  prefix: string;
  body: string | string[];
  description?: string;
}

describe("Foundation", () => {
  afterEach(closeAllEditors);

  describe("activation and language", () => {
    it("is not activated before a notify-email document is open (no `*` activation)", () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(extension, `extension ${EXTENSION_ID} is not loaded`);
      assert.equal(
        extensionActiveAtStart(),
        false,
        "the extension was already active when the tests started",
      );
      const events = (extension.packageJSON as { activationEvents?: string[] }).activationEvents;
      assert.ok(!events?.includes("*"), `activationEvents must not contain "*": ${events}`);
    });

    it("activates on opening a *.notify.md file, whose language id is notify-email", async () => {
      const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
      const document = await vscode.workspace.openTextDocument(
        workspaceFile("activation.notify.md"),
      );
      await vscode.window.showTextDocument(document);
      assert.equal(document.languageId, "notify-email");
      await waitFor(() => extension.isActive, "the extension to activate");
      assert.ok((await vscode.languages.getLanguages()).includes("notify-email"));
    });
  });

  describe("snippets", () => {
    const extensionPath = vscode.extensions.getExtension(EXTENSION_ID)!.extensionPath;
    const snippets = JSON.parse(
      readFileSync(join(extensionPath, "snippets", "notify-email.code-snippets"), "utf8"),
    ) as Record<string, SnippetEntry>;
    const today = formatGdsDate(new Date());

    it("the snippets file has snippets to test", () => {
      assert.ok(Object.keys(snippets).length >= 10, `only ${Object.keys(snippets).length}`);
    });

    for (const [name, snippet] of Object.entries(snippets)) {
      it(`"${name}" (${snippet.prefix}) is contributed and expands`, async () => {
        const document = await vscode.workspace.openTextDocument({
          language: "notify-email",
          content: "",
        });
        const editor = await vscode.window.showTextDocument(document);
        // By name, so this only works if VS Code loaded the snippet from the contribution.
        await vscode.commands.executeCommand("editor.action.insertSnippet", {
          langId: "notify-email",
          name,
        });
        const body = Array.isArray(snippet.body) ? snippet.body.join("\n") : snippet.body;
        // Every tab stop keeps its default; VS Code fills the date variables with today.
        const expected = snippetDefaults(body.split(SNIPPET_DATE).join(today));
        await waitFor(() => editor.document.getText().length > 0, "the snippet to be inserted");
        assert.equal(editor.document.getText(), expected);
      });
    }
  });

  describe("New Notification command", () => {
    for (const channel of CHANNELS) {
      it(`opens a new ${channel} draft when given the channel`, async () => {
        await vscode.commands.executeCommand("tenantComms.newNotification", channel);
        const editor = vscode.window.activeTextEditor;
        assert.ok(editor, "no editor was opened");
        assert.equal(editor.document.languageId, "notify-email");
        assert.ok(editor.document.isUntitled, "the draft should be a new, unsaved document");
        const draft = parseDraft(editor.document.getText());
        assert.deepEqual(
          draft.problems.filter((p) => p.severity === "error"),
          [],
          "the new draft's front matter should parse cleanly",
        );
        assert.equal(draft.channel, channel);
        assert.ok(draft.subject, "the draft has a subject");
      });
    }

    it("writes today's date into the subject of a technical draft", async () => {
      await vscode.commands.executeCommand("tenantComms.newNotification", "technical");
      const draft = parseDraft(vscode.window.activeTextEditor!.document.getText());
      assert.ok(
        draft.subject?.includes(formatGdsDate(new Date())),
        `subject "${draft.subject}" lacks today's date`,
      );
    });

    it("asks for the kind of email when called without an argument", async () => {
      const pending = vscode.commands.executeCommand<vscode.TextEditor | undefined>(
        "tenantComms.newNotification",
      );
      let settled = false;
      void Promise.resolve(pending).finally(() => (settled = true));
      // Accept the first item (the technical email) once the quick pick is showing.
      await waitFor(async () => {
        if (!settled)
          await vscode.commands.executeCommand("workbench.action.acceptSelectedQuickOpenItem");
        return settled;
      }, "the quick pick to be answered");
      const editor = await pending;
      assert.ok(editor, "the command returned no editor");
      assert.equal(parseDraft(editor.document.getText()).channel, "technical");
    });
  });
});
