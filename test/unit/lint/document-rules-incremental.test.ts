// The two gds document rules keep per-block facts in the engine's memo (LintDocument.perBlock) and
// only combine them on each lint. These tests check that the incremental path gives exactly what a
// from-scratch lint gives, over many random edits, and that it really is incremental.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Linter } from "../../../src/core/lint/engine";
import { createLinter } from "../../../src/core/lint/index";
import type { DocumentRule, Finding, LintDocument } from "../../../src/core/lint/rule";
import { acronymFirstUse } from "../../../src/core/lint/rules/gds/abbreviations";
import { bullets } from "../../../src/core/lint/rules/gds/lists";
import { generateDraft } from "../../../bench/lint.bench";
import { technical } from "./helpers";
import { seededRandom as random } from "../../support/seeded-random";

const SAMPLES = join(__dirname, "..", "..", "..", "samples");
const IDS = new Set([acronymFirstUse.meta.id, bullets.meta.id]);

/** Lists with and without lead-ins, numbered steps, acronyms explained early, late and never. */
const RICH = technical(
  [
    "Ask the SRE about RDS. The SRE team (site reliability engineering) will reply.",
    "",
    "You need:",
    "",
    "* Your passport;",
    "* a DWP letter. And a second sentence.",
    "* Proof of address.",
    "",
    "Steps:",
    "",
    "1. Open the page.",
    "2. Click Save.",
    "",
    "* No lead-in here and",
    "* Another item.",
    "",
    "The Department for Work and Pensions (DWP) will write. Check the CDN first.",
    "Use the CDN (content delivery network) for assets.",
    "",
    "## HMRC changes",
    "",
    "We will contact:",
    "* HMRC",
    "* Tenants in London.",
    "",
    "DO NOT SEND THE ABC FORMS. The [BODY COPY] slot and MOJ and MOJs.",
  ].join("\n"),
);

const CHARS = "abcABCDEFGHMRS .,;:()*\n\n-1";

/** Lines the edits may paste in: lead-ins, items, acronyms and their expansions. */
const LINES = [
  "You need:",
  "* Your passport;",
  "* proof of address.",
  "1. First step.",
  "The NCSC (National Cyber Security Centre) agrees.",
  "Talk to the NCSC.",
  "",
];

/** A one-character edit most of the time; sometimes a whole line pasted, removed or moved. */
function edit(text: string, next: () => number, from: number): string {
  const at = from + Math.floor(next() * (text.length - from));
  const kind = next();
  if (kind < 0.85) {
    const char = CHARS[Math.floor(next() * CHARS.length)]!;
    if (kind < 0.4) return text.slice(0, at) + char + text.slice(at);
    if (kind < 0.65) return text.slice(0, at) + text.slice(at + 1);
    return text.slice(0, at) + char + text.slice(at + 1);
  }
  const lineStart = text.lastIndexOf("\n", at - 1) + 1;
  if (lineStart < from) return text;
  const lineEnd = text.indexOf("\n", at);
  const end = lineEnd === -1 ? text.length : lineEnd + 1;
  if (kind < 0.92) {
    const line = LINES[Math.floor(next() * LINES.length)]!;
    return `${text.slice(0, lineStart)}${line}\n${text.slice(lineStart)}`;
  }
  return text.slice(0, lineStart) + text.slice(end);
}

/** Wraps a document rule to count the per-block values it computes (cache misses). */
function counted(rule: DocumentRule, counter: { computed: number }): DocumentRule {
  return {
    meta: rule.meta,
    checkDocument(document, context) {
      const perBlock: LintDocument["perBlock"] = (block, key, compute) =>
        document.perBlock!(block, key, () => {
          counter.computed++;
          return compute();
        });
      return rule.checkDocument({ ...document, perBlock }, context);
    },
  };
}

function ours(findings: Finding[]): Finding[] {
  return findings.filter((f) => IDS.has(f.ruleId));
}

test("acronym-first-use and bullets: incremental re-lints equal from-scratch lints over random edits", (t) => {
  const drafts = [
    RICH,
    generateDraft(1500, 5),
    ...readdirSync(SAMPLES)
      .filter((f) => f.endsWith(".notify.md"))
      .map((f) => readFileSync(join(SAMPLES, f), "utf8")),
  ];
  let edits = 0;
  let withFindings = 0;
  let recomputed = 0;
  for (const [n, original] of drafts.entries()) {
    const next = random(300 + n);
    const counter = { computed: 0 };
    const reused = new Linter({
      rules: [counted(acronymFirstUse, counter), counted(bullets, counter)],
    });
    const from = original.indexOf("\n---\n") + 5;
    let text = original;
    reused.lint(text);
    for (let i = 0; i < 500; i++) {
      const edited = edit(text, next, from);
      counter.computed = 0;
      const incremental = reused.lint(edited);
      recomputed += counter.computed;
      const fresh = new Linter({ rules: [acronymFirstUse, bullets] }).lint(edited);
      assert.deepEqual(incremental, fresh, `draft ${n}, edit ${i}`);
      edits++;
      if (fresh.length > 0) withFindings++;
      // Mostly keep the edit, so edits pile up as they do when typing; sometimes undo it.
      if (next() < 0.7) text = edited;
    }
  }
  t.diagnostic(
    `${edits} edits; ${withFindings} with findings; ${recomputed} per-block values recomputed`,
  );
  // The comparison means something only if the rules found things on most edits.
  assert.ok(withFindings > edits / 2, `only ${withFindings} of ${edits} edits had findings`);
  // Incremental: on average an edit recomputes a few blocks' values, not every block's.
  assert.ok(recomputed / edits < 4, `${recomputed} values recomputed over ${edits} edits`);
});

test("with every rule on, a reused engine gives a fresh engine's findings edit after edit", () => {
  const next = random(77);
  const reused = createLinter();
  const from = RICH.indexOf("\n---\n") + 5;
  let text = RICH;
  reused.lint(text);
  let found = 0;
  for (let i = 0; i < 120; i++) {
    text = edit(text, next, from);
    const incremental = reused.lint(text);
    assert.deepEqual(incremental, createLinter().lint(text), `edit ${i}`);
    found += ours(incremental).length;
  }
  assert.ok(found > 120, `acronym and bullet findings seen: ${found}`);
});

test("an edit in one block recomputes only that block's acronyms and list facts", () => {
  const counter = { computed: 0 };
  const linter = new Linter({
    rules: [counted(acronymFirstUse, counter), counted(bullets, counter)],
  });
  const first = linter.lint(RICH);
  assert.ok(counter.computed > 5, "cold: every block's values are computed");
  counter.computed = 0;
  // Explaining SRE in the first paragraph drops its finding and the "explained later" note.
  const after = RICH.replace(
    "Ask the SRE about",
    "Ask the SRE (site reliability engineering) about",
  );
  const second = linter.lint(after);
  assert.equal(counter.computed, 1, "only the edited paragraph is looked at again");
  const spans = (text: string, findings: Finding[]): string[] =>
    findings.map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}`);
  assert.ok(spans(RICH, first).includes("gds/acronym-first-use SRE"));
  assert.ok(!spans(after, second).includes("gds/acronym-first-use SRE"));
  assert.deepEqual(second, new Linter({ rules: [acronymFirstUse, bullets] }).lint(after));
});
