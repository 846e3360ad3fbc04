// Splits the subject and plain text into runs for highlighting: filled values arrive between the
// VALUE_START/VALUE_END marks, missing placeholders are still written `((name))` as Notify shows
// them. The page turns runs into text nodes and spans, never into HTML.
import { VALUE_END, VALUE_START } from "../src/vscode/preview/protocol";

export interface Segment {
  kind: "text" | "value" | "missing";
  text: string;
}

const MISSING = /\(\([^()]+\)\)/g;

function splitMissing(text: string, into: Segment[]): void {
  let at = 0;
  for (const match of text.matchAll(MISSING)) {
    if (match.index! > at) into.push({ kind: "text", text: text.slice(at, match.index) });
    into.push({ kind: "missing", text: match[0] });
    at = match.index! + match[0].length;
  }
  if (at < text.length) into.push({ kind: "text", text: text.slice(at) });
}

export function segments(text: string): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  while (at < text.length) {
    const start = text.indexOf(VALUE_START, at);
    if (start === -1) break;
    const end = text.indexOf(VALUE_END, start + 1);
    if (end === -1) break;
    splitMissing(text.slice(at, start), out);
    out.push({ kind: "value", text: text.slice(start + 1, end) });
    at = end + 1;
  }
  splitMissing(text.slice(at).replaceAll(VALUE_START, "").replaceAll(VALUE_END, ""), out);
  return out;
}

/** The text as shown, without marks. */
export function plain(text: string): string {
  return text.replaceAll(VALUE_START, "").replaceAll(VALUE_END, "");
}
