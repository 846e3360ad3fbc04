import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { renderRulesMarkdown, ruleDocsAnchor, RULES_DOC_PATH } from "../../../src/core/lint/docs";
import { allRules } from "../../../src/core/lint/rules/index";
import { lintingSettings } from "../../../src/core/config/settings/linting";

const ROOT = join(__dirname, "..", "..", "..");

test("docs/rules.md is what the rule table generates (run `npm run generate` if not)", () => {
  assert.equal(readFileSync(join(ROOT, RULES_DOC_PATH), "utf8"), renderRulesMarkdown());
});

test("every rule has exactly one anchor, its id with / as -", () => {
  const doc = renderRulesMarkdown();
  for (const { meta } of allRules) {
    const anchor = ruleDocsAnchor(meta.id);
    assert.equal(doc.split(`<a id="${anchor}"></a>`).length - 1, 1, meta.id);
  }
  assert.equal(ruleDocsAnchor("gds/ordinal-dates"), "gds-ordinal-dates");
});

test("rule ids are unique, family-prefixed and described", () => {
  const ids = allRules.map((r) => r.meta.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const { meta } of allRules) {
    assert.ok(meta.id.startsWith(`${meta.family}/`), meta.id);
    assert.ok(meta.description.length > 10, meta.id);
  }
});

test("the issue's write-good, notify and tenant ids all exist", () => {
  const ids = new Set(allRules.map((r) => r.meta.id));
  const expected = [
    ...[
      "passive",
      "illusion",
      "so",
      "there-is",
      "weasel",
      "adverb",
      "too-wordy",
      "cliches",
      "e-prime",
    ].map((n) => `write-good/${n}`),
    ...[
      "bold",
      "italic",
      "code",
      "strikethrough",
      "table",
      "image",
      "html",
      "blockquote",
      "plus-bullet",
      "hr-needs-blank-line",
      "heading-level",
      "www-link",
      "placeholder-syntax",
      "placeholder-no-data",
      "size",
    ].map((n) => `notify/${n}`),
    ...[
      "header-missing",
      "header-altered",
      "footer-missing",
      "footer-altered",
      "subject-missing",
      "subject-length",
      "subject-cf-upgrade",
      "body-copy-left",
      "front-matter",
    ].map((n) => `tenant/${n}`),
  ];
  assert.deepEqual(
    expected.filter((id) => !ids.has(id)),
    [],
  );
});

test("the lint.rules setting's schema offers every rule id", () => {
  const spec = lintingSettings.find((s) => s.key === "lint.rules")!;
  const properties = spec.schema.properties as Record<string, unknown>;
  for (const { meta } of allRules) assert.ok(properties[meta.id], meta.id);
});
