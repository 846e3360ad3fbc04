// Punctuation and symbols: ampersands, eg/ie/etc, full stops in abbreviations, exclamation marks,
// semicolons, double spaces, "(s)", slashes for "or", and contractions.
import type { BlockFinding, BlockRule } from "../../rule";
import { CLEAR_LANGUAGE, REVIEW_CHECKLIST, az } from "./data/sources";
import { gdsRule, stringListOption } from "./define";
import { matchCase, matchesOf } from "./text";

// An ampersand that is not the start of an HTML entity (&amp; &#38;).
const AMPERSAND = /&(?![#\p{L}\p{N}]+;)/gu;

export const ampersand = gdsRule({
  name: "ampersand",
  needs: "&",
  description:
    'Flags "&" in text: write "and" (names written with "&", like M&S, and names in the allow option are fine).',
  defaultLevel: "warning",
  source: az("ampersands"),
  examples: { bad: "Terms & conditions", good: "Terms and conditions" },
  options: {
    allow: {
      description: 'Organisation names that are registered with "&", e.g. "Marks & Spencer".',
      default: [],
    },
  },
  check: (block, context) => {
    const text = block.text;
    const allowed = stringListOption(context, "allow", []);
    const findings: BlockFinding[] = [];
    for (const m of matchesOf(AMPERSAND, text)) {
      const i = m.index;
      const before = text[i - 1] ?? "";
      const after = text[i + 1] ?? "";
      // Capitals either side with no space is an initialism name: M&S, AT&T, P&O.
      if (/\p{Lu}/u.test(before) && /\p{Lu}/u.test(after)) continue;
      if (allowed.some((name) => nameCovers(text, i, name))) continue;
      const finding: BlockFinding = {
        start: i,
        end: i + 1,
        message: 'Write "and" instead of "&".',
      };
      if (before === " " && after === " ") finding.replacement = "and";
      else if (/\p{Ll}/u.test(before) && /\p{Ll}/u.test(after)) finding.replacement = " and ";
      findings.push(finding);
    }
    return findings;
  },
});

/** True when `name` (which contains "&") sits in `text` with its "&" at `index`. */
function nameCovers(text: string, index: number, name: string): boolean {
  const at = name.indexOf("&");
  if (at === -1) return false;
  return text.slice(index - at, index - at + name.length) === name;
}

// eg, e.g., ie, i.e. and etc, as whole words. Case matters: "IE" is a browser.
const EG_IE_ETC =
  /(?<![\p{L}\p{N}./])(?:[eE]\.?g\.?|[iI]\.e\.?|ie\.?|[eE]tc\.?)(?![\p{L}\p{N}]|\.[\p{L}\p{N}])/gu;

export const egIeEtc = gdsRule({
  name: "eg-ie-etc",
  description:
    'Flags eg, ie and etc: write "for example" (or "such as", "like", "including") and "that is"; list the things instead of "etc".',
  defaultLevel: "warning",
  source: az("eg-etc-and-ie"),
  examples: { bad: "Use forms, e.g. P45.", good: "Use forms, for example P45." },
  check: (block) =>
    [...matchesOf(EG_IE_ETC, block.text)].map((m) => {
      const found = m[0];
      const lower = found.toLowerCase().replace(/\./g, "");
      const finding: BlockFinding = { start: m.index, end: m.index + found.length, message: "" };
      if (lower === "eg") {
        finding.message = `Write "for example" (or "such as", "like", "including") instead of "${found}".`;
        finding.replacement = matchCase(found, "for example");
      } else if (lower === "ie") {
        finding.message = `Write "that is" or "meaning" instead of "${found}".`;
        finding.replacement = matchCase(found, "that is");
      } else {
        finding.message = `Do not use "${found}": list everything, or start the list with "for example" or "including".`;
      }
      return finding;
    }),
});

// Two or more capitals each followed by a full stop (B.B.C., U.K.), and titles with a full stop.
const DOTTED_INITIALS = /(?<![\p{L}\p{N}.])(?:\p{Lu}\.){2,}(?![\p{L}\p{N}])/gu;
const DOTTED_TITLES = /(?<![\p{L}\p{N}.])(?:Rt|Hon|Mr|Mrs|Ms|Dr|Prof)\.(?=\s+\p{Lu})/gu;

export const abbrFullStops = gdsRule({
  name: "abbr-full-stops",
  needs: ".",
  description:
    'Flags full stops in abbreviations and titles ("B.B.C.", "Rt. Hon."): write "BBC", "Rt Hon".',
  defaultLevel: "warning",
  source: az("abbreviations-acronyms-and-initialisms"),
  examples: { bad: "Contact the B.B.C. today.", good: "Contact the BBC today." },
  check: (block) => {
    const text = block.text;
    const findings: BlockFinding[] = [];
    for (const m of matchesOf(DOTTED_INITIALS, text)) {
      const end = m.index + m[0].length;
      // At the end of the block the last full stop also ends the sentence: keep it.
      const endsBlock = /^\s*$/.test(text.slice(end));
      findings.push({
        start: m.index,
        end,
        message: `Write abbreviations without full stops: "${m[0].replace(/\./g, "")}".`,
        replacement: m[0].replace(/\./g, "") + (endsBlock ? "." : ""),
      });
    }
    for (const m of matchesOf(DOTTED_TITLES, text)) {
      findings.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `Write "${m[0].slice(0, -1)}" without a full stop.`,
        replacement: m[0].slice(0, -1),
      });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
});

// A run of ! (with any ?), not the start of image syntax ![...] or "!=".
const EXCLAMATION = /[?!]*!+[?!]*(?![[=])/g;

export const exclamation = gdsRule({
  name: "exclamation",
  needs: "!",
  description: "Flags exclamation marks: GOV.UK content does not use them.",
  defaultLevel: "warning",
  source: REVIEW_CHECKLIST,
  examples: { bad: "Apply now!", good: "Apply now." },
  check: (block) =>
    [...matchesOf(EXCLAMATION, block.text)].map((m) => {
      const finding: BlockFinding = {
        start: m.index,
        end: m.index + m[0].length,
        message: "Do not use exclamation marks.",
      };
      // Only at the end of a sentence is a full stop (or the question mark) an exact swap.
      if (/^(?:["'”’)\]]*)(?:\s|$)/.test(block.text.slice(finding.end))) {
        finding.replacement = m[0].includes("?") ? "?" : ".";
      }
      return finding;
    }),
});

// A semicolon that does not end an HTML entity (&amp;).
const SEMICOLON = /(?<!&#?[\p{L}\p{N}]+);/gu;

export const semicolon = gdsRule({
  name: "semicolon",
  needs: ";",
  description: "Flags semicolons: split the sentence in two instead.",
  defaultLevel: "warning",
  source: az("semicolons"),
  examples: {
    bad: "You must pay; otherwise you get a fine.",
    good: "You must pay. If you do not, you get a fine.",
  },
  check: (block) =>
    [...matchesOf(SEMICOLON, block.text)]
      // A semicolon ending a bullet is gds/bullets' to report, with its fix.
      .filter(
        (m) =>
          !(
            block.kind === "list-item" && /^\s*(?:and|or)?\s*$/i.test(block.text.slice(m.index + 1))
          ),
      )
      .map((m) => ({
        start: m.index,
        end: m.index + 1,
        message: "Do not use semicolons: split this into two sentences.",
      })),
});

const DOUBLE_SPACE = /(?<=[.!?]["'”’)]?) {2,}(?=\S)/g;

export const singleSpace = gdsRule({
  name: "single-space",
  needs: "  ",
  description: "Flags more than one space after a full stop, question mark or exclamation mark.",
  defaultLevel: "warning",
  source: az("spaces"),
  examples: {
    bad: "Apps will restart.  You do not need to do anything.",
    good: "Apps will restart. You do not need to do anything.",
  },
  checksQuotedText: true,
  check: (block) =>
    [...matchesOf(DOUBLE_SPACE, block.text)]
      // Masked code or placeholders are spaces in `text` too: only real spaces count.
      .filter((m) => /^ +$/.test(block.source.slice(m.index, m.index + m[0].length)))
      .filter((m) => block.source[m.index - 1] === block.text[m.index - 1])
      .map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        message: "Use one space after a full stop.",
        replacement: " ",
      })),
});

const PLURAL_BRACKETS = /(?<![\p{L}\p{N}])(\p{L}+)\((e?s)\)(?![\p{L}])/gu;

export const pluralBrackets = gdsRule({
  name: "plural-brackets",
  needs: "(",
  description: 'Flags "(s)" for singular-or-plural: use the plural.',
  defaultLevel: "warning",
  source: az("brackets"),
  examples: { bad: "Upload your document(s).", good: "Upload your documents." },
  check: (block) =>
    [...matchesOf(PLURAL_BRACKETS, block.text)].map((m) => {
      const plural = `${m[1]}${m[2]}`;
      return {
        start: m.index,
        end: m.index + m[0].length,
        message: `Write the plural, "${plural}", instead of "${m[0]}".`,
        replacement: plural,
      };
    }),
});

// Words joined by slashes ("and/or", "yes/no", "CF/stemcell/buildpack"), not paths or URLs.
const SLASHED =
  /(?<![\p{L}\p{N}./:@_\-\\])\p{L}+(?:\/\p{L}+)+(?![\p{L}\p{N}/_\\]|\.[\p{L}\p{N}])/gu;

/** Slashed pairs that are terms in their own right, or that other rules report. */
const SLASHED_TERMS = new Set([
  "n/a",
  "s/he",
  "he/she",
  "she/he",
  "his/her",
  "her/his",
  "him/her",
  "her/him",
  "himself/herself",
  "tcp/ip",
  "i/o",
  "ci/cd",
  "km/h",
  "a/b",
  "c/o",
  "w/c",
  "w/e",
  "p/x",
  "ux/ui",
  "ui/ux",
]);

export const slashOr = gdsRule({
  name: "slash-or",
  needs: "/",
  description: 'Flags a slash used to mean "or" ("and/or", "yes/no"): write "or".',
  defaultLevel: "warning",
  source: az("or"),
  examples: { bad: "Tell us and/or your manager.", good: "Tell us, your manager, or both." },
  check: (block) =>
    [...matchesOf(SLASHED, block.text)]
      .filter((m) => !SLASHED_TERMS.has(m[0].toLowerCase()))
      .filter((m) => !/^\p{L}\/\p{L}$/u.test(m[0]))
      .map((m) => ({
        start: m.index,
        end: m.index + m[0].length,
        message:
          m[0].toLowerCase() === "and/or"
            ? 'Do not use "and/or": write "or", or "X, Y, or both".'
            : `Do not use a slash to mean "or": write "${m[0].split("/").join(" or ")}" or rephrase.`,
      })),
});

const NEGATIVE_EXPANSIONS: Readonly<Record<string, string>> = {
  "can't": "cannot",
  "won't": "will not",
  "shan't": "shall not",
  "don't": "do not",
  "doesn't": "does not",
  "didn't": "did not",
  "isn't": "is not",
  "aren't": "are not",
  "wasn't": "was not",
  "weren't": "were not",
  "hasn't": "has not",
  "haven't": "have not",
  "hadn't": "had not",
  "shouldn't": "should not",
  "wouldn't": "would not",
  "couldn't": "could not",
  "mustn't": "must not",
  "needn't": "need not",
  "mightn't": "might not",
  "oughtn't": "ought not",
  "daren't": "dare not",
};

const NEGATIVE_CONTRACTION = /(?<![\p{L}])\p{L}+n['’]t(?![\p{L}])/gu;

export const negativeContractions = gdsRule({
  name: "negative-contractions",
  needs: /n['’]t/i,
  description:
    "Flags negative contractions (can't, don't): they are harder to read; positive ones (you'll) are fine.",
  defaultLevel: "warning",
  source: az("contractions"),
  examples: { bad: "You can't apply.", good: "You cannot apply." },
  check: (block) =>
    [...matchesOf(NEGATIVE_CONTRACTION, block.text)].map((m) => {
      const expansion = NEGATIVE_EXPANSIONS[m[0].toLowerCase().replace("’", "'")];
      const finding: BlockFinding = {
        start: m.index,
        end: m.index + m[0].length,
        message: expansion
          ? `Write "${expansion}" instead of "${m[0]}".`
          : `Do not use the negative contraction "${m[0]}".`,
      };
      if (expansion) finding.replacement = matchCase(m[0], expansion);
      return finding;
    }),
});

const COMPLEX_CONTRACTION = /(?<![\p{L}])(should|could|would|might|must|they)['’]ve(?![\p{L}])/giu;

export const complexContractions = gdsRule({
  name: "complex-contractions",
  needs: /['’]ve/i,
  description:
    "Flags complex contractions (should've, could've, would've, they've): write the words in full.",
  defaultLevel: "warning",
  source: CLEAR_LANGUAGE,
  examples: { bad: "You should've applied.", good: "You should have applied." },
  check: (block) =>
    [...matchesOf(COMPLEX_CONTRACTION, block.text)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      message: `Write "${m[1]} have" instead of "${m[0]}".`,
      replacement: `${m[1]} have`,
    })),
});

export const punctuationRules: BlockRule[] = [
  ampersand,
  egIeEtc,
  abbrFullStops,
  exclamation,
  semicolon,
  singleSpace,
  pluralBrackets,
  slashOr,
  negativeContractions,
  complexContractions,
];
