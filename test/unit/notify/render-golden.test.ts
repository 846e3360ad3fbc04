// Every vector produced by GOV.UK Notify's own code must come out byte for byte the same.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { render } from "../../../src/core/notify/render";
import type { Personalisation } from "../../../src/core/notify/placeholders";

interface RenderCase {
  id: string;
  subject: string;
  body: string;
  personalisation: Personalisation;
  expected: {
    subject: string;
    htmlBody: string;
    plainText: string;
    placeholders: string[];
    missing: string[];
  };
}

const cases = JSON.parse(
  readFileSync(join(__dirname, "../../fixtures/notify-golden/render-cases.json"), "utf8"),
) as RenderCase[];

test("the golden file has render cases", () => {
  assert.ok(cases.length >= 100, `only ${cases.length} cases`);
});

for (const c of cases) {
  test(`render case ${c.id}`, () => {
    const result = render({ subject: c.subject, body: c.body, personalisation: c.personalisation });
    assert.equal(result.subject, c.expected.subject, "subject");
    assert.equal(result.htmlBody, c.expected.htmlBody, "htmlBody");
    assert.equal(result.plainText, c.expected.plainText, "plainText");
    assert.deepEqual(result.placeholders, c.expected.placeholders, "placeholders");
    assert.deepEqual(result.missing, c.expected.missing, "missing");
    // The document carries the body exactly as rendered.
    assert.ok(result.html.includes(c.expected.htmlBody), "html contains htmlBody");
  });
}
