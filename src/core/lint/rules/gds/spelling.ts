// UK English: -ise and -yse, not -ize and -yze; British spellings of common words; "fill in".
import type { BlockFinding, BlockRule } from "../../rule";
import { az } from "./data/sources";
import { gdsRule, runs } from "./define";
import { isSentenceStart, isUpper, matchCase, matchesOf } from "./text";
import { compileWordList, findWords, type WordEntry } from "./word-list";

// A word with -ize/-yze (and -izes, -ized, -izing, -ization, -izer, -izable...).
const IZE =
  /(?<![\p{L}\p{N}_\-./])(\p{L}*?)([iy])z(e|es|ed|ing|er|ers|ation|ations|ational|able)(?![\p{L}\p{N}]|-\p{L})/giu;

/** Words spelled with a z in UK English too. */
const Z_WORDS = new Set([
  "size",
  "sizes",
  "sized",
  "sizing",
  "sizer",
  "resize",
  "resizes",
  "resized",
  "resizing",
  "downsize",
  "downsized",
  "downsizing",
  "upsize",
  "oversize",
  "oversized",
  "outsize",
  "outsized",
  "supersize",
  "supersized",
  "undersize",
  "undersized",
  "prize",
  "prizes",
  "prized",
  "seize",
  "seizes",
  "seized",
  "seizing",
  "capsize",
  "capsized",
  "capsizing",
  "baize",
  "maize",
  "assize",
  "assizes",
  "synthesizer",
  "synthesizers",
]);

// "utilize" is gds/words-to-avoid's: "use" is the fix, not "utilise".
const LEFT_TO_OTHER_RULES = /^utiliz/i;

const US_SPELLINGS: Readonly<Record<string, string>> = {
  color: "colour",
  colors: "colours",
  colored: "coloured",
  favor: "favour",
  favors: "favours",
  favorite: "favourite",
  favorites: "favourites",
  behavior: "behaviour",
  behaviors: "behaviours",
  honor: "honour",
  center: "centre",
  centers: "centres",
  centered: "centred",
  catalog: "catalogue",
  catalogs: "catalogues",
  canceled: "cancelled",
  canceling: "cancelling",
  traveled: "travelled",
  traveling: "travelling",
  modeling: "modelling",
  modeled: "modelled",
  labeled: "labelled",
  labeling: "labelling",
  fulfill: "fulfil",
  fulfills: "fulfils",
  fulfillment: "fulfilment",
  enrollment: "enrolment",
  gray: "grey",
  defense: "defence",
  offense: "offence",
  aluminum: "aluminium",
  "fill out": "fill in",
  "fills out": "fills in",
  "filled out": "filled in",
  "filling out": "filling in",
};

const usList = compileWordList(
  Object.entries(US_SPELLINGS).map(([form, uk]): WordEntry => ({
    forms: [form],
    message: (found) => `Use UK English: "${uk}", not "${found}".`,
    fixes: { [form]: uk },
    // A capital mid-sentence is a name ("Gray", "Center Parcs").
    skip: (text, start) => isUpper(text[start]) && !isSentenceStart(text, start),
  })),
);

export const ukSpelling = gdsRule({
  name: "uk-spelling",
  description:
    'Flags American spellings: -ize and -yze (organise, analyse), color, center, canceled..., and "fill out" (fill in). Names with a capital are left alone.',
  defaultLevel: "warning",
  source: az("american-and-uk-english"),
  examples: {
    bad: "Organize your apps and fill out the form.",
    good: "Organise your apps and fill in the form.",
  },
  check: (block, context) => {
    const text = block.text;
    const findings: BlockFinding[] = [];
    for (const m of matchesOf(IZE, text)) {
      const word = m[0];
      if (Z_WORDS.has(word.toLowerCase())) continue;
      if (LEFT_TO_OTHER_RULES.test(word) && runs(context, "gds/words-to-avoid")) continue;
      if (m[1]!.length < 2) continue;
      // A capital mid-sentence is a name ("Optimizely", "Authorization" as a header's name).
      if (isUpper(word[0]) && !isSentenceStart(text, m.index)) continue;
      const at = m[1]!.length;
      const s = word[at + 1] === "Z" ? "S" : "s";
      const uk = `${word.slice(0, at)}${m[2]}${s}${word.slice(at + 2)}`;
      findings.push({
        start: m.index,
        end: m.index + word.length,
        message: `Use UK English: "${uk}", not "${word}".`,
        replacement: matchCase(word, uk),
      });
    }
    findings.push(...findWords(usList, text));
    return findings.sort((a, b) => a.start - b.start);
  },
});

export const spellingRules: BlockRule[] = [ukSpelling];
