// Linting as a writer sees it: a draft with planted problems opens, and the Problems panel lists
// each one with its rule id; the status bar counts them. Screenshot: test-results/e2e/lint-*.png.
import { writeFileSync } from "node:fs";
import { resetWorkbench, workbench, workspacePath } from "./session";
import { waitForText } from "./workbench";

const PLANTED = "planted-problems.notify.md";
const DRAFT = [
  "---",
  "subject: Planted problems",
  "channel: announcement",
  "---",
  "We will utilise the new service e.g. for apps.",
  "",
  "This is **important** news.",
  "",
  "Visit www.example.com for more on 17th March.",
  "",
].join("\n");

// Each planted problem: its rule id and a piece of its message, as the Problems panel shows them.
const EXPECTED: [string, string][] = [
  ["gds/words-to-avoid", 'Avoid "utilise"'],
  ["gds/eg-ie-etc", 'instead of "e.g."'],
  ["notify/bold", "Notify does not do bold"],
  ["notify/www-link", 'Notify will not link "www.example.com"'],
  ["gds/ordinal-dates", "17 March"],
];

describe("Linting (e2e)", () => {
  beforeEach(resetWorkbench);

  it("the Problems panel lists the planted problems with their rule ids", async () => {
    const wb = workbench();
    writeFileSync(workspacePath(PLANTED), DRAFT);
    await wb.openFile(PLANTED);
    const rows = await wb.problems();
    for (const [ruleId, message] of EXPECTED) {
      await waitForText(rows, message, `the Problems panel (${ruleId})`);
      await waitForText(rows, ruleId, `the Problems panel's rule id ${ruleId}`);
    }
    // Our status bar item (found by its accessible label, not VS Code's own problem counter).
    await wb.page
      .locator(
        '.statusbar .statusbar-item-label[aria-label="Tenant Comms: 0 errors, 5 warnings in this draft. Click to open Problems."]',
      )
      .waitFor({ timeout: 20_000 });
    await wb.screenshot("lint-01-problems-panel");
  });
});
