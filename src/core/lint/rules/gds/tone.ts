// The right tone: no "please", gender-neutral words, and "can" for what people can do.
import type { BlockFinding, BlockRule } from "../../rule";
import { CLEAR_LANGUAGE, az } from "./data/sources";
import { gdsRule } from "./define";
import { isUpper, matchCase, matchesOf } from "./text";
import { compileWordList, findWords } from "./word-list";

const PLEASE = /(?<![\p{L}])please(?:\s+note(?:\s*:|\s+that)?)?(?![\p{L}])/giu;

function pleaseFinding(text: string, start: number, end: number): BlockFinding {
  const found = text.slice(start, end);
  const finding: BlockFinding = {
    start,
    end,
    message: `You usually do not need "${found}": say what to do ("Contact us", not "Please contact us").`,
  };
  const rest = /^(\s+)(\p{L})/u.exec(text.slice(end));
  if (rest) {
    // "Please contact us" -> "Contact us": drop the words and the space, and give the next word
    // the capital letter "Please" had.
    const letter = rest[2]!;
    finding.end = end + rest[1]!.length + 1;
    finding.replacement = isUpper(found[0]) ? letter.toUpperCase() : letter;
    finding.fixTitle = `Remove "${found}"`;
    return finding;
  }
  const before = /,\s*$/.exec(text.slice(0, start));
  if (before && /^[.!?]/.test(text.slice(end))) {
    // "Contact us, please." -> "Contact us."
    finding.start = before.index;
    finding.replacement = "";
    finding.fixTitle = `Remove ", ${found}"`;
  }
  return finding;
}

export const please = gdsRule({
  name: "please",
  needs: /please/i,
  description: 'Flags "please" and "please note": instructions are clearer without them.',
  defaultLevel: "warning",
  source: az("please"),
  examples: { bad: "Please contact us.", good: "Contact us." },
  check: (block) =>
    [...matchesOf(PLEASE, block.text)].map((m) =>
      pleaseFinding(block.text, m.index, m.index + m[0].length),
    ),
});

const genderList = compileWordList([
  {
    forms: ["he or she", "she or he", "he/she", "she/he", "s/he", "(s)he"],
    message: (found) => `Use "they" instead of "${found}".`,
  },
  {
    forms: ["his or her", "her or his", "his/her", "her/his"],
    message: (found) => `Use "their" instead of "${found}".`,
    fixes: { "his or her": "their", "her or his": "their", "his/her": "their", "her/his": "their" },
  },
  {
    forms: ["him or her", "her or him", "him/her", "her/him"],
    message: (found) => `Use "them" instead of "${found}".`,
    fixes: { "him or her": "them", "her or him": "them", "him/her": "them", "her/him": "them" },
  },
  {
    forms: ["himself or herself", "herself or himself", "himself/herself"],
    message: (found) => `Use "themselves" instead of "${found}".`,
    fixes: {
      "himself or herself": "themselves",
      "herself or himself": "themselves",
      "himself/herself": "themselves",
    },
  },
  {
    forms: ["males", "females"],
    message: (found) => `Say "${/^f/i.test(found) ? "women" : "men"}" instead of "${found}".`,
    fixes: { males: "men", females: "women" },
  },
]);

export const genderNeutral = gdsRule({
  name: "gender-neutral",
  needs: /\b(?:he|she|his|him|her|himself|herself|males|females)\b/i,
  description:
    'Flags "he or she", "his/her" and "males/females": use "they", "their", "men" and "women".',
  defaultLevel: "warning",
  source: az("gender"),
  examples: { bad: "If he or she can apply.", good: "If they can apply." },
  check: (block) => findWords(genderList, block.text),
});

const MAY_BE_ABLE = /(?<![\p{L}])may\s+be\s+able\s+to(?![\p{L}])/giu;

export const mayBeAble = gdsRule({
  name: "may-be-able",
  needs: /able/i,
  description: 'Flags "may be able to": say "can" for what people can do.',
  defaultLevel: "warning",
  source: CLEAR_LANGUAGE,
  examples: { bad: "You may be able to claim.", good: "You can claim." },
  check: (block) =>
    [...matchesOf(MAY_BE_ABLE, block.text)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      message: 'Say "can" instead of "may be able to" (and "must" for what people have to do).',
      replacement: matchCase(m[0], "can"),
    })),
});

export const toneRules: BlockRule[] = [please, genderNeutral, mayBeAble];
