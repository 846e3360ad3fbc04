// Bullet points: GOV.UK bullets run on from a lead-in line ending in a colon, start in lower case,
// are one sentence each, and have no "and", "or" or semicolon at the end and no full stop after
// the last one. Whether an item has a lead-in and is the last of its list needs its neighbours,
// so this is a document rule. Numbered lists are steps (full sentences), so they are left alone.
import type {
  DocumentFinding,
  DocumentRule,
  LintDocument,
  ProseBlock,
  RuleContext,
} from "../../rule";
import { PROPER_NOUNS } from "./data/proper-nouns";
import { az } from "./data/sources";
import { gdsMeta, stringListOption } from "./define";
import { knownAcronyms } from "./formatting";
import { acronymOf } from "./abbreviations";
import { sentenceSpans } from "./text";

const ORDERED_MARKER = /^\s*\d{1,9}[.)]/;
const TRAILING_JOIN = /(?:\s*;\s*(?:and|or)?|,\s*(?:and|or)|\s+(?:and|or))\s*$/i;
const FIRST_WORD = /^(\s*)(\p{L}[\p{L}'’.-]*)/u;

function contentEnd(text: string): number {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** Consecutive list items with nothing but white space between them form one list. */
function lists(document: LintDocument): { items: ProseBlock[]; leadIn: ProseBlock | undefined }[] {
  const found: { items: ProseBlock[]; leadIn: ProseBlock | undefined }[] = [];
  let current: ProseBlock[] = [];
  let previous: ProseBlock | undefined;
  let leadIn: ProseBlock | undefined;
  const flush = (): void => {
    if (current.length > 0) found.push({ items: current, leadIn });
    current = [];
  };
  for (const block of document.blocks) {
    const adjacent =
      previous !== undefined &&
      /^\s*$/.test(document.text.slice(previous.offset + previous.text.length, block.offset));
    if (block.kind === "list-item") {
      if (current.length === 0 || !adjacent) {
        flush();
        leadIn = adjacent && previous?.kind !== "list-item" ? previous : undefined;
      }
      current.push(block);
    } else {
      flush();
    }
    previous = block;
  }
  flush();
  return found;
}

function edit(
  block: ProseBlock,
  start: number,
  end: number,
  text: string,
  title: string,
): DocumentFinding["fixes"] {
  return [{ title, edits: [{ start: block.offset + start, end: block.offset + end, text }] }];
}

export const bullets: DocumentRule = {
  meta: gdsMeta({
    name: "bullets",
    description:
      'Flags bullet points that end with "and", "or" or a semicolon, hold more than one sentence, or (after a lead-in line ending in a colon) start with a capital or end the list with a full stop. Numbered steps are left alone.',
    defaultLevel: "warning",
    source: az("bullet-points-and-steps"),
    examples: {
      bad: "You need:\n\n* Your passport;\n* Proof of address.",
      good: "You need:\n\n* your passport\n* proof of address",
    },
    options: {
      properNouns: {
        description: "More words that may start a bullet with a capital (names).",
        default: [],
      },
    },
  }),
  checkDocument(document: LintDocument, context: RuleContext): DocumentFinding[] {
    const findings: DocumentFinding[] = [];
    const names = new Set([...PROPER_NOUNS, ...stringListOption(context, "properNouns", [])]);
    const known = knownAcronyms(context);
    for (const { items, leadIn } of lists(document)) {
      if (ORDERED_MARKER.test(items[0]!.source)) continue;
      const hasLeadIn = leadIn !== undefined && /:\s*$/.test(leadIn.text);
      items.forEach((item, index) => {
        const text = item.text;
        const end = contentEnd(text);
        const at = (start: number, stop: number): { start: number; end: number } => ({
          start: item.offset + start,
          end: item.offset + stop,
        });

        const join = TRAILING_JOIN.exec(text.slice(0, end));
        if (join && join[0].trim() !== "") {
          const start = join.index;
          findings.push({
            ...at(start + join[0].search(/\S/), end),
            message: `Do not end a bullet with "${join[0].trim()}": the lead-in line joins the bullets.`,
            fixes: edit(item, start, end, "", `Remove "${join[0].trim()}"`),
          });
        }

        const sentences = sentenceSpans(text);
        if (sentences.length > 1) {
          findings.push({
            ...at(sentences[1]!.start, end),
            message:
              "Keep each bullet to one sentence: use commas or dashes to add to it, or make it a paragraph.",
          });
        }

        if (!hasLeadIn) return;
        const first = FIRST_WORD.exec(text);
        if (first) {
          const word = first[2]!;
          const start = first[1]!.length;
          const capitalised =
            /^\p{Lu}\p{Ll}/u.test(word) ||
            (word.length === 1 && /\p{Lu}/u.test(word) && word !== "I");
          if (
            capitalised &&
            !names.has(word) &&
            !known.has(word) &&
            acronymOf(word) === undefined
          ) {
            findings.push({
              ...at(start, start + word.length),
              message: "Start bullets that follow a lead-in line with a lower-case letter.",
              fixes: edit(
                item,
                start,
                start + 1,
                word[0]!.toLowerCase(),
                `Change "${word}" to "${word[0]!.toLowerCase()}${word.slice(1)}"`,
              ),
            });
          }
        }
        const last = index === items.length - 1;
        if (last && text[end - 1] === "." && text[end - 2] !== "." && sentences.length <= 1) {
          findings.push({
            ...at(end - 1, end),
            message: "Do not put a full stop after the last bullet point.",
            fixes: edit(item, end - 1, end, "", "Remove the full stop"),
          });
        }
      });
    }
    return findings;
  },
};
