// One place that turns a gds rule's spec into the engine's BlockRule, so every rule gets the same
// id prefix, family, and the same two filters: the user's allowed words, and quotations.
import type {
  BlockFinding,
  BlockRule,
  ProseBlock,
  RuleContext,
  RuleLevel,
  RuleMeta,
} from "../../rule";
import { isQuoted } from "./text";

export interface GdsRuleSpec {
  /** The id without the family, e.g. "ordinal-dates". */
  name: string;
  description: string;
  defaultLevel: RuleLevel;
  source: string;
  examples: { bad: string; good: string };
  options?: RuleMeta["options"];
  /**
   * Findings inside quotation marks are someone else's words (a direct quote, an interface label)
   * and are dropped, unless the rule is about layout rather than wording.
   */
  checksQuotedText?: boolean;
  /**
   * Something every finding needs in the block ("&", a digit): a block without it is skipped at
   * once. Most blocks have nothing to report, so this keeps the per-block cost to a `test`.
   */
  needs?: string | RegExp;
  check(block: ProseBlock, context: RuleContext): BlockFinding[];
}

export function gdsMeta(spec: Omit<GdsRuleSpec, "check" | "checksQuotedText" | "needs">): RuleMeta {
  const meta: RuleMeta = {
    id: `gds/${spec.name}`,
    family: "gds",
    description: spec.description,
    defaultLevel: spec.defaultLevel,
    source: spec.source,
    examples: spec.examples,
  };
  if (spec.options) meta.options = spec.options;
  return meta;
}

export function gdsRule(spec: GdsRuleSpec): BlockRule {
  const meta = gdsMeta(spec);
  return {
    meta,
    checkBlock(block, context) {
      const needs = spec.needs;
      if (needs !== undefined) {
        if (typeof needs === "string" ? !block.text.includes(needs) : !needs.test(block.text))
          return [];
      }
      const findings = spec.check(block, context);
      if (findings.length === 0) return findings;
      return findings.filter((f) => {
        if (context.allowWords.size > 0) {
          const matched = block.text.slice(f.start, f.end).trim().toLowerCase();
          if (context.allowWords.has(matched)) return false;
        }
        return spec.checksQuotedText === true || !isQuoted(block.text, f.start, f.end);
      });
    },
  };
}

/** Reads a string-list option, falling back to the default when the config gives something else. */
export function stringListOption(
  context: RuleContext,
  name: string,
  fallback: readonly string[],
): readonly string[] {
  const value = context.options[name];
  return Array.isArray(value) && value.every((v) => typeof v === "string") ? value : fallback;
}

/** Reads a positive number option, falling back to the default when the config gives something else. */
export function numberOption(context: RuleContext, name: string, fallback: number): number {
  const value = context.options[name];
  return typeof value === "number" && Number.isFinite(value) && value > 0 ? value : fallback;
}

/**
 * True when the rule `id` runs in this lint, so another rule can leave a case to it instead of
 * reporting it twice. Without the engine's list (tests), every rule counts as running.
 */
export function runs(context: RuleContext, id: string): boolean {
  return context.enabledRules === undefined || context.enabledRules.has(id);
}
