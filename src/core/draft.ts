// A draft is a `*.notify.md` file: YAML front matter between `---` fences, then the email body in
// Notify's markdown. Parsing never throws: every mistake becomes a DraftProblem with an exact span
// in the file and a message that says how to fix it, so the editor and the CLI can show it in place.
import { isMap, isScalar, isSeq, parseDocument, type Node, type Pair } from "yaml";
import { suggest } from "./text/suggest";

export const CHANNELS = ["technical", "announcement", "incident"] as const;
export type Channel = (typeof CHANNELS)[number];

export const AUDIENCES = ["developers", "critical", "management"] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Which template the draft was started from; some rules (the CF upgrade subject) depend on it. */
export const KINDS = [
  "technical",
  "critical",
  "cf-upgrade",
  "buildpack-upgrade",
  "announcement",
  "incident",
] as const;
export type Kind = (typeof KINDS)[number];

export const FRONT_MATTER_KEYS = [
  "subject",
  "channel",
  "audience",
  "regions",
  "templateId",
  "kind",
] as const;
type FrontMatterKey = (typeof FRONT_MATTER_KEYS)[number];

/** Offsets into the whole file text, end exclusive. */
export interface Span {
  start: number;
  end: number;
}

export type DraftProblemCode =
  | "front-matter-missing"
  | "front-matter-unclosed"
  | "yaml-syntax"
  | "front-matter-not-a-map"
  | "unknown-key"
  | "invalid-value"
  | "subject-missing";

export interface DraftProblem {
  code: DraftProblemCode;
  severity: "error" | "warning";
  message: string;
  span: Span;
}

export interface Draft {
  /** The whole file, as given. */
  text: string;
  /** The YAML between the fences (empty span at 0 when there is none). */
  frontMatter: Span | undefined;
  subject: string | undefined;
  /** Where the subject's text sits in the file (inside quotes when quoted). */
  subjectSpan: Span | undefined;
  /** True when `text.slice(subjectSpan)` is exactly `subject`, so offsets inside it map 1:1. */
  subjectIsVerbatim: boolean;
  channel: Channel;
  audience: Audience;
  /** Region names the draft is narrowed to; undefined means all configured regions. */
  regions: string[] | undefined;
  templateId: string | undefined;
  kind: Kind | undefined;
  /** Everything after the closing fence's line. */
  body: string;
  /** Offset of `body[0]` in `text`. */
  bodyOffset: number;
  problems: DraftProblem[];
}

export interface ParseOptions {
  /** Region names configured in settings; when given, unknown names in `regions` are problems. */
  knownRegions?: readonly string[];
}

const FENCE = /^---[ \t]*$/;
const CLOSING_FENCE = /^(---|\.\.\.)[ \t]*$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Lines of `text` with their offsets, `\r\n` or `\n` endings. */
function* lines(
  text: string,
  from: number,
): Generator<{ start: number; end: number; next: number }> {
  let start = from;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const next = newline === -1 ? text.length + 1 : newline + 1;
    let end = newline === -1 ? text.length : newline;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    yield { start, end, next };
    start = next;
  }
}

function defaults(text: string): Draft {
  return {
    text,
    frontMatter: undefined,
    subject: undefined,
    subjectSpan: undefined,
    subjectIsVerbatim: false,
    channel: "technical",
    audience: "developers",
    regions: undefined,
    templateId: undefined,
    kind: undefined,
    body: text,
    bodyOffset: 0,
    problems: [],
  };
}

export function parseDraft(text: string, options: ParseOptions = {}): Draft {
  const draft = defaults(text);
  // A byte order mark is invisible to writers; step over it rather than call the file broken.
  const begin = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const iterator = lines(text, begin);
  const first = iterator.next().value;
  if (!first || !FENCE.test(text.slice(first.start, first.end))) {
    draft.problems.push({
      code: "front-matter-missing",
      severity: "error",
      message:
        "This draft has no front matter. Start the file with a line `---`, then `subject: Your subject`, then another `---` line.",
      span: { start: begin, end: first ? first.end : begin },
    });
    draft.body = text.slice(begin);
    draft.bodyOffset = begin;
    return draft;
  }

  let closing: { start: number; end: number; next: number } | undefined;
  for (const line of iterator) {
    if (CLOSING_FENCE.test(text.slice(line.start, line.end))) {
      closing = line;
      break;
    }
  }
  if (!closing) {
    draft.problems.push({
      code: "front-matter-unclosed",
      severity: "error",
      message:
        "The front matter that starts here is never closed. Add a line with just `---` after the last setting (subject, channel, audience) and before the email text.",
      span: { start: first.start, end: first.end },
    });
    // Without a closing fence we cannot tell settings from text; lint what follows the fence as body.
    draft.bodyOffset = Math.min(first.next, text.length);
    draft.body = text.slice(draft.bodyOffset);
    return draft;
  }

  const yamlStart = Math.min(first.next, closing.start);
  draft.frontMatter = { start: yamlStart, end: closing.start };
  draft.bodyOffset = Math.min(closing.next, text.length);
  draft.body = text.slice(draft.bodyOffset);
  readFrontMatter(draft, text.slice(yamlStart, closing.start), yamlStart, options);
  if (draft.subject === undefined && !draft.problems.some((p) => p.code === "yaml-syntax")) {
    draft.problems.push({
      code: "subject-missing",
      severity: "error",
      message:
        "The front matter has no subject. Add a line such as `subject: GOV.UK PaaS - Cloud Foundry changes - 17 March 2027`.",
      span: { start: first.start, end: first.end },
    });
  }
  return draft;
}

