// What a markdown renderer provides: one method per kind of markdown element (mistune's Renderer
// API). Notify's three renderers (HTML email, plain text, preheader) implement it.
import { mistuneEscape } from "../html-escape";

export interface MarkdownRenderer {
  blockCode(code: string, lang: string | null): string;
  blockQuote(text: string): string;
  blockHtml(html: string): string;
  header(text: string, level: number, raw: string): string;
  hrule(): string;
  list(body: string, ordered: boolean): string;
  listItem(text: string): string;
  paragraph(text: string): string;
  table(header: string, body: string): string;
  tableRow(content: string): string;
  tableCell(content: string, header: boolean, align: string | null): string;
  linebreak(): string;
  newline(): string;
  text(text: string): string;
  escape(text: string): string;
  autolink(link: string, isEmail: boolean): string;
  link(link: string, title: string | null, content: string): string;
  image(src: string, title: string | null, alt: string): string;
  inlineHtml(html: string): string;
  footnoteRef(key: string, index: number): string;
  footnoteItem(key: string, text: string): string;
  footnotes(text: string): string;
}

/**
 * The behaviour all of Notify's email renderers share (from its letter preview renderer, which
 * the email ones extend): code blocks as their bare text, tables, images and footnote markers
 * dropped, footnote text kept as text; text and escapes HTML-escaped as mistune does; raw HTML
 * passed through (in the HTML part it was escaped before markdown ran).
 */
export abstract class NotifyRendererBase implements MarkdownRenderer {
  abstract header(text: string, level: number, raw: string): string;
  abstract hrule(): string;
  abstract list(body: string, ordered: boolean): string;
  abstract listItem(text: string): string;
  abstract paragraph(text: string): string;
  abstract blockQuote(text: string): string;
  abstract linebreak(): string;
  abstract link(link: string, title: string | null, content: string): string;
  abstract autolink(link: string, isEmail: boolean): string;

  blockCode(code: string): string {
    return code;
  }
  blockHtml(html: string): string {
    return html;
  }
  table(): string {
    return "";
  }
  tableRow(content: string): string {
    return content;
  }
  tableCell(content: string): string {
    return content;
  }
  newline(): string {
    return this.linebreak();
  }
  text(text: string): string {
    return mistuneEscape(text);
  }
  escape(text: string): string {
    return mistuneEscape(text);
  }
  image(): string {
    return "";
  }
  inlineHtml(html: string): string {
    return html;
  }
  footnoteRef(): string {
    return "";
  }
  footnoteItem(_key: string, text: string): string {
    return text;
  }
  footnotes(text: string): string {
    return text;
  }
}
