// Plain English: the guide's words to avoid, its metaphors, "in order to" and everyday words.
import type { BlockRule } from "../../rule";
import {
  METAPHORS,
  METAPHOR_ADVERBS,
  WORDS_TO_AVOID,
  WORDS_TO_AVOID_UNLESS,
} from "./data/words-to-avoid";
import { PLAIN_WORDS } from "./data/plain-words";
import { CLEAR_LANGUAGE, az } from "./data/sources";
import { gdsRule, stringListOption } from "./define";
import { compileWordList, findWords, normaliseForm } from "./word-list";
import { matchesOf } from "./text";

const avoidList = compileWordList(WORDS_TO_AVOID);
const unlessList = compileWordList(WORDS_TO_AVOID_UNLESS);
const metaphorList = compileWordList(METAPHORS);
const plainList = compileWordList(PLAIN_WORDS);

export const wordsToAvoid = gdsRule({
  name: "words-to-avoid",
  description:
    "Flags the guide's words to avoid that have no exception (deliver, facilitate, utilise...), with what to say instead.",
  defaultLevel: "warning",
  source: az("words-to-avoid"),
  examples: { bad: "We will deliver improvements.", good: "We will make improvements." },
  check: (block) => findWords(avoidList, block.text),
});

/** Words whose allowed sense is this product's everyday subject: software is deployed. */
const DEFAULT_UNLESS_IGNORE = [
  "deploy",
  "deploys",
  "deployed",
  "deploying",
  "deployment",
  "deployments",
];

export const wordsToAvoidUnless = gdsRule({
  name: "words-to-avoid-unless",
  description:
    "Flags words to avoid unless they mean what the guide allows (key, impact, robust...); the message says when the word is fine.",
  defaultLevel: "warning",
  source: az("words-to-avoid"),
  examples: { bad: "This is a key priority.", good: "This is an important priority." },
  options: {
    ignore: {
      description:
        "Words to leave alone because their allowed sense is the usual one in your emails (software is deployed).",
      default: DEFAULT_UNLESS_IGNORE,
    },
  },
  check: (block, context) => {
    const ignore = new Set(
      stringListOption(context, "ignore", DEFAULT_UNLESS_IGNORE).map((w) => w.toLowerCase()),
    );
    return findWords(unlessList, block.text).filter(
      (f) => !ignore.has(normaliseForm(block.text.slice(f.start, f.end))),
    );
  },
});

export const metaphors = gdsRule({
  name: "metaphors",
  description:
    "Flags the metaphors the guide lists (going forward, drive growth, hub, portal, ring fencing) and says what to write instead.",
  defaultLevel: "warning",
  source: az("words-to-avoid"),
  examples: { bad: "Going forward, use the portal.", good: "From now on, use the website." },
  check: (block) =>
    findWords(metaphorList, block.text).map((f) => {
      // "Going forward" -> "From now on" is exact only as a standalone adverb: before a comma or
      // the end of the sentence, not in "we are moving forward with the plan".
      const form = normaliseForm(block.text.slice(f.start, f.end));
      if (METAPHOR_ADVERBS.has(form) && !/^\s*(?:[,.;!?]|$)/.test(block.text.slice(f.end))) {
        delete f.replacement;
      }
      return f;
    }),
});

const IN_ORDER_TO = /(?<![\p{L}])in\s+order\s+to(?![\p{L}])/giu;

export const inOrderTo = gdsRule({
  name: "in-order-to",
  needs: /order/i,
  description: 'Flags "in order to", which is almost always the same as "to".',
  defaultLevel: "warning",
  source: az("words-to-avoid"),
  examples: { bad: "Fill in the form in order to apply.", good: "Fill in the form to apply." },
  check: (block) =>
    [...matchesOf(IN_ORDER_TO, block.text)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      message: 'Say "to" instead of "in order to".',
      replacement: m[0][0] === "I" ? "To" : "to",
    })),
});

export const plainWords = gdsRule({
  name: "plain-words",
  description:
    "Suggests everyday words for formal ones (purchase -> buy, approximately -> about), and the technical A to Z's (ensure -> make sure).",
  defaultLevel: "info",
  source: CLEAR_LANGUAGE,
  examples: { bad: "Approximately 40 people came.", good: "About 40 people came." },
  check: (block) => findWords(plainList, block.text),
});

export const wordRules: BlockRule[] = [
  wordsToAvoid,
  wordsToAvoidUnless,
  metaphors,
  inOrderTo,
  plainWords,
];
