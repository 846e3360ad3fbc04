// mistune 0.8.4's block lexer with Notify's grammar: splits the text into block tokens (headings,
// lists, inset text, paragraphs...). The rules are tried in mistune's order at the start of the
// remaining text; the first that matches makes a token and its match is cut off.
import { py, pyLstrip, rstripNewlines, S } from "../python-regex";
import { block, blockCodeLeading, blockQuoteLeading } from "./grammar";
import { keyify } from "./keys";

export type BlockToken =
  | { type: "newline" }
  | { type: "code"; lang: string | null; text: string }
  | { type: "heading"; level: number; text: string }
  | { type: "hrule" }
  | { type: "list_start"; ordered: boolean }
  | { type: "list_end" }
  | { type: "list_item_start" }
  | { type: "loose_item_start" }
  | { type: "list_item_end" }
  | { type: "block_quote_start" }
  | { type: "block_quote_end" }
  | { type: "footnote_start"; key: string }
  | { type: "footnote_end"; key: string }
  | { type: "table"; header: string[]; align: (string | null)[]; cells: string[][] }
  | { type: "close_html"; text: string }
  | { type: "open_html"; tag: string; extra: string; text: string }
  | { type: "paragraph"; text: string }
  | { type: "text"; text: string };

type RuleName = keyof typeof block;

const DEFAULT_RULES: RuleName[] = [
  "newline",
  "hrule",
  "blockCode",
  "fences",
  "heading",
  "nptable",
  "lheading",
  "blockQuote",
  "listBlock",
  "blockHtml",
  "defLinks",
  "defFootnotes",
  "table",
  "paragraph",
  "text",
];
const LIST_RULES: RuleName[] = [
  "newline",
  "blockCode",
  "fences",
  "lheading",
  "hrule",
  "blockQuote",
  "listBlock",
  "blockHtml",
  "text",
];
const FOOTNOTE_RULES: RuleName[] = [
  "newline",
  "blockCode",
  "fences",
  "heading",
  "nptable",
  "lheading",
  "hrule",
  "blockQuote",
  "listBlock",
  "blockHtml",
  "table",
  "paragraph",
  "text",
];

/** A blank line with more than whitespace after it. */
const BLANK_LINE_BEFORE_TEXT = py(`\\n\\n(?!${S}*$)`);

/** mistune stops nesting lists and inset text this deep and treats the rest as text. */
const MAX_RECURSIVE_DEPTH = 6;

export interface LinkDefinition {
  link: string;
  title: string | null;
}

export class BlockLexer {
  readonly tokens: BlockToken[] = [];
  readonly defLinks = new Map<string, LinkDefinition>();
  /** Footnote key to the number it is given when first referred to (0 until then). */
  readonly defFootnotes = new Map<string, number>();
  private listDepth = 0;
  private blockquoteDepth = 0;

  parse(text: string, rules: RuleName[] = DEFAULT_RULES): BlockToken[] {
    text = rstripNewlines(text);
    while (text) {
      let matched: RegExpExecArray | null = null;
      // Both table rules need a "|" on the first line; skip them cheaply when there is none.
      const firstLineEnd = text.indexOf("\n");
      const mayBeTable = text.slice(0, firstLineEnd < 0 ? undefined : firstLineEnd).includes("|");
      for (const rule of rules) {
        if (!mayBeTable && (rule === "table" || rule === "nptable")) continue;
        matched = block[rule].exec(text);
        if (!matched) continue;
        this.handle(rule, matched);
        break;
      }
      // The text rule matches any line, so this cannot happen; it guards against a loop.
      if (!matched)
        throw new Error(`markdown: no rule matched at ${JSON.stringify(text.slice(0, 40))}`);
      text = text.slice(matched[0].length);
    }
    return this.tokens;
  }

  private handle(rule: RuleName, m: RegExpExecArray): void {
    switch (rule) {
      case "newline":
        // Only a blank line (two or more newlines) is a token.
        if (m[0].length > 1) this.tokens.push({ type: "newline" });
        return;
      case "blockCode":
        this.tokens.push({ type: "code", lang: null, text: m[0].replace(blockCodeLeading, "") });
        return;
      case "fences":
        this.tokens.push({ type: "code", lang: m[2] ?? null, text: m[3]! });
        return;
      case "heading":
        this.tokens.push({ type: "heading", level: m[1]!.length, text: m[2]! });
        return;
      case "lheading":
        this.tokens.push({ type: "heading", level: m[2] === "=" ? 1 : 2, text: m[1]! });
        return;
      case "hrule":
        this.tokens.push({ type: "hrule" });
        return;
      case "listBlock":
        return this.parseListBlock(m);
      case "blockQuote":
        return this.parseBlockQuote(m);
      case "defLinks":
        this.defLinks.set(keyify(m[1]!), { link: m[2]!, title: m[3] ?? null });
        return;
      case "defFootnotes":
        return this.parseDefFootnotes(m);
      case "table":
        return this.parseTable(m, true);
      case "nptable":
        return this.parseTable(m, false);
      case "blockHtml":
        if (!m[1]) this.tokens.push({ type: "close_html", text: m[0] });
        else this.tokens.push({ type: "open_html", tag: m[1], extra: m[2] ?? "", text: m[3]! });
        return;
      case "paragraph":
        this.tokens.push({ type: "paragraph", text: rstripNewlines(m[1]!) });
        return;
      case "text":
        this.tokens.push({ type: "text", text: m[0] });
        return;
    }
  }

