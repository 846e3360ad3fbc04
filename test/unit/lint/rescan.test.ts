import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseDraft } from "../../../src/core/draft";
import { scanBody } from "../../../src/core/lint/markdown/blocks";
import { rescanBody } from "../../../src/core/lint/markdown/rescan";
import { generateDraft } from "../../../bench/lint.bench";
import { seededRandom as random } from "../../support/seeded-random";

const SAMPLES = join(__dirname, "..", "..", "..", "samples");
const RICH = [
  "---",
  "subject: Rich ((thing))",
  "channel: announcement",
  "---",
  "# A heading with `code` here",
  "",
  "Para one line with a [link text](https://example.com/path) and www.gov.uk and ((name)).",
  "Second line **bold** and _it_ and <b>tag</b> &amp; more text here to edit.",
  "Title line here",
  "---",
  "",
  "* item one with some words",
  "  continued item line",
  "* item two ((cond??shown text)) end",
  "1. numbered item text here",
  "",
  "^ inset line one here",
  "^ inset line two here",
  "> quoted line here",
  "",
  "```",
  "code block line",
  "```",
  "",
  "<!-- tenant-comms-disable gds/click -->",
  "After comment paragraph, with words.",
  "",
  "| a | b |",
  "|---|---|",
  "| c | d |",
  "",
  "    indented code",
  "",
  "Last paragraph ending here.",
  "",
].join("\n");

const CHARS = "abc XYZ.,;:!?'\"*_#-[]()/\\@&=+^%$0123456789\t`~<>|\n";

function edit(text: string, next: () => number, from: number): string {
  const at = from + Math.floor(next() * (text.length - from));
  const char = CHARS[Math.floor(next() * CHARS.length)]!;
  const kind = next();
  if (kind < 0.45) return text.slice(0, at) + char + text.slice(at);
  if (kind < 0.75) return text.slice(0, at) + text.slice(at + 1);
  return text.slice(0, at) + char + text.slice(at + 1);
}

test("an incremental re-scan always equals a full scan", (t) => {
  const drafts = [
    RICH,
    generateDraft(1500, 3),
    ...readdirSync(SAMPLES)
      .filter((f) => f.endsWith(".notify.md"))
      .map((f) => readFileSync(join(SAMPLES, f), "utf8")),
  ];
  let incremental = 0;
  let total = 0;
  for (const [n, original] of drafts.entries()) {
    const next = random(100 + n);
    const bodyOffset = parseDraft(original).bodyOffset;
    let text = original;
    let scanned = scanBody(text, bodyOffset);
    for (let i = 0; i < 600; i++) {
      const edited = edit(text, next, bodyOffset);
      if (parseDraft(edited).bodyOffset !== bodyOffset) continue;
      const full = scanBody(edited, bodyOffset);
      const quick = rescanBody({ text, bodyOffset, scanned }, edited, bodyOffset);
      total++;
      if (quick) {
        incremental++;
        assert.deepEqual(
          quick,
          full,
          `draft ${n}, edit ${i}: ${JSON.stringify(edited.slice(0, 0))}`,
        );
      }
      // Half the time keep the edit, so edits pile up as they do when typing.
      if (next() < 0.5) {
        text = edited;
        scanned = full;
      }
    }
  }
  t.diagnostic(`${incremental} of ${total} edits re-scanned incrementally`);
  assert.ok(
    incremental > total / 3,
    `only ${incremental} of ${total} edits were re-scanned incrementally`,
  );
});

test("edits that change structure fall back to a full scan", () => {
  const bodyOffset = parseDraft(RICH).bodyOffset;
  const scanned = scanBody(RICH, bodyOffset);
  const previous = { text: RICH, bodyOffset, scanned };
  const at = RICH.indexOf("Para one");
  for (const edited of [
    RICH.slice(0, at + 20) + "\n" + RICH.slice(at + 20), // a new line
    RICH.slice(0, at + 20) + "`" + RICH.slice(at + 20), // a backtick
    RICH.slice(0, at) + "#" + RICH.slice(at), // at the line's start
  ]) {
    assert.equal(rescanBody(previous, edited, bodyOffset), undefined);
  }
  const ok = RICH.slice(0, at + 20) + "x" + RICH.slice(at + 20);
  assert.deepEqual(rescanBody(previous, ok, bodyOffset), scanBody(ok, bodyOffset));
});
