// write-good's checks as rules, one id per check. write-good runs once per block for all enabled
// checks (the first write-good rule to see a block runs it; the others reuse the result), and each
// suggestion is sorted back to its checks by the explanation write-good appends. write-good has no
// markdown awareness: it only ever sees the engine's masked prose.
import writeGood from "write-good";
import { findCliches } from "./write-good-cliches";
import type { BlockFinding, BlockRule, ProseBlock, RuleContext, RuleMeta } from "../rule";

// write-good's dependencies (weasel-words, passive-voice, e-prime) assign to an undeclared `match`
// (`while (match = re.exec(text))`). Loaded by Node as their own sloppy-mode modules that silently
// makes a global; bundled by esbuild under the bundle's "use strict" it throws "match is not
// defined". Declaring the global ourselves is what those modules do anyway, and works in both.
if (!("match" in globalThis)) (globalThis as Record<string, unknown>).match = undefined;

interface Check {
  id: string;
  /** write-good's option key for the check. */
  key:
    | "passive"
    | "illusion"
    | "so"
    | "thereIs"
    | "weasel"
    | "adverb"
    | "tooWordy"
    | "cliches"
    | "eprime";
  /** The explanation write-good appends to the matched text (write-good.js defaultChecks). */
  explanation: string;
  description: string;
  /** What to do about it, said the GOV.UK way. */
  advice: string;
  on: boolean;
  examples: { bad: string; good: string };
}

const CHECKS: Check[] = [
  {
    id: "write-good/passive",
    key: "passive",
    explanation: "may be passive voice",
    description: 'Passive voice ("was restarted"); GOV.UK style prefers the active voice.',
    advice: 'Say who does what, for example "we will restart your apps".',
    on: true,
    examples: {
      bad: "Your apps were restarted on Tuesday.",
      good: "We restarted your apps on Tuesday.",
    },
  },
  {
    id: "write-good/illusion",
    key: "illusion",
    explanation: "is repeated",
    description: 'The same word twice in a row ("the the"), easy to miss across a line break.',
    advice: "Delete one of them.",
    on: true,
    examples: { bad: "We will upgrade the the platform.", good: "We will upgrade the platform." },
  },
  {
    id: "write-good/so",
    key: "so",
    explanation: "adds no meaning",
    description: 'A sentence that starts with "So".',
    advice: "Start the sentence with what you mean.",
    on: true,
    examples: { bad: "So we will upgrade the platform.", good: "We will upgrade the platform." },
  },
  {
    id: "write-good/there-is",
    key: "thereIs",
    explanation: "is unnecessary verbiage",
    description: 'A sentence that starts with "There is" or "There are".',
    advice: 'Start with the subject, for example "A fix is ready".',
    on: true,
    examples: { bad: "There is a new buildpack available.", good: "A new buildpack is available." },
  },
  {
    id: "write-good/weasel",
    key: "weasel",
    explanation: "is a weasel word",
    description: 'Weasel words ("many", "various", "fairly") that make a claim vague.',
    advice: "Give the number or the fact instead.",
    on: true,
    examples: { bad: "Many apps need restaging.", good: "12 apps need restaging." },
  },
  {
    id: "write-good/adverb",
    key: "adverb",
    explanation: "can weaken meaning",
    description: 'Adverbs ("really", "extremely", "just") that weaken a sentence.',
    advice: "Delete it or use a stronger verb.",
    on: true,
    examples: { bad: "You should really restage your app.", good: "You should restage your app." },
  },
  {
    id: "write-good/too-wordy",
    key: "tooWordy",
    explanation: "is wordy or unneeded",
    description: 'Wordy phrases ("in order to", "utilize", "a number of").',
    advice: "Use a shorter, plainer word.",
    on: true,
    examples: {
      bad: "You need to utilize the new buildpack.",
      good: "You need to use the new buildpack.",
    },
  },
  {
    id: "write-good/cliches",
    key: "cliches",
    explanation: "is a cliche",
    description: 'Clichés ("back to square one", "in the nick of time").',
    advice: "Say it plainly.",
    on: true,
    examples: {
      bad: "After the outage we were back to square one.",
      good: "After the outage we had to start again.",
    },
  },
  {
    id: "write-good/e-prime",
    key: "eprime",
    explanation: "is a form of 'to be'",
    description: 'Any form of "to be" (E-Prime); off by default.',
    advice: 'Rephrase without "to be" if you follow E-Prime.',
    on: false,
    examples: { bad: "The platform is slow.", good: "The platform responds slowly." },
  },
];

