// The HTML escaping and unescaping Notify applies, each matching the Python function it runs.
import {
  HTML5_NAMED_REFERENCES,
  INVALID_CHARREFS,
  INVALID_CODEPOINT_RANGES,
} from "./html-entities";

function decodeNumeric(digits: string, hex: boolean): string {
  const num = parseInt(digits, hex ? 16 : 10);
  const fixed = INVALID_CHARREFS.get(num);
  if (fixed !== undefined) return fixed;
  if ((num >= 0xd800 && num <= 0xdfff) || num > 0x10ffff) return "\uFFFD";
  if (INVALID_CODEPOINT_RANGES.some(([low, high]) => num >= low && num <= high)) return "";
  return String.fromCodePoint(num);
}

/** Python's html._replace_charref for the text after `&`. */
function replaceCharref(reference: string): string {
  if (reference.startsWith("#")) {
    const hex = reference[1] === "x" || reference[1] === "X";
    return decodeNumeric(reference.slice(hex ? 2 : 1).replace(/;$/, ""), hex);
  }
  const named = HTML5_NAMED_REFERENCES[reference];
  if (named !== undefined) return named;
  // The longest known name that starts the reference (legacy names such as "&ampx" work without ";").
  for (let length = reference.length - 1; length > 1; length--) {
    const prefix = HTML5_NAMED_REFERENCES[reference.slice(0, length)];
    if (prefix !== undefined) return prefix + reference.slice(length);
  }
  return "&" + reference;
}

const CHARREF = /&(#[0-9]+;?|#[xX][0-9a-fA-F]+;?|[^\t\n\f <&#;]{1,32};?)/gu;
const CHARREF_STRICT = /&(#[0-9]+;|#[xX][0-9a-fA-F]+;|[^\t\n\f <&#;]{1,32};)/gu;

/** Python's `html.unescape`: every HTML5 reference, with or without the trailing `;`. */
export function pythonUnescape(value: string): string {
  if (!value.includes("&")) return value;
  return value.replace(CHARREF, (_match, reference: string) => replaceCharref(reference));
}

/** Notify's `unescape_strict`: like html.unescape, but only references that end in `;`. */
export function unescapeStrict(value: string): string {
  if (!value.includes("&")) return value;
  return value.replace(CHARREF_STRICT, (_match, reference: string) => replaceCharref(reference));
}

/** Python's `html.escape(value, quote=False)`. */
export function escapeAngleAndAmp(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Notify's `escape_html`, run on the template and on every value for the HTML part: entities that
 * are already there are decoded then everything is escaped again, so `&lt;` stays `&lt;` and `<`
 * becomes `&lt;`; `&nbsp;`, `&amp;`, `&lpar;` and `&rpar;` are kept as they were typed. Quotes are
 * left alone.
 */
const KEPT_ENTITIES: ReadonlyArray<readonly [string, string]> = [
  ["&nbsp;", "\u{1F47E}\u{1F426}\u{1F974}"],
  ["&amp;", "\u2795\u{1F426}\u{1F974}"],
  ["&lpar;", "\u25C0\uFE0F\u{1F426}\u{1F974}"],
  ["&rpar;", "\u25B6\uFE0F\u{1F426}\u{1F974}"],
];
export function escapeHtml(value: string): string {
  if (!value) return value;
  for (const [entity, stand_in] of KEPT_ENTITIES) value = value.split(entity).join(stand_in);
  value = escapeAngleAndAmp(unescapeStrict(value));
  for (const [entity, stand_in] of KEPT_ENTITIES) value = value.split(stand_in).join(entity);
  return value;
}

/** mistune's `escape(text)` with smart_amp: `&` is escaped unless it starts an entity. */
const BARE_AMPERSAND = /&(?!#?[\p{L}\p{N}_]+;)/gu;
export function mistuneEscape(text: string): string {
  return text.replace(BARE_AMPERSAND, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
