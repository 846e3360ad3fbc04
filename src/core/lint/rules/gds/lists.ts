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

/** True when `text` holds only white space from `start` to `end` (no slice to allocate). */
function blankBetween(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Space, tab, line feed, carriage return, form feed, vertical tab; others go to the regex.
    if (c === 32 || (c >= 9 && c <= 13)) continue;
    if (!/\s/.test(text[i]!)) return false;
  }
  return true;
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
    if (block.kind === "list-item") {
      const adjacent =
        previous !== undefined &&
        blankBetween(document.text, previous.offset + previous.text.length, block.offset);
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

/** A finding relative to its item, with at most one edit (also relative). */
interface ItemFinding {
  start: number;
  end: number;
  message: string;
  fix?: { start: number; end: number; text: string; title: string };
}

/**
 * What one list item contributes, whatever list it turns out to be in: the engine keeps this per
 * item text, so after an edit only the edited item is looked at again and the neighbours that
 * decide a lead-in and the last item are combined cheaply.
 */
interface ItemFacts {
  /** A numbered step ("1." or "1)"): decides for the whole list when it is the first item. */
  ordered: boolean;
  /** Findings whatever the list (a trailing "and", more than one sentence). */
  always: readonly ItemFinding[];
  /** A capital first word, reported only after a lead-in line. */
  capital?: ItemFinding;
  /** A full stop at the end, reported only for the last item after a lead-in line. */
  fullStop?: ItemFinding;
}

/** Names this rule's per-block value in the engine's memo. */
const MEMO_KEY = "gds/bullets";

const namesByContext = new WeakMap<RuleContext, ReadonlySet<string>>();

/** Words that may start a bullet with a capital: the built-in names and the option's. */
function properNames(context: RuleContext): ReadonlySet<string> {
  let names = namesByContext.get(context);
  if (!names) {
    names = new Set([...PROPER_NOUNS, ...stringListOption(context, "properNouns", [])]);
    namesByContext.set(context, names);
  }
  return names;
}

function itemFacts(item: ProseBlock, context: RuleContext): ItemFacts {
  const text = item.text;
  const end = contentEnd(text);
  const always: ItemFinding[] = [];
  const facts: ItemFacts = { ordered: ORDERED_MARKER.test(item.source), always };

  const join = TRAILING_JOIN.exec(text.slice(0, end));
  if (join && join[0].trim() !== "") {
    const start = join.index;
    always.push({
      start: start + join[0].search(/\S/),
      end,
      message: `Do not end a bullet with "${join[0].trim()}": the lead-in line joins the bullets.`,
      fix: { start, end, text: "", title: `Remove "${join[0].trim()}"` },
    });
  }

  const sentences = sentenceSpans(text);
  if (sentences.length > 1) {
    always.push({
      start: sentences[1]!.start,
      end,
      message:
        "Keep each bullet to one sentence: use commas or dashes to add to it, or make it a paragraph.",
    });
  }

  const first = FIRST_WORD.exec(text);
  if (first) {
    const word = first[2]!;
    const start = first[1]!.length;
    const capitalised =
      /^\p{Lu}\p{Ll}/u.test(word) || (word.length === 1 && /\p{Lu}/u.test(word) && word !== "I");
    if (
      capitalised &&
      !properNames(context).has(word) &&
      !knownAcronyms(context).has(word) &&
      acronymOf(word) === undefined
    ) {
      const lower = word[0]!.toLowerCase();
      facts.capital = {
        start,
        end: start + word.length,
        message: "Start bullets that follow a lead-in line with a lower-case letter.",
        fix: {
          start,
          end: start + 1,
          text: lower,
          title: `Change "${word}" to "${lower}${word.slice(1)}"`,
        },
      };
    }
  }
  if (text[end - 1] === "." && text[end - 2] !== "." && sentences.length <= 1) {
    facts.fullStop = {
      start: end - 1,
      end,
      message: "Do not put a full stop after the last bullet point.",
      fix: { start: end - 1, end, text: "", title: "Remove the full stop" },
    };
  }
  return facts;
}

function placed(item: ProseBlock, f: ItemFinding): DocumentFinding {
  const found: DocumentFinding = {
    start: item.offset + f.start,
    end: item.offset + f.end,
    message: f.message,
  };
  if (f.fix) {
    const { start, end, text, title } = f.fix;
    found.fixes = [
      { title, edits: [{ start: item.offset + start, end: item.offset + end, text }] },
    ];
  }
  return found;
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
    const facts = (item: ProseBlock): ItemFacts =>
      document.perBlock
        ? document.perBlock(item, MEMO_KEY, () => itemFacts(item, context))
        : itemFacts(item, context);
    for (const { items, leadIn } of lists(document)) {
      if (facts(items[0]!).ordered) continue;
      const hasLeadIn = leadIn !== undefined && /:\s*$/.test(leadIn.text);
      items.forEach((item, index) => {
        const { always, capital, fullStop } = facts(item);
        for (const f of always) findings.push(placed(item, f));
        if (!hasLeadIn) return;
        if (capital) findings.push(placed(item, capital));
        if (fullStop && index === items.length - 1) findings.push(placed(item, fullStop));
      });
    }
    return findings;
  },
};
