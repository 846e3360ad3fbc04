// Numbers: ranges with "to", ages, numerals, numbers at the start of a sentence, thousands
// separators, leading zeros, per cent, money, millions and billions, units and N/A.
//
// Identifiers are not quantities: version strings (1.2.3), phone and sort codes (0800-123-456),
// ISO dates, years, ports and ticket numbers are left alone by every rule here.
import type { BlockFinding, BlockRule } from "../../rule";
import {
  IDENTIFIER_WORDS,
  MONTH_PATTERN,
  NUMBER_WORD_VALUES,
  WEEKDAY_PATTERN,
  numberInWords,
} from "./data/numbers";
import { az } from "./data/sources";
import { gdsRule, runs } from "./define";
import {
  capitalise,
  isSentenceStart,
  isUpper,
  matchesOf,
  previousWord,
  sentenceSpans,
} from "./text";

// ---- Ranges -------------------------------------------------------------------------------------

// A number or time ("500", "2,000", "1.5", "10am", "9:30"), then a hyphen or dash, then another.
// Neither side may touch another digit, letter, hyphen or dot, so "0800-123-456", "2017-03-17",
// "COVID-19" and "1.2.3-1.2.4" are not ranges.
const NUMBER_RANGE =
  /(?<![\p{L}\p{N}.,:/#_-])(£?\d[\d,]*(?:[.:]\d+)?(?:\s?(?:am|pm))?)(\s*[-–—]\s*)(£?\d[\d,]*(?:[.:]\d+)?(?:\s?(?:am|pm))?)(?![\p{L}\p{N}]|[.,:/-]\d|-)/gu;
const DAY_RANGE = new RegExp(
  `(?<![\\p{L}])(${WEEKDAY_PATTERN}|${MONTH_PATTERN})(\\s*[-–—]\\s*)(${WEEKDAY_PATTERN}|${MONTH_PATTERN})(?![\\p{L}])`,
  "gu",
);
const AGE_AFTER = /^\s*-?\s*(?:years?|year-olds?)(?![\p{L}])/u;

export const rangeTo = gdsRule({
  name: "range-to",
  needs: /[-–—]/,
  description:
    'Flags hyphens and dashes in number, time, day and month ranges: write "to" ("500 to 900", "Monday to Friday").',
  defaultLevel: "warning",
  source: az("numbers"),
  examples: {
    bad: "Call 500-900 times, Monday - Friday.",
    good: "Call 500 to 900 times, Monday to Friday.",
  },
  check: (block, context) => {
    const text = block.text;
    const ages = runs(context, "gds/ages");
    const findings: BlockFinding[] = [];
    for (const m of matchesOf(NUMBER_RANGE, text)) {
      const [whole, from, , to] = m as unknown as [string, string, string, string];
      // Ages ("4-16 years") are gds/ages' to report, when it runs.
      if (ages && AGE_AFTER.test(text.slice(m.index + whole.length))) continue;
      if (/\d\.\d+\.\d/.test(whole)) continue;
      findings.push(rangeFinding(m.index, whole, from, to));
    }
    for (const m of matchesOf(DAY_RANGE, text)) {
      const [whole, from, , to] = m as unknown as [string, string, string, string];
      findings.push(rangeFinding(m.index, whole, from, to));
    }
    return findings.sort((a, b) => a.start - b.start);
  },
});

function rangeFinding(start: number, whole: string, from: string, to: string): BlockFinding {
  const replacement = `${from} to ${to}`;
  return {
    start,
    end: start + whole.length,
    message: `Use "to" in ranges: "${replacement}".`,
    replacement,
  };
}

// ---- Ages ---------------------------------------------------------------------------------------

const YEAR_OLD = /(?<![\p{L}\p{N}])(\d+)-year-olds?(?![\p{L}])/gu;
const OVER_UNDER = /(?<![\p{L}])(over|under)[- ](\d{1,2})s(?![\p{L}])/giu;
const AGE_RANGE = /(?<![\p{L}\p{N}.,:/-])(\d+)\s*[-–—]\s*(\d+)(\s*-?\s*)(years?)(?![\p{L}])/gu;

export const ages = gdsRule({
  name: "ages",
  needs: /\d/,
  description:
    'Flags hyphens in ages ("16-year-olds", "4-16 years") and "over 50s": write "aged 16", "aged 4 to 16 years", "aged 50 and over".',
  defaultLevel: "warning",
  source: az("ages"),
  examples: {
    bad: "Children 4-16 years can apply.",
    good: "Children aged 4 to 16 years can apply.",
  },
  check: (block) => {
    const text = block.text;
    const findings: BlockFinding[] = [];
    for (const m of matchesOf(YEAR_OLD, text)) {
      findings.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `Do not use hyphens in ages: say "aged ${m[1]}" (for example "students aged ${m[1]}").`,
      });
    }
    for (const m of matchesOf(OVER_UNDER, text)) {
      const over = m[1]!.toLowerCase() === "over";
      findings.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `Say "aged ${m[2]} and ${over ? "over" : "under"}" instead of "${m[0]}".`,
      });
    }
    for (const m of matchesOf(AGE_RANGE, text)) {
      const aged = /aged\s*$/i.test(text.slice(0, m.index));
      const replacement = `${m[1]} to ${m[2]} ${m[4]}`;
      findings.push({
        start: m.index,
        end: m.index + m[0].length,
        message: aged
          ? `Write age ranges with "to": "aged ${replacement}".`
          : `Write age ranges with "to" and "aged": "aged ${replacement}" (a length of time just takes "to").`,
        replacement,
      });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
});