interface Located {
  start: number;
  end: number;
  matched: string;
}

/** One write-good run, shared by the write-good rules for the block they are looking at. */
let memo: { text: string; enabled: string; byCheck: Map<string, Located[]> } | undefined;

function runOnce(text: string, context: RuleContext): Map<string, Located[]> {
  const enabled = CHECKS.filter((c) =>
    context.enabledRules ? context.enabledRules.has(c.id) : c.on,
  );
  const enabledKey = enabled.map((c) => c.key).join(",");
  if (memo && memo.text === text && memo.enabled === enabledKey) return memo.byCheck;
  const options: Record<string, boolean> = {};
  for (const check of CHECKS) options[check.key] = enabled.includes(check);
  const byCheck = new Map<string, Located[]>();
  // Clichés: the same phrases and results as write-good's check, found without trying ~700
  // alternatives at every word (see write-good-cliches.ts).
  if (options.cliches) {
    options.cliches = false;
    byCheck.set(
      "write-good/cliches",
      findCliches(text).map((m) => ({
        start: m.index,
        end: m.index + m.offset,
        matched: text.substr(m.index, m.offset),
      })),
    );
  }
  for (const suggestion of writeGood(text, options)) {
    const matched = text.substr(suggestion.index, suggestion.offset);
    // write-good joins the explanations of checks that matched the same text with " and ".
    const explanations = suggestion.reason.substring(suggestion.offset + 3);
    for (const check of enabled) {
      if (!explanations.includes(check.explanation)) continue;
      let list = byCheck.get(check.id);
      if (!list) byCheck.set(check.id, (list = []));
      list.push({ start: suggestion.index, end: suggestion.index + suggestion.offset, matched });
    }
  }
  memo = { text, enabled: enabledKey, byCheck };
  return byCheck;
}

/** Allowed phrases found in the block (case-insensitive), as write-good's whitelist does. */
function allowedSpans(
  text: string,
  allowWords: ReadonlySet<string>,
): { start: number; end: number }[] {
  if (allowWords.size === 0) return [];
  const lower = text.toLowerCase();
  const spans: { start: number; end: number }[] = [];
  for (const word of allowWords) {
    for (let i = lower.indexOf(word); i !== -1; i = lower.indexOf(word, i + 1)) {
      spans.push({ start: i, end: i + word.length });
    }
  }
  return spans;
}

/** A repeat across masked text ("the `x` the") is not a repeat the reader sees. */
function repeatAcrossMask(block: ProseBlock, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /\s/.test(block.text[i]!)) {
    if (block.source[i] !== block.text[i]) return true;
    i--;
  }
  return false;
}

function makeRule(check: Check): BlockRule {
  const meta: RuleMeta = {
    id: check.id,
    family: "write-good",
    description: check.description,
    defaultLevel: check.on ? "info" : "off",
    source: `write-good 1.0.8 \`${check.key}\` check`,
    examples: check.examples,
  };
  return {
    meta,
    checkBlock(block, context) {
      const located = runOnce(block.text, context).get(check.id);
      if (!located) return [];
      const allowedHere = allowedSpans(block.text, context.allowWords);
      const findings: BlockFinding[] = [];
      for (const l of located) {
        if (allowedHere.some((a) => l.start < a.end && l.end > a.start)) continue;
        if (check.key === "illusion" && repeatAcrossMask(block, l.start)) continue;
        findings.push({
          start: l.start,
          end: l.end,
          message: `"${l.matched}" ${check.explanation}. ${check.advice}`,
        });
      }
      return findings;
    },
  };
}

export const writeGoodRules: BlockRule[] = CHECKS.map(makeRule);
