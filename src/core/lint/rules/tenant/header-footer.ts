// The manual's required structure for technical emails: the header (greeting and "We ... are
// contacting you to inform you of [BODY COPY].") and the privacy footer, compared by words.
import { BODY_COPY_SLOT } from "../../../templates/tenant-texts";
import type {
  DocumentFinding,
  DocumentRule,
  LintDocument,
  RuleContext,
  RuleMeta,
} from "../../rule";
import { eol, shared } from "../util";
import { analyseStructure, type StructureAnalysis } from "./structure";

const SOURCE =
  'Team manual, "Notifying tenants": "Your email must contain the following header/footer"';

function structureOf(document: LintDocument, context: RuleContext): StructureAnalysis {
  return analyseStructure(document.draft, document.bodyWithoutCode, shared(context));
}

function lineAt(text: string, offset: number): { start: number; end: number } {
  const start = text.lastIndexOf("\n", Math.max(0, offset - 1)) + 1;
  const newline = text.indexOf("\n", offset);
  let end = newline === -1 ? text.length : newline;
  if (end > start && text[end - 1] === "\r") end--;
  return { start, end };
}

function meta(
  id: string,
  description: string,
  defaultLevel: "error" | "warning",
  examples: { bad: string; good: string },
): RuleMeta {
  return {
    id,
    family: "tenant",
    description,
    defaultLevel,
    source: SOURCE,
    examples,
    options: undefined,
  };
}

export const headerMissing: DocumentRule = {
  meta: meta(
    "tenant/header-missing",
    'A technical email without the mandated header ("Dear GOV.UK PaaS tenant, We (GOV.UK Platform as a Service - PaaS) are contacting you to inform you of …").',
    "error",
    {
      bad: "We are upgrading Cloud Foundry on 17 March 2027.",
      good: "Dear GOV.UK PaaS tenant,\n\nWe (GOV.UK Platform as a Service - PaaS) are contacting you to inform you of the Cloud Foundry upgrade on 17 March 2027.",
    },
  ),
  checkDocument(document, context) {
    const s = structureOf(document, context);
    if (!s.applies || s.header.state !== "missing") return [];
    const settings = shared(context);
    const newline = eol(document.text);
    const at = s.firstContent;
    const line = lineAt(document.text, at);
    const insert =
      settings.header.replace(/\r?\n/g, newline) +
      newline +
      (at >= document.text.length ? "" : newline);
    return [
      {
        start: line.start,
        end: line.end,
        message: `A ${document.draft.channel} email must start with the standard header ("${firstWords(settings.header)} …"). Insert it, then fill in ${BODY_COPY_SLOT}.`,
        fixes: [
          { title: "Insert the standard header", edits: [{ start: at, end: at, text: insert }] },
        ],
      },
    ];
  },
};

export const headerAltered: DocumentRule = {
  meta: meta(
    "tenant/header-altered",
    "The header is there but its words differ from the mandated text.",
    "warning",
    {
      bad: "Dear GOV.UK PaaS tenant,\n\nWe are contacting you to tell you about the upgrade.",
      good: "Dear GOV.UK PaaS tenant,\n\nWe (GOV.UK Platform as a Service - PaaS) are contacting you to inform you of the upgrade.",
    },
  ),
  checkDocument(document, context) {
    const s = structureOf(document, context);
    if (!s.applies || s.header.state !== "altered" || !s.header.region) return [];
    const { start, end } = s.header.region;
    const replacement = s.headerBeforeSlot.trimEnd().replace(/\r?\n/g, eol(document.text));
    return [
      {
        start,
        end,
        message: `The header differs from the standard wording: ${s.header.diff}. Use the header exactly as the team manual gives it.`,
        fixes: [
          { title: "Restore the standard header", edits: [{ start, end, text: replacement }] },
        ],
      },
    ];
  },
};