// ---- Numerals -----------------------------------------------------------------------------------

const TENS_WORDS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
const UNIT_WORDS = "one|two|three|four|five|six|seven|eight|nine";
// A number word from two to ninety-nine ("twenty-one", "twenty one"). "one" on its own is fine by
// the guide, and a word joined to another by a hyphen ("two-factor", "two-thirds") is a compound.
const NUMBER_WORD = new RegExp(
  `(?<![\\p{L}-])(?:(?:${TENS_WORDS})(?:[- ](?:${UNIT_WORDS}))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?![\\p{L}]|-\\p{L})`,
  "giu",
);
// "one or two", "two or three": the guide keeps words in common expressions.
const IDIOM_AFTER = /^\s+or\s+(?:one|two|three|four|five|six|seven|eight|nine|ten)(?![\p{L}])/iu;
const IDIOM_BEFORE = /(?:one|two|three|four|five|six|seven|eight|nine|ten)\s+or\s+$/iu;

function wordValue(words: string): number | undefined {
  let total = 0;
  for (const part of words.toLowerCase().split(/[- ]/)) {
    const value = NUMBER_WORD_VALUES.get(part);
    if (value === undefined) return undefined;
    total += value;
  }
  return total;
}

export const numerals = gdsRule({
  name: "numerals",
  description:
    'Flags numbers written as words (except "one", common phrases like "one or two", and at the start of a sentence): use numerals.',
  defaultLevel: "warning",
  source: az("numbers"),
  examples: { bad: "You need three documents.", good: "You need 3 documents." },
  check: (block) => {
    const text = block.text;
    const findings: BlockFinding[] = [];
    for (const m of matchesOf(NUMBER_WORD, text)) {
      const end = m.index + m[0].length;
      // At a sentence start a number is written in words; a capital mid-sentence is a name.
      if (isSentenceStart(text, m.index) || isUpper(text[m.index])) continue;
      if (
        IDIOM_AFTER.test(text.slice(end)) ||
        IDIOM_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))
      )
        continue;
      const value = wordValue(m[0]);
      if (value === undefined) continue;
      findings.push({
        start: m.index,
        end,
        message: `Use numerals for numbers: "${value}" instead of "${m[0]}".`,
        replacement: String(value),
      });
    }
    return findings;
  },
});

// ---- A number starting a sentence ---------------------------------------------------------------

const LEADING_NUMBER = /^£?\d[\d,]*(?:\.\d+)?/;
// Times, dates and versions at a sentence start are labels ("9am to 5pm", "17 March: ...").
const LABEL_AFTER = new RegExp(
  `^(?:[:.]\\d|\\s*(?:am|pm)(?![\\p{L}])|\\s+(?:${MONTH_PATTERN})(?![\\p{L}])|\\.\\d+\\.)`,
  "iu",
);

