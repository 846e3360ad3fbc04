// Re-scanning after a small edit: when the edit sits inside one prose block, away from its line's
// markers and without characters that change structure (line breaks, backticks, tildes, angle
// brackets, pipes), every other block is the same as before, only moved. Then only that block is
// scanned again, and the rest are reused (same strings, so their cache lookups stay cheap).
// Anything else, or any doubt, returns undefined and the caller scans the whole body.
// test/unit/lint/rescan.test.ts checks the result equals a full scan for thousands of edits.
import type { ProseBlock } from "../rule";
import { scanBody, type ScannedBody } from "./blocks";
import type { InlineMask } from "./inline";
import type { Range } from "./mask";

export interface PreviousScan {
  text: string;
  bodyOffset: number;
  scanned: ScannedBody;
}

const STRUCTURAL = /[\n\r`~<>|]/;
const CHUNK = 256;

export function rescanBody(
  previous: PreviousScan,
  text: string,
  bodyOffset: number,
  inlineCache?: Map<string, InlineMask>,
): ScannedBody | undefined {
  const old = previous.text;
  if (previous.bodyOffset !== bodyOffset || old === text) return undefined;
  // The changed stretch: [p, old.length - q) in the old text became [p, text.length - q).
  const shorter = Math.min(old.length, text.length);
  let p = 0;
  // Whole chunks first (compared natively), then character by character.
  while (p + CHUNK <= shorter && old.slice(p, p + CHUNK) === text.slice(p, p + CHUNK)) p += CHUNK;
  while (p < shorter && old.charCodeAt(p) === text.charCodeAt(p)) p++;
  let q = 0;
  const room = shorter - p;
  const tail = (s: string, from: number): string =>
    s.slice(s.length - from - CHUNK, s.length - from);
  while (q + CHUNK <= room && tail(old, q) === tail(text, q)) q += CHUNK;
  while (q < room && old.charCodeAt(old.length - 1 - q) === text.charCodeAt(text.length - 1 - q))
    q++;
  const oldEnd = old.length - q;
  const newEnd = text.length - q;
  const delta = text.length - old.length;
  if (p < bodyOffset) return undefined;
  if (newEnd - p > 64 || oldEnd - p > 64) return undefined;
  if (STRUCTURAL.test(old.slice(p, oldEnd)) || STRUCTURAL.test(text.slice(p, newEnd)))
    return undefined;
  // Away from the line's start, where markers and indentation decide what the line is.
  const lineStart = old.lastIndexOf("\n", p - 1) + 1;
  if (p - lineStart < 4) return undefined;
  const { blocks, code, comments, bodyWithoutCode } = previous.scanned;
  const touches = (r: Range): boolean => r.start <= oldEnd && r.end >= p;
  if (code.some(touches) || comments.some(touches)) return undefined;
  const index = blocks.findIndex((b) => b.offset <= p && oldEnd <= b.offset + b.source.length);
  if (index === -1) return undefined;
  const before = blocks[index]!;
  const regionStart = before.offset;
  const regionEnd = before.offset + before.source.length + delta;
  const again = scanBody(text.slice(regionStart, regionEnd), 0, inlineCache);
  const only = again.blocks[0];
  if (
    again.blocks.length !== 1 ||
    !only ||
    only.kind !== before.kind ||
    only.level !== before.level ||
    only.offset !== 0 ||
    only.source.length !== regionEnd - regionStart
  ) {
    return undefined;
  }
  // Built field by field as scanBody builds a block (a spread is slower, and this runs for every
  // block after the edit).
  const moved = (b: ProseBlock): ProseBlock => {
    const block: ProseBlock = {
      kind: b.kind,
      text: b.text,
      source: b.source,
      offset: b.offset + delta,
    };
    if (b.level !== undefined) block.level = b.level;
    return block;
  };
  const shift = (r: Range): Range =>
    r.start >= oldEnd ? { start: r.start + delta, end: r.end + delta } : r;
  const changed: ProseBlock = { ...only, offset: regionStart };
  const bodyP = p - bodyOffset;
  return {
    blocks: [...blocks.slice(0, index), changed, ...blocks.slice(index + 1).map(moved)],
    code: code.map(shift),
    comments: comments.map(shift),
    bodyWithoutCode:
      bodyWithoutCode.slice(0, bodyP) +
      text.slice(p, newEnd) +
      bodyWithoutCode.slice(oldEnd - bodyOffset),
  };
}
