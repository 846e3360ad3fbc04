// The whitespace Notify treats specially (notifications-utils formatters.py), in one place.
// Address validation, CSV cells, subjects and placeholders all strip or fold the same characters.

/**
 * Characters with no width that Notify deletes wherever it normalises text (Mongolian vowel
 * separator, zero-width space/non-joiner/joiner, word joiner, BOM, line and paragraph separators).
 */
export const OBSCURE_ZERO_WIDTH_WHITESPACE = "\u180E\u200B\u200C\u200D\u2060\uFEFF\u2028\u2029";

/** Characters with width that are not ordinary spaces (non-breaking and narrow no-break space). */
export const OBSCURE_FULL_WIDTH_WHITESPACE = "\u00A0\u202F";

/** Python's `string.whitespace`: what `str.strip(string.whitespace)` removes. */
export const PYTHON_ASCII_WHITESPACE = " \t\n\r\u000B\u000C";

/** Python's `str.isspace()` set, which is what `\s` and `str.split()` use on str in Python 3. */
export const PYTHON_UNICODE_WHITESPACE =
  "\t\n\u000B\u000C\r\u001C\u001D\u001E\u001F \u0085\u00A0\u1680" +
  "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A" +
  "\u2028\u2029\u202F\u205F\u3000";

/** Notify's ALL_WHITESPACE: ASCII whitespace plus both obscure sets. */
export const ALL_WHITESPACE =
  PYTHON_ASCII_WHITESPACE + OBSCURE_ZERO_WIDTH_WHITESPACE + OBSCURE_FULL_WIDTH_WHITESPACE;

/** `str.strip(chars)`: removes any of `chars` from both ends. */
export function stripChars(value: string, chars: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && chars.includes(value[start]!)) start++;
  while (end > start && chars.includes(value[end - 1]!)) end--;
  return value.slice(start, end);
}

/** Every obscure space, zero-width or not (all are single UTF-16 units). */
const OBSCURE_WHITESPACE = new RegExp(
  "[" +
    [...(OBSCURE_ZERO_WIDTH_WHITESPACE + OBSCURE_FULL_WIDTH_WHITESPACE)]
      .map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`)
      .join("") +
    "]",
  "gu",
);

/**
 * Notify's `strip_and_remove_obscure_whitespace`: delete every obscure space anywhere in the value,
 * then trim ordinary whitespace from both ends. Used on email addresses before validating them.
 */
export function stripAndRemoveObscureWhitespace(value: string): string {
  if (value === "") return value;
  return stripChars(value.replace(OBSCURE_WHITESPACE, ""), PYTHON_ASCII_WHITESPACE);
}

/** Notify's `strip_all_whitespace`: trims ALL_WHITESPACE (including a BOM) from both ends. */
export function stripAllWhitespace(value: string, extraCharacters = ""): string {
  return stripChars(value, ALL_WHITESPACE + extraCharacters);
}

/**
 * Notify's `normalise_whitespace` (used on the subject line): full-width obscure spaces become a
 * space, zero-width ones vanish, then runs of whitespace collapse to one space and the ends are trimmed.
 */
export function normaliseWhitespace(value: string): string {
  let out = "";
  for (const ch of value) {
    if (OBSCURE_ZERO_WIDTH_WHITESPACE.includes(ch)) continue;
    out += OBSCURE_FULL_WIDTH_WHITESPACE.includes(ch) ? " " : ch;
  }
  return splitOnPythonWhitespace(out).join(" ");
}

/** Python's `str.split()` with no argument: split on runs of whitespace, dropping empty parts. */
export function splitOnPythonWhitespace(value: string): string[] {
  const parts: string[] = [];
  let current = "";
  for (const ch of value) {
    if (PYTHON_UNICODE_WHITESPACE.includes(ch)) {
      if (current) parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  if (current) parts.push(current);
  return parts;
}
