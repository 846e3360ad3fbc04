// The lint engine: text + config -> findings sorted by position. Prose blocks are linted by block
// rules and cached by their text, so after an edit only the changed blocks are linted again;
// document rules (header, footer, subject, Notify markup, acronyms) run on the whole text each time.
import { parseDraft, type Draft } from "../draft";
import { DEFAULT_LINT_CONFIG, ruleSettingFor, sharedSettings, type LintConfig } from "./config";
import { scanBody } from "./markdown/blocks";
import { maskRanges, type Range } from "./markdown/mask";
import { rescanBody, type PreviousScan } from "./markdown/rescan";
import { maskInline, type InlineMask } from "./markdown/inline";
import {
  isDocumentRule,
  type BlockFinding,
  type BlockRule,
  type DocumentRule,
  type Finding,
  type Fix,
  type LintDocument,
  type ProseBlock,
  type Rule,
  type RuleContext,
  type Severity,
} from "./rule";
import { allRules } from "./rules/index";
import { analyseStructure } from "./rules/tenant/structure";
import { buildSuppressions } from "./suppress";

interface Active<R extends Rule> {
  rule: R;
  severity: Severity;
  levelSet: boolean;
  context: RuleContext;
}

interface Resolved {
  blockRules: Active<BlockRule>[];
  documentRules: Active<DocumentRule>[];
  /** Identifies everything that changes a block rule's output; part of every cache key. */
  fingerprint: string;
  allowWords: ReadonlySet<string>;
  shared: ReturnType<typeof sharedSettings>;
}

/** A block rule's finding, kept relative to its block so it survives the block moving. */
interface CachedFinding {
  rule: number;
  finding: BlockFinding;
}

/** One block's findings under one config. */
interface CacheEntry {
  source: string;
  kind: ProseBlock["kind"];
  level: number | undefined;
  found: CachedFinding[];
  /** The findings as reported the last time, at that offset. */
  materialised?: { offset: number; findings: Finding[] };
  /** Document rules' per-block values (LintDocument.perBlock). */
  memo?: Map<string, unknown>;
}

export interface LinterOptions {
  /** The rules to run (the public `lint` in index.ts passes every rule of rules/index.ts). */
  rules: readonly Rule[];
  /** Most blocks kept in the cache (least recently used go first). */
  maxCacheEntries?: number;
}

export interface LintStats {
  /** Calls of any block rule's checkBlock. */
  blockRuleCalls: number;
  /** Blocks whose findings came from the cache / were linted. */
  blocksFromCache: number;
  blocksLinted: number;
}

export class Linter {
  readonly rules: readonly Rule[];
  readonly stats: LintStats = { blockRuleCalls: 0, blocksFromCache: 0, blocksLinted: 0 };
  /** Block findings per config fingerprint, then per block (least recently used first). */
  private readonly cache = new Map<string, Map<string, CacheEntry[]>>();
  private cacheEntries = 0;
  private lastDraft: { prefix: string; draft: Draft } | undefined;
  private lastScan: PreviousScan | undefined;
  /** Inline masking per block source, so an edit re-masks only the block it touched. */
  private readonly inlineCache = new Map<string, InlineMask>();
  private readonly maxCacheEntries: number;
  private readonly resolved = new WeakMap<LintConfig, Resolved>();

  constructor(options: LinterOptions) {
    this.rules = options.rules;
    this.maxCacheEntries = options.maxCacheEntries ?? 20_000;
  }

