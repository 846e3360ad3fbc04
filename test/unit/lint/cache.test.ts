import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import assert from "node:assert/strict";
import { Linter } from "../../../src/core/lint/engine";
import { createLinter } from "../../../src/core/lint/index";
import { readLintConfig } from "../../../src/core/lint/config";
import type {
  BlockRule,
  DocumentRule,
  LintDocument,
  ProseBlock,
} from "../../../src/core/lint/rule";
import { draft, OWN_RULES } from "./helpers";

function counting(): { rule: BlockRule; seen: string[] } {
  const seen: string[] = [];
  const rule: BlockRule = {
    meta: { id: "test/count", family: "gds", description: "t", defaultLevel: "warning" },
    checkBlock(block: ProseBlock) {
      seen.push(block.source.trim());
      const at = block.text.indexOf("word");
      return at === -1 ? [] : [{ start: at, end: at + 4, message: "word" }];
    },
  };
  return { rule, seen };
}

const paragraphs = [
  "First word here.",
  "Second paragraph.",
  "Third word too.",
  "Fourth paragraph.",
];

test("after an edit only the changed block is linted again, and findings move with their blocks", () => {
  const { rule, seen } = counting();
  const linter = new Linter({ rules: [rule] });
  const before = draft(paragraphs.join("\n\n"));
  const first = linter.lint(before);
  assert.equal(seen.length, 5, "subject plus four paragraphs, cold");
  assert.deepEqual(
    first.map((f) => before.slice(f.start, f.end)),
    ["word", "word"],
  );

  seen.length = 0;
  // Insert a character in the second paragraph: every later block moves by one.
  const after = before.replace("Second paragraph.", "Second paragraphs.");
  const second = linter.lint(after);
  assert.deepEqual(seen, ["Second paragraphs."]);
  assert.deepEqual(
    second.map((f) => after.slice(f.start, f.end)),
    ["word", "word"],
  );
  assert.equal(second[1]!.start, first[1]!.start + 1);
  assert.deepEqual(linter.stats, { blockRuleCalls: 6, blocksFromCache: 4, blocksLinted: 6 });
});

test("a different config is a different cache entry", () => {
  const { rule, seen } = counting();
  const linter = new Linter({ rules: [rule] });
  const text = draft(paragraphs.join("\n\n"));
  linter.lint(text);
  seen.length = 0;
  const { config } = readLintConfig({ lint: { rules: {}, allowWords: ["x"] } }, [rule]);
  linter.lint(text, config);
  assert.equal(seen.length, 5);
});

test("write-good runs once per block for all its checks", async () => {
  // Count the package's calls through the module cache: every write-good rule shares one run.
  const load = createRequire(__filename);
  const writeGood = load("write-good") as (text: string, opts?: object) => unknown[];
  const calls: string[] = [];
  const moduleEntry = load.cache[load.resolve("write-good")]!;
  const original = moduleEntry.exports;
  moduleEntry.exports = Object.assign((text: string, opts?: object) => {
    calls.push(text);
    return writeGood(text, opts);
  }, original);
  try {
    // Load a fresh copy of the rules so they bind to the counting wrapper.
    const path = load.resolve("../../../src/core/lint/rules/write-good");
    delete load.cache[path];
    const { writeGoodRules } = load(path) as { writeGoodRules: BlockRule[] };
    const linter = new Linter({ rules: writeGoodRules });
    linter.lint(draft(paragraphs.join("\n\n")));
    assert.equal(calls.length, 5, "one write-good call per block (subject + 4), not one per check");
  } finally {
    moduleEntry.exports = original;
  }
});

test("the real rule set caches too: re-linting unchanged text lints no block", () => {
  const linter = new Linter({ rules: OWN_RULES });
  const text = draft(paragraphs.join("\n\n"));
  linter.lint(text);
  const calls = linter.stats.blockRuleCalls;
  linter.lint(text);
  assert.equal(linter.stats.blockRuleCalls, calls);
});

