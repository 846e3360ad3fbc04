// The subject line (template.py SubjectMixin.subject): placeholders filled (lists as "a, b and c"),
// typography applied, then every run of whitespace (newlines included) made one space, zero-width
// characters removed and the ends trimmed. No markdown: "# x" and "**x**" stay as typed.
import { fillPlaceholders, type Personalisation } from "./placeholders";
import { doNiceTypography } from "./typography";
import { normaliseWhitespace } from "./whitespace";

/** The subject as sent (values as they are). */
export function renderSubject(subject: string, personalisation: Personalisation): string {
  const filled = fillPlaceholders(subject, personalisation, {
    html: "passthrough",
    markdownLists: false,
  });
  return normaliseWhitespace(doNiceTypography(filled));
}

/** The subject for an HTML context such as the email's <title> (values HTML-escaped). */
export function renderSubjectHtml(subject: string, personalisation: Personalisation): string {
  const filled = fillPlaceholders(subject, personalisation, {
    html: "escape",
    markdownLists: false,
  });
  return normaliseWhitespace(doNiceTypography(filled));
}
