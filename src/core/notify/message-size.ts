// Notify's size check (template.py is_message_too_long): the UTF-8 bytes of the markdown with the
// placeholders filled in (values as they are, lists as bullets), trimmed, must not exceed 2,000,000.
import { EMAIL_BODY_MAX_BYTES } from "./limits";
import { fillPlaceholders, type Personalisation } from "./placeholders";
import { pyStrip } from "./python-regex";

/** The body as the API returns it in `content.body`: placeholders filled, markdown kept. */
export function contentWithPlaceholdersFilledIn(
  body: string,
  personalisation: Personalisation,
): string {
  return pyStrip(
    fillPlaceholders(body, personalisation, { html: "passthrough", markdownLists: true }),
  );
}

export function contentSizeInBytes(body: string, personalisation: Personalisation): number {
  return Buffer.byteLength(contentWithPlaceholdersFilledIn(body, personalisation), "utf8");
}

/** Notify's refusal message when the email is too big, or null when it fits. */
export function messageTooLongError(body: string, personalisation: Personalisation): string | null {
  const size = contentSizeInBytes(body, personalisation);
  if (size <= EMAIL_BODY_MAX_BYTES) return null;
  return `Your message is too long. Emails cannot be longer than ${EMAIL_BODY_MAX_BYTES} bytes. Your message is ${size} bytes.`;
}
