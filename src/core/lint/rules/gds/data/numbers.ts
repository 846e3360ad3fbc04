// Number words, month and weekday names, and the words after which a number is an identifier
// (port 8080, version 1234, ticket 5678) rather than a quantity.
import { MONTH_NAMES } from "../../../../text/gds-date";

export const UNITS: readonly string[] = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
];

export const TENS: readonly string[] = [
  "",
  "",
  "twenty",
  "thirty",
  "forty",
  "fifty",
  "sixty",
  "seventy",
  "eighty",
  "ninety",
];

/** Words for 0 to 99 in GOV.UK style ("thirty-four"). */
export function numberInWords(n: number): string | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 99) return undefined;
  if (n < 20) return UNITS[n];
  const tens = TENS[Math.floor(n / 10)]!;
  return n % 10 === 0 ? tens : `${tens}-${UNITS[n % 10]}`;
}

/** The value of a number word ("two" -> 2, "twenty" -> 20), lower case. */
export const NUMBER_WORD_VALUES: ReadonlyMap<string, number> = new Map([
  ...UNITS.map((w, i) => [w, i] as const),
  ...TENS.map((w, i) => [w, i * 10] as const).filter(([w]) => w !== ""),
]);

export const MONTH_SHORT: readonly string[] = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "Jun",
  "Jul",
  "Aug",
  "Sept",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** Month names then their short forms, as a regex alternation (full names first so they win). */
export const MONTH_PATTERN = [...MONTH_NAMES, ...MONTH_SHORT].join("|");

export const WEEKDAY_PATTERN = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
  "Mon",
  "Tues",
  "Tue",
  "Wed",
  "Thurs",
  "Thur",
  "Thu",
  "Fri",
  "Sat",
  "Sun",
].join("|");

export { MONTH_NAMES };

/** Words after which a number names something (an identifier), so it takes no comma. */
export const IDENTIFIER_WORDS: ReadonlySet<string> = new Set([
  "port",
  "ports",
  "version",
  "versions",
  "v",
  "build",
  "release",
  "number",
  "no",
  "id",
  "ref",
  "reference",
  "ticket",
  "issue",
  "pr",
  "code",
  "account",
  "sort",
  "phone",
  "telephone",
  "tel",
  "mobile",
  "extension",
  "ext",
  "room",
  "section",
  "rule",
  "regulation",
  "article",
  "line",
  "page",
  "postcode",
  "cve",
  "error",
  "status",
  "pid",
  "uid",
  "gid",
  "commit",
  "pin",
  "stemcell",
  "rfc",
  "iso",
  "bs",
  "form",
  "incident",
  "case",
  "invoice",
  "order",
  "request",
  "job",
  "run",
  "step",
  "story",
  "card",
  "api",
  "http",
]);
