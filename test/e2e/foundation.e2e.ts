// The foundation as a person sees it: a sample draft opens as "Notify email", and
// "Tenant Comms: New Notification" asks for the kind of email and opens a draft from its template.
// Also proves the shared Problems and webview helpers against VS Code's own JSON diagnostics and
// Markdown preview, so capability checks can rely on them.
import * as assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { formatGdsDate } from "../../src/core/text/gds-date";
import { resetWorkbench, workbench, workspacePath } from "./session";
import { waitForText } from "./workbench";

const SAMPLE = "cf-upgrade-march.notify.md";

describe("Foundation (e2e)", () => {
  beforeEach(resetWorkbench);

  it("loads the extension in development mode", async () => {
    const title = await workbench().page.title();
    assert.match(title, /Extension Development Host/, `window title: ${title}`);
  });

  it("opens a sample draft with Quick Open as a Notify email", async () => {
    const wb = workbench();
    await wb.openFile(SAMPLE);
    await waitForText(wb.languageMode(), "Notify email", "the status bar's language mode");
    const subjectLine = readFileSync(workspacePath(SAMPLE), "utf8")
      .split("\n")
      .find((line) => line.startsWith("subject:"));
    assert.ok(subjectLine, `${SAMPLE} has no subject line`);
    await wb.waitForEditorText(subjectLine);
    await wb.screenshot("foundation-01-sample-draft");
  });

  it('runs "Tenant Comms: New Notification" and gets a CF upgrade draft dated today', async () => {
    const wb = workbench();
    await wb.runCommand("Tenant Comms: New Notification");
    await waitForText(wb.quickInput(), "CF upgrade email", "the kind-of-email quick pick");
    await wb.screenshot("foundation-02-new-notification-pick");
    await wb.pick("CF upgrade email");
    await waitForText(wb.languageMode(), "Notify email", "the status bar's language mode");
    await wb.waitForEditorText(
      `subject: GOV.UK PaaS - Cloud Foundry changes - ${formatGdsDate(new Date())}`,
    );
    await wb.waitForEditorText("Dear GOV.UK PaaS tenant,");
    await waitForText(wb.activeTab(), "Untitled", "the new draft's tab");
    await wb.screenshot("foundation-03-new-cf-upgrade-draft");
  });

  describe("shared helpers", () => {
    it("problems(): lists a diagnostic (VS Code's JSON checker on a broken file)", async () => {
      const wb = workbench();
      // Written here, not kept as a fixture: Prettier would refuse to check a broken JSON file.
      writeFileSync(workspacePath("broken.json"), '{\n  "a": 1\n  "b": 2\n}\n');
      await wb.openFile("broken.json");
      const rows = await wb.problems();
      await waitForText(rows, "Expected comma", "the Problems panel");
      await wb.screenshot("foundation-04-problems-helper");
    });

    it("webviewFrame(): reads a webview's content (VS Code's Markdown preview)", async () => {
      const wb = workbench();
      await wb.openFile("README.md");
      await wb.runCommand("Markdown: Open Preview");
      await waitForText(
        wb.webviewFrame().locator("body"),
        "Files the integration and e2e tests open",
        "the Markdown preview webview",
      );
      await wb.screenshot("foundation-05-webview-helper");
    });
  });
});
