// GOV.UK Notify's limits, in one place, each with where Notify sets it.
// The renderer, the recipients CSV checker, the linter and the sender import these.

/** Longest address Notify accepts, in characters (recipient_validation/email_address.py). */
export const MAX_EMAIL_ADDRESS_LENGTH = 320;
/** Longest domain after IDNA encoding (email_address.py). */
export const MAX_HOSTNAME_LENGTH = 253;
/** Longest single domain label (email_address.py). */
export const MAX_HOSTNAME_LABEL_LENGTH = 63;

/**
 * Largest email Notify sends: the UTF-8 bytes of the markdown with placeholders filled in
 * (template.py is_message_too_long). Message: "Emails cannot be longer than 2000000 bytes."
 */
export const EMAIL_BODY_MAX_BYTES = 2_000_000;

/** Rows Notify processes from one uploaded recipients file (recipients.py RecipientCSV.max_rows). */
export const CSV_MAX_ROWS = 100_000;
/** Rows or row errors Notify's upload page lists before it stops (admin send.py). */
export const CSV_MAX_ROWS_SHOWN = 50;

/** Longest `reference` the API accepts (notification_schemas.py). */
export const REFERENCE_MAX_LENGTH = 1000;

/** Characters of body text in the hidden preheader before "…" (template.py HTMLEmailTemplate). */
export const PREHEADER_LENGTH = 256;

/** Width of the rules under headings and of the horizontal rule in the plain-text part. */
export const PLAIN_TEXT_COLUMN_WIDTH = 65;

/** Size limit of a file sent with prepareUpload (notifications-node-client). */
export const UPLOAD_MAX_BYTES = 2 * 1024 * 1024;

/** Default sending limits of a live service (API config.py); they reset at midnight UTC. */
export const DEFAULT_DAILY_EMAIL_LIMIT = 250_000;
/** Default per-minute rate limit per service and key type (API models.py). */
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 3000;
