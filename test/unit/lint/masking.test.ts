import { test } from "node:test";
import assert from "node:assert/strict";
import { scanBody } from "../../../src/core/lint/markdown/blocks";
import { maskInline } from "../../../src/core/lint/markdown/inline";
import type { BlockRule } from "../../../src/core/lint/rule";
import { draft, lintWith, technical, where } from "./helpers";

/** A rule that reports every occurrence of "bad" it can see: what it reports is what is not masked. */
const seesBad: BlockRule = {
  meta: { id: "test/sees-bad", family: "gds", description: "test", defaultLevel: "error" },
  checkBlock(block) {
    const found = [];
    for (const m of block.text.matchAll(/bad/g))
      found.push({ start: m.index, end: m.index + 3, message: "bad" });
    return found;
  },
};

function seen(text: string): string[] {
  return lintWith(text, undefined, [seesBad]).map((f) => where(text, f));
}

test("masking keeps every offset: masked text has the source's length and newlines", () => {
  const source =
    "Run `bad` at https://bad.example.com/bad or [bad link](https://x/bad).\nNext ((bad)) line";
  const masked = maskInline(source).text;
  assert.equal(masked.length, source.length);
  assert.equal(masked.indexOf("\n"), source.indexOf("\n"));
  assert.equal(masked.replace(/\s+/g, " ").trim(), "Run at or bad link . Next line");
});

test("nothing is reported inside code spans, fenced and indented code", () => {
  const text = draft(
    "Good `bad` text.\n\n```\nbad\n```\n\n~~~sh\nbad\n~~~\n\n    bad code\n\nbad here",
  );
  assert.deepEqual(seen(text), ['17:1-17:4 "bad"']);
});

test("nothing is reported in URLs, link targets, images, email addresses or HTML comments", () => {
  const text = draft(
    "See https://bad.example.com/bad, www.bad.org and [the bad guide](https://example.com/bad).\n" +
      '![bad](bad.png) mail bad@example.com <!-- bad --> &bad; <b class="bad">x</b>',
  );
  // Only the link text "the bad guide" is prose.
  assert.deepEqual(seen(text), ['5:55-5:58 "bad"']);
});

test("placeholders are masked, but a conditional placeholder's text is prose", () => {
  const text = draft("Hello ((bad name)). ((urgent??This is bad.))");
  assert.deepEqual(seen(text), ['5:39-5:42 "bad"']);
});

test("front matter is never linted except the subject", () => {
  const text = "---\nsubject: A bad subject\nchannel: announcement\ntemplateId: bad\n---\nText.\n";
  assert.deepEqual(seen(text), ['2:12-2:15 "bad"']);
});

test("headings, list items and inset text are blocks with their markers masked", () => {
  const text = draft(
    "# A bad heading\n\n* a bad item\n* another\n\n^ bad inset\n^ still inset\n\nbad para\n---\n",
  );
  const scanned = scanBody(text, text.indexOf("# A"));
  assert.deepEqual(
    scanned.blocks.map((b) => [b.kind, b.level ?? null, b.text.replace(/\s+/g, " ").trim()]),
    [
      ["heading", 1, "A bad heading"],
      ["list-item", null, "a bad item"],
      ["list-item", null, "another"],
      ["inset", null, "bad inset still inset"],
      ["heading", 2, "bad para"],
    ],
  );
  for (const b of scanned.blocks)
    assert.equal(text.slice(b.offset, b.offset + b.source.length), b.source);
});

test("tables and link definitions yield no prose", () => {
  const text = draft(
    "| a | bad |\n|---|---|\n| bad | c |\n\n[ref]: https://bad.example.com\n\nfine",
  );
  assert.deepEqual(seen(text), []);
});

test("the mandated header and footer words are not linted, the writer's slot text is", () => {
  const rule: BlockRule = {
    meta: { id: "test/please", family: "gds", description: "t", defaultLevel: "error" },
    checkBlock: (block) =>
      [...block.text.matchAll(/please|order|inform|bad/gi)].map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        message: m[0],
      })),
  };
  const text = technical("Body text.", "a bad change");
  const found = lintWith(text, undefined, [rule]).map((f) => text.slice(f.start, f.end));
  assert.deepEqual(found, ["bad"]);
});
