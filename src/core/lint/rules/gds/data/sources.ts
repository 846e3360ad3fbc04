// Where each GOV.UK style rule comes from, so every rule's `meta.source` links to the guidance.
// The current guidance site (labelled alpha) carries the same rules as www.gov.uk's style guide.

const GUIDANCE = "https://guidance.publishing.service.gov.uk/writing-to-gov-uk-standards";

/** The A to Z style guide, at an entry's anchor. */
export function az(anchor: string): string {
  return `${GUIDANCE}/style-guides/a-to-z-style-guide/#${anchor}`;
}

/** The technical content A to Z. */
export function technicalAz(anchor: string): string {
  return `${GUIDANCE}/style-guides/technical-a-to-z/#${anchor}`;
}

export const CLEAR_LANGUAGE = `${GUIDANCE}/writing-guidelines/clear-language/`;
export const RIGHT_TONE = `${GUIDANCE}/writing-guidelines/right-tone/`;
export const CLEAR_STRUCTURE = `${GUIDANCE}/writing-guidelines/clear-structure/`;
export const EFFECTIVE_LINKS = `${GUIDANCE}/writing-guidelines/add-links/`;
export const REVIEW_CHECKLIST =
  "https://guidance.publishing.service.gov.uk/publish-update-retire-content/standard-content-types/review-standard/";
