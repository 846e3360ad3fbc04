// The text/plain part of a Notify email (template.py PlainTextEmailTemplate): placeholders filled
// with values as they are (lists as bullets), GOV.UK unlinked, unsupported characters removed,
// markdown rendered as plain text, typography applied, HTML entities decoded, leading whitespace
// removed and one trailing newline added.
import { unlinkGovuk } from "./govuk-unlink";
import { pythonUnescape } from "./html-escape";
import { renderMarkdown } from "./markdown/markdown";
import { PlainTextRenderer } from "./markdown/plain-text-renderer";
import { fillPlaceholders, type Personalisation } from "./placeholders";
import { pyLstrip } from "./python-regex";
import { doNiceTypography } from "./typography";
import { stripUnsupportedCharacters } from "./unsupported-characters";

const renderer = new PlainTextRenderer();

export function renderPlainText(body: string, personalisation: Personalisation): string {
  const filled = fillPlaceholders(body, personalisation, {
    html: "passthrough",
    markdownLists: true,
  });
  const prepared = stripUnsupportedCharacters(unlinkGovuk(filled)) + "\n";
  const text = pythonUnescape(doNiceTypography(renderMarkdown(prepared, renderer)));
  return pyLstrip(text) + "\n";
}
