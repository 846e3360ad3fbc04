// Shared by the lint unit tests: drafts to lint and ways to look at findings by position.
import { Linter } from "../../../src/core/lint/engine";
import type { LintConfig } from "../../../src/core/lint/config";
import type { Finding, Rule } from "../../../src/core/lint/rule";
import { notifyRules } from "../../../src/core/lint/rules/notify/index";
import { tenantRules } from "../../../src/core/lint/rules/tenant/index";
import { writeGoodRules } from "../../../src/core/lint/rules/write-good";
import { LineIndex } from "../../../src/core/text/line-index";
import { FOOTER, headerWith } from "../../../src/core/templates/tenant-texts";

/** The families this helper owns; gds/* has its own tests under test/unit/lint/gds/. */
export const OWN_RULES: readonly Rule[] = [...writeGoodRules, ...notifyRules, ...tenantRules];

/** A draft with front matter; `channel: announcement` by default so no header/footer is needed. */
export function draft(
  body: string,
  frontMatter = "subject: Changes to the platform\nchannel: announcement",
): string {
  return `---\n${frontMatter}\n---\n${body}`;
}

/** A technical draft with the mandated header (slot filled) and footer around `body`. */
export function technical(body: string, about = "changes to the platform"): string {
  return draft(
    `${headerWith(about)}\n\n${body}\n\n${FOOTER}\n`,
    "subject: Changes to the platform\nchannel: technical",
  );
}

export function lintWith(
  text: string,
  config?: LintConfig,
  rules: readonly Rule[] = OWN_RULES,
): Finding[] {
  return new Linter({ rules }).lint(text, config);
}

export function only(findings: Finding[], ruleId: string): Finding[] {
  return findings.filter((f) => f.ruleId === ruleId);
}

/** A finding as 1-based line:column-line:column plus the text it covers, for exact assertions. */
export function where(text: string, f: Finding): string {
  const index = new LineIndex(text);
  const a = index.positionAt(f.start);
  const b = index.positionAt(f.end);
  return `${a.line + 1}:${a.character + 1}-${b.line + 1}:${b.character + 1} ${JSON.stringify(text.slice(f.start, f.end))}`;
}

/** Applies a finding's first fix. */
export function applyFirstFix(text: string, f: Finding): string {
  const fix = f.fixes[0];
  if (!fix) throw new Error(`${f.ruleId} has no fix`);
  let out = text;
  for (const e of [...fix.edits].sort((x, y) => y.start - x.start))
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
