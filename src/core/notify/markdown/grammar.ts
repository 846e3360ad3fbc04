// The markdown grammar Notify uses: mistune 0.8.4's block and inline rules with Notify's changes
// (notifications-utils markdown.py). Each pattern is the mistune one written for JavaScript with
// Python's meaning of \s, \w, \d, \b and $ (see ../python-regex). Patterns are matched at the start
// of the remaining text, as mistune does.
//
// Notify's changes:
// - inset text: a block starting `^` instead of `>` (so `> quote` is plain text);
// - bullets: `•`, `*` or `-` (not `+`), and no space is needed after the marker;
// - bare URLs: only http(s), and trailing `.,:"')]` is not part of the link;
// - emphasis, strong, strikethrough and inline code are not parsed at all (they stay literal).
// The paragraph rule is the one mistune compiled before Notify's changes, so it still stops before
// a `>` line, a `+` bullet or a `*`/`-`/`1.` item followed by a space, but not before `•`.
import { B, DIGIT, END, LINE_END, LINE_START, NOT_S, S, SPACE, W, WORD, py } from "../python-regex";

// ---- pieces shared by several rules ------------------------------------------------------------

const INLINE_TAGS = [
  "a",
  "em",
  "strong",
  "small",
  "s",
  "cite",
  "q",
  "dfn",
  "abbr",
  "data",
  "time",
  "code",
  "var",
  "samp",
  "kbd",
  "sub",
  "sup",
  "i",
  "b",
  "u",
  "mark",
  "ruby",
  "rt",
  "rp",
  "bdi",
  "bdo",
  "span",
  "br",
  "wbr",
  "ins",
  "del",
  "img",
  "font",
];
/** A tag name that does not end in something that makes it a URL or an email address. */
const VALID_END = `(?!:/|[^${WORD}${SPACE}@]*@)${B}`;
const VALID_ATTR = `${S}*[a-zA-Z\\-](?:${S}*=${S}*(?:"[^"]*"|'[^']*'|[^${SPACE}'">]+))?`;
/** A block-level HTML tag name (not one of the inline ones). */
const BLOCK_TAG = `(?!(?:${INLINE_TAGS.join("|")})${B})${W}+${VALID_END}`;

const DEF_LINKS = ` *\\[([^^\\]]+)\\]: *<?([^${SPACE}>]+)>?(?: +["(]([^\\n]+)[")])? *(?:\\n+|${END})`;
const DEF_FOOTNOTES = `\\[\\^([^\\]]+)\\]: *([^\\n]*(?:\\n+|${END})(?: {1,}[^\\n]*(?:\\n+|${END}))*)`;
const FENCES = ` *(\`{3,}|~{3,}) *([^\`${SPACE}]+)? *\\n([\\s\\S]+?)${S}*\\1 *(?:\\n+|${END})`;
const HRULE = ` {0,3}[-*_](?: *[-*_]){2,} *(?:\\n+|${END})`;
const HEADING = ` *(#{1,6}) *([^\\n]+?) *#* *(?:\\n+|${END})`;
const LHEADING = `([^\\n]+)\\n *(=|-)+ *(?:\\n+|${END})`;

/** Notify's bullet or number marker. */
const NOTIFY_BULLET = `(?:[•*-]|${DIGIT}+\\.)`;

// ---- block rules --------------------------------------------------------------------------------

