// Acronym first use: spell an abbreviation out the first time it is used in the email. This needs
// the blocks in document order, so it is a document rule.
import type {
  DocumentFinding,
  DocumentRule,
  LintDocument,
  ProseBlock,
  RuleContext,
} from "../../rule";
import { KNOWN_TECHNICAL } from "./data/acronyms";
import { az } from "./data/sources";
import { gdsMeta, runs } from "./define";
import { blockCapitals, knownAcronyms } from "./formatting";
import { matchesOf } from "./text";

// A word that starts with a capital (GOV.UK as one word), not part of a path, version or domain.
// "APP_NAME" and "SSL_CERT_FILE" are names from code, not abbreviations.
const CAPITALISED =
  /(?<![\p{L}\p{N}.\-_/@])(?:GOV\.UK|\p{Lu}[\p{L}\p{N}&]*)(?![\p{L}\p{N}_]|\.[\p{L}\p{N}])/gu;
// "DWP", "MI5", "CVEs"; and short mixed-case forms "PaaS", "PhD", "DfE".
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{N}&]*\p{Lu}[\p{Lu}\p{N}]*$/u;
const MIXED = /^\p{Lu}\p{Ll}{1,2}\p{Lu}$/u;
const ROMAN = /^[IVXLCDM]+$/;
const TEMPLATE_SLOT = /\[[\p{Lu}\p{N} _-]+\]/gu;

/** The acronym a word is ("APIs" -> "API"), or undefined when it is an ordinary word. */
export function acronymOf(word: string): string | undefined {
  if (word === "GOV.UK") return word;
  const singular = /^\p{Lu}[\p{Lu}\p{N}&]+s$/u.test(word) ? word.slice(0, -1) : word;
  if (ROMAN.test(singular)) return undefined;
  if (ALL_CAPS.test(singular) || MIXED.test(singular)) return singular;
  return undefined;
}