export const numberStartsSentence = gdsRule({
  name: "number-starts-sentence",
  needs: /\d/,
  description:
    "Flags a sentence that starts with a numeral in body text (not headings or bullets): write the number in words.",
  defaultLevel: "warning",
  source: az("numbers"),
  examples: { bad: "34 people came.", good: "Thirty-four people came." },
  check: (block) => {
    if (block.kind !== "paragraph" && block.kind !== "inset") return [];
    const text = block.text;
    const findings: BlockFinding[] = [];
    for (const sentence of sentenceSpans(text)) {
      let start = sentence.start;
      while (/["'‘“(]/.test(text[start] ?? "")) start++;
      const m = LEADING_NUMBER.exec(text.slice(start, sentence.end));
      if (!m) continue;
      const end = start + m[0].length;
      if (LABEL_AFTER.test(text.slice(end, end + 16))) continue;
      const finding: BlockFinding = {
        start,
        end,
        message: `Write a number that starts a sentence in words, or rewrite the sentence so it does not start with "${m[0]}".`,
      };
      const words = /^\d{1,2}$/.test(m[0]) ? numberInWords(Number(m[0])) : undefined;
      if (words !== undefined && /^\s+\p{L}/u.test(text.slice(end)))
        finding.replacement = capitalise(words);
      findings.push(finding);
    }
    return findings;
  },
});

// ---- Thousands separators -----------------------------------------------------------------------

const UNIT_SUFFIX = /^(?:kg|mg|g|km|cm|mm|m|ml|l|kb|mb|gb|tb|k|p|px|ms|s|%)(?![\p{L}])/iu;
const LONG_NUMBER = /(?<![\p{L}\p{N}.,:/#_\-\\])(£|\$|€)?(\d{4,})(?![\p{N}]|[.,:/_\-\\]\d)/gu;

function withCommas(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export const thousandsSeparator = gdsRule({
  name: "thousands-separator",
  needs: /\d{4}/,
  description:
    "Flags numbers of 1,000 and over written without commas (not years, versions, phone numbers, ports or other identifiers).",
  defaultLevel: "warning",
  source: az("numbers"),
  examples: { bad: "We sent 9000 emails.", good: "We sent 9,000 emails." },
  check: (block) => {
    const text = block.text;
    const findings: BlockFinding[] = [];
    for (const m of matchesOf(LONG_NUMBER, text)) {
      const currency = m[1] ?? "";
      const digits = m[2]!;
      const start = m.index + currency.length;
      const end = start + digits.length;
      const after = text.slice(end, end + 4);
      // Phone numbers, codes and IDs start with 0; a letter after is a hash or a name (1234abc).
      if (digits.startsWith("0")) continue;
      // A group of a spaced-out phone or account number ("0800 123 4567").
      if (/\d[ \t]$/.test(text.slice(Math.max(0, m.index - 2), m.index)) || /^[ \t]\d/.test(after))
        continue;
      if (/^\p{L}/u.test(after) && !UNIT_SUFFIX.test(after)) continue;
      if (!currency && digits.length === 4 && Number(digits) >= 1900 && Number(digits) <= 2099)
        continue;
      if (!currency && IDENTIFIER_WORDS.has(previousWord(text, m.index).toLowerCase())) continue;
      const replacement = withCommas(digits);
      findings.push({
        start,
        end,
        message: `Use a comma in numbers over 999: "${replacement}".`,
        replacement,
      });
    }
    return findings;
  },
});

// ---- Leading zero -------------------------------------------------------------------------------

const BARE_DECIMAL = /(?<=^|[\s(£$€])\.\d+(?![\p{L}\p{N}.])/gu;

export const leadingZero = gdsRule({
  name: "leading-zero",
  needs: /\.\d/,
  description: 'Flags decimals with no zero before the point (".5"): write "0.5".',
  defaultLevel: "warning",
  source: az("numbers"),
  examples: { bad: "It costs .5 pence.", good: "It costs 0.5 pence." },
  check: (block) =>
    [...matchesOf(BARE_DECIMAL, block.text)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      message: `Put a zero before the decimal point: "0${m[0]}".`,
      replacement: `0${m[0]}`,
    })),
});

// ---- Per cent -----------------------------------------------------------------------------------

const NUMBER_PER_CENT =
  /(?<![\p{L}\p{N}.])(\d[\d,]*(?:\.\d+)?)(?:\s*(?:per[\s-]?cent)(?![\p{L}])|\s+%)/giu;
const PERCENT_WORD = /(?<![\p{L}])percent(?![\p{L}])/giu;

export const percent = gdsRule({
  name: "percent",
  needs: /per|%/i,
  description:
    'Flags "50 per cent" and "50 percent" (write "50%") and "percent" in text (write "per cent").',
  defaultLevel: "warning",
  source: az("per-cent"),
  examples: { bad: "Over 50 percent of apps restarted.", good: "Over 50% of apps restarted." },
  check: (block) => {
    const text = block.text;
    const findings: BlockFinding[] = [];
    for (const m of matchesOf(NUMBER_PER_CENT, text)) {
      findings.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `Use the % sign with a number: "${m[1]}%".`,
        replacement: `${m[1]}%`,
      });
    }
    for (const m of matchesOf(PERCENT_WORD, text)) {
      if (findings.some((f) => f.start <= m.index && m.index < f.end)) continue;
      findings.push({
        start: m.index,
        end: m.index + m[0].length,
        message: 'Write "per cent" as two words (or "%" after a number).',
        replacement: m[0][0] === "P" ? "Per cent" : "per cent",
      });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
});

// ---- Money --------------------------------------------------------------------------------------

const ZERO_PENCE = /£(\d[\d,]*)\.00(?![\p{N}])/gu;

export const money = gdsRule({
  name: "money",
  needs: ".00",
  description: 'Flags "£75.00": leave out ".00" unless the amounts around it have pence.',
  defaultLevel: "warning",
  source: az("money"),
  examples: { bad: "It costs £75.00.", good: "It costs £75." },
  check: (block) =>
    [...matchesOf(ZERO_PENCE, block.text)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      message: `Do not add ".00" to whole pounds: "£${m[1]}".`,
      replacement: `£${m[1]}`,
    })),
});

// ---- Millions and billions ----------------------------------------------------------------------

// "£4m", "£1.4bn", "4bn": "m" and "b" only after £ (otherwise "4m" is metres).
const SHORT_SCALE = /(?<![\p{L}\p{N}.,])(£?)(\d[\d,]*(?:\.\d+)?)\s?(bn|m|b)(?![\p{L}\p{N}])/gu;
const FRACTION_OF = /(?<![\p{L}\p{N}.,])£0\.(\d+)\s+(million|billion)(?![\p{L}])/gu;

export const millionBillion = gdsRule({
  name: "million-billion",
  needs: /\d/,
  description:
    'Flags "£4m" and "£1.4bn" (write "£4 million", "£1.4 billion") and "£0.4 million" (write "£400,000").',
  defaultLevel: "warning",
  source: az("millions"),
  examples: { bad: "It cost £4m.", good: "It cost £4 million." },
  check: (block) => {
    const text = block.text;
    const findings: BlockFinding[] = [];
    for (const m of matchesOf(SHORT_SCALE, text)) {
      const [whole, pound, amount, unit] = m as unknown as [string, string, string, string];
      if (unit !== "bn" && !pound) continue;
      const word = unit === "m" ? "million" : "billion";
      const replacement = `${pound}${amount} ${word}`;
      findings.push({
        start: m.index,
        end: m.index + whole.length,
        message: `Write "${word}" in full: "${replacement}".`,
        replacement,
      });
    }
    for (const m of matchesOf(FRACTION_OF, text)) {
      const decimals = m[1]!;
      const places = m[2] === "million" ? 6 : 9;
      const finding: BlockFinding = {
        start: m.index,
        end: m.index + m[0].length,
        message: `Write amounts under £1 ${m[2]} in full, not as "${m[0]}".`,
      };
      if (decimals.length <= places) {
        const value = withCommas(String(Number(decimals.padEnd(places, "0"))));
        finding.replacement = `£${value}`;
        finding.message = `Write amounts under £1 ${m[2]} in full: "£${value}".`;
      }
      findings.push(finding);
    }
    return findings.sort((a, b) => a.start - b.start);
  },
});

// ---- Units --------------------------------------------------------------------------------------

const SPACED_UNIT =
  /(?<![\p{L}\p{N}.,])(\d[\d,]*(?:\.\d+)?)( +)(kg|mg|g|km|cm|mm|m|ml|l|KB|kB|MB|GB|TB|KiB|MiB|GiB|TiB|GHz|MHz)(?![\p{L}\p{N}])/gu;

export const unitsNoSpace = gdsRule({
  name: "units-no-space",
  needs: /\d /,
  description:
    'Flags a space between a number and an abbreviated unit ("3,500 kg", "2 GB"): write "3,500kg", "2GB".',
  defaultLevel: "warning",
  source: az("measurements"),
  examples: { bad: "The limit is 3,500 kg.", good: "The limit is 3,500kg." },
  check: (block) =>
    [...matchesOf(SPACED_UNIT, block.text)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      message: `Do not put a space between a number and its unit: "${m[1]}${m[3]}".`,
      replacement: `${m[1]}${m[3]}`,
    })),
});

// ---- N/A ----------------------------------------------------------------------------------------

const NOT_APPLICABLE = /(?<![\p{L}\p{N}/.])(?:N\/A|n\/a|N\.A\.|n\.a\.)(?![\p{L}\p{N}/])/gu;

export const na = gdsRule({
  name: "na",
  needs: /n[/.]a/i,
  description: 'Flags "N/A": write "not applicable" or "no data", whichever you mean.',
  defaultLevel: "warning",
  source: az("n-a"),
  examples: { bad: "Region: N/A", good: "Region: not applicable" },
  check: (block) =>
    [...matchesOf(NOT_APPLICABLE, block.text)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      message: `Write "not applicable" or "no data" instead of "${m[0]}".`,
    })),
});

export const numberRules: BlockRule[] = [
  rangeTo,
  ages,
  numerals,
  numberStartsSentence,
  thousandsSeparator,
  leadingZero,
  percent,
  money,
  millionBillion,
  unitsNoSpace,
  na,
];