export const block = {
  newline: /^\n+/,
  blockCode: /^( {4}[^\n]+\n*)+/,
  fences: py(`^${FENCES}`),
  hrule: py(`^${HRULE}`),
  heading: py(`^${HEADING}`),
  lheading: py(`^${LHEADING}`),
  /** Notify: inset text starts with `^`. */
  blockQuote: /^( *\^[^\n]+(\n[^\n]+)*\n*)+/,
  /**
   * Notify's list: ends before a rule, a link definition, a footnote, or a blank line not followed
   * by an indented line or another item; otherwise runs to the end of the text.
   */
  listBlock: py(
    `^( *)([•*-]|${DIGIT}+\\.)[\\s\\S]+?(?:` +
      `\\n+(?=\\1?(?:[-*_] *){3,}(?:\\n+|${END}))` +
      `|\\n+(?=${DEF_LINKS})` +
      `|\\n+(?=${DEF_FOOTNOTES})` +
      `|\\n{2,}(?! )(?!\\1${NOTIFY_BULLET} )\\n*` +
      `|${S}*${END})`,
  ),
  /** One item of a list: its marker line and every following line that does not start an item. */
  listItem: py(
    `${LINE_START}(( *)${NOTIFY_BULLET}[^\\n]*(?:\\n(?!\\2${NOTIFY_BULLET})[^\\n]*)*)`,
    "g",
  ),
  /** The marker removed from the start of an item (Notify: the space after it is kept). */
  listBullet: py(`^ *${NOTIFY_BULLET}`),
  blockHtml: py(
    `^ *(?:<!--[\\s\\S]*?-->|<(${BLOCK_TAG})((?:${VALID_ATTR})*?)>([\\s\\S]*?)<\\/\\1>` +
      `|<${BLOCK_TAG}(?:${VALID_ATTR})*?${S}*\\/?>) *(?:\\n{2,}|${S}*${END})`,
  ),
  defLinks: py(`^${DEF_LINKS}`),
  defFootnotes: py(`^${DEF_FOOTNOTES}`),
  table: py(`^ *\\|([^\\n]+)\\n *\\|( *[-:]+[-| :]*)\\n((?: *\\|[^\\n]*(?:\\n|${END}))*)\\n*`),
  nptable: py(
    `^ *(${NOT_S}[^\\n]*\\|[^\\n]*)\\n *([-:]+ *\\|[-| :]*)\\n((?:[^\\n]*\\|[^\\n]*(?:\\n|${END}))*)\\n*`,
  ),
  /**
   * mistune's own paragraph rule, compiled before Notify changed the list and quote rules: lines
   * up to one that starts a fence, a list item (original markers `*+-`/`1.` followed by a space), a
   * rule, a heading, a setext heading, a `>` quote, a link or footnote definition, or a block tag.
   * In mistune the list part refers to a group that never takes part (so it can only be "an item
   * marker, a space and one more character"); written out that way here.
   */
  paragraph: py(
    `^((?:[^\\n]+\\n?(?!` +
      [
        FENCES.replace("\\1", "\\2"),
        ` *(?=[*+-]|${DIGIT}+\\.)(?:[*+-])?(?:${DIGIT}+\\.)? [\\s\\S]`,
        HRULE,
        HEADING,
        LHEADING,
        `( *>[^\\n]+(\\n[^\\n]+)*\\n*)+`,
        DEF_LINKS,
        DEF_FOOTNOTES,
        `<${BLOCK_TAG}`,
      ].join("|") +
      `))+)\\n*`,
  ),
  text: /^[^\n]+/,
};

// ---- inline rules (hard_wrap on) ----------------------------------------------------------------

/** The text of a link: brackets may nest one level. */
const LINK_TEXT = `((?:\\[[^^\\]]*\\]|[^\\[\\]]|\\](?=[^\\[]*\\]))*)`;

export const inline = {
  /** A backslash before one of these characters stands for the character. */
  escape: /^\\([\\`*{}[\]()#+\-.!_>~|])/,
  inlineHtml: py(
    `^(?:<!--[\\s\\S]*?-->|<(${W}+${VALID_END})((?:${VALID_ATTR})*?)${S}*>([\\s\\S]*?)<\\/\\1>` +
      `|<${W}+${VALID_END}(?:${VALID_ATTR})*?${S}*\\/?>)`,
  ),
  autolink: /^<([^ >]+(@|:)[^ >]+)>/,
  /** Notify: http(s) only, and the last character is not `<.,:"')]` or whitespace. */
  url: py(`^(https?:\\/\\/[^${SPACE}<]+[^<.,:"')\\]${SPACE}])`),
  footnote: /^\[\^([^\]]+)\]/,
  /**
   * `[text](url "title")`. mistune's `(<)?...(?(2)>)` (a conditional group, which JavaScript lacks)
   * is written as two alternatives tried in the same order: `<url>` first, then a bare url.
   */
  link: py(
    `^!?\\[${LINK_TEXT}\\]\\(${S}*(?:<([\\s\\S]*?)>|([\\s\\S]*?))` +
      `(?:${S}+['"]([\\s\\S]*?)['"])?${S}*\\)`,
  ),
  reflink: py(`^!?\\[${LINK_TEXT}\\]${S}*\\[([^^\\]]*)\\]`),
  nolink: /^!?\[((?:\[[^\]]*\]|[^[\]])*)\]/,
  /** hard_wrap: any newline not at the end is a line break. */
  linebreak: py(`^ *\\n(?!${S}*$)`),
  text: py(`^[\\s\\S]+?(?=[\\\\<!\\[_*\`~]|https?:\\/\\/| *\\n|$)`),
};

/** Removes `^` (and one space) from each line of inset text. */
export const blockQuoteLeading = py(`${LINE_START} *\\^ ?`, "g");
/** Removes the 4-space indent from each line of an indented code block. */
export const blockCodeLeading = py(`${LINE_START} {4}`, "g");
/** Lines of spaces only, emptied before parsing. */
export const spacesOnlyLine = py(`${LINE_START} +${LINE_END}`, "g");
