// Applying fixes: edits are offsets in the text they were made for. A fix's edits go in together or
// not at all, and a fix that overlaps one already taken is left for the next pass (lint again and
// it comes back with fresh offsets), so applying never garbles the text.
import type { Finding, Fix, TextEdit } from "./rule";

/** Applies non-overlapping edits; throws if two overlap (callers choose with `chooseFixes`). */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = "";
  let at = 0;
  for (const edit of sorted) {
    if (edit.start < at || edit.end < edit.start || edit.end > text.length) {
      throw new Error(`Overlapping or invalid edit at ${edit.start}-${edit.end}.`);
    }
    out += text.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  return out + text.slice(at);
}

/** The fixes to apply together: the first fix of each finding, skipping any that would overlap. */
export function chooseFixes(findings: readonly Finding[]): Fix[] {
  const chosen: Fix[] = [];
  const taken: { start: number; end: number }[] = [];
  const clashes = (e: TextEdit): boolean =>
    taken.some(
      (t) =>
        (e.start < t.end && e.end > t.start) ||
        e.start === t.start ||
        (e.start === e.end && e.start === t.end) ||
        (t.start === t.end && t.start === e.end),
    );
  for (const finding of findings) {
    const fix = finding.fixes[0];
    if (!fix || fix.edits.length === 0) continue;
    if (fix.edits.some(clashes)) continue;
    chosen.push(fix);
    for (const e of fix.edits) taken.push({ start: e.start, end: e.end });
  }
  return chosen;
}

/** Applies the first fix of every finding that can go in without a clash. */
export function applyFixes(
  text: string,
  findings: readonly Finding[],
): { text: string; applied: number } {
  const fixes = chooseFixes(findings);
  return {
    text: applyEdits(
      text,
      fixes.flatMap((f) => f.edits),
    ),
    applied: fixes.length,
  };
}

/**
 * Fixes everything fixable: lint, apply, lint again (a fix can move or reveal others), up to
 * `maxPasses` times.
 */
export function fixAll(
  text: string,
  lintText: (text: string) => Finding[],
  maxPasses = 10,
): { text: string; applied: number; remaining: Finding[] } {
  let current = text;
  let applied = 0;
  let findings = lintText(current);
  for (let pass = 0; pass < maxPasses; pass++) {
    const result = applyFixes(current, findings);
    if (result.applied === 0) break;
    applied += result.applied;
    current = result.text;
    findings = lintText(current);
  }
  return { text: current, applied, remaining: findings };
}