  lint(text: string, config: LintConfig = DEFAULT_LINT_CONFIG): Finding[] {
    const resolved = this.resolve(config);
    const draft = this.parse(text);
    // After a small edit inside one paragraph, only that paragraph is scanned again.
    const scanned =
      (this.lastScan && rescanBody(this.lastScan, text, draft.bodyOffset, this.inlineCache)) ??
      scanBody(text, draft.bodyOffset, this.inlineCache);
    this.lastScan = { text, bodyOffset: draft.bodyOffset, scanned };
    trim(this.inlineCache, this.maxCacheEntries);
    const structure = analyseStructure(draft, scanned.bodyWithoutCode, resolved.shared);
    const mandated: Range[] = [];
    if (structure.applies) {
      if (structure.header.region) mandated.push(structure.header.region);
      if (structure.footer.region) mandated.push(structure.footer.region);
    }
    const blocks = withoutMandated(scanned.blocks, mandated);
    const subject = subjectBlock(draft);
    if (subject) blocks.unshift(subject);

    // Each block's findings come sorted from the cache, and blocks are in file order, so the block
    // findings are sorted once they are joined: only the few document findings need sorting.
    const findings: Finding[] = [];
    const entries: CacheEntry[] = [];
    let inOrder = true;
    for (const block of blocks) {
      const first = findings.length;
      entries.push(this.lintBlock(block, resolved, findings));
      if (
        first > 0 &&
        first < findings.length &&
        byPosition(findings[first - 1]!, findings[first]!) > 0
      )
        inOrder = false;
    }

    const document: LintDocument = {
      text,
      draft,
      blocks,
      bodyWithoutCode: scanned.bodyWithoutCode,
      code: scanned.code,
      perBlock: memoFor(blocks, entries),
    };
    const documentFindings: Finding[] = [];
    for (const active of resolved.documentRules) {
      for (const f of active.rule.checkDocument(document, active.context)) {
        documentFindings.push({
          ruleId: active.rule.meta.id,
          severity: !active.levelSet && f.severity ? f.severity : active.severity,
          message: f.message,
          start: f.start,
          end: f.end,
          fixes: f.fixes ?? [],
        });
      }
    }

    documentFindings.sort(byPosition);
    if (!inOrder) findings.sort(byPosition);
    const all = merge(findings, documentFindings);

    const suppressions = buildSuppressions(text, scanned.comments, structure.firstContent);
    if (!suppressions.any && resolved.allowWords.size === 0) return all;
    return all.filter(
      (f) =>
        !suppressions.isSuppressed(f.ruleId, f.start) && !allowed(text, f, resolved.allowWords),
    );
  }

  /**
   * parseDraft, skipping the YAML when the front matter is what it was last time: edits are almost
   * always in the body, and the draft's fields depend only on the text up to the body.
   */
  private parse(text: string): Draft {
    const last = this.lastDraft;
    if (last && text.length >= last.prefix.length && text.startsWith(last.prefix)) {
      return { ...last.draft, text, body: text.slice(last.draft.bodyOffset) };
    }
    const draft = parseDraft(text);
    const prefix = text.slice(0, draft.bodyOffset);
    // Only when the prefix ends with the closing fence's line break is it complete on its own.
    this.lastDraft = draft.frontMatter && prefix.endsWith("\n") ? { prefix, draft } : undefined;
    return draft;
  }

  /** Forgets every cached block (e.g. when rules change at run time). */
  clearCache(): void {
    this.cache.clear();
    this.cacheEntries = 0;
    this.inlineCache.clear();
    this.lastScan = undefined;
  }

  private lintBlock(block: ProseBlock, resolved: Resolved, out: Finding[]): CacheEntry {
    let perConfig = this.cache.get(resolved.fingerprint);
    if (!perConfig) this.cache.set(resolved.fingerprint, (perConfig = new Map()));
    // Keyed by the masked text (the same string object from one lint to the next, so its hash is
    // kept), then matched on source and kind: no long key strings to build and hash.
    let entries = perConfig.get(block.text);
    let entry = entries?.find(
      (e) => e.source === block.source && e.kind === block.kind && e.level === block.level,
    );
    if (entry) {
      this.stats.blocksFromCache++;
    } else {
      const found: CachedFinding[] = [];
      for (let index = 0; index < resolved.blockRules.length; index++) {
        const active = resolved.blockRules[index]!;
        this.stats.blockRuleCalls++;
        for (const finding of active.rule.checkBlock(block, active.context)) {
          found.push({ rule: index, finding });
        }
      }
      // Sorted as the whole lint's findings are (the order survives the block moving).
      found.sort((a, b) => byRelativePosition(a, b, resolved.blockRules));
      entry = { source: block.source, kind: block.kind, level: block.level, found };
      if (!entries) perConfig.set(block.text, (entries = []));
      entries.push(entry);
      this.stats.blocksLinted++;
      if (++this.cacheEntries > this.maxCacheEntries) this.evictOldest(perConfig);
    }
    // Findings of a block that has not moved are the very objects of the last lint.
    if (entry.materialised?.offset !== block.offset) {
      entry.materialised = {
        offset: block.offset,
        findings: entry.found.map(({ rule, finding }) =>
          toFinding(block, finding, resolved.blockRules[rule]!),
        ),
      };
    }
    for (const f of entry.materialised.findings) out.push(f);
    return entry;
  }

