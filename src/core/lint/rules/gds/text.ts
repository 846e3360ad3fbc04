// Text helpers the gds rules share: case matching for fixes, quotations, sentences and word counts.
// Blocks arrive masked (code, URLs, placeholders are spaces), so everything here works on offsets
// into `block.text` and never needs to know about markdown.
//
// Several rules ask for the same quotation and sentence spans of the same block, one after the
// other. A one-entry cache keyed by the block text keeps that to one scan per block.

export interface Span {
  start: number;
  end: number;
}

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && UPPER.test(ch);
}

export function isLower(ch: string | undefined): boolean {
  return ch !== undefined && LOWER.test(ch);
}

export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

export function capitalise(text: string): string {
  return text.length === 0 ? text : text[0]!.toUpperCase() + text.slice(1);
}

/**
 * Gives `replacement` the case the writer used for `original`: "Utilise" -> "Use", "E.g." ->
 * "For example". Only the first letter follows the original (a replacement of an all-capitals
 * word keeps its own case, so "FAQs" never becomes "FREQUENTLY ...").
 */
export function matchCase(original: string, replacement: string): string {
  const first = original.search(/\p{L}/u);
  if (first !== -1 && isUpper(original[first])) return capitalise(replacement);
  return replacement;
}

/**
 * Every match of a global regex, resetting it first so shared regexes are safe. An array rather
 * than a generator: most blocks have no match, and this runs for every rule on every block.
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    found.push(m);
  }
  return found;
}

/** The word (letters, digits, apostrophes) that ends just before `index`, skipping spaces. */
export function previousWord(text: string, index: number): string {
  let end = index;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  let start = end;
  while (start > 0 && /[\p{L}\p{N}'’]/u.test(text[start - 1]!)) start--;
  return text.slice(start, end);
}

/** The word that starts at or after `index`, skipping spaces. */
export function nextWord(text: string, index: number): string {
  let start = index;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  let end = start;
  while (end < text.length && /[\p{L}\p{N}'’]/u.test(text[end]!)) end++;
  return text.slice(start, end);
}

// ---- Quotations ---------------------------------------------------------------------------------

let quoteCacheText: string | undefined;
let quoteCacheSpans: Span[] = [];

/**
 * Spans of quoted text, quote marks included: "double", “curly”, ‘single’ and 'straight single'.
 * Direct quotations are someone else's words, and single quotes mark interface labels and titles
 * the writer cannot change, so tone and wording rules leave them alone. An apostrophe (don't,
 * tenants') never opens a quotation: an opening straight quote must follow a space or a bracket.
 */
export function quotedSpans(text: string): readonly Span[] {
  if (text === quoteCacheText) return quoteCacheSpans;
  const spans: Span[] = [];
  let double = -1;
  let curlyDouble = -1;
  let single = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      if (double === -1) double = i;
      else {
        spans.push({ start: double, end: i + 1 });
        double = -1;
      }
    } else if (c === "“") {
      curlyDouble = i;
    } else if (c === "”") {
      if (curlyDouble !== -1) spans.push({ start: curlyDouble, end: i + 1 });
      curlyDouble = -1;
    } else if (c === "‘" || c === "'") {
      const before = text[i - 1];
      const after = text[i + 1];
      const opens =
        single === -1 &&
        (c === "‘" || before === undefined || /[\s([{\-–—/]/.test(before)) &&
        after !== undefined &&
        !/\s/.test(after);
      if (opens) single = i;
      else if (single !== -1 && c === "'" && !/[\p{L}\p{N}]/u.test(after ?? "")) {
        spans.push({ start: single, end: i + 1 });
        single = -1;
      }
    } else if (c === "’") {
      if (single !== -1 && !/[\p{L}\p{N}]/u.test(text[i + 1] ?? "")) {
        spans.push({ start: single, end: i + 1 });
        single = -1;
      }
    } else if (c === "\n" && text[i + 1] === "\n") {
      double = curlyDouble = single = -1;
    }
  }
  spans.sort((a, b) => a.start - b.start);
  quoteCacheText = text;
  quoteCacheSpans = spans;
  return spans;
}

export function isQuoted(text: string, start: number, end: number): boolean {
  for (const span of quotedSpans(text)) {
    if (span.start > start) return false;
    if (span.start <= start && end <= span.end) return true;
  }
  return false;
}

// ---- Sentences ----------------------------------------------------------------------------------

/** Words that end with a full stop without ending the sentence ("e.g. this", "Mr Smith"). */
const ABBREVIATIONS = new Set([
  "e.g",
  "eg",
  "i.e",
  "ie",
  "mr",
  "mrs",
  "ms",
  "dr",
  "rt",
  "hon",
  "vs",
  "approx",
  "prof",
  "a.m",
  "p.m",
]);

/** True when the full stop at `dot` belongs to an abbreviation or an initial, not a sentence end. */
function isAbbreviationStop(text: string, dot: number): boolean {
  let start = dot;
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1]!)) start--;
  const word = text.slice(start, dot);
  if (word.length === 0) return false;
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) {
    // "5pm." or "e.g." at the very end of a sentence: only a capital letter after it can tell.
    if (lower === "a.m" || lower === "p.m") return !isUpper(firstAfter(text, dot + 1));
    return true;
  }
  // "No. 10" but not "the answer is no."
  if (lower === "no") return /\d/.test(firstAfter(text, dot + 1) ?? "");
  // A single capital is an initial ("J. Smith"); "B.B.C." is an abbreviation.
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  return false;
}

function firstAfter(text: string, index: number): string | undefined {
  let i = index;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return text[i];
}

// A run of sentence-ending marks and any closing quotes or brackets, then a space or the end.
const SENTENCE_END = /[.!?]+["'”’)\]]*(?=\s|$)/g;

let sentenceCacheText: string | undefined;
let sentenceCacheSpans: Span[] = [];

/**
 * The sentences of a block, trimmed of surrounding space. A full stop ends a sentence when a space
 * and something other than a lower-case letter follow it, and it is not part of an abbreviation
 * ("e.g.", "Mr.", "J.") -- so decimals, versions (1.2.3) and GOV.UK never split a sentence.
 */
export function sentenceSpans(text: string): readonly Span[] {
  if (text === sentenceCacheText) return sentenceCacheSpans;
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number): void => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (/[\p{L}\p{N}]/u.test(text.slice(s, e))) spans.push({ start: s, end: e });
  };
  for (const m of matchesOf(SENTENCE_END, text)) {
    const end = m.index + m[0].length;
    // One full stop may belong to an abbreviation; an ellipsis or "?" never does.
    if (m[0][0] === "." && m[0][1] !== "." && isAbbreviationStop(text, m.index)) continue;
    if (isLower(firstAfter(text, end))) continue;
    push(end);
    start = end;
  }
  push(text.length);
  sentenceCacheText = text;
  sentenceCacheSpans = spans;
  return spans;
}

