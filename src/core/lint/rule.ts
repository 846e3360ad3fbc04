// The contract between the lint engine and its rules. Rules never see raw markdown: the engine hands
// them prose blocks whose non-prose parts (code, URLs, link targets, HTML comments, ((placeholders)))
// are masked with spaces. Masking keeps every offset where it was, so a rule's finding maps back to
// the exact line and column in the file without any bookkeeping in the rule.

import type { Draft, Span } from "../draft";

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
  /** Settings several rules share (acronyms, header/footer texts, CSV columns). */
  shared?: SharedLintSettings;
  /** Ids of every rule this lint runs, so rules that share one pass (write-good) run it once. */
  enabledRules?: ReadonlySet<string>;
}

/** Checks one block at a time; results are cached per block text, so it must be pure. */
export interface BlockRule {
  meta: RuleMeta;
  checkBlock(block: ProseBlock, context: RuleContext): BlockFinding[];
}

/** Settings that are not one rule's options but that several rules read. */
export interface SharedLintSettings {
  /** Acronyms the writer's team treats as known (no first-use expansion needed), upper case as written. */
  acronyms: readonly string[];
  /** Columns of the chosen recipients CSV, when one is chosen (for `notify/placeholder-no-data`). */
  csvColumns?: readonly string[];
  /** Header and footer texts (markdown); default to src/core/templates/tenant-texts.ts. */
  header: string;
  footer: string;
  /** Channels whose drafts must carry the header and footer (always includes `technical`). */
  headerFooterChannels: readonly string[];
}

/**
 * Everything a whole-document rule may look at. Document rules run on every lint (they are not
 * cached per block), so they should be linear in the text.
 */
export interface LintDocument {
  /** The whole file. */
  text: string;
  /** The parsed draft (front matter, body and its offset). */
  draft: Draft;
  /**
   * Every prose block in file order (the subject first when there is one), masked as for block
   * rules. Blocks inside a header or footer that matches the mandated text are left out: those words
   * are not the writer's.
   */
  blocks: readonly ProseBlock[];
  /**
   * The body (from `draft.bodyOffset`) with code spans and blocks, HTML comments and front matter
   * blanked out (same length, offsets unchanged), for rules about Notify's markdown. URLs, link
   * targets and placeholders are kept: some rules are about exactly those.
   */
  bodyWithoutCode: string;
  /** Code blocks and inline code spans, offsets in the whole file. */
  code: readonly Span[];
  /**
   * Remembers `compute()` per block between lints: while a block's text is unchanged the value
   * from the last lint comes back without calling `compute`. For the per-block part of a document
   * rule (e.g. the acronyms a paragraph uses), so an edit re-does only the changed block's part.
   * The value must depend only on the block's kind, text and source and the rule's context (its
   * options, the allow-list, shared settings, which rules run: the cache is kept per config), and
   * hold offsets relative to the block (blocks move when text before them changes). `key` names
   * the value, e.g. the rule id. Optional: absent when a rule runs outside the engine.
   */
  perBlock?<T>(block: ProseBlock, key: string, compute: () => T): T;
}

/** A finding of a document rule: offsets in the whole file. */
export interface DocumentFinding {
  start: number;
  end: number;
  message: string;
  fixes?: Fix[];
  /**
   * A severity that belongs to this finding (e.g. a front matter problem's own), used unless the
   * user set the rule's level.
   */
  severity?: Severity;
}

/**
 * Checks the whole document at once (header/footer, subject, acronym first use, Notify markup).
 * Rule families export them next to their block rules; for gds that is
 * `export const gdsDocumentRules: DocumentRule[]` in rules/gds/index.ts (optional).
 */
export interface DocumentRule {
  meta: RuleMeta;
  checkDocument(document: LintDocument, context: RuleContext): DocumentFinding[];
}

export type Rule = BlockRule | DocumentRule;

export function isDocumentRule(rule: Rule): rule is DocumentRule {
  return typeof (rule as DocumentRule).checkDocument === "function";
}
