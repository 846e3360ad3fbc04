// The subject line: present, short enough to read in an inbox, and for Cloud Foundry upgrade emails
// in the manual's form "GOV.UK PaaS - Cloud Foundry changes - <date>" with a GOV.UK date.
import type { DocumentRule } from "../../rule";
import { MONTH_NAMES } from "../../../text/gds-date";

const MONTHS = MONTH_NAMES;

export const CF_UPGRADE_PREFIX = "GOV.UK PaaS - Cloud Foundry changes - ";
const CF_UPGRADE = /^GOV\.UK PaaS [-–] Cloud Foundry changes [-–] (.+)$/;
const GDS_DATE = new RegExp(`^(\\d{1,2}) (${MONTHS.join("|")}) (\\d{4})$`);

function daysIn(month: number, year: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

function gdsDate(day: number, month: number, year: number): string | undefined {
  if (month < 0 || month > 11 || day < 1 || day > daysIn(month, year)) return undefined;
  return `${day} ${MONTHS[month]} ${year}`;
}

function monthIndex(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex(
    (m) => m.toLowerCase() === lower || m.slice(0, 3).toLowerCase() === lower,
  );
}

/** A date written in one of the ways people write them, as a GOV.UK date ("17 March 2027"). */
export function findDate(text: string): string | undefined {
  const month =
    "(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)";
  let m = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)? ${month},? (\\d{4})\\b`, "i").exec(text);
  if (m) return gdsDate(Number(m[1]), monthIndex(m[2]!.slice(0, 3)), Number(m[3]));
  m = new RegExp(`\\b${month} (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, "i").exec(text);
  if (m) return gdsDate(Number(m[2]), monthIndex(m[1]!.slice(0, 3)), Number(m[3]));
  m = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/.exec(text);
  if (m) return gdsDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  if (m) return gdsDate(Number(m[3]), Number(m[2]) - 1, Number(m[1]));
  return undefined;
}

export const subjectMissing: DocumentRule = {
  meta: {
    id: "tenant/subject-missing",
    family: "tenant",
    description:
      "The front matter has no `subject:`; Notify needs one and tenants decide from it whether to read on.",
    defaultLevel: "error",
    source: 'Team manual: "The Subject should help identify immediately the purpose of the email"',
    examples: {
      bad: "---\nchannel: technical\n---",
      good: "---\nsubject: GOV.UK PaaS - Cloud Foundry changes - 17 March 2027\nchannel: technical\n---",
    },
  },
  checkDocument(document) {
    return document.draft.problems
      .filter((p) => p.code === "subject-missing")
      .map((p) => ({ start: p.span.start, end: p.span.end, message: p.message }));
  },
};

export const subjectLength: DocumentRule = {
  meta: {
    id: "tenant/subject-length",
    family: "tenant",
    description:
      "A subject longer than most inboxes show (78 characters by default, the line length RFC 5322 recommends).",
    defaultLevel: "warning",
    source: "RFC 5322 §2.1.1; mail clients cut long subjects",
    examples: {
      bad: "GOV.UK PaaS - Cloud Foundry changes, buildpack upgrades and a new version of the CLI - 17 March 2027",
      good: "GOV.UK PaaS - Cloud Foundry changes - 17 March 2027",
    },
    options: { maxLength: { description: "Longest subject, in characters.", default: 78 } },
  },
  checkDocument(document, context) {
    const { subject, subjectSpan } = document.draft;
    const max = typeof context.options.maxLength === "number" ? context.options.maxLength : 78;
    if (subject === undefined || !subjectSpan) return [];
    const length = subject.replace(/\s+/g, " ").trim().length;
    if (length <= max) return [];
    return [
      {
        start: subjectSpan.start,
        end: subjectSpan.end,
        message: `The subject is ${length} characters; inboxes cut it after about ${max}. Put what tenants need to know first and shorten the rest.`,
      },
    ];
  },
};

export const subjectCfUpgrade: DocumentRule = {
  meta: {
    id: "tenant/subject-cf-upgrade",
    family: "tenant",
    description:
      'A Cloud Foundry upgrade email (`kind: cf-upgrade`) has the subject "GOV.UK PaaS - Cloud Foundry changes - <date>", with a GOV.UK date such as 17 March 2027.',
    defaultLevel: "warning",
    source: 'Team manual, "CF upgrade email template"; GOV.UK style for dates',
    examples: {
      bad: "GOV.UK PaaS - Cloud Foundry changes - 17th March 2017",
      good: "GOV.UK PaaS - Cloud Foundry changes - 17 March 2017",
    },
  },
  checkDocument(document) {
    const { subject, subjectSpan, subjectIsVerbatim, kind } = document.draft;
    if (kind !== "cf-upgrade" || subject === undefined || !subjectSpan) return [];
    const trimmed = subject.trim();
    const m = CF_UPGRADE.exec(trimmed);
    if (m && GDS_DATE.test(m[1]!.trim())) {
      const [, day, month, year] = GDS_DATE.exec(m[1]!.trim())!;
      if (gdsDate(Number(day), MONTHS.indexOf(month!), Number(year))) return [];
    }
    const date = findDate(trimmed);
    const expected = `${CF_UPGRADE_PREFIX}${date ?? "17 March 2027"}`;
    const message = date
      ? `A Cloud Foundry upgrade email's subject is "${expected}" (the date as 17 March 2027, no "th", no slashes).`
      : `A Cloud Foundry upgrade email's subject is "GOV.UK PaaS - Cloud Foundry changes - <date>", with the date written like 17 March 2027.`;
    return [
      {
        start: subjectSpan.start,
        end: subjectSpan.end,
        message,
        fixes:
          date && subjectIsVerbatim
            ? [
                {
                  title: `Change the subject to "${expected}"`,
                  edits: [{ start: subjectSpan.start, end: subjectSpan.end, text: expected }],
                },
              ]
            : [],
      },
    ];
  },
};

export const subjectRules: DocumentRule[] = [subjectMissing, subjectLength, subjectCfUpgrade];
