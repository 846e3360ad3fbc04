// Inline masking inside one prose block: what is not the writer's prose (code spans, link targets,
// images, URLs, email addresses, placeholders, HTML tags and entities, markdown markers) becomes
// spaces. Each step runs on the text the previous steps masked, so a URL inside a code span or a
// link target is never looked at twice.
import { findPlaceholders } from "../placeholders";
import { maskRanges, type Range } from "./mask";

export interface InlineMask {
  /** The text with everything non-prose blanked (same length). */
  text: string;
  /** Inline code spans, relative to the block. */
  code: Range[];
  /** True when nothing but whitespace is left: no prose to lint. */
  blank: boolean;
}

const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
const LINK = /\[([^\]\n]*)\]\([^)\n]*\)/g;
const REFERENCE_LINK = /\[([^\]\n]+)\]\[[^\]\n]*\]/g;
// Bare URLs: a scheme or `www.`; trailing punctuation is the sentence's, as Notify's autolinker agrees.
const URL = /\b(?:(?:https?|ftp|file):\/\/|mailto:|tel:|www\.)[^\s<>()]*[^\s<>().,:;"'\]!?*]/gi;
// Found from each "@" outwards: a pattern starting with [\w.+-]+ would rescan long words (quadratic).
const EMAIL_LOCAL = /[\w.+-]+$/;
const EMAIL_DOMAIN = /^[\w-]+(?:\.[\w-]+)+/;
const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/gi;
const TAG = /<\/?[a-z][^<>\n]*>/gi;
const STRONG = /\*\*+|__+|~~+/g;
// A single * or _ that opens or closes emphasis: next to a word on one side, not on the other.
const EMPHASIS = /(?<![\w*])[*_](?=\w)|(?<=\w)[*_](?![\w*])/g;
const ESCAPE = /\\(?=[\\`*_{}[\]()#+\-.!^>~|])/g;

export function maskInline(source: string): InlineMask {
  const code = codeSpans(source);
  let text = maskRanges(source, code);
  const ranges: Range[] = [];
  const apply = (): void => {
    text = maskRanges(text, ranges);
    ranges.length = 0;
  };
  forEach(IMAGE, text, (m) => ranges.push({ start: m.index, end: m.index + m[0].length }));
  apply();
  for (const pattern of [LINK, REFERENCE_LINK]) {
    forEach(pattern, text, (m) => {
      const inner = m[1] ?? "";
      ranges.push({ start: m.index, end: m.index + 1 });
      ranges.push({ start: m.index + 1 + inner.length, end: m.index + m[0].length });
    });
    apply();
  }
  for (const p of findPlaceholders(text)) {
    if (p.conditional) {
      // The conditional text is the writer's prose; only the name and brackets are masked.
      ranges.push({ start: p.start, end: p.conditional.start });
      ranges.push({ start: p.conditional.end, end: p.end });
    } else {
      ranges.push({ start: p.start, end: p.end });
    }
  }
  apply();
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    const local = EMAIL_LOCAL.exec(text.slice(Math.max(0, at - 64), at));
    const domain = EMAIL_DOMAIN.exec(text.slice(at + 1, at + 256));
    if (local && domain)
      ranges.push({ start: at - local[0].length, end: at + 1 + domain[0].length });
  }
  apply();
  for (const pattern of [URL, ENTITY, TAG]) {
    forEach(pattern, text, (m) => ranges.push({ start: m.index, end: m.index + m[0].length }));
    apply();
  }
  for (const pattern of [STRONG, EMPHASIS, ESCAPE]) {
    forEach(pattern, text, (m) => ranges.push({ start: m.index, end: m.index + m[0].length }));
  }
  apply();
  return { text, code, blank: !/\S/.test(text) };
}

/** Code spans: a run of backticks up to the next run of the same length (CommonMark's rule). */
export function codeSpans(text: string): Range[] {
  const spans: Range[] = [];
  let i = text.indexOf("`");
  while (i !== -1) {
    let run = 1;
    while (text.charCodeAt(i + run) === 96) run++;
    const fence = "`".repeat(run);
    let close = text.indexOf(fence, i + run);
    while (close !== -1) {
      // The closing run must be exactly as long, not part of a longer run.
      let length = run;
      while (text.charCodeAt(close + length) === 96) length++;
      if (length === run) break;
      close = text.indexOf(fence, close + length);
    }
    if (close === -1) {
      i = text.indexOf("`", i + run);
      continue;
    }
    spans.push({ start: i, end: close + run });
    i = text.indexOf("`", close + run);
  }
  return spans;
}

function forEach(pattern: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    visit(m);
  }
}