function wordCount(text: string): number {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/**
 * True when the abbreviation at [start, end) is explained where it stands: "PIP (Personal
 * Independence Payment)", "Personal Independence Payment (PIP)", or inside brackets with its
 * expansion, as the mandatory header does: "(GOV.UK Platform as a Service - PaaS)".
 */
export function isExplainedAt(text: string, start: number, end: number): boolean {
  const after = /^\s*\(([^()]+)\)/u.exec(text.slice(end));
  if (after && wordCount(after[1]!) >= 2) return true;
  const open = text.lastIndexOf("(", start);
  if (open === -1 || text.lastIndexOf(")", start) > open) return false;
  const close = text.indexOf(")", end);
  if (close === -1) return false;
  const inside = text.slice(open + 1, start) + text.slice(end, close);
  if (wordCount(inside) >= 2) return true;
  return wordCount(inside) === 0 && wordCount(text.slice(Math.max(0, open - 120), open)) >= 2;
}

interface Use {
  block: ProseBlock;
  start: number;
  end: number;
  explained: boolean;
}

/** An abbreviation's first use in one block, offsets relative to the block. */
interface BlockUse {
  acronym: string;
  start: number;
  end: number;
  explained: boolean;
  /** A later use in the same block is explained. */
  explainedAfter: boolean;
}

/** Blocks whose abbreviations are not counted: the subject (a title) and headings. */
const SKIPPED_KINDS = new Set(["subject", "heading"]);
const NO_USES: readonly BlockUse[] = Object.freeze([]);
/** Names this rule's per-block value in the engine's memo. */
const MEMO_KEY = "gds/acronym-first-use";

/**
 * The abbreviations one block uses that need explaining, each once (its first use there) in order.
 * Depends only on the block and the rule's context, so the engine keeps it per block text and an
 * edit recomputes only the edited block's list.
 */
function blockUses(block: ProseBlock, context: RuleContext): readonly BlockUse[] {
  if (SKIPPED_KINDS.has(block.kind)) return NO_USES;
  const known = knownAcronyms(context);
  // gds/faqs says not to use FAQs at all; spelling it out would not help.
  const faqsReported = runs(context, "gds/faqs");
  const allowed = (acronym: string): boolean =>
    known.has(acronym) ||
    context.allowWords.has(acronym.toLowerCase()) ||
    (acronym === "FAQ" && faqsReported);
  let shouting: { start: number; end: number }[] | undefined;
  let slots: { start: number; end: number }[] | undefined;
  const uses: BlockUse[] = [];
  const byAcronym = new Map<string, BlockUse>();
  for (const m of matchesOf(CAPITALISED, block.text)) {
    const acronym = acronymOf(m[0]);
    if (acronym === undefined || allowed(acronym)) continue;
    const start = m.index;
    const end = start + m[0].length;
    const inside = (s: { start: number; end: number }): boolean => s.start <= start && end <= s.end;
    // Words in a run of block capitals are shouting, not abbreviations (gds/block-capitals).
    shouting ??= blockCapitals.checkBlock(block, context);
    // A template slot in square brackets ("[BODY COPY]") is not an abbreviation: tenant rules
    // report a slot left unfilled.
    slots ??= [...matchesOf(TEMPLATE_SLOT, block.text)].map((s) => ({
      start: s.index,
      end: s.index + s[0].length,
    }));
    if (shouting.some(inside) || slots.some(inside)) continue;
    const explained = isExplainedAt(block.text, start, end);
    const seen = byAcronym.get(acronym);
    if (seen) {
      if (explained) seen.explainedAfter = true;
      continue;
    }
    const use = { acronym, start, end, explained, explainedAfter: false };
    byAcronym.set(acronym, use);
    uses.push(use);
  }
  return uses.length === 0 ? NO_USES : uses;
}

/**
 * Every abbreviation's first use in `blocks` (in order) that is not explained there. Exported on its
 * own so it can run over any ordered list of blocks. With the document's `perBlock` (the engine's
 * per-block memo), each block's uses are found once per block text and only combined here.
 */
export function unexplainedFirstUses(
  blocks: readonly ProseBlock[],
  context: RuleContext,
  memo?: Pick<LintDocument, "perBlock">,
): { acronym: string; use: Use; explainedLater: boolean }[] {
  const first = new Map<string, Use>();
  const explainedLater = new Set<string>();
  for (const block of blocks) {
    if (SKIPPED_KINDS.has(block.kind)) continue;
    const uses = memo?.perBlock
      ? memo.perBlock(block, MEMO_KEY, () => blockUses(block, context))
      : blockUses(block, context);
    for (const u of uses) {
      const seen = first.get(u.acronym);
      if (seen) {
        if (!seen.explained && (u.explained || u.explainedAfter)) explainedLater.add(u.acronym);
        continue;
      }
      first.set(u.acronym, { block, start: u.start, end: u.end, explained: u.explained });
      if (!u.explained && u.explainedAfter) explainedLater.add(u.acronym);
    }
  }
  return [...first.entries()]
    .filter(([, use]) => !use.explained)
    .map(([acronym, use]) => ({ acronym, use, explainedLater: explainedLater.has(acronym) }));
}

export const acronymFirstUse: DocumentRule = {
  meta: gdsMeta({
    name: "acronym-first-use",
    description:
      'Flags an abbreviation whose first use in the email is not spelled out, as in "Personal Independence Payment (PIP)" or "PIP (Personal Independence Payment)". The guide\'s well-known list (UK, NHS, PDF...), the `known` option and the team\'s acronyms setting are exempt; the subject and headings are not counted.',
    defaultLevel: "warning",
    source: az("abbreviations-acronyms-and-initialisms"),
    examples: {
      bad: "Apply for PIP.",
      good: "Apply for Personal Independence Payment (PIP).",
    },
    options: {
      known: {
        description:
          "Technical abbreviations your readers know without expansion. Setting it replaces this default; the guide's list (BBC, EU, NHS, UK, URL, VAT, file types...) and the team's shared acronyms setting always apply.",
        default: KNOWN_TECHNICAL,
      },
    },
  }),
  checkDocument(document: LintDocument, context: RuleContext): DocumentFinding[] {
    return unexplainedFirstUses(document.blocks, context, document).map(
      ({ acronym, use, explainedLater }) => ({
        start: use.block.offset + use.start,
        end: use.block.offset + use.end,
        message:
          `Spell out "${acronym}" the first time you use it, with the abbreviation in brackets: "Full name (${acronym})".` +
          (explainedLater ? " You explain it later: move that to its first use." : ""),
      }),
    );
  },
};
