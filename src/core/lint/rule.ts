// The contract between the lint engine and its rules. Rules never see raw markdown: the engine hands
// them prose blocks whose non-prose parts (code, URLs, link targets, HTML comments, ((placeholders)))
// are masked with spaces. Masking keeps every offset where it was, so a rule's finding maps back to
// the exact line and column in the file without any bookkeeping in the rule.

export type Severity = "error" | "warning" | "info";
export type RuleLevel = Severity | "off";
export type RuleFamily = "write-good" | "gds" | "notify" | "tenant";

/** A replacement of `text.slice(start, end)` in the whole file. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  /** Shown in the quick fix menu, e.g. `Replace "e.g." with "for example"`. */
  title: string;
  edits: TextEdit[];
}

/** What the engine reports: offsets in the whole file text. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  start: number;
  end: number;
  fixes: Fix[];
}

export interface RuleMeta {
  /** Stable id, `family/name`, e.g. `gds/ordinal-dates`. */
  id: string;
  family: RuleFamily;
  /** One sentence for the rule table and docs/rules.md. */
  description: string;
  defaultLevel: RuleLevel;
  /** Where the rule comes from (style guide section, Notify source), for the docs. */
  source?: string;
  /** The catalogue's bad and good examples; the docs show them and unit tests use them. */
  examples?: { bad: string; good: string };
  /** Options the rule reads from config, with defaults, documented in docs/rules.md. */
  options?: Record<string, { description: string; default: unknown }>;
}

/** A run of prose the writer typed, masked, with its place in the file. */
export interface ProseBlock {
  kind: "paragraph" | "heading" | "list-item" | "inset" | "subject";
  /** Heading level (1-6) for headings. */
  level?: number;
  /** The source slice with non-prose parts replaced by spaces (same length as the source). */
  text: string;
  /** The unmasked source slice, for fixes that must quote the original. */
  source: string;
  /** Offset of `text[0]` in the file. */
  offset: number;
}

/** A finding relative to a block: offsets into `block.text`. */
export interface BlockFinding {
  start: number;
  end: number;
  message: string;
  /** Replacement for `block.text.slice(start, end)` when one is exact and safe. */
  replacement?: string;
  /** Title for the fix; defaults to `Replace "<old>" with "<new>"`. */
  fixTitle?: string;
}

export interface RuleContext {
  /** The rule's options merged over its defaults. */
  options: Record<string, unknown>;
  /** Words the user allows everywhere (lower case). */
  allowWords: ReadonlySet<string>;
}

/** Checks one block at a time; results are cached per block text, so it must be pure. */
export interface BlockRule {
  meta: RuleMeta;
  checkBlock(block: ProseBlock, context: RuleContext): BlockFinding[];
}