test("document rules' per-block values are computed again only for changed blocks", () => {
  const computed: string[] = [];
  const rule: DocumentRule = {
    meta: { id: "test/per-block", family: "gds", description: "t", defaultLevel: "warning" },
    checkDocument(document) {
      const findings = [];
      for (const block of document.blocks) {
        const at = document.perBlock!(block, "test/per-block", () => {
          computed.push(block.source.trim());
          return block.text.indexOf("word");
        });
        if (at !== -1)
          findings.push({ start: block.offset + at, end: block.offset + at + 4, message: "w" });
      }
      return findings;
    },
  };
  const linter = new Linter({ rules: [rule] });
  const before = draft(paragraphs.join("\n\n"));
  linter.lint(before);
  assert.equal(computed.length, 5);
  computed.length = 0;
  const after = before.replace("First word", "First, word");
  const found = linter.lint(after);
  assert.deepEqual(computed, ["First, word here."]);
  assert.deepEqual(
    found.map((f) => after.slice(f.start, f.end)),
    ["word", "word"],
  );
});

test("re-linting edit after edit gives exactly what a fresh engine gives", () => {
  const base = readFileSync(
    join(__dirname, "..", "..", "..", "samples", "cf-upgrade-march.notify.md"),
    "utf8",
  );
  const chars = "ab .,*_#-[](){}<>`|~\n&%0";
  let seed = 11;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const reused = createLinter();
  let text = base;
  reused.lint(text);
  for (let i = 0; i < 150; i++) {
    const at = 120 + Math.floor(next() * (text.length - 120));
    const char = chars[Math.floor(next() * chars.length)]!;
    text =
      next() < 0.6
        ? text.slice(0, at) + char + text.slice(at)
        : text.slice(0, at) + text.slice(at + 1);
    assert.deepEqual(reused.lint(text), createLinter().lint(text), `edit ${i}`);
  }
});

test("perBlock finds each block's value whatever order a rule asks in", () => {
  const computed: string[] = [];
  const ask = (document: LintDocument, block: ProseBlock): number =>
    document.perBlock!(block, "test/order", () => {
      computed.push(block.source.trim());
      return block.text.indexOf("word");
    });
  const rule: DocumentRule = {
    meta: { id: "test/order", family: "gds", description: "t", defaultLevel: "warning" },
    checkDocument(document) {
      const blocks = document.blocks;
      // Backwards, then every other block twice, then forwards: each answer must be its block's.
      const order = [...blocks].reverse();
      for (let i = 0; i < blocks.length; i += 2) order.push(blocks[i]!, blocks[i]!);
      order.push(...blocks);
      const findings = [];
      for (const block of order) {
        assert.equal(ask(document, block), block.text.indexOf("word"), block.source);
      }
      for (const block of blocks) {
        const at = ask(document, block);
        if (at !== -1)
          findings.push({ start: block.offset + at, end: block.offset + at + 4, message: "w" });
      }
      return findings;
    },
  };
  const linter = new Linter({ rules: [rule] });
  const before = draft(paragraphs.join("\n\n"));
  linter.lint(before);
  assert.equal(computed.length, 5, "once per block, however often asked");
  computed.length = 0;
  const after = before.replace("Third word", "Third, word");
  const found = linter.lint(after);
  assert.deepEqual(computed, ["Third, word too."]);
  assert.deepEqual(
    found.map((f) => after.slice(f.start, f.end)),
    ["word", "word"],
  );
});

test("findings come sorted by position even when a block rule reports past its block", () => {
  // Reports inside the next block (after its "word"), out of order with that block's findings.
  const spill: BlockRule = {
    meta: { id: "test/spill", family: "gds", description: "t", defaultLevel: "warning" },
    checkBlock(block: ProseBlock) {
      const end = block.source.length;
      return [{ start: end + 10, end: end + 11, message: "past the end" }];
    },
  };
  const { rule } = counting();
  const text = draft(paragraphs.join("\n\n"));
  for (const linter of [
    new Linter({ rules: [spill, rule] }),
    new Linter({ rules: [rule, spill] }),
  ]) {
    const found = linter.lint(text);
    const sorted = [...found].sort(
      (a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId),
    );
    assert.deepEqual(found, sorted);
    assert.ok(found.some((f) => f.ruleId === "test/spill"));
    assert.ok(found.some((f) => f.ruleId === "test/count"));
  }
});
