// The hidden preheader: the first words of the body that mail clients show after the subject
// (template.py HTMLEmailTemplate.preheader). Rendered as plain text with headings as paragraphs,
// links as their text and rules dropped; whitespace collapsed; cut at 256 characters.
import { unlinkGovuk } from "./govuk-unlink";
import { PREHEADER_LENGTH } from "./limits";
import { renderMarkdown } from "./markdown/markdown";
import { PreheaderRenderer } from "./markdown/preheader-renderer";
import { fillPlaceholders, type Personalisation } from "./placeholders";
import { pyStrip } from "./python-regex";
import { doNiceTypography } from "./typography";
import { stripUnsupportedCharacters } from "./unsupported-characters";
import { splitOnPythonWhitespace } from "./whitespace";

const renderer = new PreheaderRenderer();

/** The preheader text, already HTML-escaped (it goes into the HTML document as it is). */
export function renderPreheader(body: string, personalisation: Personalisation): string {
  const filled = fillPlaceholders(body, personalisation, { html: "escape", markdownLists: true });
  const prepared = stripUnsupportedCharacters(unlinkGovuk(filled)) + "\n";
  const words = splitOnPythonWhitespace(doNiceTypography(renderMarkdown(prepared, renderer)));
  return pyStrip([...words.join(" ")].slice(0, PREHEADER_LENGTH).join(""));
}
