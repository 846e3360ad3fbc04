// Notify only links addresses that start with http:// or https:// (notify.md §3 "Bare URLs").
import type { DocumentRule } from "../../rule";
import { matchesInBody } from "../util";

// `www.` not already part of a URL, an email address or a link target.
const WWW = /(?<![\w/.@:(-])www\.[\w-]+(?:\.[\w-]+)+(?:[^\s<>()]*[^\s<>().,:;"'\]!?])?/gi;

export const wwwLink: DocumentRule = {
  meta: {
    id: "notify/www-link",
    family: "notify",
    description: "Addresses starting `www.`: Notify does not turn them into links.",
    defaultLevel: "warning",
    source:
      "Notify autolinks only http:// and https:// (notifications-utils formatters); notify.md §3",
    examples: {
      bad: "Read www.cloud.service.gov.uk for details.",
      good: "Read https://www.cloud.service.gov.uk for details.",
    },
  },
  checkDocument(document) {
    if (!/www\./i.test(document.bodyWithoutCode)) return [];
    return [...matchesInBody(document, WWW)].map(({ start, end, match }) => ({
      start,
      end,
      message: `Notify will not link "${match[0]}": it only links addresses that start with https://. Add https:// in front.`,
      fixes: [{ title: "Add https://", edits: [{ start, end: start, text: "https://" }] }],
    }));
  },
};
