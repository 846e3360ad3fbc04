import { test } from "node:test";
import assert from "node:assert/strict";
import { readLintConfig } from "../../../src/core/lint/config";
import { writeGoodRules } from "../../../src/core/lint/rules/write-good";
import { draft, lintWith, only, where } from "./helpers";

const everyCheckOn = readLintConfig(
  { lint: { rules: { "write-good/e-prime": "info" } } },
  writeGoodRules,
).config;

for (const rule of writeGoodRules) {
  const { id, examples } = rule.meta;
  test(`${id}: fires on its bad example, quiet on its good one`, () => {
    assert.ok(examples);
    assert.ok(
      only(lintWith(draft(examples.bad), everyCheckOn, writeGoodRules), id).length > 0,
      examples.bad,
    );
    assert.deepEqual(
      only(lintWith(draft(examples.good), everyCheckOn, writeGoodRules), id).map((f) => f.message),
      [],
    );
  });
}

test("each check has its own id, exact positions, severity info and no fix", () => {
  const text = draft(
    "So the apps were restarted.\n\nThere is a very simple fix in order to help.\n\nTell the\nthe team.",
  );
  const findings = lintWith(text, undefined, writeGoodRules);
  assert.deepEqual(
    findings.map((f) => `${f.ruleId} ${where(text, f)}`),
    [
      'write-good/so 5:1-5:3 "So"',
      'write-good/passive 5:13-5:27 "were restarted"',
      'write-good/there-is 7:1-7:9 "There is"',
      'write-good/adverb 7:12-7:16 "very"',
      'write-good/weasel 7:12-7:16 "very"',
      'write-good/too-wordy 7:28-7:39 "in order to"',
      'write-good/illusion 10:1-10:4 "the"',
    ],
  );
  assert.ok(findings.every((f) => f.severity === "info" && f.fixes.length === 0));
  assert.equal(
    findings[1]!.message,
    '"were restarted" may be passive voice. Say who does what, for example "we will restart your apps".',
  );
});

test("e-prime is off by default", () => {
  assert.equal(only(lintWith(draft("The platform is slow.")), "write-good/e-prime").length, 0);
});

test("a word repeated across masked code is not a lexical illusion", () => {
  const text = draft("Update the `cf` the next time.");
  assert.equal(only(lintWith(text), "write-good/illusion").length, 0);
  assert.equal(only(lintWith(draft("Update the the next time.")), "write-good/illusion").length, 1);
});

test("write-good never sees code, URLs or placeholders", () => {
  const text = draft("Run `it was restarted` at https://example.com/very/many and ((very many)).");
  assert.deepEqual(lintWith(text, undefined, writeGoodRules), []);
});
