// What each email's personalisation holds. The Notify template is `((subject))` / `((body))`, so
// the draft reaches Notify as two values:
// - `subject`: the draft's subject with the recipient's ((placeholders)) filled in;
// - `body`: the draft's *markdown* with the recipient's ((placeholders)) filled in. Not HTML (Notify
//   escapes HTML in values, so tags would show as text) and not plain text (headings, bullets, inset
//   text and links would be lost). Notify fills ((body)) first and renders the markdown after, so the
//   email comes out as the draft would have as a Notify template of its own.
// Values are filled as Notify fills them (../placeholders: lists become bullets in the body and
// "a, b and c" in the subject, conditionals, str() of numbers) without HTML escaping: Notify
// escapes the whole value itself, so escaping here would show `&amp;` in the email.
// The row's other columns are passed too, for a Notify template with extra placeholders; a column
// whose name matches `subject`, `body` or `email address` (ignoring case, spaces, `_` and `-`, as
// Notify does) is left out so it can never replace the draft.
import {
  fillPlaceholders,
  missingPlaceholders,
  normalisePlaceholderName,
  placeholderNames,
  type Personalisation,
  type PersonalisationValue,
} from "../placeholders";

const RESERVED = new Set(["subject", "body", "emailaddress"]);

export interface EmailPersonalisation {
  personalisation: Record<string, PersonalisationValue>;
  /** Placeholders of the draft this recipient has no value for (Notify would refuse them). */
  missing: string[];
}

/** `{subject, body}` for one recipient, plus their other columns. */
export function buildPersonalisation(
  draft: { subject: string; body: string },
  values: Personalisation,
): EmailPersonalisation {
  const missing = missingPlaceholders(placeholderNames(draft.subject, draft.body), values);
  const subject = fillPlaceholders(draft.subject, values, {
    html: "passthrough",
    markdownLists: false,
  });
  const body = fillPlaceholders(draft.body, values, { html: "passthrough", markdownLists: true });
  const personalisation: Record<string, PersonalisationValue> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || RESERVED.has(normalisePlaceholderName(name))) continue;
    personalisation[name] = value;
  }
  personalisation.subject = subject;
  personalisation.body = body;
  return { personalisation, missing };
}
