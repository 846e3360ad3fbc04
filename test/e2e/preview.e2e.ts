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
    await wb.openFile(PLACEHOLDER_DRAFT);
    await wb.runCommand("Tenant Comms: Open Preview to the Side");
    const page = wb.webviewFrame();
    const body = emailFrame().locator("body");
    await waitForText(body, "You are a ((roles)) in ((orgs))", "the email with missing values");

    // Values: Recipients CSV -> the picker (in the workbench) -> the sample CSV.
    await page.locator("#values-mode").click();
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
});
