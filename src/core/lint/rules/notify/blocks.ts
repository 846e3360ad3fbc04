// Block markdown that Notify drops, escapes or reads differently from what the writer expects
// (shared/reference/notify.md §3: tables and images are removed, HTML is escaped, `>` is not a
// quote (Notify uses `^`), `+` is not a bullet, `---` under text makes a heading, `###` is a paragraph).
import type { DocumentFinding, DocumentRule, LintDocument } from "../../rule";
import { bodyHas, eol, matchesInBody, replaceFinding } from "../util";

const NOTIFY_SOURCE = "Notify's markdown (notifications-utils markdown.py); notify.md §3";

const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const IMAGE = /!\[[^\]\n]*\]\([^)\n]*\)/g;
const TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>\n]*)?\/?>/g;
const AUTOLINK = /<((?:https?|mailto):[^\s<>]+)>/g;
// Line patterns, tried only on lines whose first non-blank character could start them (a
// multi-line `^` pattern over the whole body costs a test at every character).
const QUOTE = /^( {0,3})>/;
const PLUS = /^([ \t]*)\+(?=[ \t]+\S)/;
const DEEP_HEADING = /^( {0,3})(#{3,6})(?!#)[ \t]*/;
const RULE_LINE = /^ {0,3}-{3,}[ \t]*$/;

interface Line {
  start: number;
  end: number;
  text: string;
}

const linesCache = new WeakMap<LintDocument, Line[]>();

/** The body's lines (code blanked), with file offsets; computed once per lint. */
function bodyLines(document: LintDocument): Line[] {
  const known = linesCache.get(document);
  if (known) return known;
  const lines: Line[] = [];
  const body = document.bodyWithoutCode;
  const base = document.draft.bodyOffset;
  let start = 0;
  while (start <= body.length) {
    const newline = body.indexOf("\n", start);
    let end = newline === -1 ? body.length : newline;
    if (end > start && body.charCodeAt(end - 1) === 13) end--;
    lines.push({ start: base + start, end: base + end, text: body.slice(start, end) });
    if (newline === -1) break;
    start = newline + 1;
  }
  linesCache.set(document, lines);
  return lines;
}

/** Lines whose first non-blank character is `first` and that match `pattern`. */
function* lineMatches(
  document: LintDocument,
  first: string,
  pattern: RegExp,
): Generator<{ line: Line; index: number; match: RegExpExecArray }> {
  const lines = bodyLines(document);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const t = line.text;
    let i = 0;
    while (i < t.length && (t[i] === " " || t[i] === "\t")) i++;
    if (t[i] !== first) continue;
    const match = pattern.exec(t);
    if (match) yield { line, index, match };
  }
}

function meta(
  id: string,
  description: string,
  examples: { bad: string; good: string },
  defaultLevel: "warning" | "error" = "warning",
) {
  return {
    id,
    family: "notify" as const,
    description,
    defaultLevel,
    source: NOTIFY_SOURCE,
    examples,
  };
}

export const table: DocumentRule = {
  meta: meta("notify/table", "Tables: Notify removes them from the email.", {
    bad: "| App | Date |\n|-----|------|\n| api | 17 March 2027 |",
    good: "* api: 17 March 2027",
  }),
  checkDocument(document) {
    if (!bodyHas(document, "|")) return [];
    const lines = bodyLines(document);
    const findings: DocumentFinding[] = [];
    for (let i = 0; i + 1 < lines.length; i++) {
      const head = lines[i]!;
      const delimiter = lines[i + 1]!;
      if (
        !head.text.includes("|") ||
        !delimiter.text.includes("-") ||
        !TABLE_DELIMITER.test(delimiter.text)
      )
        continue;
      let last = i + 1;
      while (last + 1 < lines.length && lines[last + 1]!.text.trim() !== "") last++;
      findings.push({
        start: head.start,
        end: lines[last]!.end,
        message:
          "Notify removes tables: tenants will not see any of this. Use a list or short paragraphs instead.",
      });
      i = last;
    }
    return findings;
  },
};

export const image: DocumentRule = {
  meta: meta("notify/image", "Images (`![alt](src)`): Notify removes them from the email.", {
    bad: "![Architecture](https://example.com/diagram.png)",
    good: "See the [architecture diagram](https://example.com/diagram.png).",
  }),
  checkDocument(document) {
    if (!bodyHas(document, "![")) return [];
    return [...matchesInBody(document, IMAGE)].map(({ start, end }) => ({
      start,
      end,
      message:
        "Notify removes images: tenants will see nothing here. Link to the image instead, with link text that says what it shows.",
    }));
  },
};

