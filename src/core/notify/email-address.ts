// Email address validation exactly as GOV.UK Notify does it
// (notifications-utils recipient_validation/email_address.py, validate_and_format_email_address).
// Notify is stricter than the RFCs on purpose: its mail provider fails on quotes and semicolons.
import { domainToAsciiIdna2003, IdnaError } from "./idna";
import { MAX_EMAIL_ADDRESS_LENGTH, MAX_HOSTNAME_LENGTH, MAX_HOSTNAME_LABEL_LENGTH } from "./limits";
import { PYTHON_UNICODE_WHITESPACE, stripAndRemoveObscureWhitespace } from "./whitespace";

export type EmailCheck = { valid: true; normalised: string } | { valid: false; error: string };

/** Notify's one message for every kind of bad address (recipient_validation/errors.py). */
export const INVALID_EMAIL_MESSAGE = "Not a valid email address";

/** Local part: ASCII letters, digits and .!#$%&'*+/=?^_`{|}~- only (so no quotes, `;` or spaces). */
const LOCAL_CHARS = "a-zA-Z0-9.!#$%&'*+/=?^_`{|}~\\-";
const whitespaceClass = [...PYTHON_UNICODE_WHITESPACE]
  .map((c) => `\\u{${c.codePointAt(0)!.toString(16)}}`)
  .join("");
/** One `@`; the domain may not start with `.` and contains no `@` or whitespace. */
const EMAIL_PATTERN = new RegExp(`^[${LOCAL_CHARS}]+@([^.@][^@${whitespaceClass}]+)$`, "u");
/** A domain label after IDNA: letters/digits, inner single or double hyphens, or punycode `xn--`. */
const HOSTNAME_LABEL = /^(xn|[a-z0-9]+)(-?-[a-z0-9]+)*$/i;
/** The top-level domain: 2 to 63 letters, or punycode. So no numeric TLDs, no `localhost`. */
const TLD = /^([a-z]{2,63}|xn--([a-z0-9]+-)*[a-z0-9]+)$/i;

function invalid(): EmailCheck {
  return { valid: false, error: INVALID_EMAIL_MESSAGE };
}

/**
 * Checks an address as Notify does and returns it as Notify stores it: obscure spaces removed,
 * trimmed and lowercased. The error text is Notify's own.
 */
export function validateEmailAddress(input: string): EmailCheck {
  const address = stripAndRemoveObscureWhitespace(input);
  const match = EMAIL_PATTERN.exec(address);
  if (!match) return invalid();
  // Python measures length in code points.
  if ([...address].length > MAX_EMAIL_ADDRESS_LENGTH) return invalid();
  // No consecutive dots in either part (a leading or trailing dot in the local part is allowed).
  if (address.includes("..")) return invalid();

  let hostname: string;
  try {
    hostname = domainToAsciiIdna2003(match[1]!);
  } catch (error) {
    if (error instanceof IdnaError) return invalid();
    throw error;
  }
  const labels = hostname.split(".");
  if (hostname.length > MAX_HOSTNAME_LENGTH || labels.length < 2) return invalid();
  for (const label of labels) {
    if (!label || label.length > MAX_HOSTNAME_LABEL_LENGTH || !HOSTNAME_LABEL.test(label)) {
      return invalid();
    }
  }
  if (!TLD.test(labels[labels.length - 1]!)) return invalid();
  return { valid: true, normalised: address.toLowerCase() };
}
