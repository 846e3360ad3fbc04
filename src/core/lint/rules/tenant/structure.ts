// Where the mandated header and footer sit in a draft, and how far they differ from the texts in
// settings. The comparison is by words (letters and digits), not layout: writers break lines,
// make lists and punctuate in different ways (shared/reference/notifying-tenants-process.md).
// The engine uses the result to keep prose rules out of the mandated words; the tenant/header-*
// and tenant/footer-* rules report it.
import { BODY_COPY_SLOT } from "../../../templates/tenant-texts";
import type { Draft } from "../../../draft";
import type { SharedLintSettings } from "../../rule";
import type { Range } from "../../markdown/mask";

interface Token {
  word: string;
  start: number;
  end: number;
  /** Inside square brackets, like the header's [BODY COPY] slot. */
  inBrackets: boolean;
}

export interface PartAnalysis {
  state: "ok" | "altered" | "missing";
  /** File offsets of the matched words (ok or altered). */
  region?: Range;
  /** For "altered": what differs, short enough for a diagnostic message. */
  diff?: string;
}

export interface StructureAnalysis {
  /** Whether this draft's channel needs a header and footer at all. */
  applies: boolean;
  header: PartAnalysis;
  footer: PartAnalysis;
  /** The header's text before the [BODY COPY] slot (what a restore writes). */
  headerBeforeSlot: string;
  /** Where writer's text begins in the body (after blank lines); for inserting a header. */
  firstContent: number;
  /** Where the body's text ends (before trailing blank lines); for inserting a footer. */
  lastContent: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
/** How many characters past the expected text's length to look in for it. */
const SLACK = 600;
/** How many words besides the expected ones the search window holds. */
const WINDOW_SLACK_WORDS = 12;
/** Matched words further apart than this belong to different passages, not one altered text. */
const MAX_GAP = 8;

function tokens(text: string, base = 0): Token[] {
  const found: Token[] = [];
  WORD.lastIndex = 0;
  let scanned = 0;
  let inBrackets = false;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    for (; scanned < m.index; scanned++) {
      const c = text.charCodeAt(scanned);
      if (c === 91 /* [ */) inBrackets = true;
      else if (c === 93 /* ] */) inBrackets = false;
    }
    found.push({
      word: m[0].toLowerCase(),
      start: base + m.index,
      end: base + m.index + m[0].length,
      inBrackets,
    });
  }
  return found;
}

const cache = new WeakMap<Draft, Map<string, StructureAnalysis>>();

/**
 * Analyses a draft once per settings (memoised on the draft object, which the engine and every rule
 * of one lint share). `bodyWithoutCode` keeps comments and code out of the word comparison.
 */
export function analyseStructure(
  draft: Draft,
  bodyWithoutCode: string,
  shared: SharedLintSettings,
): StructureAnalysis {
  const key = `${shared.header}\u0000${shared.footer}\u0000${shared.headerFooterChannels.join(",")}`;
  let perDraft = cache.get(draft);
  if (!perDraft) {
    perDraft = new Map();
    cache.set(draft, perDraft);
  }
  const known = perDraft.get(key);
  if (known) return known;
  const analysis = analyse(draft, bodyWithoutCode, shared);
  perDraft.set(key, analysis);
  return analysis;
}

function analyse(draft: Draft, body: string, shared: SharedLintSettings): StructureAnalysis {
  const base = draft.bodyOffset;
  const leading = /^\s*/.exec(body)?.[0].length ?? 0;
  const trailing = body.length - body.trimEnd().length;
  const slot = shared.header.indexOf(BODY_COPY_SLOT);
  const headerBeforeSlot = slot === -1 ? shared.header : shared.header.slice(0, slot);
  const result: StructureAnalysis = {
    applies: shared.headerFooterChannels.includes(draft.channel),
    header: { state: "missing" },
    footer: { state: "missing" },
    headerBeforeSlot,
    firstContent: base + leading,
    lastContent: base + body.length - trailing,
  };
  if (!result.applies) return result;

  // Both searches look only at a window at each end of the body, and an edit is almost always
  // somewhere else: each window's result is remembered (offsets relative to the window) and used
  // again while the window's text and the expected text are unchanged.
  const headWindow = body.slice(0, headerBeforeSlot.length * 2 + SLACK);
  result.header = at(
    base,
    headMemo.get([headWindow, headerBeforeSlot], () => {
      const expected = words(headerBeforeSlot);
      const head = tokens(headWindow).slice(0, expected.length * 2 + WINDOW_SLACK_WORDS);
      return locate(expected, head, "header");
    }),
  );

  const tailStart = Math.max(0, body.length - shared.footer.length * 2 - SLACK);
  const tailText = body.slice(tailStart);
  // Never let the footer search reach back into the header's words (relative to the tail).
  const headerEnd = Math.max(-1, (result.header.region?.end ?? -1) - (base + tailStart));
  const footer = footMemo.get([tailText, shared.footer, String(headerEnd)], () => {
    const expected = words(shared.footer);
    let tail = tokens(tailText);
    tail = tail.slice(Math.max(0, tail.length - expected.length * 2 - WINDOW_SLACK_WORDS));
    tail = tail.filter((t) => t.start > headerEnd);
    return locate(expected, tail, "footer");
  });
  result.footer = at(base + tailStart, footer);
  return result;
}

