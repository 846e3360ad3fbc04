// Small helpers shared by the notify/* and tenant/* document rules.
import type { DocumentFinding, LintDocument, RuleContext, SharedLintSettings } from "../rule";
import { sharedSettings, DEFAULT_LINT_CONFIG } from "../config";

/** The settings to use when a rule runs without the engine (tests). */
export function shared(context: RuleContext): SharedLintSettings {
  return context.shared ?? sharedSettings(DEFAULT_LINT_CONFIG);
}

/** The file's line ending, so inserted text matches what is there. */
export function eol(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

/**
 * True when the code-free body contains one of `needles`: a cheap test that lets a rule skip its
 * pattern (most drafts have no `**`, `~~`, `![` or `<` at all).
 */
export function bodyHas(document: LintDocument, ...needles: string[]): boolean {
  return needles.some((n) => document.bodyWithoutCode.includes(n));
}

/** Every match of a global regex in the code-free body, with file offsets. */
export function* matchesInBody(
  document: LintDocument,
  pattern: RegExp,
): Generator<{ start: number; end: number; match: RegExpExecArray }> {
  const body = document.bodyWithoutCode;
  const base = document.draft.bodyOffset;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    yield { start: base + m.index, end: base + m.index + m[0].length, match: m };
  }
}

/** A finding whose only fix replaces its own range. */
export function replaceFinding(
  start: number,
  end: number,
  message: string,
  replacement: string,
  title: string,
): DocumentFinding {
  return { start, end, message, fixes: [{ title, edits: [{ start, end, text: replacement }] }] };
}
