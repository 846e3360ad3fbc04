// Formatting: block capitals, sentence case and questions in headings, and link text.
import type { BlockFinding, BlockRule, ProseBlock, RuleContext } from "../../rule";
import { GUIDE_EXCEPTIONS, KNOWN_TECHNICAL } from "./data/acronyms";
import { PROPER_NOUNS } from "./data/proper-nouns";
import { CLEAR_STRUCTURE, EFFECTIVE_LINKS, az } from "./data/sources";
import { gdsRule, stringListOption } from "./define";
import { isQuoted, matchesOf } from "./text";

// The engine keeps one context per rule for a whole lint, so the set is built once per context.
const knownByContext = new WeakMap<RuleContext, Set<string>>();

/** Acronyms that are fine in capitals: the guide's list, the `known` option, the team's list. */
export function knownAcronyms(context: RuleContext): ReadonlySet<string> {
  let known = knownByContext.get(context);
  if (!known) {
    known = new Set([
      ...GUIDE_EXCEPTIONS,
      ...stringListOption(context, "known", KNOWN_TECHNICAL),
      ...(context.shared?.acronyms ?? []),
    ]);
    knownByContext.set(context, known);
  }
  return known;
}

// A word: letters and digits joined by apostrophes, dots or hyphens ("GOV.UK", "don't", "Node.js").
const TOKEN = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

function isAllCaps(word: string): boolean {
  return /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);
}

// ---- Block capitals -----------------------------------------------------------------------------

