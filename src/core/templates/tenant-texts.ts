// The mandatory header and footer of a GOV.UK PaaS technical email, written once.
// The snippets, the "New Notification" templates and the linter's tenant/header-* and
// tenant/footer-* rules all import these; nothing else may repeat the wording.
//
// Source: the team manual's "Notifying tenants" page (see docs and
// shared/reference/notifying-tenants-process.md), laid out as an email: the greeting on its own
// line, the footer's four purposes as a list, the sign-off on its own lines.
//
// For the linter: these words are mandated, not the writer's, so prose rules (gds/*, write-good/*)
// must not report inside a header or footer that matches these texts (the footer says "please" and
// "In order to" on purpose). The writer's own words in the [BODY COPY] slot are linted as usual.
// Compare header and footer by their words, not their layout: writers break lines and make lists
// in different ways.

/** The slot in the header where the writer says what the email is about. */
export const BODY_COPY_SLOT = "[BODY COPY]";

export const HEADER_GREETING = "Dear GOV.UK PaaS tenant,";

export const HEADER_INTRO =
  "We (GOV.UK Platform as a Service - PaaS) are contacting you to inform you of [BODY COPY].";

/** The header as markdown, with the [BODY COPY] slot left in. */
export const HEADER = `${HEADER_GREETING}\n\n${HEADER_INTRO}`;

export const FOOTER_PURPOSES = [
  "get in contact to reply to your queries",
  "make your user account function correctly",
  "manage your user account",
  "send you updates and notices",
] as const;

/** The privacy footer as markdown. */
export const FOOTER = [
  "This communication complies with our data protection policy. As we outline in our Privacy Notice:",
  "",
  "In order to make GOV.UK PaaS secure and available we need to collect, process and store personal data from tenants. We store the data you provide to:",
  "",
  ...FOOTER_PURPOSES.map((purpose) => `* ${purpose}`),
  "",
  "If you have any questions, please contact gov-uk-paas-support@digital.cabinet-office.gov.uk",
  "",
  "Kind regards,",
  "The GOV.UK PaaS Team",
].join("\n");

/** The header with the slot filled in, e.g. for previews and tests. */
export function headerWith(bodyCopy: string): string {
  return HEADER.replace(BODY_COPY_SLOT, bodyCopy);
}
