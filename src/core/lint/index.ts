// The lint engine's public API. No vscode import: the CLI, the extension and tests all use this.
import { Linter } from "./engine";
import { allRules } from "./rules/index";

export { lint, Linter, type LinterOptions, type LintStats } from "./engine";
export {
  DEFAULT_LINT_CONFIG,
  mergeLintConfigs,
  readLintConfig,
  withCsvColumns,
  type LintConfig,
  type LintConfigResult,
  type RuleSetting,
} from "./config";
export { applyEdits, applyFixes, chooseFixes, fixAll } from "./fixes";
export { allRules } from "./rules/index";
export { renderRulesMarkdown, ruleDocsAnchor, RULES_DOC_PATH } from "./docs";
export type { Finding, Fix, Severity, TextEdit, Rule, RuleMeta } from "./rule";

/** A new engine with its own block cache (the editor keeps one per open document). */
export function createLinter(): Linter {
  return new Linter({ rules: allRules });
}
