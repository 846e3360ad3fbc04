// Notify's `do_nice_typography`, run on the finished HTML, the plain text and the subject:
// 1. no spaces or tabs before a comma or full stop ("Hello , world ." -> "Hello, world.");
// 2. straight quotes made curly (smartypants), except inside email addresses;
// 3. a hyphen or dash with whitespace around it becomes a spaced en dash.
import { py, S } from "./python-regex";
import { smartQuotes } from "./smartypants";

const WHITESPACE_BEFORE_PUNCTUATION = /[ \t]+([,.])/g;

export function removeWhitespaceBeforePunctuation(value: string): string {
  return value.replace(WHITESPACE_BEFORE_PUNCTUATION, "$1");
}

/** An email address whose local part may have gained curly quotes (Notify's email regex). */
const EMAIL_WITH_SMART_QUOTES = py(
  `[a-zA-Z0-9.!#$%&'*+/=?^_\`{|}~\\-\u2018\u2019]+@([^.@][^@${S.slice(1, -1)}]+)`,
  "g",
);

/** Puts straight apostrophes back into email addresses (`o’reilly@x.com` -> `o'reilly@x.com`). */
export function removeSmartQuotesFromEmailAddresses(value: string): string {
  if (!value.includes("@")) return value;
  return value.replace(EMAIL_WITH_SMART_QUOTES, (address) =>
    address.replace(/[\u2018\u2019]/g, "'"),
  );
}

/** Hyphen-minus, en dash or em dash (one to three of them) with whitespace around. */
const SPACED_HYPHENS = py(`${S}+[-\u2013\u2014]{1,3}${S}+`, "g");

export function replaceHyphensWithEnDashes(value: string): string {
  return value.replace(SPACED_HYPHENS, " \u2013 ");
}

export function doNiceTypography(value: string): string {
  return replaceHyphensWithEnDashes(
    removeSmartQuotesFromEmailAddresses(smartQuotes(removeWhitespaceBeforePunctuation(value))),
  );
}
