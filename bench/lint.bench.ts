// The linter against write-good alone, on generated technical drafts of 2,000 and 10,000 words,
// measured in the same run. Targets (issue 3): a cold full lint (every rule family, empty cache)
// takes no more than 1.5x write-good's own pass over the text; re-linting after a one-character
// edit in the middle takes no more than 5% of write-good's pass over 10,000 words.
// Paragraphs are all different (seeded random text), so the block cache cannot help a cold lint.
import { performance } from "node:perf_hooks";
import writeGood from "write-good";
import { createLinter } from "../src/core/lint/index";
import { FOOTER, headerWith } from "../src/core/templates/tenant-texts";
import type { BenchRow, BenchSuite } from "./bench-row";
import { seededRandom as random } from "../test/support/seeded-random";

const SUBJECTS = [
  "we",
  "the platform team",
  "your apps",
  "the router",
  "Cloud Foundry",
  "each space",
  "the new buildpack",
  "tenants",
  "the database service",
  "our support team",
];
const VERBS = [
  "will restart",
  "upgrades",
  "were moved by",
  "needs",
  "checks",
  "replaces",
  "is being tested by",
  "updates",
  "deploys",
  "protects",
];
const OBJECTS = [
  "the API",
  "every route",
  "a few apps",
  "the London region",
  "the stemcell",
  "your service bindings",
  "the logs",
  "very many instances",
  "the Ruby buildpack",
  "the cf CLI",
];
const TAILS = [
  "on 17 March 2027",
  "before 10am",
  "in order to fix a bug",
  "without downtime",
  "for security reasons",
  "so there is no action for you",
  "at the end of the month",
  "after the upgrade",
  "during the maintenance window",
  "if you use Java",
];

function pick<T>(next: () => number, list: readonly T[]): T {
  return list[Math.floor(next() * list.length)]!;
}

function sentence(next: () => number): string {
  const words = `${pick(next, SUBJECTS)} ${pick(next, VERBS)} ${pick(next, OBJECTS)} ${pick(next, TAILS)}`;
  // A number makes every sentence (and so every paragraph) different.
  return `${words[0]!.toUpperCase()}${words.slice(1)} (change ${Math.floor(next() * 100000)}).`;
}

/** A technical draft of about `words` words: header, headings, paragraphs, lists, footer. */
export function generateDraft(words: number, seed = 1): string {
  const next = random(seed);
  const parts: string[] = [headerWith("changes to the platform")];
  let count = 0;
  let section = 0;
  while (count < words) {
    if (count % 400 < 15) parts.push(`## Section ${++section} of the changes`);
    const sentences = 2 + Math.floor(next() * 4);
    const paragraph: string[] = [];
    for (let i = 0; i < sentences; i++) paragraph.push(sentence(next));
    const text = paragraph.join(" ");
    parts.push(next() < 0.2 ? paragraph.map((s) => `* ${s}`).join("\n") : text);
    count += text.split(/\s+/).length;
  }
  parts.push(FOOTER);
  return `---\nsubject: GOV.UK PaaS - Cloud Foundry changes - 17 March 2027\nchannel: technical\nkind: cf-upgrade\n---\n${parts.join("\n\n")}\n`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

interface Measured {
  words: number;
  writeGood: number;
  cold: number;
  relint: number;
}

function measure(words: number, runs: number): Measured {
  const text = generateDraft(words);
  // Warm up both (JIT, regex compilation) before timing anything.
  writeGood(text);
  createLinter().lint(text);
  const wg: number[] = [];
  const cold: number[] = [];
  const relint: number[] = [];
  const middle = text.indexOf(". ", Math.floor(text.length / 2));
  for (let run = 0; run < runs; run++) {
    wg.push(time(() => writeGood(text)));
    const linter = createLinter();
    cold.push(time(() => linter.lint(text)));
    // Re-lints are short, so take several per run for a steadier median; each is a different
    // one-character edit (never already in the cache), each after the full text was linted.
    for (let edit = 0; edit < 3; edit++) {
      const edited = `${text.slice(0, middle)}${String.fromCharCode(97 + run * 3 + edit)}${text.slice(middle)}`;
      relint.push(time(() => linter.lint(edited)));
      linter.lint(text);
    }
  }
  return { words, writeGood: median(wg), cold: median(cold), relint: median(relint) };
}

export const suite: BenchSuite = {
  name: "lint",
  async run() {
    const rows: BenchRow[] = [];
    const small = measure(2000, 9);
    const large = measure(10000, 7);
    for (const m of [small, large]) {
      const label = `${m.words.toLocaleString("en-GB")} words`;
      rows.push({ case: `write-good alone, ${label}`, value: ms(m.writeGood) });
      rows.push({
        case: `full lint cold, ${label}`,
        value: `${ms(m.cold)} (${(m.cold / m.writeGood).toFixed(2)}x)`,
        baseline: `write-good ${ms(m.writeGood)}`,
        target: "<= 1.5x write-good",
        met: m.cold <= 1.5 * m.writeGood,
      });
      const share = (m.relint / large.writeGood) * 100;
      rows.push({
        case: `re-lint after a 1-character edit, ${label}`,
        value: `${ms(m.relint)} (${share.toFixed(1)}% of write-good on 10,000 words)`,
        baseline: `write-good 10,000 words ${ms(large.writeGood)}`,
        ...(m === large
          ? {
              target: "<= 5% of write-good on 10,000 words",
              met: m.relint <= 0.05 * large.writeGood,
            }
          : {}),
      });
    }
    return rows;
  },
};
