// Suppression comments in a draft:
//   <!-- tenant-comms-disable gds/click write-good/passive -->   off from here (no id: every rule)
//   <!-- tenant-comms-enable gds/click -->                        on again (no id: every rule)
//   <!-- tenant-comms-disable-next-line gds/click -->             off for the next line
// A disable before any of the body's text also covers the front matter (the subject), so "disable
// for this file" can be one comment at the top of the body. The next-line form skips one blank
// line, because formatters like to put one after a comment.
import type { Range } from "./markdown/mask";

export const DIRECTIVE_PREFIX = "tenant-comms-";

const DIRECTIVE = /^<!--\s*tenant-comms-(disable-next-line|disable|enable)(?=\s|-->)([\s\S]*?)-->$/;

interface StateChange {
  at: number;
  /** Disabled ids at and after `at`; "*" means every rule. */
  disabled: ReadonlySet<string>;
  /** Ids re-enabled while "*" is disabled. */
  enabled: ReadonlySet<string>;
}

export interface Suppressions {
  /** False when the draft has no directive at all, so nothing can be suppressed. */
  any: boolean;
  isSuppressed(ruleId: string, offset: number): boolean;
}

export interface Directive {
  kind: "disable" | "enable" | "disable-next-line";
  ids: string[];
  range: Range;
}

/** Parses one HTML comment; undefined when it is not one of ours. */
export function parseDirective(comment: string, range: Range): Directive | undefined {
  const m = DIRECTIVE.exec(comment);
  if (!m) return undefined;
  // Anything after " -- " is a reason for the reader, as in eslint.
  const idsText = (m[2] ?? "").split(/\s--\s/)[0] ?? "";
  const ids = idsText.split(/[\s,]+/).filter((id) => id.length > 0);
  return { kind: m[1] as Directive["kind"], ids, range };
}

export function buildSuppressions(
  text: string,
  comments: readonly Range[],
  firstContent: number,
): Suppressions {
  const changes: StateChange[] = [];
  const lineRules: { start: number; end: number; ids: string[] }[] = [];
  let disabled = new Set<string>();
  let enabled = new Set<string>();
  for (const range of comments) {
    const directive = parseDirective(text.slice(range.start, range.end), range);
    if (!directive) continue;
    if (directive.kind === "disable-next-line") {
      const target = nextLine(text, range.end);
      if (target) lineRules.push({ ...target, ids: directive.ids });
      continue;
    }
    disabled = new Set(disabled);
    enabled = new Set(enabled);
    const ids = directive.ids.length === 0 ? ["*"] : directive.ids;
    if (directive.kind === "disable") {
      if (ids.includes("*")) {
        disabled = new Set(["*"]);
        enabled = new Set();
      } else {
        for (const id of ids) {
          disabled.add(id);
          enabled.delete(id);
        }
      }
    } else if (ids.includes("*")) {
      disabled = new Set();
      enabled = new Set();
    } else {
      for (const id of ids) {
        disabled.delete(id);
        if (disabled.has("*")) enabled.add(id);
      }
    }
    changes.push({ at: range.start <= firstContent ? 0 : range.end, disabled, enabled });
  }
  changes.sort((a, b) => a.at - b.at);
  return {
    any: lineRules.length > 0 || changes.length > 0,
    isSuppressed(ruleId, offset) {
      for (const rule of lineRules) {
        if (offset >= rule.start && offset <= rule.end && matches(rule.ids, ruleId)) return true;
      }
      let state: StateChange | undefined;
      for (const change of changes) {
        if (change.at > offset) break;
        state = change;
      }
      if (!state) return false;
      if (state.disabled.has(ruleId)) return true;
      return state.disabled.has("*") && !state.enabled.has(ruleId);
    },
  };
}

function matches(ids: readonly string[], ruleId: string): boolean {
  return ids.length === 0 || ids.includes(ruleId);
}

/** The line after the one `offset` is on, stepping over one blank line. */
function nextLine(text: string, offset: number): Range | undefined {
  let newline = text.indexOf("\n", offset);
  if (newline === -1) return undefined;
  for (let skipped = 0; skipped < 2; skipped++) {
    const start = newline + 1;
    const next = text.indexOf("\n", start);
    const end = next === -1 ? text.length : next;
    if (text.slice(start, end).trim() !== "") return { start, end };
    if (next === -1) return undefined;
    newline = next;
  }
  return undefined;
}
