// The HTML Notify puts inside its email wrapper (template.py BaseEmailTemplate.html_body):
// placeholders filled with HTML-escaped values (lists as bullets), GOV.UK kept from becoming a
// link, unsupported characters removed, a trailing newline added, markdown rendered, then the
// typography rules applied to the result.
import { unlinkGovuk } from "./govuk-unlink";
import { HtmlEmailRenderer } from "./markdown/html-renderer";
import { renderMarkdown } from "./markdown/markdown";
import { fillPlaceholders, type Personalisation } from "./placeholders";
import { doNiceTypography } from "./typography";
import { stripUnsupportedCharacters } from "./unsupported-characters";

const renderer = new HtmlEmailRenderer();

export function renderHtmlBody(body: string, personalisation: Personalisation): string {
  const filled = fillPlaceholders(body, personalisation, { html: "escape", markdownLists: true });
  const prepared = stripUnsupportedCharacters(unlinkGovuk(filled)) + "\n";
  return doNiceTypography(renderMarkdown(prepared, renderer));
}
