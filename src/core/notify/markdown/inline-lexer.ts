// mistune 0.8.4's inline lexer with Notify's rules: escapes, raw HTML, <autolinks>, bare URLs,
// footnote references, [links], [reference][links] and line breaks; everything else is text.
// Emphasis, strong, inline code and strikethrough are not among the rules, so they stay literal.
import { py, rstripNewlines, S } from "../python-regex";
import type { LinkDefinition } from "./block-lexer";
import { inline } from "./grammar";
import { keyify } from "./keys";
import type { MarkdownRenderer } from "./renderer";

type InlineRule = keyof typeof inline;

const DEFAULT_RULES: InlineRule[] = [
  "escape",
  "inlineHtml",
  "autolink",
  "url",
  "footnote",
  "link",
  "reflink",
  "nolink",
  "linebreak",
  "text",
];

/** The `]`, optional whitespace and `[` every reference link has. */
const REFERENCE_CLOSE = py(`\\]${S}*\\[`, "g");

function lastMatchIndex(pattern: RegExp, text: string): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    last = m.index;
    pattern.lastIndex = m.index + 1;
  }
  return last;
}

export class InlineLexer {
  private links = new Map<string, LinkDefinition>();
  private footnotes = new Map<string, number>();
  private footnoteIndex = 0;
  private inLink = false;
  inFootnote = false;

  constructor(private readonly renderer: MarkdownRenderer) {}

  setup(links: Map<string, LinkDefinition>, footnotes: Map<string, number>): void {
    this.footnoteIndex = 0;
    this.links = links;
    this.footnotes = footnotes;
  }

  output(text: string): string {
    text = rstripNewlines(text);
    const rules = this.inFootnote ? DEFAULT_RULES.filter((r) => r !== "footnote") : DEFAULT_RULES;
    // The link rules backtrack for a very long time on runs of brackets (as they do in mistune).
    // Each needs a literal "](" or "]...[" ahead, so they are skipped when there is none: same
    // result, no stall while someone types "[[[[".
    const length = text.length;
    const lastLinkStart = text.lastIndexOf("](");
    const lastReferenceStart = lastMatchIndex(REFERENCE_CLOSE, text);
    let output = "";
    while (text) {
      const position = length - text.length;
      let consumed = 0;
      for (const rule of rules) {
        if (rule === "link" && lastLinkStart < position) continue;
        if (rule === "reflink" && lastReferenceStart < position) continue;
        const m = inline[rule].exec(text);
        if (!m) continue;
        // A rule may decline (an unknown footnote or link label); the next rule is tried.
        const out = this.apply(rule, m);
        if (out === null) continue;
        output += out;
        consumed = m[0].length;
        break;
      }
      if (!consumed)
        throw new Error(`markdown: no inline rule matched at ${JSON.stringify(text.slice(0, 40))}`);
      text = text.slice(consumed);
    }
    return output;
  }

  private apply(rule: InlineRule, m: RegExpExecArray): string | null {
    const r = this.renderer;
    switch (rule) {
      case "escape":
        return r.escape(m[1]!);
      case "inlineHtml":
        return r.inlineHtml(m[0]);
      case "autolink":
        return r.autolink(m[1]!, m[2] === "@");
      case "url":
        // Inside a link's text a URL is just text.
        return this.inLink ? r.text(m[1]!) : r.autolink(m[1]!, false);
      case "footnote": {
        const key = keyify(m[1]!);
        if (!this.footnotes.has(key) || this.footnotes.get(key)) return null;
        this.footnoteIndex++;
        this.footnotes.set(key, this.footnoteIndex);
        return r.footnoteRef(key, this.footnoteIndex);
      }
      case "link":
        return this.processLink(m, m[2] ?? m[3]!, m[4] ?? null);
      case "reflink":
      case "nolink": {
        const label = rule === "reflink" ? m[2] || m[1]! : m[1]!;
        const definition = this.links.get(keyify(label));
        if (!definition) return null;
        return this.processLink(m, definition.link, definition.title);
      }
      case "linebreak":
        return r.linebreak();
      case "text":
        return r.text(m[0]);
    }
  }

  private processLink(m: RegExpExecArray, link: string, title: string | null): string {
    if (m[0].startsWith("!")) return this.renderer.image(link, title, m[1]!);
    this.inLink = true;
    const content = this.output(m[1]!);
    this.inLink = false;
    return this.renderer.link(link, title, content);
  }
}
