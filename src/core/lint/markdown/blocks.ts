// Splits a draft's body into prose blocks (paragraphs, headings, list items, `^` inset text) the way
// Notify's markdown sees them, and masks everything in them that is not prose. Code blocks, HTML
// comments, tables, rules and link definitions are not prose and yield no block.
import type { ProseBlock } from "../rule";
import { maskInline, type InlineMask } from "./inline";
import { maskRanges, type Range } from "./mask";

export interface ScannedBody {
  /** Prose blocks, offsets in the whole file. */
  blocks: ProseBlock[];
  /** Code blocks and code spans, offsets in the whole file. */
  code: Range[];
  /** HTML comments, offsets in the whole file. */
  comments: Range[];
  /** The body with code and comments blanked (offsets relative to the body). */
  bodyWithoutCode: string;
}

interface Line {
  start: number;
  /** End of the content, before `\r\n` or `\n`. */
  end: number;
  text: string;
}

interface OpenBlock {
  kind: ProseBlock["kind"];
  level?: number;
  start: number;
  end: number;
  /** Markers to mask (list bullets, `#`, `^`, `>`), relative to the body. */
  markers: Range[];
}

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;
const COMMENT = /<!--[\s\S]*?-->/g;
const ATX = /^ {0,3}(#{1,6})(?!#)[ \t]*/;
const ATX_CLOSE = /[ \t]+#+[ \t]*$/;
const THEMATIC = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT_EQUALS = /^ {0,3}=+[ \t]*$/;
const LIST_ITEM = /^([ \t]*)([*\-•+]|\d{1,9}[.)])(?:[ \t]+|$)/;
const INSET = /^ {0,3}\^[ \t]?/;
const QUOTE = /^ {0,3}>[ \t]?/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const INDENTED = /^(?: {4}|\t)/;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const next = newline === -1 ? text.length + 1 : newline + 1;
    let end = newline === -1 ? text.length : newline;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    lines.push({ start, end, text: text.slice(start, end) });
    start = next;
  }
  return lines;
}

function fencedCode(body: string, lines: Line[]): Range[] {
  const ranges: Range[] = [];
  let open: { char: string; length: number; start: number } | undefined;
  for (const line of lines) {
    const m = FENCE.exec(line.text);
    if (open) {
      const run = m?.[1];
      if (run && run[0] === open.char && run.length >= open.length && !m?.[2]?.trim()) {
        ranges.push({ start: open.start, end: line.end });
        open = undefined;
      }
      continue;
    }
    const run = m?.[1];
    if (run && !(run[0] === "`" && m?.[2]?.includes("`"))) {
      open = { char: run[0] ?? "`", length: run.length, start: line.start };
    }
  }
  if (open) ranges.push({ start: open.start, end: body.length });
  return ranges;
}

/**
 * Scans the body that starts at `bodyOffset`. `inlineCache` (optional) remembers the inline masking
 * of each block's source between calls, so re-scanning after an edit masks only changed blocks.
 */
function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** True when the line's first non-blank character is a letter (not a bullet or a marker). */
function startsWithProse(line: string): boolean {
  let i = 0;
  while (i < 3 && line.charCodeAt(i) === 32) i++;
  const c = line.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && c !== 0x2022);
}

