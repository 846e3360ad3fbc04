// `tenant-comms check-csv`: checks a recipients CSV as GOV.UK Notify's upload does.
// Exit 0 the file is clean; 1 it has problems (listed); 2 it cannot be read (or a usage mistake).
import { parseDraft } from "../../core/draft";
import { CSV_MAX_ROWS_SHOWN } from "../../core/notify/limits";
import { placeholderNames } from "../../core/notify/placeholders";
import { checkRecipientsCsv, type RecipientsCsvResult } from "../../core/notify/recipients-csv";
import { UsageError, type CliCommand, type CliIO } from "../command";
import { readInputFile } from "./render";
import { parseCommandArgs } from "../args";

const FORMATS = ["text", "json"] as const;
type Format = (typeof FORMATS)[number];

const usage = `Usage: tenant-comms check-csv FILE [--format text|json] [--draft DRAFT]

Checks a recipients CSV as GOV.UK Notify's "upload a list" does: a column called "email address"
(case, spaces, underscores and hyphens do not matter; a byte order mark is ignored), every address
valid as Notify validates it, and no address repeated. With --draft, every ((placeholder)) in the
draft's subject and body also needs a column, and a value in every row.

Options:
  --format FORMAT   text (default) or json: {errors, warnings, columns, rows: [{row, emailAddress,
                    valid, normalised?, error?, missing?, duplicateOf?}]}, rows counted from 1
                    after the heading row
  --draft DRAFT     The draft (.notify.md) the list is for.

Exit status: 0 the file is clean, 1 it has problems, 2 it cannot be read (or usage mistake).
`;

/** Text of a CSV file: UTF-8 (with or without BOM), UTF-16 with BOM, or Excel's Windows-1252. */
function decodeCsv(io: CliIO, path: string, bytes: Buffer): string {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new UsageError(
      `${path} is a spreadsheet (xlsx/ods), not a CSV file. Save it as "CSV UTF-8" and check that.`,
    );
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    io.stderr(
      `${path} is not UTF-8; reading it as Windows-1252 (what Excel writes for "CSV"). ` +
        'Save it as "CSV UTF-8" before uploading to Notify.\n',
    );
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

async function draftPlaceholders(io: CliIO, path: string): Promise<string[]> {
  const text = (await readInputFile(io, path, "draft")).toString("utf8");
  const draft = parseDraft(text);
  return placeholderNames(draft.subject ?? "", draft.body);
}

function textReport(path: string, result: RecipientsCsvResult): string {
  const lines: string[] = [];
  const valid = result.rows.filter((r) => r.valid).length;
  lines.push(
    `${path}: ${result.rows.length} row${result.rows.length === 1 ? "" : "s"}, ` +
      `${valid} valid address${valid === 1 ? "" : "es"}, ` +
      `${result.recipients.length} to send to.`,
  );
  for (const error of result.errors) lines.push(`error: ${error}`);
  for (const warning of result.warnings) lines.push(`warning: ${warning}`);
  const flagged = result.rows.filter(
    (r) => r.error !== undefined || r.missing || r.duplicateOf !== undefined,
  );
  for (const r of flagged.slice(0, CSV_MAX_ROWS_SHOWN)) {
    const address = r.emailAddress ? JSON.stringify(r.emailAddress) : "(empty)";
    const notes: string[] = [];
    if (r.error) notes.push(r.error);
    if (r.missing) notes.push(`no value for ${r.missing.map((m) => `((${m}))`).join(", ")}`);
    if (r.duplicateOf !== undefined) notes.push(`same address as row ${r.duplicateOf}`);
    lines.push(`  row ${r.row} ${address}: ${notes.join("; ")}`);
  }
  if (flagged.length > CSV_MAX_ROWS_SHOWN) {
    lines.push(
      `  ... and ${flagged.length - CSV_MAX_ROWS_SHOWN} more rows (use --format json for all).`,
    );
  }
  if (result.clean) lines.push("No problems found.");
  return lines.join("\n") + "\n";
}

function jsonReport(result: RecipientsCsvResult): string {
  return (
    JSON.stringify(
      {
        errors: result.errors,
        warnings: result.warnings,
        columns: result.columns,
        rows: result.rows.map(({ values: _values, ...row }) => row),
      },
      null,
      2,
    ) + "\n"
  );
}

export const checkCsvCommand: CliCommand = {
  name: "check-csv",
  summary: "Check a recipients CSV as GOV.UK Notify's upload does",
  usage,
  async run(argv, io) {
    const parsed = parseCommandArgs("check-csv", {
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: "string", default: "text" },
        draft: { type: "string" },
      },
    });
    const { values, positionals } = parsed;
    const format = values.format as Format;
    if (!FORMATS.includes(format)) {
      throw new UsageError(`--format must be text or json, not "${values.format}".`);
    }
    if (positionals.length !== 1) {
      throw new UsageError(
        positionals.length === 0
          ? "give the CSV file to check. Run `tenant-comms check-csv --help`."
          : `give one CSV file, not ${positionals.length}.`,
      );
    }
    const path = positionals[0]!;
    const placeholders = values.draft ? await draftPlaceholders(io, values.draft) : [];
    const text = decodeCsv(io, path, await readInputFile(io, path, "CSV file"));
    const result = checkRecipientsCsv(text, { placeholders });
    io.stdout(format === "json" ? jsonReport(result) : textReport(path, result));
    return result.clean ? 0 : 1;
  },
};