export const blockCapitals = gdsRule({
  name: "block-capitals",
  // Three tokens in a row with a capital letter, the first two in capitals throughout.
  needs: /(?:\p{N}*\p{Lu}[\p{Lu}\p{N}'’.-]*[^\p{L}\p{N}]+){2}\p{N}*\p{Lu}/u,
  description:
    "Flags runs of 3 or more words in capitals (acronyms aside): block capitals are hard to read.",
  defaultLevel: "warning",
  source: az("capitalisation"),
  examples: { bad: "DO NOT SEND ORIGINALS.", good: "Do not send originals." },
  options: {
    known: {
      description:
        "Acronyms that do not count as shouting. Setting it replaces this default; the guide's list and the team's shared acronyms setting always apply.",
      default: KNOWN_TECHNICAL,
    },
  },
  check: (block, context) => {
    const known = knownAcronyms(context);
    const findings: BlockFinding[] = [];
    let runStart = -1;
    let runEnd = -1;
    let words = 0;
    let unknown = 0;
    const close = (): void => {
      if (words >= 3 && unknown >= 2) {
        findings.push({
          start: runStart,
          end: runEnd,
          message: "Do not write in block capitals: use sentence case.",
        });
      }
      runStart = -1;
      words = unknown = 0;
    };
    for (const m of matchesOf(TOKEN, block.text)) {
      const word = m[0];
      if (!isAllCaps(word)) {
        close();
        continue;
      }
      if (runStart === -1) runStart = m.index;
      runEnd = m.index + word.length;
      // "A" and "I" continue a run but do not make one.
      if ((word.match(/\p{L}/gu) ?? []).length >= 2) {
        words++;
        if (!known.has(word)) unknown++;
      }
    }
    close();
    return findings;
  },
});

// ---- Headings -----------------------------------------------------------------------------------

function headingContent(block: ProseBlock): { start: number; end: number } {
  let start = 0;
  let end = block.text.length;
  while (start < end && /\s/.test(block.text[start]!)) start++;
  while (end > start && /\s/.test(block.text[end - 1]!)) end--;
  return { start, end };
}

export const sentenceCaseHeadings = gdsRule({
  name: "sentence-case-headings",
  description:
    "Suggests sentence case for headings and subjects with 2 or more capitalised words after the first that are not known names or acronyms (add your own names to the properNouns option).",
  defaultLevel: "info",
  source: az("capitalisation"),
  examples: { bad: "Apply For A Driving Licence", good: "Apply for a driving licence" },
  options: {
    properNouns: {
      description:
        "More words that keep their capital in a heading (names of services, suppliers, places).",
      default: [],
    },
  },
  check: (block, context) => {
    if (block.kind !== "heading" && block.kind !== "subject") return [];
    const text = block.text;
    const names = new Set([...PROPER_NOUNS, ...stringListOption(context, "properNouns", [])]);
    const capitalised: string[] = [];
    let segmentStart = true;
    let last = 0;
    for (const m of matchesOf(TOKEN, text)) {
      // A colon or a spaced dash starts a new part, whose first word takes a capital
      // ("GOV.UK PaaS - Cloud Foundry changes - 17 March 2017").
      if (/[:(]|\s[-–—]\s/.test(text.slice(last, m.index))) segmentStart = true;
      last = m.index + m[0].length;
      const word = m[0];
      const first = segmentStart;
      segmentStart = false;
      if (first || isQuoted(text, m.index, last)) continue;
      if (!/^\p{Lu}/u.test(word) || isAllCaps(word) || /\d/.test(word)) continue;
      // Acronyms and names with inner capitals (PaaS, GitHub) keep their capitals.
      if (names.has(word) || /\p{Lu}/u.test(word.slice(1))) continue;
      capitalised.push(word);
    }
    if (capitalised.length < 2) return [];
    const { start, end } = headingContent(block);
    return [
      {
        start,
        end,
        message: `Use sentence case: only the first word and names take a capital (not ${capitalised
          .map((w) => `"${w}"`)
          .join(", ")}).`,
      },
    ];
  },
});

export const headingQuestion = gdsRule({
  name: "heading-question",
  description: "Flags headings that are questions: say what the section is about instead.",
  defaultLevel: "warning",
  source: CLEAR_STRUCTURE,
  examples: { bad: "How do I apply?", good: "How to apply" },
  check: (block) => {
    if (block.kind !== "heading") return [];
    const { start, end } = headingContent(block);
    if (end === start || block.text[end - 1] !== "?") return [];
    return [
      { start, end, message: "Do not write headings as questions: say what the section covers." },
    ];
  },
});

// ---- Link text ----------------------------------------------------------------------------------

const VAGUE_LINK_TEXT = new Set([
  "here",
  "click here",
  "click",
  "this",
  "this link",
  "link",
  "more",
  "read more",
  "more info",
  "more information",
  "find out more",
  "learn more",
  "this page",
  "go here",
  "see here",
  "details",
  "further details",
  "further information",
  "information",
  "this website",
  "page",
  "website",
  "click this link",
  "here.",
  "visit",
  "see more",
  "continue reading",
]);

// `[text](` in the unmasked source: the engine masks the brackets and the target, not the text.
const MARKDOWN_LINK = /\[([^\]\n]*)\]\(/g;

export const linkText = gdsRule({
  name: "link-text",
  description:
    'Flags link text that does not say where the link goes ("click here", "here", "read more").',
  defaultLevel: "warning",
  source: EFFECTIVE_LINKS,
  examples: {
    bad: "[Click here](https://www.gov.uk/apply) to apply.",
    good: "[Apply for a licence](https://www.gov.uk/apply).",
  },
  check: (block) => {
    const findings: BlockFinding[] = [];
    if (!block.source.includes("](")) return findings;
    for (const m of matchesOf(MARKDOWN_LINK, block.source)) {
      const start = m.index + 1;
      const end = start + m[1]!.length;
      const shown = block.text.slice(start, end);
      const normalised = shown
        .trim()
        .toLowerCase()
        .replace(/\s+/g, " ")
        .replace(/[.,:;!]+$/, "");
      if (!VAGUE_LINK_TEXT.has(normalised) && !normalised.startsWith("click here")) continue;
      findings.push({
        start,
        end,
        message: `Link text should say where the link goes, not "${shown.trim()}": for example "[read the buildpack release notes](...)".`,
      });
    }
    return findings;
  },
});

export const formattingRules: BlockRule[] = [
  blockCapitals,
  sentenceCaseHeadings,
  headingQuestion,
  linkText,
];
