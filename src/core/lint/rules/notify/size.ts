// Notify refuses an email whose body is over 2,000,000 bytes (notify/limits.ts). The draft is the
// template, before placeholders are filled, so this is a floor: long values make it bigger still.
import { EMAIL_BODY_MAX_BYTES } from "../../../notify/limits";
import type { DocumentRule } from "../../rule";

export const size: DocumentRule = {
  meta: {
    id: "notify/size",
    family: "notify",
    description: "A body over Notify's 2,000,000-byte limit: Notify will not send it.",
    defaultLevel: "error",
    source: "notifications-utils template.py is_message_too_long; src/core/notify/limits.ts",
    examples: {
      bad: "(a body of more than 2,000,000 bytes)",
      good: "(a shorter body that links to the details)",
    },
  },
  checkDocument(document) {
    const bytes = Buffer.byteLength(document.draft.body, "utf8");
    if (bytes <= EMAIL_BODY_MAX_BYTES) return [];
    const start = document.draft.bodyOffset;
    const firstLine = document.text.indexOf("\n", start);
    return [
      {
        start,
        end: firstLine === -1 ? document.text.length : firstLine,
        message: `This body is ${bytes.toLocaleString("en-GB")} bytes; Notify will not send an email over ${EMAIL_BODY_MAX_BYTES.toLocaleString("en-GB")} bytes. Shorten it and link to the details instead.`,
      },
    ];
  },
};
