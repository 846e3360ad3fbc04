// Every gds rule, through the real engine: it fires on its catalogue example (meta.examples.bad)
// and is quiet on the good one. The per-rule tests check positions and fixes; this one checks
// that the examples the docs show are true, and that every id the issue asks for exists.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { Linter } from "../../../../src/core/lint/engine";
import type { Rule } from "../../../../src/core/lint/rule";
import { gdsDocumentRules, gdsRules } from "../../../../src/core/lint/rules/gds/index";

const REQUIRED = [
  "words-to-avoid",
  "words-to-avoid-unless",
  "metaphors",
  "in-order-to",
  "plain-words",
  "click",
  "faqs",
  "email-spelling",
  "one-word",
  "please",
  "block-allow-list",
  "gender-neutral",
  "may-be-able",
  "ampersand",
  "eg-ie-etc",
  "abbr-full-stops",
  "exclamation",
  "semicolon",
  "single-space",
  "plural-brackets",
  "slash-or",
  "negative-contractions",
  "complex-contractions",
  "range-to",
  "ages",
  "numerals",
  "number-starts-sentence",
  "thousands-separator",
  "leading-zero",
  "percent",
  "money",
  "million-billion",
  "ordinal-dates",
  "date-format",
  "no-quarters",
  "time-24h",
  "time-format",
  "midday-midnight",
  "units-no-space",
  "na",
  "acronym-first-use",
  "block-capitals",
  "sentence-case-headings",
  "heading-question",
  "link-text",
  "bullets",
  "sentence-length",
  "paragraph-length",
  "uk-spelling",
];

const all: Rule[] = [...gdsRules, ...gdsDocumentRules];

function draft(body: string): string {
  return `---\nsubject: Platform news\nchannel: announcement\n---\n${body}\n`;
}

function asBody(id: string, example: string): string {
  return id.includes("heading") ? `## ${example}` : example;
}

describe("gds rule catalogue", () => {
  it("has every rule id the issue asks for, once, with the gds family", () => {
    const ids = all.map((r) => r.meta.id);
    assert.deepEqual(
      REQUIRED.filter((id) => !ids.includes(`gds/${id}`)),
      [],
    );
    assert.equal(new Set(ids).size, ids.length, "ids are unique");
    for (const rule of all) {
      assert.equal(rule.meta.family, "gds");
      assert.match(rule.meta.id, /^gds\/[a-z0-9-]+$/);
      assert.ok(rule.meta.description.length > 20, `${rule.meta.id} describes what it checks`);
      assert.match(rule.meta.source ?? "", /^https:\/\//, `${rule.meta.id} cites its source`);
      assert.ok(["error", "warning", "info", "off"].includes(rule.meta.defaultLevel));
      assert.ok(rule.meta.examples?.bad && rule.meta.examples.good, `${rule.meta.id} has examples`);
    }
  });

  for (const rule of all) {
    const { id } = rule.meta;
    const examples = rule.meta.examples!;
    it(`${id} fires on its bad example and not on its good one`, () => {
      const linter = new Linter({ rules: [rule] });
      const bad = linter.lint(draft(asBody(id, examples.bad)));
      assert.ok(
        bad.some((f) => f.ruleId === id),
        `${id} on ${JSON.stringify(examples.bad)}`,
      );
      const good = linter.lint(draft(asBody(id, examples.good)));
      assert.deepEqual(
        good.map((f) => f.message),
        [],
        `${id} on ${JSON.stringify(examples.good)}`,
      );
    });
  }
});