  private evictOldest(current: Map<string, CacheEntry[]>): void {
    // Other configs' entries go first: they belong to settings no longer in use.
    for (const [fingerprint, entries] of this.cache) {
      if (entries === current) continue;
      for (const list of entries.values()) this.cacheEntries -= list.length;
      this.cache.delete(fingerprint);
      return;
    }
    // Then the oldest blocks (first in, first out: plenty for any one draft's blocks).
    const oldest = current.keys().next();
    if (!oldest.done) {
      this.cacheEntries -= current.get(oldest.value)?.length ?? 0;
      current.delete(oldest.value);
    }
  }

  private resolve(config: LintConfig): Resolved {
    const known = this.resolved.get(config);
    if (known) return known;
    const shared = sharedSettings(config);
    const allowWords = new Set(
      config.allowWords.map((w) => w.toLowerCase().trim()).filter(Boolean),
    );
    const enabledRules = new Set<string>();
    const blockRules: Active<BlockRule>[] = [];
    const documentRules: Active<DocumentRule>[] = [];
    const fingerprint: unknown[] = [[...allowWords], shared];
    for (const rule of this.rules) {
      const setting = ruleSettingFor(rule.meta, config);
      if (setting.level === "off") continue;
      enabledRules.add(rule.meta.id);
      const context: RuleContext = { options: setting.options, allowWords, shared, enabledRules };
      const active = { rule, severity: setting.level, levelSet: setting.levelSet, context };
      if (isDocumentRule(rule)) documentRules.push(active as Active<DocumentRule>);
      else blockRules.push(active as Active<BlockRule>);
      // Document rules count too: their per-block memos live in the block cache.
      fingerprint.push([rule.meta.id, setting.level, setting.options]);
    }
    const resolved: Resolved = {
      blockRules,
      documentRules,
      fingerprint: JSON.stringify(fingerprint),
      allowWords,
      shared,
    };
    this.resolved.set(config, resolved);
    return resolved;
  }
}

/** Shared by every finding without a fix (most of them), so re-linting allocates less. */
const NO_FIXES: Fix[] = Object.freeze([]) as unknown as Fix[];

function toFinding(block: ProseBlock, f: BlockFinding, active: Active<BlockRule>): Finding {
  if (f.replacement === undefined) {
    return {
      ruleId: active.rule.meta.id,
      severity: active.severity,
      message: f.message,
      start: block.offset + f.start,
      end: block.offset + f.end,
      fixes: NO_FIXES,
    };
  }
  const fixes: Fix[] = [];
  // A fix is offered only when the range holds no masked text: replacing it must not eat a code
  // span, a URL or a placeholder the rule never saw.
  if (
    f.replacement !== undefined &&
    block.text.slice(f.start, f.end) === block.source.slice(f.start, f.end)
  ) {
    const old = block.source.slice(f.start, f.end);
    fixes.push({
      title: f.fixTitle ?? `Replace "${old}" with "${f.replacement}"`,
      edits: [{ start: block.offset + f.start, end: block.offset + f.end, text: f.replacement }],
    });
  }
  return {
    ruleId: active.rule.meta.id,
    severity: active.severity,
    message: f.message,
    start: block.offset + f.start,
    end: block.offset + f.end,
    fixes,
  };
}

