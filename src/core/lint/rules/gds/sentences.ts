// Sentence and paragraph length: GOV.UK asks for sentences of 25 words or fewer and paragraphs of
// 5 sentences or fewer. A paragraph is one block, so both are block rules.
import type { BlockFinding, BlockRule } from "../../rule";
import { CLEAR_LANGUAGE, az } from "./data/sources";
import { gdsRule, numberOption } from "./define";
import { countWords, sentenceSpans } from "./text";

const PROSE_KINDS = new Set(["paragraph", "inset", "list-item"]);

export const sentenceLength = gdsRule({
  name: "sentence-length",
  description:
    "Flags sentences of more than 25 words (code, links and placeholders count as one word each).",
  defaultLevel: "warning",
  source: az("sentence-length"),
  examples: {
    bad: "We are contacting you because we are going to upgrade the platform next week and this means that some of your apps will restart more than once while the upgrade runs.",
    good: "We will upgrade the platform next week. Some of your apps will restart more than once while the upgrade runs.",
  },
  options: { max: { description: "Most words in a sentence.", default: 25 } },
  checksQuotedText: true,
  check: (block, context) => {
    if (!PROSE_KINDS.has(block.kind)) return [];
    const max = numberOption(context, "max", 25);
    const findings: BlockFinding[] = [];
    for (const s of sentenceSpans(block.text)) {
      const words = countWords(block.text, block.source, s.start, s.end);
      if (words > max) {
        findings.push({
          start: s.start,
          end: s.end,
          message: `This sentence has ${words} words: split sentences of more than ${max} words.`,
        });
      }
    }
    return findings;
  },
});

export const paragraphLength = gdsRule({
  name: "paragraph-length",
  description:
    "Flags paragraphs of more than 5 sentences; the finding covers the sentences after the fifth.",
  defaultLevel: "warning",
  source: CLEAR_LANGUAGE,
  examples: {
    bad: "Apps will restart. Check them. Tell us. Plan ahead. Test first. Read the notes.",
    good: "Apps will restart. Check them and tell us. Plan ahead. Test first. Read the notes.",
  },
  options: { max: { description: "Most sentences in a paragraph.", default: 5 } },
  checksQuotedText: true,
  check: (block, context) => {
    if (block.kind !== "paragraph" && block.kind !== "inset") return [];
    const max = numberOption(context, "max", 5);
    const sentences = sentenceSpans(block.text);
    if (sentences.length <= max) return [];
    return [
      {
        start: sentences[max]!.start,
        end: sentences[sentences.length - 1]!.end,
        message: `This paragraph has ${sentences.length} sentences: split it so each has no more than ${max}.`,
      },
    ];
  },
});

export const sentenceRules: BlockRule[] = [sentenceLength, paragraphLength];
