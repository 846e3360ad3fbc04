// The live preview as a person sees it: open a sample draft, run "Open Preview to the Side", read
// the email inside the webview's sandboxed frame, switch to the plain-text tab, then preview a
// draft with placeholders against a recipients CSV chosen from the panel and step to row 2.
// Screenshots go to test-results/e2e/preview-*.png.
import * as assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import type { FrameLocator } from "playwright-core";
import { resetWorkbench, workbench, workspacePath } from "./session";
import { waitForText } from "./workbench";

const SAMPLE = "cf-upgrade-march.notify.md";
const PLACEHOLDER_DRAFT = "preview-e2e.notify.md";

/** The email's own document: the srcdoc frame inside the preview's webview. */
function emailFrame(): FrameLocator {
  return workbench().webviewFrame().frameLocator("iframe.email-frame");
}

describe("Preview (e2e)", () => {
  before(() => {
    writeFileSync(
      workspacePath(PLACEHOLDER_DRAFT),
      [
        "---",
        "subject: Changes to your organisations ((orgs))",
        "channel: technical",
        "---",
        "Dear GOV.UK PaaS tenant,",
        "",
        "You are a ((roles)) in ((orgs)) in ((regions)).",
        "",
      ].join("\n"),
    );
  });
  beforeEach(resetWorkbench);

  it("shows a sample draft as the email and as plain text", async () => {
    const wb = workbench();
    await wb.openFile(SAMPLE);
    await wb.runCommand("Tenant Comms: Open Preview to the Side");
    const page = wb.webviewFrame();

    // Notify's typography: a spaced hyphen becomes an en dash (and GOV.UK may carry a zero-width
    // space so mail clients do not link it).
    await waitForText(
      page.locator(".subject"),
      /GOV\.\u200b?UK PaaS – Cloud Foundry changes – 17 March 2027/,
      "the preview's subject line",
    );
    // The email's content, read inside the sandboxed frame: Notify's rendering of the body.
    const body = emailFrame().locator("body");
    await waitForText(body, "We are upgrading Cloud Foundry to version 28.4.0.", "the email frame");
    await waitForText(body, "Changes and bug fixes", "the email's heading");
    // Notify makes `#` an <h2> and `##` an <h3>.
    const heading = emailFrame().locator("h3", { hasText: "Changes and bug fixes" });
    assert.equal(await heading.count(), 1, "the ## heading should render as Notify's <h3>");
    const link = emailFrame().locator("a", { hasText: "release notes for each buildpack" });
    assert.equal(
      await link.getAttribute("href"),
      "https://github.com/cloudfoundry/ruby-buildpack/releases",
    );
    // The frame may not run scripts: its sandbox has no allow-scripts.
    const sandbox = await page.locator("iframe.email-frame").getAttribute("sandbox");
    assert.equal(sandbox, "allow-same-origin");
    await wb.screenshot("preview-01-html");

    // Scroll sync: scrolling the editor (mouse wheel) to the end of the draft scrolls the preview
    // down; scrolling back to the front matter brings it back to the top.
    const scrollY = () => page.locator("body").evaluate(() => window.scrollY);
    const waitForScroll = async (test: (y: number) => boolean, what: string) => {
      const deadline = Date.now() + 10_000;
      let y = await scrollY();
      while (!test(y) && Date.now() < deadline) {
        await wb.page.waitForTimeout(100);
        y = await scrollY();
      }
      assert.ok(test(y), `${what} (preview scrollY ${y})`);
      return y;
    };
    await waitForScroll((y) => y === 0, "the preview should start at the top");
    await wb.page.locator(".editor-instance .monaco-editor .view-lines").first().hover();
    for (let i = 0; i < 10; i++) {
      await wb.page.mouse.wheel(0, 300);
      await wb.page.waitForTimeout(50);
    }
    const bottom = await waitForScroll(
      (y) => y > 300,
      "the preview did not follow the editor down",
    );
    for (let i = 0; i < 20; i++) {
      await wb.page.mouse.wheel(0, -300);
      await wb.page.waitForTimeout(50);
    }
    await waitForScroll(
      (y) => y < bottom && y === 0,
      "the preview did not follow the editor back up",
    );

    await page.locator("#tab-text").click();
    const plain = page.locator("pre.plain-text");
    await waitForText(plain, "Changes and bug fixes\n" + "-".repeat(65), "the plain-text tab");
    await waitForText(
      plain,
      "Read the release notes for each buildpack: https://github.com/cloudfoundry/ruby-buildpack/releases",
      "the plain-text link",
    );
    assert.ok(await plain.isVisible(), "the plain-text view should be showing");
    await wb.screenshot("preview-02-plain-text");
    // Back to the email tab, so the next check starts from the default view.
    await page.locator("#tab-html").click();
  });

  it("fills placeholders from a recipients CSV row chosen in the panel", async () => {
    const wb = workbench();
    await wb.openFile(PLACEHOLDER_DRAFT);
    await wb.runCommand("Tenant Comms: Open Preview to the Side");
    const page = wb.webviewFrame();
    const body = emailFrame().locator("body");
    await waitForText(body, "You are a ((roles)) in ((orgs))", "the email with missing values");

    // Values: Recipients CSV -> the picker (in the workbench). Cancelled, nothing changes.
    const mode = page.locator("#values-mode");
    const modeValue = () =>
      mode.evaluate((element) => (element as HTMLElement & { value: string }).value);
    await mode.click();
    await page.locator("vscode-option", { hasText: "Recipients CSV" }).click();
    await wb.quickInputRow("recipients-sample.csv").first().waitFor({ timeout: 15_000 });
    await wb.page.keyboard.press("Escape");
    const deadline = Date.now() + 10_000;
    while ((await modeValue()) !== "none" && Date.now() < deadline)
      await wb.page.waitForTimeout(100);
    assert.equal(
      await modeValue(),
      "none",
      "after a cancelled pick the panel should say no values",
    );

    // Again, and pick the sample CSV.
    await mode.click();
    await page.locator("vscode-option", { hasText: "Recipients CSV" }).click();
    const row = wb.quickInputRow("recipients-sample.csv").first();
    await row.waitFor({ timeout: 15_000 });
    await row.click();
    await waitForText(
      body,
      "You are a space_developer in cabinet-office-digital in Ireland.",
      "row 1",
    );
    await waitForText(
      page.locator(".to"),
      "alex.morgan@example.gov.uk (row 1 of 2)",
      "the To line",
    );

    // Row 2 from the dropdown.
    await page.locator("#csv-row").click();
    await page.locator("vscode-option", { hasText: "sam.patel@example.gov.uk" }).click();
    await waitForText(body, "in hmrc-tax-platform in Ireland; London.", "row 2");
    await waitForText(page.locator(".subject"), "hmrc-tax-platform", "the subject with row 2");
    await waitForText(page.locator(".to"), "sam.patel@example.gov.uk (row 2 of 2)", "the To line");
    // The filled value is highlighted inside the email.
    const marked = emailFrame().locator("mark.tc-value", { hasText: "hmrc-tax-platform" });
    assert.ok((await marked.count()) >= 1, "the value should be highlighted in the email");
    await wb.screenshot("preview-03-csv-row-2");
  });

  // Last: it reloads the window.
  it("comes back after a window reload with its tab and values", async () => {
    const wb = workbench();
    await wb.openFile(PLACEHOLDER_DRAFT);
    await wb.runCommand("Tenant Comms: Open Preview to the Side");
    let page = wb.webviewFrame();
    await waitForText(page.locator(".subject"), "Changes to your organisations", "the preview");
    // Sample values, then the plain-text tab.
    await page.locator("#values-mode").click();
    await page.locator("vscode-option", { hasText: "Sample values" }).click();
    await page.locator("#fill-samples").click();
    await waitForText(
      page.locator(".subject"),
      "Changes to your organisations cabinet-office-digital",
      "samples",
    );
    await page.locator("#tab-text").click();
    await waitForText(
      page.locator("pre.plain-text"),
      "You are a space developer in cabinet-office-digital",
      "samples in the plain text",
    );

    // VS Code's own reload (it saves the editors' state first; a bare page reload in the web
    // workbench may not). A mark on the old page proves the checks below see the new one.
    await wb.page.evaluate(
      () => ((window as unknown as Record<string, unknown>).beforeReload = true),
    );
    await wb.runCommand("Developer: Reload Window");
    await wb.page.waitForFunction(
      () => !(window as unknown as Record<string, unknown>).beforeReload,
      undefined,
      { timeout: 30_000 },
    );
    await wb.waitUntilReady();
    page = wb.webviewFrame();
    // Restored by the serializer: same draft, same values, the plain-text tab still chosen.
    const plain = page.locator("pre.plain-text");
    await waitForText(
      plain,
      "You are a space developer in cabinet-office-digital in Ireland.",
      "the restored preview",
      30_000,
    );
    assert.ok(await plain.isVisible(), "the plain-text tab should still be the one showing");
    assert.equal(await page.locator("#tab-text").getAttribute("aria-selected"), "true");
    await wb.screenshot("preview-04-restored-after-reload");
  });
});