/**
 * True when `index` starts a sentence: the block's start, or after a sentence-ending mark, with
 * only spaces and opening quotes or brackets in between.
 */
export function isSentenceStart(text: string, index: number): boolean {
  let j = index - 1;
  while (j >= 0 && /[\s("'‘“[*_]/.test(text[j]!)) j--;
  if (j < 0) return true;
  const c = text[j]!;
  if (c === "!" || c === "?") return true;
  if (c !== ".") return false;
  return !isAbbreviationStop(text, j);
}

// A word: letters or digits, joined by apostrophes, dots, hyphens and the like ("GOV.UK",
// "don't", "1.2.3", "well-known" each count once).
const WORD = /[\p{L}\p{N}]+(?:['’.\-_/@:][\p{L}\p{N}]+)*/gu;

/**
 * Words in `text.slice(start, end)`. Masked parts (code, URLs, placeholders: spaces in `text` but
 * not in `source`) count as one word each, as a reader would read them.
 */
export function countWords(text: string, source: string, start: number, end: number): number {
  let count = 0;
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  while (WORD.exec(slice) !== null) count++;
  if (source !== text) {
    let inMask = false;
    for (let i = start; i < end; i++) {
      const masked = text[i] === " " && source[i] !== undefined && !/\s/.test(source[i]!);
      if (masked && !inMask) count++;
      inMask = masked;
    }
  }
  return count;
}
