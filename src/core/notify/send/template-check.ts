// The extension sends every draft through one Notify email template whose subject is
// `((subject))` and body `((body))`. Before a send we fetch the template (getTemplateById) and say
// exactly what to change in Notify when it is not that.
import type { TemplateSummary } from "./client";
import { normalisePlaceholderName as normaliseKey, placeholderNames } from "../placeholders";

export interface TemplateCheck {
  ok: boolean;
  /** What stops the send, each saying what to change. */
  problems: string[];
  /** Allowed, but worth knowing (extra text around the placeholders, extra placeholders). */
  warnings: string[];
}

const HOW = "In GOV.UK Notify, open Templates, choose the template, then Edit";

export function checkTemplate(template: TemplateSummary): TemplateCheck {
  const problems: string[] = [];
  const warnings: string[] = [];
  const label = `Template "${template.name}" (${template.id})`;
  if (template.type !== "email") {
    problems.push(
      `${label} is a ${template.type} template, not an email template. ` +
        "Use an email template whose subject is ((subject)) and whose message is ((body)).",
    );
    return { ok: false, problems, warnings };
  }
  const subject = template.subject ?? "";
  const subjectNames = placeholderNames(subject).map(normaliseKey);
  const bodyNames = placeholderNames(template.body).map(normaliseKey);
  if (!subjectNames.includes("subject")) {
    problems.push(
      `${label}: its subject line must be ((subject)) (it is "${subject}"). ${HOW}, set "Subject line of email" to ((subject)) and save.`,
    );
  } else if (subject.trim().toLowerCase() !== "((subject))") {
    warnings.push(
      `${label}: the subject line has text besides ((subject)): "${subject}". It is added to every email.`,
    );
  }
  if (!bodyNames.includes("body")) {
    problems.push(
      `${label}: its message must be ((body)). ${HOW}, replace "Message" with ((body)) and save.`,
    );
  } else if (template.body.trim().toLowerCase() !== "((body))") {
    warnings.push(
      `${label}: the message has text besides ((body)); it is added to every email` +
        (/^\(\(body\)\)/i.test(template.body.trim())
          ? "."
          : ", and a heading at the start of the draft will not render as one."),
    );
  }
  const extra = [...new Set([...subjectNames, ...bodyNames])].filter(
    (n) => n !== "subject" && n !== "body",
  );
  if (extra.length > 0) {
    warnings.push(
      `${label} has other placeholders (${extra.join(", ")}): each needs a column of that name in the recipients CSV.`,
    );
  }
  return { ok: problems.length === 0, problems, warnings };
}
