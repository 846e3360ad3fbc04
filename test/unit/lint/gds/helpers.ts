// Builds prose blocks and contexts by hand so the gds rule tests do not depend on the engine.
import assert from "node:assert/strict";
import type {
  BlockFinding,
  BlockRule,
  DocumentFinding,
  DocumentRule,
  LintDocument,
  ProseBlock,
  RuleContext,
} from "../../../../src/core/lint/rule";
import type { Draft } from "../../../../src/core/draft";

export function block(
  text: string,
  kind: ProseBlock["kind"] = "paragraph",
  options: { source?: string; offset?: number; level?: number } = {},
): ProseBlock {
  const b: ProseBlock = { kind, text, source: options.source ?? text, offset: options.offset ?? 0 };
  if (kind === "heading") b.level = options.level ?? 2;
  return b;
}

export function context(
  options: Record<string, unknown> = {},
  allowWords: string[] = [],
): RuleContext {
  return { options, allowWords: new Set(allowWords) };
}

export function check(
  rule: BlockRule,
  text: string,
  kind: ProseBlock["kind"] = "paragraph",
  ctx: RuleContext = context(),
): BlockFinding[] {
  return rule.checkBlock(block(text, kind), ctx);
}

/** The one finding of `rule` on `text`, checked for its exact span, the text there and the fix. */
export function expectOne(
  rule: BlockRule,
  text: string,
  found: string,
  replacement: string | undefined,
  kind: ProseBlock["kind"] = "paragraph",
): BlockFinding {
  const findings = check(rule, text, kind);
  assert.equal(
    findings.length,
    1,
    `${rule.meta.id} on ${JSON.stringify(text)}: ${JSON.stringify(findings)}`,
  );
  const f = findings[0]!;
  const start = text.indexOf(found);
  assert.ok(start !== -1, `test bug: ${JSON.stringify(found)} not in text`);
  assert.deepEqual(
    { start: f.start, end: f.end, text: text.slice(f.start, f.end) },
    { start, end: start + found.length, text: found },
  );
  assert.equal(f.replacement, replacement, `fix of ${rule.meta.id} on ${JSON.stringify(text)}`);
  assert.ok(f.message.length > 10, "a message that says what to do");
  return f;
}

export function expectNone(
  rule: BlockRule,
  text: string,
  kind: ProseBlock["kind"] = "paragraph",
  ctx: RuleContext = context(),
): void {
  const findings = check(rule, text, kind, ctx);
  assert.deepEqual(
    findings.map((f) => text.slice(f.start, f.end)),
    [],
    `${rule.meta.id} should be quiet on ${JSON.stringify(text)}`,
  );
}

/** Applies a finding's fix to the text, as the engine would. */
export function applyFix(text: string, f: BlockFinding): string {
  assert.ok(f.replacement !== undefined, "expected a fix");
  return text.slice(0, f.start) + f.replacement + text.slice(f.end);
}

/** A document of blocks laid out one per paragraph, for document rules. */
export function documentOf(parts: { text: string; kind?: ProseBlock["kind"] }[]): LintDocument {
  let text = "";
  const blocks: ProseBlock[] = [];
  for (const part of parts) {
    if (text.length > 0)
      text += part.kind === "list-item" && blocks.at(-1)?.kind === "list-item" ? "\n" : "\n\n";
    blocks.push(block(part.text, part.kind ?? "paragraph", { offset: text.length }));
    text += part.text;
  }
  const draft = { text, body: text, bodyOffset: 0, problems: [] } as unknown as Draft;
  return { text, draft, blocks, bodyWithoutCode: text, code: [] };
}

export function checkDocument(
  rule: DocumentRule,
  document: LintDocument,
  ctx: RuleContext = context(),
): DocumentFinding[] {
  return rule.checkDocument(document, ctx);
}
