// What Notify is given for a draft: its subject, and its body without the editor-only lint
// suppression comments. The preview, `tenant-comms render`, test emails and sends all take the
// email from here, so what a writer previews is what tenants get.
//
// Lint suppression comments (`<!-- tenant-comms-disable ... -->`, see src/core/lint/suppress.ts)
// are for the editor only. Notify escapes HTML, so one left in the body would be shown to every
// recipient as text: lines holding only such a comment are removed.
import type { Draft } from "../draft";

const DIRECTIVE_LINE =
  /^[ \t]*<!--\s*tenant-comms-(?:disable-next-line|disable|enable)\b[\s\S]*?-->[ \t]*(?:\r?\n|$)/gm;

export function stripDirectives(body: string): string {
  return body.replace(DIRECTIVE_LINE, "");
}

export interface EmailContent {
  subject: string;
  body: string;
}

/** The template content Notify receives for a draft (an absent subject is empty). */
export function emailContent(draft: Pick<Draft, "subject" | "body">): EmailContent {
  return { subject: draft.subject ?? "", body: stripDirectives(draft.body) };
}
