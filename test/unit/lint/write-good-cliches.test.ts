import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  NO_CLICHES_PHRASES,
  NO_CLICHES_VERSION,
} from "../../../src/core/lint/rules/data/no-cliches";
import {
  findCliches,
  phrasesFromPackageSource,
} from "../../../src/core/lint/rules/write-good-cliches";

// no-cliches as write-good itself loads it (resolved from write-good's folder).
const fromWriteGood = createRequire(createRequire(__filename).resolve("write-good"));
const packageFile = fromWriteGood.resolve("no-cliches/cliches.js");
const noCliches = fromWriteGood("no-cliches") as (
  text: string,
) => { index: number; offset: number }[];

test("the phrase list is the installed no-cliches' list (regenerate data/no-cliches.ts if not)", () => {
  const version = (
    JSON.parse(readFileSync(join(dirname(packageFile), "package.json"), "utf8")) as {
      version: string;
    }
  ).version;
  assert.equal(version, NO_CLICHES_VERSION);
  assert.deepEqual(NO_CLICHES_PHRASES, phrasesFromPackageSource(readFileSync(packageFile, "utf8")));
});

function same(text: string): void {
  assert.deepEqual(findCliches(text), noCliches(text));
}

test("every phrase alone, capitalised, in a sentence and across a line break: same as no-cliches", () => {
  for (const phrase of NO_CLICHES_PHRASES) {
    same(phrase);
    same(`${phrase[0]!.toUpperCase()}${phrase.slice(1)} and more.`);
    same(`Well, ${phrase.toUpperCase()}! Then ${phrase.replace(" ", "\n")}.`);
    same(`x${phrase} ${phrase}s _${phrase}`);
  }
});

test("all phrases run together, and random text built from their words: same as no-cliches", () => {
  same(NO_CLICHES_PHRASES.join(" "));
  same(NO_CLICHES_PHRASES.join(""));
  const words = NO_CLICHES_PHRASES.join(" ").split(/\s+/);
  let seed = 7;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let run = 0; run < 50; run++) {
    const text = Array.from({ length: 400 }, () => words[Math.floor(next() * words.length)]).join(
      next() < 0.5 ? " " : "\n",
    );
    same(text);
  }
});

test("punctuation, digits, underscores and non-ASCII letters next to phrases", () => {
  for (const text of [
    "9acid test",
    "acid test9",
    "acid_test",
    "éacid test",
    "acid testé",
    "(acid test)",
    "acid  \u200C test",
    "ſo to speak",
    "ACID TEST",
  ]) {
    same(text);
  }
});
