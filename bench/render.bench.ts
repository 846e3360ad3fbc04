// Render time for a generated 10,000-word draft (headings, paragraphs, bullets, links, inset text
// and placeholders), median of several runs after a warm-up. The preview re-renders at most every
// 250 ms while typing, so one render should fit well inside that.
import { performance } from "node:perf_hooks";
import { render } from "../src/core/notify/render";
import type { BenchRow, BenchSuite } from "./bench-row";

const WORDS = [
  "platform",
  "tenants",
  "upgrade",
  "Cloud",
  "Foundry",
  "buildpack",
  "restage",
  "your",
  "apps",
  "before",
  "the",
  "deadline",
  "we",
  "will",
  "London",
  "Ireland",
  "region",
  "maintenance",
  "window",
  "there",
  "is",
  "no",
  "expected",
  "downtime",
  "it's",
  '"quoted"',
  "GOV.UK",
  "-",
  "support",
];

/** A draft body of about `target` words, in the shape real announcements take. */
export function generateDraft(target: number): { subject: string; body: string; words: number } {
  const blocks: string[] = [];
  let words = 0;
  let n = 0;
  const sentence = (length: number) => {
    const out: string[] = [];
    for (let i = 0; i < length; i++) out.push(WORDS[(n++ * 7 + i) % WORDS.length]!);
    words += length;
    return out.join(" ") + ".";
  };
  while (words < target) {
    const section = blocks.length;
    blocks.push(`# Section ${section}`);
    words += 2;
    blocks.push(
      `${sentence(18)} ${sentence(12)}\nHello ((org name)), see https://docs.example.com/${section}.`,
    );
    words += 4;
    blocks.push(
      ["* " + sentence(6), "* " + sentence(8), "* [release notes](https://example.com/r)"].join(
        "\n",
      ),
    );
    words += 2;
    blocks.push(`^ ${sentence(15)}`);
    blocks.push(`## Details\n\n${sentence(25)} ((when??Only when set.)) ${sentence(10)}`);
    words += 4;
  }
  return { subject: "Upgrade for ((org name)) – action needed", body: blocks.join("\n\n"), words };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const RUNS = 9;
const BUDGET_MS = 250;

export const suite: BenchSuite = {
  name: "render",
  async run(): Promise<BenchRow[]> {
    const draft = generateDraft(10_000);
    const personalisation = { "org name": "acme", when: "yes" };
    const input = { subject: draft.subject, body: draft.body, personalisation };
    for (let i = 0; i < 2; i++) render(input); // warm-up
    const times: number[] = [];
    let htmlLength = 0;
    for (let i = 0; i < RUNS; i++) {
      const started = performance.now();
      htmlLength = render(input).html.length;
      times.push(performance.now() - started);
    }
    const ms = median(times);
    return [
      {
        case: `render ${draft.words.toLocaleString("en-GB")}-word draft (${(draft.body.length / 1024).toFixed(0)} KB; median of ${RUNS})`,
        value: `${ms.toFixed(1)} ms`,
        target: `<= ${BUDGET_MS} ms (one preview update)`,
        met: ms <= BUDGET_MS,
      },
      {
        case: "render: fastest / slowest run, HTML size",
        value: `${Math.min(...times).toFixed(1)} / ${Math.max(...times).toFixed(1)} ms, ${(htmlLength / 1024).toFixed(0)} KB`,
      },
    ];
  },
};