export function scanBody(
  text: string,
  bodyOffset: number,
  inlineCache?: Map<string, InlineMask>,
): ScannedBody {
  const body = text.slice(bodyOffset);
  const rawLines = splitLines(body);
  const fences = body.includes("```") || body.includes("~~~") ? fencedCode(body, rawLines) : [];
  const withoutFences = maskRanges(body, fences);
  const comments: Range[] = [];
  COMMENT.lastIndex = withoutFences.includes("<!--") ? 0 : withoutFences.length;
  for (let m = COMMENT.exec(withoutFences); m; m = COMMENT.exec(withoutFences)) {
    comments.push({ start: m.index, end: m.index + m[0].length });
  }
  const blanked = maskRanges(withoutFences, comments);
  const lines = blanked === body ? rawLines : splitLines(blanked);

  const code: Range[] = [...fences];
  const open: OpenBlock[] = [];
  let current: OpenBlock | undefined;
  let lastClosed: OpenBlock["kind"] | "other" | undefined;
  const close = (): void => {
    if (current) {
      open.push(current);
      lastClosed = current.kind;
    }
    current = undefined;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text;
    if (isBlank(t)) {
      close();
      continue;
    }
    if (!current && INDENTED.test(t) && lastClosed !== "list-item") {
      // Indented code: runs to the next non-indented, non-blank line.
      let end = line.end;
      while (i + 1 < lines.length) {
        const next = lines[i + 1]!;
        if (next.text.trim() !== "" && !INDENTED.test(next.text)) break;
        i++;
        if (next.text.trim() !== "") end = next.end;
      }
      code.push({ start: line.start, end });
      lastClosed = "other";
      continue;
    }
    if (startsWithProse(t) && (current || !t.includes("|"))) {
      // Most lines are plain text: none of the block patterns below can match them.
      if (current) current.end = line.end;
      else current = { kind: "paragraph", start: line.start, end: line.end, markers: [] };
      continue;
    }
    const atx = ATX.exec(t);
    if (atx) {
      close();
      const markers: Range[] = [{ start: line.start, end: line.start + atx[0].length }];
      const closing = ATX_CLOSE.exec(t);
      if (closing && closing.index >= atx[0].length) {
        markers.push({ start: line.start + closing.index, end: line.end });
      }
      current = {
        kind: "heading",
        level: atx[1]!.length,
        start: line.start,
        end: line.end,
        markers,
      };
      close();
      continue;
    }
    const thematic = THEMATIC.exec(t);
    const equals = SETEXT_EQUALS.test(t);
    if ((thematic && thematic[1] === "-") || equals) {
      if (current && current.kind === "paragraph") {
        // Text straight above `---` or `===` is a heading, not a paragraph and a rule.
        current.kind = "heading";
        current.level = equals ? 1 : 2;
        current.markers.push({ start: line.start, end: line.end });
        current.end = line.end;
        close();
        continue;
      }
    }
    if (thematic) {
      close();
      lastClosed = "other";
      continue;
    }
    if (LINK_DEFINITION.test(t) && !current) {
      lastClosed = "other";
      continue;
    }
    if (
      !current &&
      t.includes("|") &&
      i + 1 < lines.length &&
      TABLE_DELIMITER.test(lines[i + 1]!.text) &&
      lines[i + 1]!.text.includes("-")
    ) {
      // A table: Notify drops it (notify/table says so); its cells are not linted as prose.
      while (i + 1 < lines.length && lines[i + 1]!.text.trim() !== "") i++;
      lastClosed = "other";
      continue;
    }
    const item = LIST_ITEM.exec(t);
    if (item && !(item[2] === "-" && THEMATIC.test(t))) {
      close();
      current = {
        kind: "list-item",
        start: line.start,
        end: line.end,
        markers: [{ start: line.start, end: line.start + item[0].length }],
      };
      continue;
    }
    const inset = INSET.exec(t) ?? QUOTE.exec(t);
    if (inset) {
      const kind = INSET.test(t) ? "inset" : "paragraph";
      if (!current || current.kind !== kind) {
        close();
        current = { kind, start: line.start, end: line.end, markers: [] };
      }
      current.markers.push({ start: line.start, end: line.start + inset[0].length });
      current.end = line.end;
      continue;
    }
    if (current) {
      current.end = line.end;
      continue;
    }
    current = { kind: "paragraph", start: line.start, end: line.end, markers: [] };
  }
  close();

  const blocks: ProseBlock[] = [];
  for (const b of open) {
    const slice = blanked.slice(b.start, b.end);
    const withoutMarkers = maskRanges(
      slice,
      b.markers.map((r) => ({ start: r.start - b.start, end: r.end - b.start })),
    );
    let inline = inlineCache?.get(withoutMarkers);
    if (!inline) {
      inline = maskInline(withoutMarkers);
      inlineCache?.set(withoutMarkers, inline);
    }
    for (const span of inline.code)
      code.push({ start: b.start + span.start, end: b.start + span.end });
    if (inline.blank) continue;
    const block: ProseBlock = {
      kind: b.kind,
      text: inline.text,
      source: body.slice(b.start, b.end),
      offset: bodyOffset + b.start,
    };
    if (b.level !== undefined) block.level = b.level;
    blocks.push(block);
  }
  code.sort((a, b) => a.start - b.start);
  return {
    blocks,
    code: code.map((r) => ({ start: bodyOffset + r.start, end: bodyOffset + r.end })),
    comments: comments.map((r) => ({ start: bodyOffset + r.start, end: bodyOffset + r.end })),
    bodyWithoutCode: maskRanges(blanked, code),
  };
}
