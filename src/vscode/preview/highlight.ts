// Highlighting placeholder values in the preview without a second renderer.
//
// Before rendering, each plain value is wrapped in two private-use characters (VALUE_START,
// VALUE_END); Notify's rules pass them through untouched, so after rendering they sit exactly
// around the value wherever it landed. In the email's HTML they become <mark> tags; in the subject
// and plain text the webview turns them into highlighted spans (as text, never as HTML).
//
// A value is wrapped only when the marks cannot change how Notify treats it: not for conditionals
// (`((x??text))` compares the value with "yes"), not for values with line breaks or markdown or
// link syntax (a mark inside a URL or a list marker would change the rendering). Those values are
// shown unhighlighted, and highlighting can be switched off to see Notify's bytes exactly.
// Missing placeholders need nothing: Notify's preview already wraps them in
// `<span class='placeholder'>`, which the injected style colours.
// No `vscode` import.
import { VALUE_END, VALUE_START } from "./protocol";

type Value = string | number | boolean | null | Value[] | { [key: string]: Value };

const UNSAFE_TO_MARK = /[\r\n[\]()*^#<>`\\]|:\/\/|www\.|^\s*([-•]|\d+\.)\s/;

function markable(text: string): boolean {
  return text.trim() !== "" && !UNSAFE_TO_MARK.test(text);
}

function mark(text: string): string {
  return `${VALUE_START}${text}${VALUE_END}`;
}

/**
 * Wraps the values that can be marked safely. `conditionalNames` are normalised names used as
 * `((name??text))` anywhere in the draft.
 */
export function markPersonalisation(
  personalisation: Readonly<Record<string, Value | undefined>>,
  conditionalNames: ReadonlySet<string>,
  normalise: (name: string) => string,
): Record<string, Value | undefined> {
  const marked: Record<string, Value | undefined> = {};
  for (const [name, value] of Object.entries(personalisation)) {
    if (conditionalNames.has(normalise(name))) marked[name] = value;
    else if (typeof value === "string") marked[name] = markable(value) ? mark(value) : value;
    else if (Array.isArray(value)) {
      marked[name] = value.map((item) =>
        typeof item === "string" && markable(item) ? mark(item) : item,
      );
    } else marked[name] = value;
  }
  return marked;
}

/** Removes the marks (for the window title, and when highlighting is off). */
export function stripMarks(text: string): string {
  return text.replaceAll(VALUE_START, "").replaceAll(VALUE_END, "");
}

/** Notify percent-encodes link targets; a mark that slipped into one shows up encoded. */
const ENCODED_MARKS = /%EE%80%8[01]/gi;

/** The style for highlighted values and missing placeholders, added to the email's <head>. */
export const HIGHLIGHT_STYLE =
  "<style>" +
  "mark.tc-value{background:#d2e2f1;color:inherit;border-radius:2px;padding:0 1px}" +
  ".placeholder,.placeholder-conditional{background:#fff2a8;color:#0b0c0c;border-radius:2px}" +
  "</style>";

/**
 * Turns the marks in the email document into <mark> elements. Only the <body> gets tags: in
 * <title> and anywhere in <head>, marks are removed, as they are inside encoded URLs.
 */
export function marksToHtml(emailHtml: string): string {
  const cleaned = emailHtml.replace(ENCODED_MARKS, "");
  const bodyAt = cleaned.search(/<body[\s>]/i);
  if (bodyAt === -1) return stripMarks(cleaned);
  const head = stripMarks(cleaned.slice(0, bodyAt));
  const body = cleaned
    .slice(bodyAt)
    .replaceAll(VALUE_START, '<mark class="tc-value">')
    .replaceAll(VALUE_END, "</mark>");
  const headEnd = head.search(/<\/head>/i);
  const withStyle =
    headEnd === -1
      ? head + HIGHLIGHT_STYLE
      : head.slice(0, headEnd) + HIGHLIGHT_STYLE + head.slice(headEnd);
  return withStyle + body;
}

/**
 * Notify's preview writes a missing placeholder as `<span class='placeholder'>((name))</span>` in
 * the subject and plain text too (brackets as entities in the subject). Those are shown as text
 * in the panel, so the markup goes and `((name))` stays; the page highlights it.
 */
const MISSING_TAG =
  /<span class='placeholder'>(?:\(\(|&#40;&#40;)([^()<>]*?)(?:\)\)|&#41;&#41;)<\/span>/g;
const MISSING_CONDITIONAL_TAG =
  /<span class='placeholder-conditional'>(?:\(\(|&#40;&#40;)([^()<>]*?)\?\?<\/span>/g;

export function missingTagsToText(text: string): string {
  return text.replace(MISSING_TAG, "(($1))").replace(MISSING_CONDITIONAL_TAG, "(($1??");
}
