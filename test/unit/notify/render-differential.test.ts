// Random bodies rendered by the real mistune 0.8.4 + smartypants under a reconstruction of Notify's
// pipeline (see the "about" field of the fixture): the port must agree on every one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderHtmlBody } from "../../../src/core/notify/html-body";
import { renderPlainText } from "../../../src/core/notify/plain-text";
import { renderSubject } from "../../../src/core/notify/subject";
import type { Personalisation } from "../../../src/core/notify/placeholders";

interface DifferentialCase {
  id: string;
  subject: string;
  body: string;
  personalisation: Personalisation;
  expected: { subject: string; htmlBody: string; plainText: string };
}

const { cases } = JSON.parse(
  readFileSync(join(__dirname, "../../fixtures/notify-golden/mistune-differential.json"), "utf8"),
) as { cases: DifferentialCase[] };

test("differential vectors are present", () => {
  assert.ok(cases.length >= 100);
});

for (const c of cases) {
  test(`differential case ${c.id}`, () => {
    assert.equal(renderSubject(c.subject, c.personalisation), c.expected.subject, "subject");
    assert.equal(renderHtmlBody(c.body, c.personalisation), c.expected.htmlBody, "htmlBody");
    assert.equal(renderPlainText(c.body, c.personalisation), c.expected.plainText, "plainText");
  });
}
