// mistune 0.8.4's Markdown driver: prepares the text, runs the block lexer, then renders the
// tokens with a renderer, running the inline lexer on the text of each block.
import { expandTabs } from "../python-regex";
import { BlockLexer, type BlockToken } from "./block-lexer";
import { spacesOnlyLine } from "./grammar";
import { InlineLexer } from "./inline-lexer";
import type { MarkdownRenderer } from "./renderer";

/** mistune's preprocessing: newlines normalised, tabs expanded to 4, blank-looking lines emptied. */
function preprocess(text: string): string {
  return expandTabs(text.replace(/\r\n|\r/g, "\n"), 4)
    .replace(/\u2424/g, "\n")
    .replace(spacesOnlyLine, "");
}

class Rendering {
  private readonly tokens: BlockToken[];
  private position = 0;
  private token: BlockToken | undefined;
  private readonly footnotes: { key: string; text: string }[] = [];
  private readonly inline: InlineLexer;
  private readonly block = new BlockLexer();

  constructor(
    private readonly renderer: MarkdownRenderer,
    text: string,
  ) {
    this.inline = new InlineLexer(renderer);
    this.tokens = this.block.parse(preprocess(text));
    this.inline.setup(this.block.defLinks, this.block.defFootnotes);
  }

  render(): string {
    let out = "";
    while (this.pop()) out += this.tok();
    return out + this.renderFootnotes();
  }

  /** Footnotes that were referred to, in the order of their first reference. */
  private renderFootnotes(): string {
    const numbers = this.block.defFootnotes;
    const used = this.footnotes
      .filter((note) => numbers.get(note.key))
      .sort((a, b) => numbers.get(a.key)! - numbers.get(b.key)!);
    if (used.length === 0) return "";
    const body = used.map((note) => this.renderer.footnoteItem(note.key, note.text)).join("");
    return this.renderer.footnotes(body);
  }

  private pop(): BlockToken | undefined {
    this.token = this.tokens[this.position++];
    return this.token;
  }

  private peek(): BlockToken | undefined {
    return this.tokens[this.position];
  }

  /** Consecutive text tokens are one run of text, joined by newlines. */
  private tokText(): string {
    let text = (this.token as { text: string }).text;
    for (let next = this.peek(); next?.type === "text"; next = this.peek()) {
      text += "\n" + next.text;
      this.position++;
    }
    return this.inline.output(text);
  }

  private until(end: BlockToken["type"], render: () => string): string {
    let body = "";
    while (this.pop() && this.token!.type !== end) body += render();
    return body;
  }

  private tok(): string {
    const r = this.renderer;
    const token = this.token!;
    switch (token.type) {
      case "newline":
        return r.newline();
      case "hrule":
        return r.hrule();
      case "heading":
        return r.header(this.inline.output(token.text), token.level, token.text);
      case "code":
        return r.blockCode(token.text, token.lang);
      case "table":
        return this.renderTable(token);
      case "block_quote_start":
        return r.blockQuote(this.until("block_quote_end", () => this.tok()));
      case "list_start":
        return r.list(
          this.until("list_end", () => this.tok()),
          token.ordered,
        );
      case "list_item_start":
        return r.listItem(
          this.until("list_item_end", () =>
            this.token!.type === "text" ? this.tokText() : this.tok(),
          ),
        );
      case "loose_item_start":
        return r.listItem(this.until("list_item_end", () => this.tok()));
      case "footnote_start": {
        this.inline.inFootnote = true;
        const text = this.until("footnote_end", () => this.tok());
        this.footnotes.push({ key: token.key, text });
        this.inline.inFootnote = false;
        return "";
      }
      case "close_html":
        return r.blockHtml(token.text);
      case "open_html":
        return r.blockHtml(`<${token.tag}${token.extra}>${token.text}</${token.tag}>`);
      case "paragraph":
        return r.paragraph(this.inline.output(token.text));
      case "text":
        return r.paragraph(this.tokText());
      default:
        // An end token with no start (cannot happen with this lexer).
        return "";
    }
  }

  private renderTable(token: Extract<BlockToken, { type: "table" }>): string {
    const r = this.renderer;
    const header = r.tableRow(
      token.header
        .map((value, i) => r.tableCell(this.inline.output(value), true, token.align[i] ?? null))
        .join(""),
    );
    const body = token.cells
      .map((row) =>
        r.tableRow(
          row
            .map((value, j) =>
              r.tableCell(this.inline.output(value), false, token.align[j] ?? null),
            )
            .join(""),
        ),
      )
      .join("");
    return r.table(header, body);
  }
}

/** Renders Notify markdown with the given renderer (mistune's `Markdown(renderer, hard_wrap=True)`). */
export function renderMarkdown(text: string, renderer: MarkdownRenderer): string {
  return new Rendering(renderer, text).render();
}