/** The expected text's words, lower case. */
function words(text: string): string[] {
  return tokens(text).map((t) => t.word);
}

/** A part's analysis with its region moved by `offset`. */
function at(offset: number, part: PartAnalysis): PartAnalysis {
  if (!part.region || offset === 0) return part;
  return {
    ...part,
    region: { start: part.region.start + offset, end: part.region.end + offset },
  };
}

/** Remembers the last result for one list of string inputs. */
class LastResult<T> {
  private inputs: readonly string[] | undefined;
  private value: T | undefined;

  get(inputs: readonly string[], compute: () => T): T {
    const last = this.inputs;
    if (last && last.length === inputs.length && last.every((s, i) => s === inputs[i])) {
      return this.value as T;
    }
    this.value = compute();
    this.inputs = inputs;
    return this.value;
  }
}

const headMemo = new LastResult<PartAnalysis>();
const footMemo = new LastResult<PartAnalysis>();

function locate(expected: string[], actual: Token[], part: "header" | "footer"): PartAnalysis {
  if (expected.length === 0) return { state: "ok" };
  // Exact: the expected words appear together, in order.
  const exact = findSequence(actual, expected, part === "footer");
  if (exact !== -1) {
    return {
      state: "ok",
      region: { start: actual[exact]!.start, end: actual[exact + expected.length - 1]!.end },
    };
  }
  const pairs = densest(align(expected, actual));
  // Altered only when most of the words are there; otherwise the writer left it out.
  if (pairs.length < Math.max(3, Math.ceil(expected.length * 0.5))) return { state: "missing" };
  const first = pairs[0]!;
  const last = pairs[pairs.length - 1]!;
  const from = first[1];
  // Expected words missing at the end were most likely reworded ("inform you of" -> "tell you
  // about"): take as many following words into the region, so a restore replaces them.
  const missingAtEnd = expected.length - 1 - last[0];
  let to = last[1];
  if (part === "header") {
    // ...but never into the writer's text in brackets ("[BODY COPY]" or what replaced it).
    while (to < actual.length - 1 && to - last[1] < missingAtEnd && !actual[to + 1]!.inBrackets)
      to++;
  }
  return {
    state: "altered",
    region: { start: actual[from]!.start, end: actual[to]!.end },
    diff: describe(expected, actual, pairs, to),
  };
}

function findSequence(actual: Token[], expected: string[], last: boolean): number {
  const positions: number[] = [];
  outer: for (let i = 0; i + expected.length <= actual.length; i++) {
    for (let j = 0; j < expected.length; j++) {
      if (actual[i + j]!.word !== expected[j]) continue outer;
    }
    positions.push(i);
  }
  if (positions.length === 0) return -1;
  return last ? positions[positions.length - 1]! : positions[0]!;
}

/** Longest common subsequence of words: pairs of [expected index, actual index]. */
function align(expected: string[], actual: Token[]): [number, number][] {
  const n = expected.length;
  const m = actual.length;
  const table: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i]![j] =
        expected[i] === actual[j]!.word
          ? table[i + 1]![j + 1]! + 1
          : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const pairs: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (expected[i] === actual[j]!.word) {
      pairs.push([i, j]);
      i++;
      j++;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) i++;
    else j++;
  }
  return pairs;
}

/** The largest run of matched words with no gap over MAX_GAP words in the text. */
function densest(pairs: [number, number][]): [number, number][] {
  let best: [number, number][] = [];
  let run: [number, number][] = [];
  for (const pair of pairs) {
    const previous = run[run.length - 1];
    if (previous && pair[1] - previous[1] > MAX_GAP) {
      if (run.length > best.length) best = run;
      run = [];
    }
    run.push(pair);
  }
  return run.length > best.length ? run : best;
}

/** A short word diff: up to three changes, each "found" against "expected". */
function describe(
  expected: string[],
  actual: Token[],
  pairs: [number, number][],
  toActual: number,
): string {
  const changes: string[] = [];
  let e = 0;
  let a = pairs[0]![1];
  // Expected words before the first match are missing from the start.
  const flush = (removed: string[], added: string[]): void => {
    if (removed.length === 0 && added.length === 0) return;
    if (removed.length && added.length)
      changes.push(`"${added.join(" ")}" instead of "${removed.join(" ")}"`);
    else if (removed.length) changes.push(`missing "${removed.join(" ")}"`);
    else changes.push(`extra "${added.join(" ")}"`);
  };
  for (const [pe, pa] of [...pairs, [expected.length, toActual + 1] as [number, number]]) {
    flush(
      expected.slice(e, pe),
      actual.slice(a, pa).map((t) => t.word),
    );
    e = pe + 1;
    a = pa + 1;
  }
  const shown = changes.slice(0, 3).join("; ");
  return changes.length > 3 ? `${shown}; and ${changes.length - 3} more` : shown;
}
