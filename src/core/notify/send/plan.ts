// Everything checked before a single email leaves: the draft (its own problems and the caller's
// lint verdict), the recipients CSV(s) with Notify's rules, and each recipient's personalisation.
// The result is the job's recipient list: one entry per distinct address, in file order.
import { createHash } from "node:crypto";
import { basename } from "node:path";
import type { Draft } from "../../draft";
import { EMAIL_BODY_MAX_BYTES } from "../limits";
import { placeholderNames, type Personalisation } from "../placeholders";
import { stripDirectives } from "../email-content";
import { buildPersonalisation } from "./personalisation";

/** What the sender needs of the recipients CSV checker (src/core/notify/recipients-csv.ts). */
export interface CsvCheck {
  /** File-level problems (missing column, missing rows, bad rows counted...). */
  errors: string[];
  /** Data rows, numbered from 1 (the heading row is not counted). */
  rows: {
    row: number;
    emailAddress: string;
    valid: boolean;
    error?: string;
    missing?: string[];
    duplicateOf?: number;
  }[];
  /** Valid rows with no missing data, each address once (its first row). */
  recipients: { row: number; emailAddress: string; personalisation: Personalisation }[];
}

export interface BlockingVerdict {
  blocking: boolean;
  /** What to fix, one line each (e.g. "line 12: ..."). */
  messages: string[];
}

export interface PlanDeps {
  parseDraft(text: string): Draft;
  checkRecipientsCsv(text: string, options: { placeholders: string[] }): CsvCheck;
  /**
   * The caller's lint verdict on the draft (the CLI runs the linter; VS Code reads its
   * diagnostics). A blocking verdict refuses the send.
   */
  hasBlockingProblems?(draft: Draft): BlockingVerdict | Promise<BlockingVerdict>;
}

export interface PlanInput {
  draftPath: string;
  draftText: string;
  csv: { path: string; text: string }[];
}

export interface PlannedRecipient {
  /** Position in the job (0-based); the journal knows rows only by this. */
  index: number;
  emailAddress: string;
  /** Where the address came from: file and data row (from 1). More than one when merged. */
  sources: { file: string; row: number }[];
  values: Personalisation;
}

export interface SendPlan {
  draftPath: string;
  draftHash: string;
  subject: string;
  body: string;
  /** From the draft's front matter, if it has one. */
  draftTemplateId: string | undefined;
  csv: { path: string; sha256: string }[];
  recipients: PlannedRecipient[];
  /** Rows dropped because their address was already in the list. */
  duplicateRows: number;
  placeholders: string[];
}

export type PlanResult =
  { ok: true; plan: SendPlan; warnings: string[] } | { ok: false; problems: string[] };

const MAX_ROW_PROBLEMS = 20;

export function sha256(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

export async function planSend(input: PlanInput, deps: PlanDeps): Promise<PlanResult> {
  const problems: string[] = [];
  const warnings: string[] = [];
  const draftName = basename(input.draftPath);
  const draft = deps.parseDraft(input.draftText);
  for (const p of draft.problems.filter((p) => p.severity === "error")) {
    problems.push(`${draftName} line ${lineOf(input.draftText, p.span.start)}: ${p.message}`);
  }
  if (deps.hasBlockingProblems) {
    const verdict = await deps.hasBlockingProblems(draft);
    if (verdict.blocking) {
      problems.push(
        `${draftName} has lint errors; fix them before sending:`,
        ...verdict.messages.map((m) => `  ${m}`),
      );
    }
  }
  const subject = draft.subject ?? "";
  const body = stripDirectives(draft.body);
  if (!subject.trim() && !problems.some((p) => /subject/i.test(p))) {
    problems.push(`${draftName} has no subject: add \`subject:\` to its front matter.`);
  }
  if (!body.trim()) problems.push(`${draftName} has no body text after its front matter.`);

  const placeholders = placeholderNames(subject, body);
  if (input.csv.length === 0) {
    problems.push("No recipients CSV given.");
  }
  const recipients: PlannedRecipient[] = [];
  const byAddress = new Map<string, PlannedRecipient>();
  let duplicateRows = 0;
  for (const file of input.csv) {
    const name = basename(file.path);
    if (file.text.replace(/^\uFEFF/, "").trim() === "") {
      problems.push(
        `${name} is empty: it needs a header row with an "email address" column and at least one row.`,
      );
      continue;
    }
    const check = deps.checkRecipientsCsv(file.text, { placeholders });
    for (const e of check.errors) problems.push(`${name}: ${e}`);
    // Rows have no address error when the file has no address column: that is said once above.
    const bad = check.rows.filter((r) => (!r.valid && r.error) || r.missing?.length);
    for (const r of bad.slice(0, MAX_ROW_PROBLEMS)) {
      const what = !r.valid
        ? `${r.error ?? "not a valid email address"}${r.emailAddress ? ` (${r.emailAddress})` : ""}`
        : `no value for ${r.missing!.map((m) => `((${m}))`).join(", ")}`;
      problems.push(`${name} row ${r.row}: ${what}`);
    }
    if (bad.length > MAX_ROW_PROBLEMS) {
      problems.push(`${name}: ${bad.length - MAX_ROW_PROBLEMS} more rows with problems.`);
    }
    duplicateRows += check.rows.filter((r) => r.duplicateOf !== undefined).length;
    for (const r of check.recipients) {
      const existing = byAddress.get(r.emailAddress);
      if (existing) {
        existing.sources.push({ file: name, row: r.row });
        duplicateRows++;
        continue;
      }
      const recipient: PlannedRecipient = {
        index: recipients.length,
        emailAddress: r.emailAddress,
        sources: [{ file: name, row: r.row }],
        values: r.personalisation,
      };
      byAddress.set(r.emailAddress, recipient);
      recipients.push(recipient);
    }
  }
  if (problems.length === 0 && recipients.length === 0) {
    problems.push("There is no one to send to: the recipients CSV(s) have no rows.");
  }
  if (problems.length === 0) {
    for (const r of recipients) {
      const { personalisation, missing } = buildPersonalisation({ subject, body }, r.values);
      const where = `${r.sources[0]!.file} row ${r.sources[0]!.row}`;
      if (missing.length) {
        problems.push(`${where}: no value for ${missing.map((m) => `((${m}))`).join(", ")}.`);
      }
      const bytes = Buffer.byteLength(String(personalisation.body), "utf8");
      if (bytes > EMAIL_BODY_MAX_BYTES) {
        problems.push(
          `${where}: the email is ${bytes} bytes; Notify's limit is ${EMAIL_BODY_MAX_BYTES}.`,
        );
      }
      if (problems.length > MAX_ROW_PROBLEMS) break;
    }
  }
  if (duplicateRows > 0) {
    warnings.push(
      `${duplicateRows} row${duplicateRows === 1 ? " repeats" : "s repeat"} an address already listed; each address gets one email (the first row's values).`,
    );
  }
  if (problems.length) return { ok: false, problems };
  return {
    ok: true,
    warnings,
    plan: {
      draftPath: input.draftPath,
      draftHash: sha256(input.draftText),
      subject,
      body,
      draftTemplateId: draft.templateId,
      csv: input.csv.map((f) => ({ path: f.path, sha256: sha256(f.text) })),
      recipients,
      duplicateRows,
      placeholders,
    },
  };
}