function readFrontMatter(draft: Draft, source: string, base: number, options: ParseOptions): void {
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: true });
  const spanOf = (range: readonly number[] | undefined | null): Span => {
    const start = base + (range?.[0] ?? 0);
    const end = base + (range?.[1] ?? range?.[0] ?? 0);
    return { start, end: Math.max(end, start) };
  };
  for (const error of doc.errors) {
    draft.problems.push({
      code: "yaml-syntax",
      severity: "error",
      message: `The front matter is not valid YAML: ${firstLine(error.message)} Write each setting as \`key: value\` on its own line; quote values that contain a colon (\`subject: "Upgrade: 17 March 2027"\`).`,
      span: spanOf(error.pos),
    });
  }
  if (doc.errors.length > 0) return;
  if (doc.contents === null) return; // empty front matter: subject-missing is reported by the caller
  if (!isMap(doc.contents)) {
    draft.problems.push({
      code: "front-matter-not-a-map",
      severity: "error",
      message:
        "The front matter must be a list of `key: value` settings, such as `subject: ...` and `channel: technical`.",
      span: spanOf(doc.contents.range),
    });
    return;
  }
  for (const pair of doc.contents.items as Pair<Node, Node | null>[]) {
    readSetting(draft, pair, spanOf, options);
  }
}

function readSetting(
  draft: Draft,
  pair: Pair<Node, Node | null>,
  spanOf: (range: readonly number[] | undefined | null) => Span,
  options: ParseOptions,
): void {
  const keyName = isScalar(pair.key) ? String(pair.key.value) : "";
  const keySpan = spanOf(pair.key?.range);
  const value = pair.value;
  const valueSpan = value ? spanOf(value.range) : keySpan;
  const invalid = (message: string): void => {
    draft.problems.push({ code: "invalid-value", severity: "error", message, span: valueSpan });
  };
  if (!(FRONT_MATTER_KEYS as readonly string[]).includes(keyName)) {
    const suggestion = suggest(keyName, FRONT_MATTER_KEYS);
    draft.problems.push({
      code: "unknown-key",
      severity: "warning",
      message: `Unknown front matter key "${keyName}".${suggestion ? ` Did you mean "${suggestion}"?` : ""} Known keys: ${FRONT_MATTER_KEYS.join(", ")}.`,
      span: keySpan,
    });
    return;
  }
  const key = keyName as FrontMatterKey;
  const scalarText = isScalar(value) && value.value !== null ? String(value.value) : undefined;
  switch (key) {
    case "subject": {
      if (!isScalar(value) || scalarText === undefined || scalarText.trim() === "") {
        invalid(
          "The subject is empty. Write the subject line tenants will see, for example `subject: GOV.UK PaaS - Cloud Foundry changes - 17 March 2027`.",
        );
        return;
      }
      draft.subject = scalarText;
      const [start, end] = [valueSpan.start, valueSpan.end];
      const quoted = value.type === "QUOTE_DOUBLE" || value.type === "QUOTE_SINGLE";
      draft.subjectSpan = quoted
        ? { start: start + 1, end: Math.max(start + 1, end - 1) }
        : { start, end };
      draft.subjectIsVerbatim =
        draft.text.slice(draft.subjectSpan.start, draft.subjectSpan.end) === scalarText;
      return;
    }
    case "channel":
    case "audience":
    case "kind": {
      const allowed: readonly string[] =
        key === "channel" ? CHANNELS : key === "audience" ? AUDIENCES : KINDS;
      if (scalarText === undefined || !allowed.includes(scalarText)) {
        const suggestion = scalarText ? suggest(scalarText, allowed) : undefined;
        invalid(
          `${key} must be one of ${allowed.join(", ")}${scalarText ? `, not "${scalarText}"` : ""}.${suggestion ? ` Did you mean "${suggestion}"?` : ""}`,
        );
        return;
      }
      if (key === "channel") draft.channel = scalarText as Channel;
      else if (key === "audience") draft.audience = scalarText as Audience;
      else draft.kind = scalarText as Kind;
      return;
    }
    case "regions": {
      const names = isSeq(value)
        ? value.items.map((item) =>
            isScalar(item) && item.value !== null ? String(item.value) : undefined,
          )
        : undefined;
      if (!names || names.some((n) => n === undefined || n.trim() === "")) {
        invalid(
          "regions must be a list of region names, for example `regions: [Ireland, London]`. Leave it out to use every configured region.",
        );
        return;
      }
      const known = options.knownRegions;
      const unknown = known ? (names as string[]).filter((n) => !known.includes(n)) : [];
      if (unknown.length > 0 && known) {
        invalid(
          `Unknown region ${unknown.map((n) => `"${n}"`).join(", ")}. Configured regions: ${known.join(", ")} (setting tenantComms.recipients.regions).`,
        );
        return;
      }
      draft.regions = names as string[];
      return;
    }
    case "templateId": {
      if (scalarText === undefined || !UUID.test(scalarText.trim())) {
        invalid(
          "templateId must be a GOV.UK Notify template ID, a UUID such as `f33517ff-2a88-4f6e-b855-c550268ce08a` (copy it from the template's page in Notify).",
        );
        return;
      }
      draft.templateId = scalarText.trim();
      return;
    }
  }
}

function firstLine(message: string): string {
  const line = message.split("\n")[0]?.trim() ?? "";
  return line.endsWith(".") ? line : `${line}.`;
}
