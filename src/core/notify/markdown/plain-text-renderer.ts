// Notify's plain-text renderer (NotifyPlainTextEmailMarkdownRenderer), for the text/plain part:
// headings underlined with 65 "=" (level 1) or "-" (level 2), bullets as "•", numbers as "1.",
// rules as "=-=-...", links as "text: url". HTML entities are decoded after rendering.
import { PLAIN_TEXT_COLUMN_WIDTH } from "../limits";
import { pyStrip } from "../python-regex";
import { NotifyRendererBase } from "./renderer";

/** Marks where a list item's marker goes until the list knows if it is numbered. */
export const MAGIC_SEQUENCE = "\u{1F1EC}\u{1F1E7}\u{1F426}\u2709\uFE0F";

export class PlainTextRenderer extends NotifyRendererBase {
  header(text: string, level: number): string {
    if (level === 1 || level === 2) {
      const rule = (level === 1 ? "=" : "-").repeat(PLAIN_TEXT_COLUMN_WIDTH);
      return this.linebreak().repeat(3) + text + this.linebreak() + rule;
    }
    return this.paragraph(text);
  }
  hrule(): string {
    return this.paragraph("=-".repeat(PLAIN_TEXT_COLUMN_WIDTH).slice(0, PLAIN_TEXT_COLUMN_WIDTH));
  }
  linebreak(): string {
    return "\n";
  }
  list(body: string, ordered: boolean): string {
    let number = 0;
    const marked = body.split(MAGIC_SEQUENCE).reduce((out, part) => {
      number++;
      return out + (ordered ? `${number}.` : "•") + part;
    });
    return this.linebreak() + marked;
  }
  listItem(text: string): string {
    return `${this.linebreak()}${MAGIC_SEQUENCE} ${pyStrip(text)}`;
  }
  paragraph(text: string): string {
    return pyStrip(text) ? this.linebreak().repeat(2) + text : "";
  }
  blockQuote(text: string): string {
    return text;
  }
  link(link: string, title: string | null, content: string): string {
    return `${content}${title ? ` (${title})` : ""}: ${link}`;
  }
  autolink(link: string): string {
    return link;
  }
}
