// Word-list matching for the rules that are a list of words and what to say instead. Each list is
// compiled once into a single case-insensitive regex (longest forms first), so a block is scanned
// once per list however long the list is.
import type { BlockFinding } from "../../rule";
import { matchCase, matchesOf } from "./text";

export interface WordEntry {
  /** Forms as written, lower case. A space in a form matches any run of spaces or a line break. */
  forms: readonly string[];
  /** What to tell the writer; `found` is the text as written. */
  message: (found: string) => string;
  /** Exact replacements by form (lower case key); the writer's capital letter is kept. */
  fixes?: Readonly<Record<string, string>>;
  /** Leave this occurrence alone (a noun sense, a name, a fixed phrase). */
  skip?: (text: string, start: number, end: number) => boolean;
}

export interface CompiledWordList {
  regex: RegExp;
  byForm: ReadonlyMap<string, WordEntry>;
}

function escape(form: string): string {
  return form.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
}

/**
 * A match must not touch another letter, digit, hyphen or dot-joined word on either side, so
 * "right-click", "GitHub" and "example.com/portal" are not "click", "hub" and "portal".
 */
export function compileWordList(entries: readonly WordEntry[]): CompiledWordList {
  const byForm = new Map<string, WordEntry>();
  for (const entry of entries) for (const form of entry.forms) byForm.set(form, entry);
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escape);
  const regex = new RegExp(
    `(?<![\\p{L}\\p{N}_\\-./@'’])(?:${forms.join("|")})(?![\\p{L}\\p{N}_]|-\\p{L}|[.'’][\\p{L}\\p{N}])`,
    "giu",
  );
  return { regex, byForm };
}

export function normaliseForm(found: string): string {
  return found.toLowerCase().replace(/\s+/g, " ").replace(/’/g, "'");
}

export function findWords(list: CompiledWordList, text: string): BlockFinding[] {
  const findings: BlockFinding[] = [];
  for (const m of matchesOf(list.regex, text)) {
    const found = m[0];
    const form = normaliseForm(found);
    const entry = list.byForm.get(form);
    if (!entry) continue;
    const start = m.index;
    const end = start + found.length;
    if (entry.skip?.(text, start, end)) continue;
    const finding: BlockFinding = { start, end, message: entry.message(found) };
    const fix = entry.fixes?.[form];
    if (fix !== undefined) finding.replacement = matchCase(found, fix);
    findings.push(finding);
  }
  return findings;
}

/** Inflected forms of a regular verb ("initiate" -> initiates, initiated, initiating). */
export function verbForms(base: string, extra: readonly string[] = []): string[] {
  const stem = base.endsWith("e") ? base.slice(0, -1) : base;
  const past = base.endsWith("e") ? `${base}d` : `${base}ed`;
  return [base, `${base}s`, past, `${stem}ing`, ...extra];
}

/** Pairs each form of `from` with the same form of `to`, for `fixes`. */
export function verbFixes(from: readonly string[], to: readonly string[]): Record<string, string> {
  const fixes: Record<string, string> = {};
  from.forEach((form, i) => {
    const replacement = to[i];
    if (replacement !== undefined) fixes[form] = replacement;
  });
  return fixes;
}
