// Notify's rules are Python regular expressions. Python's `\s`, `\w`, `\d`, `\b` and `$` mean
// something different from JavaScript's, so the ported patterns are built from these pieces.
// Every pattern built with them must be compiled with the "u" flag.

/** Python's `\s` on str: the characters `str.isspace()` accepts (JavaScript adds U+FEFF, drops U+001C-U+001F and U+0085). */
export const SPACE =
  "\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
/** Python's `\w` on str: letters, numbers and underscore in any script (JavaScript's is ASCII only). */
export const WORD = "\\p{L}\\p{N}_";
/** Python's `\d` on str: any decimal digit. */
export const DIGIT = "\\p{Nd}";

/** `\s` */
export const S = `[${SPACE}]`;
/** `\S` */
export const NOT_S = `[^${SPACE}]`;
/** `\w` */
export const W = `[${WORD}]`;
/** `\W` */
export const NOT_W = `[^${WORD}]`;
/** `\b`: between a word character and a non-word character (or either end of the text). */
export const B = `(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`;
/** `\B` */
export const NOT_B = `(?:(?<=${W})(?=${W})|(?<!${W})(?!${W}))`;
/** Python's `$` without MULTILINE: the end of the text, or just before a newline that ends it. */
export const END = "(?=\\n?$)";
/** Python's `^` with MULTILINE (JavaScript's "m" flag would also match after \r, U+2028 and U+2029). */
export const LINE_START = "(?:^|(?<=\\n))";
/** Python's `$` with MULTILINE. */
export const LINE_END = "(?=\\n|$)";

/** Compiles a pattern written with the pieces above. */
export function py(source: string, flags = ""): RegExp {
  return new RegExp(source, "u" + flags);
}

/** Python's `str.strip()` / `lstrip()` / `rstrip()` with no argument: Unicode whitespace. */
const LEADING_SPACE = py(`^${S}+`);
const TRAILING_SPACE = py(`${S}+$`);
export function pyStrip(value: string): string {
  return pyRstrip(pyLstrip(value));
}
export function pyLstrip(value: string): string {
  return value.replace(LEADING_SPACE, "");
}
export function pyRstrip(value: string): string {
  return value.replace(TRAILING_SPACE, "");
}

/** `str.rstrip("\n")` */
export function rstripNewlines(value: string): string {
  let end = value.length;
  while (end > 0 && value.charCodeAt(end - 1) === 10) end--;
  return value.slice(0, end);
}

/** Python's `str.expandtabs(tabsize)`: each tab pads to the next multiple of tabsize columns. */
export function expandTabs(value: string, tabSize: number): string {
  if (!value.includes("\t")) return value;
  let out = "";
  let column = 0;
  for (const ch of value) {
    if (ch === "\t") {
      const pad = tabSize - (column % tabSize);
      out += " ".repeat(pad);
      column += pad;
    } else if (ch === "\n" || ch === "\r") {
      out += ch;
      column = 0;
    } else {
      out += ch;
      column++;
    }
  }
  return out;
}

/** Compares strings by code point, as Python's `sorted()` does (JavaScript's sort uses UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  for (let i = 0; i < Math.min(left.length, right.length); i++) {
    const difference = left[i]!.codePointAt(0)! - right[i]!.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}