export const footerMissing: DocumentRule = {
  meta: meta(
    "tenant/footer-missing",
    'A technical email without the mandated privacy footer ("This communication complies with our data protection policy…").',
    "error",
    {
      bad: "(an email that ends after the body text)",
      good: '(an email that ends with the privacy footer and "The GOV.UK PaaS Team")',
    },
  ),
  checkDocument(document, context) {
    const s = structureOf(document, context);
    if (!s.applies || s.footer.state !== "missing") return [];
    const settings = shared(context);
    const newline = eol(document.text);
    const at = s.lastContent;
    const line = lineAt(document.text, Math.max(document.draft.bodyOffset, at - 1));
    const lead = at > s.firstContent ? newline + newline : "";
    return [
      {
        start: line.start,
        end: line.end,
        message: `A ${document.draft.channel} email must end with the standard privacy footer ("${firstWords(settings.footer)} …"). Insert it.`,
        fixes: [
          {
            title: "Insert the standard footer",
            edits: [
              { start: at, end: at, text: lead + settings.footer.replace(/\r?\n/g, newline) },
            ],
          },
        ],
      },
    ];
  },
};

export const footerAltered: DocumentRule = {
  meta: meta(
    "tenant/footer-altered",
    "The footer is there but its words differ from the mandated text.",
    "warning",
    {
      bad: "This communication complies with our data protection policy. … Thanks, The PaaS Team",
      good: "This communication complies with our data protection policy. … Kind regards, The GOV.UK PaaS Team",
    },
  ),
  checkDocument(document, context) {
    const s = structureOf(document, context);
    if (!s.applies || s.footer.state !== "altered" || !s.footer.region) return [];
    const { start, end } = s.footer.region;
    return [
      {
        start,
        end,
        message: `The footer differs from the standard wording: ${s.footer.diff}. Use the footer exactly as the team manual gives it.`,
        fixes: [
          {
            title: "Restore the standard footer",
            edits: [
              { start, end, text: shared(context).footer.replace(/\r?\n/g, eol(document.text)) },
            ],
          },
        ],
      },
    ];
  },
};

export const bodyCopyLeft: DocumentRule = {
  meta: meta(
    "tenant/body-copy-left",
    'The header\'s "[BODY COPY]" slot is still there: say what the email is about.',
    "error",
    {
      bad: "We (GOV.UK Platform as a Service - PaaS) are contacting you to inform you of [BODY COPY].",
      good: "We (GOV.UK Platform as a Service - PaaS) are contacting you to inform you of the Cloud Foundry upgrade on 17 March 2027.",
    },
  ),
  checkDocument(document) {
    const findings: DocumentFinding[] = [];
    for (const index of slotsIn(document.bodyWithoutCode)) {
      const start = document.draft.bodyOffset + index;
      findings.push({
        start,
        end: start + BODY_COPY_SLOT.length,
        message: `Replace ${BODY_COPY_SLOT} with what the email is about, for example "the Cloud Foundry upgrade on 17 March 2027".`,
      });
    }
    return findings;
  },
};

/**
 * Where the slot is written, in any letter case ("[Body copy]" too). A search for "[" and a
 * comparison there: a case-insensitive pattern would read the whole body character by character
 * on every lint.
 */
function slotsIn(body: string): number[] {
  const found: number[] = [];
  const slot = BODY_COPY_SLOT.toUpperCase();
  for (let i = body.indexOf("["); i !== -1; i = body.indexOf("[", i + 1)) {
    if (sameIgnoringCase(body, i, slot)) found.push(i);
  }
  return found;
}

/** True when `text` at `at` is `upper`, with ASCII letters in either case. */
function sameIgnoringCase(text: string, at: number, upper: string): boolean {
  if (at + upper.length > text.length) return false;
  for (let k = 0; k < upper.length; k++) {
    const want = upper.charCodeAt(k);
    const got = text.charCodeAt(at + k);
    const isLetter = want >= 65 && want <= 90;
    if (got !== want && !(isLetter && got === want + 32)) return false;
  }
  return true;
}

function firstWords(text: string): string {
  return text.replace(/\s+/g, " ").trim().split(" ").slice(0, 5).join(" ");
}

export const headerFooterRules: DocumentRule[] = [
  headerMissing,
  headerAltered,
  footerMissing,
  footerAltered,
  bodyCopyLeft,
];
