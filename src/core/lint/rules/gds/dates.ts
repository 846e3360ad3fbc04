// Dates in GOV.UK style, "17 March 2017": day, month, year; no ordinal, no comma; no quarters.
import type { BlockFinding, BlockRule } from "../../rule";
import { MONTH_NAMES, MONTH_PATTERN } from "./data/numbers";
import { az } from "./data/sources";
import { gdsRule } from "./define";
import { matchesOf } from "./text";

const MONTH = `(?:${MONTH_PATTERN})`;

// "17th March", "the 17th of March"; "March 17th", "March 17th, 2017".
const DAY_ORDINAL_MONTH = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)(?:\\s+of)?\\s+(${MONTH})(?![\\p{L}])`,
  "giu",
);
const MONTH_DAY_ORDINAL = new RegExp(
  `(?<![\\p{L}])(${MONTH})\\s+(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}])`,
  "giu",
);

function validDay(day: string): boolean {
  const n = Number(day);
  return n >= 1 && n <= 31;
}

export const ordinalDates = gdsRule({
  name: "ordinal-dates",
  needs: /\d(?:st|nd|rd|th)/i,
  description: 'Flags ordinals in dates ("17th March", "March 17th"): write "17 March".',
  defaultLevel: "warning",
  source: az("dates"),
  examples: { bad: "Apps restart on 17th March.", good: "Apps restart on 17 March." },
  check: (block) => {
    const findings: BlockFinding[] = [];
    for (const m of matchesOf(DAY_ORDINAL_MONTH, block.text)) {
      if (!validDay(m[1]!)) continue;
      findings.push(dateFinding(m.index, m[0], `${Number(m[1])} ${m[2]}`));
    }
    for (const m of matchesOf(MONTH_DAY_ORDINAL, block.text)) {
      if (!validDay(m[2]!)) continue;
      const year = m[3] ? ` ${m[3]}` : "";
      findings.push(dateFinding(m.index, m[0], `${Number(m[2])} ${m[1]}${year}`));
    }
    return findings.sort((a, b) => a.start - b.start);
  },
});

function dateFinding(start: number, found: string, replacement: string): BlockFinding {
  return {
    start,
    end: start + found.length,
    message: `Write dates as day, month, year with no "st", "nd", "rd", "th" or comma: "${replacement}".`,
    replacement,
  };
}

// "March 17, 2017", "March 17 2017", "March 17" (month first). The month takes its capital here:
// "may 5" is more likely a verb than a date.
const MONTH_DAY = new RegExp(
  `(?<![\\p{L}])(${MONTH})\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?(?![\\p{L}\\p{N}]|[:.]\\d|\\s*(?:am|pm)(?![\\p{L}]))`,
  "gu",
);
// "17 March, 2017" and "March, 2017".
const COMMA_BEFORE_YEAR = new RegExp(
  `(?<![\\p{L}])(?:(\\d{1,2})\\s+)?(${MONTH}),\\s*(\\d{4})(?![\\p{N}])`,
  "gu",
);
// 17/03/2017, 17/03/17, 17.03.2017, 17-03-2017 (dots and hyphens only with a 4-digit year), not
// part of a version ("v1.2.2024").
const NUMERIC_DATE =
  /(?<![\p{L}\p{N}./\-:])(\d{1,2})(?:\/(\d{1,2})\/(\d{4}|\d{2})|([.-])(\d{1,2})\4(\d{4}))(?![\p{N}]|[./\-:]\d)/gu;
// 2017-03-17, not a timestamp's or a version's part.
const ISO_DATE = /(?<![\p{N}./\-:])(\d{4})-(\d{2})-(\d{2})(?![\p{N}]|[.\-:]\d|T\d)/gu;

function gdsDate(day: number, month: number, year: string): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${day} ${MONTH_NAMES[month - 1]} ${year}`;
}

export const dateFormat = gdsRule({
  name: "date-format",
  needs: /\d/,
  description:
    'Flags dates not written as "17 March 2017": month first ("March 17, 2017"), a comma before the year, or all numbers ("17/03/2017", "2017-03-17").',
  defaultLevel: "warning",
  source: az("dates"),
  examples: { bad: "Apply by March 17, 2017.", good: "Apply by 17 March 2017." },
  check: (block) => {
    const text = block.text;
    const findings: BlockFinding[] = [];
    const push = (
      start: number,
      found: string,
      replacement: string | undefined,
      message?: string,
    ): void => {
      const finding: BlockFinding = {
        start,
        end: start + found.length,
        message: message ?? `Write dates as day, month, year: "${replacement}".`,
      };
      if (replacement !== undefined) finding.replacement = replacement;
      findings.push(finding);
    };
    for (const m of matchesOf(MONTH_DAY, text)) {
      if (!validDay(m[2]!)) continue;
      push(m.index, m[0], `${Number(m[2])} ${m[1]}${m[3] ? ` ${m[3]}` : ""}`);
    }
    for (const m of matchesOf(COMMA_BEFORE_YEAR, text)) {
      if (m[1] !== undefined && !validDay(m[1])) continue;
      const day = m[1] !== undefined ? `${Number(m[1])} ` : "";
      // A month-first date with a comma ("March 17, 2017") was reported just above.
      if (findings.some((f) => f.start < m.index + m[0].length && m.index < f.end)) continue;
      push(
        m.index,
        m[0],
        `${day}${m[2]} ${m[3]}`,
        `Do not put a comma between the month and the year: "${day}${m[2]} ${m[3]}".`,
      );
    }
    for (const m of matchesOf(NUMERIC_DATE, text)) {
      const first = Number(m[1]);
      const second = Number(m[2] ?? m[5]);
      const year = m[3] ?? m[6]!;
      // UK order is day first. Only an unambiguous date gets a fix: one side over 12, or both
      // the same. A 2-digit year leaves the century to the writer.
      let replacement: string | undefined;
      if (year.length === 4) {
        if (first > 12 || first === second) replacement = gdsDate(first, second, year);
        else if (second > 12) replacement = gdsDate(second, first, year);
      }
      if (first > 31 || second > 31 || (first > 12 && second > 12)) continue;
      push(
        m.index,
        m[0],
        replacement,
        replacement
          ? `Write dates with the month in words: "${replacement}".`
          : `Write dates with the month in words, like "17 March 2017", not "${m[0]}".`,
      );
    }
    for (const m of matchesOf(ISO_DATE, text)) {
      const replacement = gdsDate(Number(m[3]), Number(m[2]), m[1]!);
      if (replacement === undefined) continue;
      push(m.index, m[0], replacement, `Write dates with the month in words: "${replacement}".`);
    }
    return findings.sort((a, b) => a.start - b.start);
  },
});

const QUARTER =
  /(?<![\p{L}\p{N}])(?:Q[1-4]|quarter\s+[1-4]|(?:first|second|third|fourth|1st|2nd|3rd|4th|last|next)\s+quarter)(?![\p{L}\p{N}])/giu;

export const noQuarters = gdsRule({
  name: "no-quarters",
  needs: /q|quarter/i,
  description:
    'Flags quarters ("Q1 2013", "first quarter"): name the months ("January to March 2013").',
  defaultLevel: "warning",
  source: az("dates"),
  examples: {
    bad: "We will upgrade in Q1 2013.",
    good: "We will upgrade from January to March 2013.",
  },
  check: (block) =>
    [...matchesOf(QUARTER, block.text)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      message: `Do not use quarters: name the months (for example "January to March") instead of "${m[0]}".`,
    })),
});

export const dateRules: BlockRule[] = [ordinalDates, dateFormat, noQuarters];
