// Masking replaces non-prose characters with spaces so rules never see them, while every offset
// stays where it was. Newlines are kept so rules that think in lines still can.

/** A half-open range `[start, end)` in some string. */
export interface Range {
  start: number;
  end: number;
}

/** Returns `text` with every character in `ranges` (except newlines) replaced by a space. */
export function maskRanges(text: string, ranges: readonly Range[]): string {
  if (ranges.length === 0) return text;
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const range of sorted) {
    const start = Math.max(range.start, at);
    const end = Math.min(range.end, text.length);
    if (end <= start) continue;
    out += text.slice(at, start) + blank(text.slice(start, end));
    at = end;
  }
  return out + text.slice(at);
}

/** Spaces for every character except line breaks. */
export function blank(text: string): string {
  return text.replace(/[^\r\n]/g, " ");
}
