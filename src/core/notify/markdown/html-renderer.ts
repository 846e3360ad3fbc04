// Notify's HTML email renderer (NotifyEmailMarkdownRenderer): the body HTML with GOV.UK inline
// styles. Only `#` and `##` are headings (as h2 and h3); `###` and deeper are paragraphs.
import { createSanitisedHtmlForUrl, LINK_STYLE } from "../links";
import { pyStrip } from "../python-regex";
import { NotifyRendererBase } from "./renderer";

const PARAGRAPH_STYLE = "Margin: 0 0 20px 0; font-size: 19px; line-height: 25px; color: #0B0C0C;";
const H2_STYLE =
  "Margin: 0 0 15px 0; padding: 10px 0 0 0; font-size: 27px; line-height: 35px; font-weight: bold; color: #0B0C0C;";
const H3_STYLE =
  "Margin: 0 0 15px 0; padding: 10px 0 0 0; font-size: 19px; line-height: 25px; font-weight: bold; color: #0B0C0C;";
const LIST_TABLE_OPEN =
  '<table role="presentation" style="padding: 0 0 20px 0;"><tr><td style="font-family: Helvetica, Arial, sans-serif;">';
const LIST_TABLE_CLOSE = "</td></tr></table>";
const OL_OPEN = '<ol style="Margin: 0 0 0 20px; padding: 0; list-style-type: decimal;">';
const UL_OPEN = '<ul style="Margin: 0 0 0 20px; padding: 0; list-style-type: disc;">';
// Notify's list item style has no space after "font-size: 19px;"; kept byte for byte.
const LI_OPEN =
  '<li style="Margin: 5px 0 5px; padding: 0 0 0 5px; font-size: 19px;line-height: 25px; color: #0B0C0C;">';
const INSET_OPEN =
  '<div style="Margin: 0 0 20px 0;"><blockquote style="Margin: 0; border-left: 10px solid #B1B4B6;' +
  'padding: 15px 0 0.1px 15px; font-size: 19px; line-height: 25px;">';
const INSET_CLOSE = "</blockquote></div>";
const HR = '<hr style="border: 0; height: 1px; background: #B1B4B6; Margin: 30px 0 30px 0;">';

export class HtmlEmailRenderer extends NotifyRendererBase {
  header(text: string, level: number): string {
    if (level === 1) return `<h2 style="${H2_STYLE}">${text}</h2>`;
    if (level === 2) return `<h3 style="${H3_STYLE}">${text}</h3>`;
    return this.paragraph(text);
  }
  hrule(): string {
    return HR;
  }
  linebreak(): string {
    return "<br>";
  }
  list(body: string, ordered: boolean): string {
    return `${LIST_TABLE_OPEN}${ordered ? OL_OPEN : UL_OPEN}${body}${ordered ? "</ol>" : "</ul>"}${LIST_TABLE_CLOSE}`;
  }
  listItem(text: string): string {
    return `${LI_OPEN}${pyStrip(text)}</li>`;
  }
  paragraph(text: string): string {
    return pyStrip(text) ? `<p style="${PARAGRAPH_STYLE}">${text}</p>` : "";
  }
  blockQuote(text: string): string {
    return `${INSET_OPEN}${text}${INSET_CLOSE}`;
  }
  link(link: string, title: string | null, content: string): string {
    // A missing placeholder in a link's URL arrives with its "<" and ">" cut off by the link rule.
    if (link.startsWith("span class='placeholder") && link.endsWith("</span")) link = `<${link}>`;
    const titleAttribute = title ? ` title="${title}"` : "";
    return `<a style="${LINK_STYLE}" href="${link}"${titleAttribute}>${content}</a>`;
  }
  autolink(link: string, isEmail: boolean): string {
    return isEmail ? link : createSanitisedHtmlForUrl(link);
  }
}
