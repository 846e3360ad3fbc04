// render(): everything Notify would produce for one email, from the template as typed and the
// personalisation. `subject`, `htmlBody`, `plainText`, `placeholders` and `missing` are exactly
// Notify's (checked against vectors from Notify's own code); `html` is the whole email document in
// Notify's look, for previews. Missing values are shown as Notify's preview shows them.
import { renderEmailDocument } from "./email-wrapper";
import { renderHtmlBody } from "./html-body";
import {
  missingPlaceholders,
  placeholderNames,
  sortNames,
  type Personalisation,
} from "./placeholders";
import { renderPlainText } from "./plain-text";
import { renderPreheader } from "./preheader";
import { renderSubject, renderSubjectHtml } from "./subject";

export interface RenderInput {
  subject: string;
  /** Notify markdown with ((placeholders)). */
  body: string;
  personalisation?: Personalisation;
}

export interface RenderOptions {
  /** The GOV.UK crown image in `html`; null leaves it out (for a preview with no remote images). */
  crownImageUrl?: string | null;
}

export interface RenderResult {
  /** The subject line as sent. */
  subject: string;
  /** The HTML Notify puts inside its email wrapper. */
  htmlBody: string;
  /** The text/plain part. */
  plainText: string;
  /** The whole HTML email document in Notify's look. */
  html: string;
  /** Every placeholder name in the subject and body, sorted (first spelling of each). */
  placeholders: string[];
  /** The placeholders with no value (null or absent), sorted: Notify would refuse to send. */
  missing: string[];
}

export function render(input: RenderInput, options: RenderOptions = {}): RenderResult {
  const personalisation = input.personalisation ?? {};
  const names = placeholderNames(input.subject, input.body);
  const htmlBody = renderHtmlBody(input.body, personalisation);
  return {
    subject: renderSubject(input.subject, personalisation),
    htmlBody,
    plainText: renderPlainText(input.body, personalisation),
    html: renderEmailDocument({
      subjectHtml: renderSubjectHtml(input.subject, personalisation),
      htmlBody,
      preheader: renderPreheader(input.body, personalisation),
      crownImageUrl: options.crownImageUrl,
    }),
    placeholders: sortNames(names),
    missing: sortNames(missingPlaceholders(names, personalisation)),
  };
}
