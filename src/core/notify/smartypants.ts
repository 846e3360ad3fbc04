// The part of Python's smartypants (2.0) that Notify runs: straight quotes to curly ones
// (Attr.q) written as Unicode characters (Attr.u). It works on HTML: tags are passed through, and
// text inside <pre>, <code>, <script>, <a> and the like is left alone. The patterns below are the
// library's own, kept in its order, because the order decides which quote each rule sees.
import { B, DIGIT, NOT_S, S, W, py } from "./python-regex";

/** Elements whose text smartypants leaves alone; Notify adds "a" so link text keeps its quotes. */
const TAGS_TO_SKIP = ["pre", "samp", "code", "tt", "kbd", "script", "style", "math", "a"];
const SKIPPED_TAG = new RegExp(`^<(/)?(${TAGS_TO_SKIP.join("|")})[^>]*>`, "i");

/** The end of an HTML comment: `--`, optional whitespace, `>`. */
const COMMENT_END = py(`--${S}*>`, "g");

type Token = { kind: "tag" | "text"; value: string };

/**
 * Splits HTML into tags (and comments) and the text between them, as smartypants' regex
 * `([^<]*)(<!--.*?--\s*>|<[^>]*>)` does when searched repeatedly. Written as a scan because that
 * regex takes quadratic time on long text with no tags (such as the plain-text part). Once a `<` has
 * no `>` after it, no later `<` can have one, so the rest is text.
 */
function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let position = 0;
  for (;;) {
    const open = text.indexOf("<", position);
    if (open < 0) break;
    let end = -1;
    if (text.startsWith("<!--", open)) {
      COMMENT_END.lastIndex = open + 4;
      const close = COMMENT_END.exec(text);
      if (close) end = close.index + close[0].length;
    }
    if (end < 0) {
      const close = text.indexOf(">", open);
      if (close < 0) break;
      end = close + 1;
    }
    if (open > position) tokens.push({ kind: "text", value: text.slice(position, open) });
    const tag = text.slice(open, end);
    // A "comment" with `--` inside is not a comment, so its text is educated too.
    let kind: Token["kind"] = "tag";
    if (tag.startsWith("<!--")) {
      const inner = tag
        .slice(4)
        .replace(/>+$/, "")
        .replace(py(`${S}+$`), "")
        .replace(/-+$/, "");
      if (inner.includes("--")) kind = "text";
    }
    tokens.push({ kind, value: tag });
    position = end;
  }
  if (position < text.length) tokens.push({ kind: "text", value: text.slice(position) });
  return tokens;
}

/** Backslash escapes force a straight character: `\"` stays `"` (as a numeric entity). */
function processEscapes(text: string): string {
  return text
    .replace(/\\\\/g, "&#92;")
    .replace(/\\"/g, "&#34;")
    .replace(/\\'/g, "&#39;")
    .replace(/\\\./g, "&#46;")
    .replace(/\\-/g, "&#45;")
    .replace(/\\`/g, "&#96;");
}

const PUNCT = "[!\"#$%'()*+,\\-.\\/:;<=>?@\\[\\\\\\]^_`{|}~]";
const CLOSE = "[^ \\t\\r\\n\\[{(\\-]";
const OPENER = `(${S}|&nbsp;|--|&[mn]dash;|&#8211;|&#8212;|&#x201[34];)`;

/** smartypants' convert_quotes rules, in order. The `\\B` in the first two is the library's own. */
const QUOTE_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [py(`^'(?=${PUNCT}\\\\B)`, "g"), "&#8217;"],
  [py(`^"(?=${PUNCT}\\\\B)`, "g"), "&#8221;"],
  [py(`"'(?=${W})`, "g"), "&#8220;&#8216;"],
  [py(`'"(?=${W})`, "g"), "&#8216;&#8220;"],
  [py(`${B}'(?=${DIGIT}{2}s)`, "g"), "&#8217;"],
  [py(`${OPENER}'(?=${W})`, "g"), "$1&#8216;"],
  [py(`(${CLOSE})'(?!${S}|s${B}|${DIGIT})`, "g"), "$1&#8217;"],
  [py(`(${CLOSE})'(${S}|s${B})`, "g"), "$1&#8217;$2"],
  [/'/g, "&#8216;"],
  [py(`${OPENER}"(?=${W})`, "g"), "$1&#8220;"],
  [py(`"(?=${S})`, "g"), "&#8221;"],
  [py(`(${CLOSE})"`, "g"), "$1&#8221;"],
  [/"/g, "&#8220;"],
];

function convertQuotes(text: string): string {
  // Every rule needs a quote; most text has none.
  if (!text.includes("'") && !text.includes('"')) return text;
  for (const [pattern, replacement] of QUOTE_RULES) text = text.replace(pattern, replacement);
  return text;
}

const UNICODE_FOR_ENTITY: ReadonlyArray<readonly [string, string]> = [
  ["&#8211;", "\u2013"],
  ["&#8212;", "\u2014"],
  ["&#8216;", "\u2018"],
  ["&#8217;", "\u2019"],
  ["&#8220;", "\u201C"],
  ["&#8221;", "\u201D"],
  ["&#8230;", "\u2026"],
];

function convertEntities(text: string): string {
  if (!text.includes("&#8")) return text;
  for (const [entity, character] of UNICODE_FOR_ENTITY) text = text.split(entity).join(character);
  return text;
}

const NOT_SPACE_START = py(`^${NOT_S}`);

function lastCharacter(text: string): string {
  if (text.length === 0) return "";
  const low = text.charCodeAt(text.length - 1);
  const isLowSurrogate = low >= 0xdc00 && low <= 0xdfff && text.length > 1;
  return isLowSurrogate ? text.slice(-2) : text.slice(-1);
}

/** smartypants(text, Attr.q | Attr.u) */
export function smartQuotes(text: string): string {
  const skipped: string[] = [];
  let inSkippedElement = false;
  let previousLastChar = "";
  const result: string[] = [];
  for (const token of tokenize(text)) {
    if (token.kind === "tag") {
      result.push(token.value);
      const skip = SKIPPED_TAG.exec(token.value);
      if (skip) {
        if (!skip[1]) {
          skipped.push(skip[2]!.toLowerCase());
          inSkippedElement = true;
        } else {
          if (skipped.length > 0 && skip[2]!.toLowerCase() === skipped[skipped.length - 1]) {
            skipped.pop();
          }
          if (skipped.length === 0) inSkippedElement = false;
        }
      }
      continue;
    }
    let t = token.value;
    const lastChar = lastCharacter(t);
    if (!inSkippedElement) {
      t = processEscapes(t);
      // A lone quote takes its direction from the text before it.
      const afterText = NOT_SPACE_START.test(previousLastChar);
      if (t === "'") t = afterText ? "&#8217;" : "&#8216;";
      else if (t === '"') t = afterText ? "&#8221;" : "&#8220;";
      else t = convertQuotes(t);
      t = convertEntities(t);
    }
    previousLastChar = lastChar;
    result.push(t);
  }
  return result.join("");
}
