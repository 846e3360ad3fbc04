// write-good's cliché check (the no-cliches package) with the same results, faster.
// no-cliches joins ~680 phrases into one case-insensitive alternation and tries every one of them at
// every word boundary; on a 10,000-word draft that is ~85% of write-good's time. Here the phrases
// are grouped by first letter and only the group for the letter at a boundary is tried, in the
// package's order. The phrases are the package's own (data/no-cliches.ts is generated from its
// source; test/unit/lint/write-good-cliches.test.ts fails if they drift or if any result differs).
import { NO_CLICHES_PHRASES } from "./data/no-cliches";

export interface Match {
  index: number;
  offset: number;
}

/** Reads the phrase list out of no-cliches' cliches.js (used to generate data/no-cliches.ts). */
export function phrasesFromPackageSource(source: string): string[] {
  const list = /let cliches = \[([\s\S]*?)\];/.exec(source)?.[1];
  if (list === undefined) throw new Error("no-cliches: the phrase list was not found.");
  const phrases: string[] = [];
  for (const m of list.matchAll(/'((?:[^'\\]|\\.)*)'/g))
    phrases.push(m[1]!.replace(/\\(.)/g, "$1"));
  return phrases;
}

/** The package's pattern for one phrase: any whitespace (or none) between words. */
function pattern(phrase: string): string {
  return phrase.replace(/ /g, "[\\b\\s\\u200C]*");
}

const isWord = (code: number): boolean =>
  (code >= 48 && code <= 57) ||
  (code >= 65 && code <= 90) ||
  (code >= 97 && code <= 122) ||
  code === 95;

/** Sticky, case-insensitive pattern per first letter (lower case), alternatives in list order. */
const groups = new Map<number, RegExp>();
{
  const byLetter = new Map<number, string[]>();
  for (const phrase of NO_CLICHES_PHRASES) {
    const first = phrase.toLowerCase().charCodeAt(0);
    let list = byLetter.get(first);
    if (!list) byLetter.set(first, (list = []));
    list.push(pattern(phrase));
  }
  for (const [first, patterns] of byLetter) {
    groups.set(first, new RegExp(`(?:${patterns.join("|")})\\b`, "iy"));
  }
}

/** The same matches as no-cliches on `text` (index and length of each). */
export function findCliches(text: string): Match[] {
  const found: Match[] = [];
  let previousIsWord = false;
  for (let p = 0; p < text.length; p++) {
    const code = text.charCodeAt(p);
    const word = isWord(code);
    // The package's pattern starts with \b and every phrase starts with a letter.
    if (word && !previousIsWord) {
      const lower = code >= 65 && code <= 90 ? code + 32 : code;
      const group = groups.get(lower);
      if (group) {
        group.lastIndex = p;
        const m = group.exec(text);
        if (m) {
          found.push({ index: p, offset: m[0].length });
          // Like a global regex, carry on from the end of the match.
          p += m[0].length - 1;
          previousIsWord = isWord(text.charCodeAt(p));
          continue;
        }
      }
    }
    previousIsWord = word;
  }
  return found;
}
