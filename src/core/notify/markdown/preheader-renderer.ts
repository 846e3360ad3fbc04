// Notify's preheader renderer (NotifyEmailPreheaderMarkdownRenderer): the plain text used for the
// hidden line mail clients show after the subject. Headings are plain paragraphs, rules vanish
// and links keep only their text.
import { PlainTextRenderer } from "./plain-text-renderer";

export class PreheaderRenderer extends PlainTextRenderer {
  override header(text: string): string {
    return this.paragraph(text);
  }
  override hrule(): string {
    return "";
  }
  override link(_link: string, title: string | null, content: string): string {
    return `${content}${title ? ` (${title})` : ""}`;
  }
}