  private parseListBlock(m: RegExpExecArray): void {
    const bullet = m[2]!;
    this.tokens.push({ type: "list_start", ordered: bullet.includes(".") });
    this.listDepth++;
    if (this.listDepth > MAX_RECURSIVE_DEPTH) {
      this.tokens.push({ type: "list_item_start" });
      this.tokens.push({ type: "text", text: m[0] });
      this.tokens.push({ type: "list_item_end" });
    } else {
      this.processListItems(m[0]);
    }
    this.tokens.push({ type: "list_end" });
    this.listDepth--;
  }

  private processListItems(cap: string): void {
    const items = [...cap.matchAll(block.listItem)].map((match) => match[1]!);
    let next = false;
    items.forEach((raw, i) => {
      // Remove the marker, then the indent it leaves on the item's following lines.
      let space = raw.length;
      let item = raw.replace(block.listBullet, "");
      if (item.includes("\n ")) {
        space -= item.length;
        item = item.replace(new RegExp(`(?:^|(?<=\\n)) {1,${space}}`, "g"), "");
      }
      // An item is "loose" (its text becomes paragraphs) after a blank line.
      let loose = next;
      if (!loose && BLANK_LINE_BEFORE_TEXT.test(item)) loose = true;
      if (i !== items.length - 1 && item.length) {
        next = item[item.length - 1] === "\n";
        if (!loose) loose = next;
      }
      this.tokens.push({ type: loose ? "loose_item_start" : "list_item_start" });
      this.parse(item, LIST_RULES);
      this.tokens.push({ type: "list_item_end" });
    });
  }

  private parseBlockQuote(m: RegExpExecArray): void {
    this.tokens.push({ type: "block_quote_start" });
    this.blockquoteDepth++;
    if (this.blockquoteDepth > MAX_RECURSIVE_DEPTH) {
      this.tokens.push({ type: "text", text: m[0] });
    } else {
      this.parse(m[0].replace(blockQuoteLeading, ""));
    }
    this.tokens.push({ type: "block_quote_end" });
    this.blockquoteDepth--;
  }

  private parseDefFootnotes(m: RegExpExecArray): void {
    const key = keyify(m[1]!);
    if (this.defFootnotes.has(key)) return;
    this.defFootnotes.set(key, 0);
    this.tokens.push({ type: "footnote_start", key });
    let text = m[2]!;
    if (text.includes("\n")) {
      // Outdent the continuation lines by the smallest indent among them.
      const lines = text.split("\n");
      let whitespace: number | null = null;
      for (const line of lines.slice(1)) {
        const space = line.length - pyLstrip(line).length;
        if (space && (!whitespace || space < whitespace)) whitespace = space;
      }
      text = [lines[0]!, ...lines.slice(1).map((line) => line.slice(whitespace ?? 0))].join("\n");
    }
    this.parse(text, FOOTNOTE_RULES);
    this.tokens.push({ type: "footnote_end", key });
  }

  private parseTable(m: RegExpExecArray, piped: boolean): void {
    const header = m[1]!.replace(/^ *| *\| *$/g, "").split(/ *\| */);
    const align = m[2]!
      .replace(/ */g, "")
      .split(/ *\| */)
      .map((v) => {
        if (/^ *-+: *$/.test(v)) return "right";
        if (/^ *:-+: *$/.test(v)) return "center";
        if (/^ *:-+ *$/.test(v)) return "left";
        return null;
      });
    const rows = piped
      ? m[3]!.replace(/(?: *\| *)?\n(?=\n?$)/g, "").split("\n")
      : m[3]!.replace(/\n(?=\n?$)/g, "").split("\n");
    const cells = rows.map((row) =>
      (piped ? row.replace(/^ *\| *| *\| *$/g, "") : row)
        .split(/ *(?<!\\)\| */)
        .map((cell) => cell.replace(/\\\|/g, "|")),
    );
    this.tokens.push({ type: "table", header, align, cells });
  }
}