function byPosition(a: Finding, b: Finding): number {
  return (
    a.start - b.start || a.end - b.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** byPosition for one block's cached findings (offsets relative to the block). */
function byRelativePosition(
  a: CachedFinding,
  b: CachedFinding,
  rules: readonly Active<BlockRule>[],
): number {
  const ida = rules[a.rule]!.rule.meta.id;
  const idb = rules[b.rule]!.rule.meta.id;
  return (
    a.finding.start - b.finding.start ||
    a.finding.end - b.finding.end ||
    (ida < idb ? -1 : ida > idb ? 1 : 0)
  );
}

/**
 * Two sorted lists as one, as a stable sort of `first` followed by `second` would order them (on a
 * tie, `first`'s finding comes first).
 */
function merge(first: Finding[], second: Finding[]): Finding[] {
  if (second.length === 0) return first;
  const out: Finding[] = new Array<Finding>(first.length + second.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < first.length && j < second.length) {
    out[k++] = byPosition(second[j]!, first[i]!) < 0 ? second[j++]! : first[i++]!;
  }
  while (i < first.length) out[k++] = first[i++]!;
  while (j < second.length) out[k++] = second[j++]!;
  return out;
}

/**
 * LintDocument.perBlock over this lint's blocks and their cache entries. Rules ask in block order
 * almost always, so a cursor finds the entry without a map; anything else builds one once.
 */
function memoFor(
  blocks: readonly ProseBlock[],
  entries: readonly CacheEntry[],
): <T>(block: ProseBlock, key: string, compute: () => T) => T {
  let cursor = 0;
  let index: Map<ProseBlock, number> | undefined;
  const entryOf = (block: ProseBlock): CacheEntry | undefined => {
    if (blocks[cursor] !== block) {
      if (cursor > 0 && blocks[cursor - 1] === block) cursor--;
      else {
        if (!index) {
          index = new Map();
          for (let i = 0; i < blocks.length; i++) index.set(blocks[i]!, i);
        }
        const at = index.get(block);
        if (at === undefined) return undefined;
        cursor = at;
      }
    }
    return entries[cursor++];
  };
  return <T>(block: ProseBlock, key: string, compute: () => T): T => {
    const entry = entryOf(block);
    if (!entry) return compute();
    entry.memo ??= new Map();
    if (entry.memo.has(key)) return entry.memo.get(key) as T;
    const value = compute();
    entry.memo.set(key, value);
    return value;
  };
}

/** Keeps a memo map to its newest `max` entries. */
function trim<K, V>(map: Map<K, V>, max: number): void {
  while (map.size > max) {
    const oldest = map.keys().next().value;
    if (oldest === undefined) return;
    map.delete(oldest);
  }
}

/** The subject as a prose block, when its text sits in the file as written. */
function subjectBlock(draft: Draft): ProseBlock | undefined {
  if (!draft.subjectSpan || !draft.subjectIsVerbatim || draft.subject === undefined)
    return undefined;
  const source = draft.text.slice(draft.subjectSpan.start, draft.subjectSpan.end);
  const masked = maskInline(source).text;
  if (masked.trim() === "") return undefined;
  return { kind: "subject", text: masked, source, offset: draft.subjectSpan.start };
}

/** Blocks with the mandated header and footer words masked; blocks left empty are dropped. */
function withoutMandated(blocks: readonly ProseBlock[], mandated: readonly Range[]): ProseBlock[] {
  if (mandated.length === 0) return [...blocks];
  const out: ProseBlock[] = [];
  for (const block of blocks) {
    const end = block.offset + block.text.length;
    // Most blocks are nowhere near the header or footer: no arrays for them.
    if (!mandated.some((r) => r.start < end && r.end > block.offset)) {
      out.push(block);
      continue;
    }
    const overlaps = mandated
      .filter((r) => r.start < end && r.end > block.offset)
      .map((r) => ({ start: r.start - block.offset, end: r.end - block.offset }));
    if (overlaps.length === 0) {
      out.push(block);
      continue;
    }
    const text = maskRanges(block.text, overlaps);
    if (/[\p{L}\p{N}]/u.test(text)) out.push({ ...block, text });
  }
  return out;
}

/** True when the finding covers exactly a word or phrase on the allow-list. */
function allowed(text: string, finding: Finding, allowWords: ReadonlySet<string>): boolean {
  if (allowWords.size === 0) return false;
  return allowWords.has(text.slice(finding.start, finding.end).toLowerCase().trim());
}

let defaultLinter: Linter | undefined;

/** Lints a draft with every rule, on a shared engine whose block cache persists between calls. */
export function lint(text: string, config: LintConfig = DEFAULT_LINT_CONFIG): Finding[] {
  defaultLinter ??= new Linter({ rules: allRules });
  return defaultLinter.lint(text, config);
}