export const html: DocumentRule = {
  meta: meta("notify/html", "HTML tags: Notify escapes them, so tenants see the tags as text.", {
    bad: "Read the <b>release notes</b>.",
    good: "Read the release notes.",
  }),
  checkDocument(document) {
    const findings: DocumentFinding[] = [];
    if (!bodyHas(document, "<")) return findings;
    for (const { start, end, match } of matchesInBody(document, AUTOLINK)) {
      findings.push(
        replaceFinding(
          start,
          end,
          "Notify does not support <…> links: tenants would see the angle brackets. Write the bare address; Notify links https:// addresses itself.",
          match[1] ?? "",
          "Remove the angle brackets",
        ),
      );
    }
    for (const { start, end } of matchesInBody(document, TAG)) {
      findings.push({
        start,
        end,
        message:
          "Notify escapes HTML: tenants will see this tag as text. Remove it and use Notify's markdown (# headings, * lists, ^ inset text).",
      });
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

export const blockquote: DocumentRule = {
  meta: meta(
    "notify/blockquote",
    "`>` quotes: Notify shows the `>` as typed; its inset text starts with `^`.",
    {
      bad: "> Your apps will restart.",
      good: "^ Your apps will restart.",
    },
  ),
  checkDocument(document) {
    if (!bodyHas(document, ">")) return [];
    return [...lineMatches(document, ">", QUOTE)].map(({ line, match }) => {
      const at = line.start + (match[1]?.length ?? 0);
      return replaceFinding(
        at,
        at + 1,
        "Notify does not use > for quotes: it shows the > as typed. Start the line with ^ for inset text.",
        "^",
        "Use ^ (inset text)",
      );
    });
  },
};

export const plusBullet: DocumentRule = {
  meta: meta("notify/plus-bullet", "`+` bullets: Notify does not make a list of them.", {
    bad: "+ restage your app",
    good: "* restage your app",
  }),
  checkDocument(document) {
    if (!bodyHas(document, "+")) return [];
    return [...lineMatches(document, "+", PLUS)].map(({ line, match }) => {
      const at = line.start + (match[1]?.length ?? 0);
      return replaceFinding(
        at,
        at + 1,
        "Notify does not treat + as a bullet: the line shows as typed. Start list items with * or -.",
        "*",
        "Use * for the bullet",
      );
    });
  },
};

export const hrNeedsBlankLine: DocumentRule = {
  meta: meta(
    "notify/hr-needs-blank-line",
    "`---` straight under text: Notify makes the text a heading instead of drawing a line.",
    {
      bad: "Read the notes below.\n---",
      good: "Read the notes below.\n\n---",
    },
  ),
  checkDocument(document) {
    const findings: DocumentFinding[] = [];
    if (!bodyHas(document, "---")) return findings;
    const newline = eol(document.text);
    const lines = bodyLines(document);
    for (const { line, index } of lineMatches(document, "-", RULE_LINE)) {
      const previous = lines[index - 1];
      if (!previous || previous.text.trim() === "") continue;
      findings.push({
        start: line.start,
        end: line.end,
        message:
          "Text straight above --- becomes a heading in Notify, not text and a line. Leave a blank line above the ---.",
        fixes: [
          {
            title: "Insert a blank line above",
            edits: [{ start: line.start, end: line.start, text: newline }],
          },
        ],
      });
    }
    return findings;
  },
};

export const headingLevel: DocumentRule = {
  meta: meta(
    "notify/heading-level",
    "`###` and deeper headings: Notify shows them as an ordinary paragraph.",
    {
      bad: "### What you need to do",
      good: "## What you need to do",
    },
  ),
  checkDocument(document) {
    if (!bodyHas(document, "###")) return [];
    return [...lineMatches(document, "#", DEEP_HEADING)].map(({ line, match }) => {
      const at = line.start + (match[1]?.length ?? 0);
      const hashes = match[2] ?? "###";
      return replaceFinding(
        at,
        at + hashes.length,
        `Notify has two heading levels (# and ##); "${hashes}" shows as an ordinary paragraph. Use ## for a subheading.`,
        "##",
        "Use ## (subheading)",
      );
    });
  },
};

export const blockRules: DocumentRule[] = [
  table,
  image,
  html,
  blockquote,
  plusBullet,
  hrNeedsBlankLine,
  headingLevel,
];
