// Inline markdown Notify does not render: its lexer has no bold, italic, code or strikethrough, so
// the markers reach the reader as typed (shared/reference/notify.md, "Not supported").
import type { DocumentFinding, DocumentRule } from "../../rule";
import { bodyHas, matchesInBody, replaceFinding } from "../util";

const NOTIFY_SOURCE = "Notify's markdown (notifications-utils markdown.py); notify.md §3";

const BOLD = /(?<!\\)(\*\*|__)(?=\S)([^\n]*?\S)\1/g;
const ITALIC_STAR = /(?<![*\w\\])\*(?=[^\s*])([^*\n]*?[^\s*\\])\*(?![*\w])/g;
const ITALIC_UNDERSCORE = /(?<![_\w\\])_(?=[^\s_])([^_\n]*?[^\s_\\])_(?![_\w])/g;
const STRIKE = /~~(?=\S)([^\n]*?\S)~~/g;

export const bold: DocumentRule = {
  meta: {
    id: "notify/bold",
    family: "notify",
    description: "Bold (`**text**`): Notify shows the asterisks as typed.",
    defaultLevel: "warning",
    source: NOTIFY_SOURCE,
    examples: {
      bad: "Restage your app by **17 March 2027**.",
      good: "Restage your app by 17 March 2027.",
    },
  },
  checkDocument(document) {
    const findings: DocumentFinding[] = [];
    if (!bodyHas(document, "**", "__")) return findings;
    for (const { start, end, match } of matchesInBody(document, BOLD)) {
      findings.push(
        replaceFinding(
          start,
          end,
          `Notify does not do bold: the ${match[1]} markers will show as typed. Remove them.`,
          match[2] ?? "",
          "Remove the bold markers",
        ),
      );
    }
    return findings;
  },
};

export const italic: DocumentRule = {
  meta: {
    id: "notify/italic",
    family: "notify",
    description: "Italic (`*text*` or `_text_`): Notify shows the markers as typed.",
    defaultLevel: "warning",
    source: NOTIFY_SOURCE,
    examples: { bad: "This is *important*.", good: "This is important." },
  },
  checkDocument(document) {
    const findings: DocumentFinding[] = [];
    for (const [pattern, marker] of [
      [ITALIC_STAR, "*"],
      [ITALIC_UNDERSCORE, "_"],
    ] as const) {
      // Both markers sit on one line: most bodies have "*" only as bullets, one a line.
      if (!twiceOnOneLine(document.bodyWithoutCode, marker)) continue;
      for (const { start, end, match } of matchesInBody(document, pattern)) {
        findings.push(
          replaceFinding(
            start,
            end,
            "Notify does not do italics: the markers will show as typed. Remove them.",
            match[1] ?? "",
            "Remove the italic markers",
          ),
        );
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

/** True when some line of `text` holds `marker` at least twice (found with indexOf, no pattern). */
function twiceOnOneLine(text: string, marker: string): boolean {
  let at = text.indexOf(marker);
  while (at !== -1) {
    const next = text.indexOf(marker, at + 1);
    if (next === -1) return false;
    const lineEnd = text.indexOf("\n", at);
    if (lineEnd === -1 || next < lineEnd) return true;
    at = next;
  }
  return false;
}

export const code: DocumentRule = {
  meta: {
    id: "notify/code",
    family: "notify",
    description:
      "Fenced code blocks: Notify has no code style and shows the fences as typed. Inline `code` spans too, if the `spans` option is on.",
    defaultLevel: "warning",
    source: NOTIFY_SOURCE,
    examples: {
      bad: "```\ncf restage my-app\n```",
      good: "Run cf restage my-app to restage your app.",
    },
    options: {
      spans: {
        description:
          "Also report inline code spans. Off by default: Notify shows the backticks as typed, and readers of plain-text email commonly take `cf push` as marking a command.",
        default: false,
      },
    },
  },
  checkDocument(document, context) {
    const findings: DocumentFinding[] = [];
    for (const span of document.code) {
      const source = document.text.slice(span.start, span.end);
      if (/^ {0,3}(```|~~~)/.test(source)) {
        const firstLineEnd = source.indexOf("\n");
        findings.push({
          start: span.start,
          end: firstLineEnd === -1 ? span.end : span.start + firstLineEnd,
          message:
            "Notify has no code blocks: the fences and the code show as plain text. Put a command on its own line without the fences, or link to documentation.",
        });
      } else if (source.startsWith("`") && context.options.spans === true) {
        const run = /^`+/.exec(source)?.[0].length ?? 1;
        const inner = source.slice(run, source.length - run).trim();
        findings.push(
          replaceFinding(
            span.start,
            span.end,
            "Notify does not do code formatting: the backticks will show as typed. Remove them.",
            inner,
            "Remove the backticks",
          ),
        );
      }
    }
    return findings;
  },
};

export const strikethrough: DocumentRule = {
  meta: {
    id: "notify/strikethrough",
    family: "notify",
    description: "Strikethrough (`~~text~~`): Notify shows the tildes as typed.",
    defaultLevel: "warning",
    source: NOTIFY_SOURCE,
    examples: {
      bad: "The upgrade is on ~~Monday~~ Tuesday.",
      good: "The upgrade is now on Tuesday, not Monday.",
    },
  },
  checkDocument(document) {
    if (!bodyHas(document, "~~")) return [];
    return [...matchesInBody(document, STRIKE)].map(({ start, end }) => ({
      start,
      end,
      message:
        "Notify does not do strikethrough: the tildes will show as typed. Say what changed in words instead.",
    }));
  },
};

export const formattingRules: DocumentRule[] = [bold, italic, code, strikethrough];
