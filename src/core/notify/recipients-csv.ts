// Checks a recipients CSV as GOV.UK Notify's "upload a list" does (notifications-utils
// recipients.py RecipientCSV), and gives the sender the rows it can send to:
// - whitespace (a byte order mark included) and trailing commas around the file are ignored;
// - the `email address` column is found ignoring case, spaces, underscores and hyphens, and must
//   appear once;
// - every ((placeholder)) of the template needs a column; other columns are allowed and ignored;
// - each cell is trimmed (obscure spaces removed); an empty cell counts as missing;
// - columns with the very same heading are merged into a list (Notify sends them as bullets);
// - each address is validated and normalised as Notify does.
// Notify sends one email per row even when an address repeats; we report repeats, and the
// sender gets each address once (its first row).
import { validateEmailAddress } from "./email-address";
import { CSV_MAX_ROWS } from "./limits";
import { readPythonCsv } from "./python-csv";
import { pyStrip } from "./python-regex";
import { formattedList, normalisePlaceholderName, type PersonalisationValue } from "./placeholders";
import { stripAndRemoveObscureWhitespace, stripChars, ALL_WHITESPACE } from "./whitespace";

/** The column Notify needs for an email template (recipients.py first_column_headings). */
export const EMAIL_ADDRESS_COLUMN = "email address";
const EMAIL_ADDRESS_KEY = normalisePlaceholderName(EMAIL_ADDRESS_COLUMN);

export interface RecipientsCsvOptions {
  /** The template's placeholders: each needs a column, and an empty cell in it is missing data. */
  placeholders?: string[];
}

export interface RecipientRow {
  /** Data row number, counting from 1 (the heading row is not counted). */
  row: number;
  /** The address as written (trimmed), "" when the cell is empty. */
  emailAddress: string;
  /** Whether Notify would accept the address. */
  valid: boolean;
  /** The address as Notify stores it (lower case), when valid. */
  normalised?: string;
  /** What is wrong with the address and what to do, when not valid. */
  error?: string;
  /** Each column's cell, trimmed ("" when empty); for repeated headings, the first non-empty. */
  values: Record<string, string>;
  /** The template's placeholders whose cell is empty in this row (Notify: "Missing"). */
  missing?: string[];
  /** The earlier row with the same address, when this row repeats one. */
  duplicateOf?: number;
}

export interface Recipient {
  row: number;
  /** Normalised address. */
  emailAddress: string;
  /** Every column but the address, as Notify would send it: repeated headings become lists. */
  personalisation: Record<string, PersonalisationValue>;
}

export interface RecipientsCsvResult {
  /** Problems with the file as a whole, each saying what to do. */
  errors: string[];
  /** Things to look at that do not stop Notify (such as repeated addresses). */
  warnings: string[];
  /** The headings as written, each once, in file order. */
  columns: string[];
  /** One entry per data row. */
  rows: RecipientRow[];
  /** The heading of the address column as written, if there is one. */
  emailColumn?: string;
  /** Valid rows with no missing data, each address once (its first row), ready to send. */
  recipients: Recipient[];
  /** True when there is nothing to fix: no errors, no bad or repeated addresses, no missing data. */
  clean: boolean;
}

const quoted = (text: string) => `‘${text}’`;
const quotedList = (items: string[]) => formattedList(items.map(quoted));

/** Rows as Notify reads them, and what to tell the user about quoting Notify would misread. */
function readRows(text: string): { rows: string[][]; error?: string } {
  const read = readPythonCsv(text);
  // Python reports lines of the text it read, which starts at the heading row.
  if (read.carriageReturnLine !== undefined) {
    return {
      rows: read.rows,
      error:
        `Line ${read.carriageReturnLine} has a carriage return (CR) in the middle of a row, which ` +
        "Notify cannot read. Save the file again as CSV with ordinary line endings.",
    };
  }
  if (read.unclosedQuoteLine !== undefined) {
    return {
      rows: read.rows,
      error:
        `A quote (") at the start of a value on line ${read.unclosedQuoteLine} is never closed, so ` +
        "Notify would read the rest of the file as that one value. Close the quote, or remove it.",
    };
  }
  return { rows: read.rows };
}

function countRowsWith<T>(rows: T[], test: (row: T) => boolean): number {
  return rows.reduce((n, row) => n + (test(row) ? 1 : 0), 0);
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function listRows(rows: number[]): string {
  const shown = rows.slice(0, 10).join(", ");
  return rows.length > 10 ? `${shown} and ${rows.length - 10} more` : shown;
}

export function checkRecipientsCsv(
  text: string,
  options: RecipientsCsvOptions = {},
): RecipientsCsvResult {
  const result: RecipientsCsvResult = {
    errors: [],
    warnings: [],
    columns: [],
    rows: [],
    recipients: [],
    clean: false,
  };
  // strip_all_whitespace(file_data, extra_characters=","): BOM and blank lines around the file go,
  // and so do trailing commas.
  const trimmed = pyStrip(stripChars(stripChars(text, ALL_WHITESPACE), ALL_WHITESPACE + ","));
  const read = readRows(trimmed);
  if (read.error) result.errors.push(read.error);
  const [rawHeadings = [], ...dataRows] = read.rows;
  const headings = rawHeadings.map((h) => stripAndRemoveObscureWhitespace(h));
  result.columns = [...new Set(headings)];
  const headingKeys = new Set(headings.map(normalisePlaceholderName));

  // The address column: exactly one heading that reads "email address".
  const emailHeadings = headings.filter((h) => normalisePlaceholderName(h) === EMAIL_ADDRESS_KEY);
  if (emailHeadings.length === 0) {
    const have = result.columns.filter((c) => c !== "");
    result.errors.push(
      `Your file needs a column called ${quoted(EMAIL_ADDRESS_COLUMN)}. ` +
        (have.length
          ? `Right now it has columns called ${quotedList(have)}. `
          : "It has no column headings. ") +
        `Put the heading ${quoted(EMAIL_ADDRESS_COLUMN)} at the top of the column of addresses ` +
        "(case, spaces, underscores and hyphens do not matter).",
    );
  } else if (emailHeadings.length > 1) {
    result.errors.push(
      `We found more than one column called ${quoted(EMAIL_ADDRESS_COLUMN)} ` +
        `(${quotedList(emailHeadings)}). Delete or rename one of these columns and try again.`,
    );
  } else {
    result.emailColumn = emailHeadings[0];
  }

  // Every placeholder needs a column.
  const placeholders = options.placeholders ?? [];
  const missingColumns = placeholders.filter(
    (p, i) =>
      !headingKeys.has(normalisePlaceholderName(p)) &&
      placeholders.findIndex((q) => normalisePlaceholderName(q) === normalisePlaceholderName(p)) ===
        i,
  );
  if (missingColumns.length > 0) {
    result.errors.push(
      `Your column names need to match the double brackets in your template: your file is missing ` +
        `${missingColumns.length === 1 ? "a column" : "columns"} called ${quotedList(missingColumns)}. ` +
        "Add the column, or check its heading is spelt as in the template.",
    );
  }

  if (dataRows.length === 0) {
    result.errors.push(
      "Your file is missing some rows: it needs at least one row of data under the headings.",
    );
  }
  if (dataRows.length > CSV_MAX_ROWS) {
    result.errors.push(
      `Your file has too many rows: Notify can process up to ${CSV_MAX_ROWS.toLocaleString("en-GB")} ` +
        `rows at once and your file has ${dataRows.length.toLocaleString("en-GB")}. Split it into smaller files.`,
    );
  }

  // Worked out once: which columns hold the address, and which column each placeholder reads.
  // Headings that differ only in case are separate columns; Notify reads the last one.
  const isEmailColumn = headings.map((h) => normalisePlaceholderName(h) === EMAIL_ADDRESS_KEY);
  const headingForKey = new Map(headings.map((h) => [normalisePlaceholderName(h), h] as const));
  const placeholderColumns = placeholders.flatMap((name) => {
    const key = normalisePlaceholderName(name);
    const heading = headingForKey.get(key);
    return key === EMAIL_ADDRESS_KEY || heading === undefined ? [] : [{ name, heading }];
  });

  const firstRowOf = new Map<string, number>();
  dataRows.forEach((cells, index) => {
    const row = index + 1;
    const values: Record<string, string> = {};
    const personalisation: Record<string, PersonalisationValue> = {};
    let emailAddress = "";
    headings.forEach((heading, column) => {
      const value = stripAndRemoveObscureWhitespace(cells[column] ?? "");
      if (isEmailColumn[column]) {
        emailAddress = value;
        return;
      }
      if (!(heading in values) || (values[heading] === "" && value !== "")) values[heading] = value;
      // Identical headings are merged into a list, as Notify does (empty cells dropped).
      const previous = personalisation[heading];
      if (previous === undefined) personalisation[heading] = value === "" ? null : value;
      else {
        const list = Array.isArray(previous) ? previous : previous === null ? [] : [previous];
        if (value !== "") list.push(value);
        personalisation[heading] = list;
      }
    });
    const entry: RecipientRow = { row, emailAddress, valid: false, values };
    if (result.emailColumn !== undefined) {
      if (emailAddress === "") {
        entry.error = "Missing email address: enter one in this row, or delete the row.";
      } else {
        const check = validateEmailAddress(emailAddress);
        if (check.valid) {
          entry.valid = true;
          entry.normalised = check.normalised;
        } else {
          entry.error = `${check.error}: check it for typos, spaces or extra characters.`;
        }
      }
    }
    const missing = placeholderColumns
      .filter(({ heading }) => {
        const value = personalisation[heading];
        return value == null || (Array.isArray(value) && value.length === 0);
      })
      .map(({ name }) => name);
    if (missing.length > 0) entry.missing = missing;
    if (entry.normalised !== undefined) {
      const first = firstRowOf.get(entry.normalised);
      if (first !== undefined) entry.duplicateOf = first;
      else firstRowOf.set(entry.normalised, row);
    }
    result.rows.push(entry);
    if (entry.valid && !entry.missing && entry.duplicateOf === undefined) {
      // Only the template's placeholders matter to Notify; the other columns are harmless extras.
      result.recipients.push({ row, emailAddress: entry.normalised!, personalisation });
    }
  });

  summariseRows(result);
  result.clean =
    result.errors.length === 0 &&
    result.warnings.length === 0 &&
    result.rows.every((r) => r.valid && !r.missing && r.duplicateOf === undefined);
  return result;
}

/** File-level lines that count the row problems, as Notify's upload page does. */
function summariseRows(result: RecipientsCsvResult): void {
  if (result.emailColumn === undefined) return;
  const bad = result.rows.filter((r) => !r.valid).map((r) => r.row);
  if (bad.length > 0) {
    result.errors.push(
      `You need to fix ${plural(bad.length, "email address", "email addresses")} ` +
        `(row${bad.length === 1 ? "" : "s"} ${listRows(bad)}).`,
    );
  }
  const missing = result.rows.filter((r) => r.missing).map((r) => r.row);
  if (missing.length > 0) {
    result.errors.push(
      `Enter missing data in ${plural(
        countRowsWith(result.rows, (r) => !!r.missing),
        "row",
        "rows",
      )} ` + `(${listRows(missing)}): every ((placeholder)) needs a value in every row.`,
    );
  }
  const repeats = result.rows.filter((r) => r.duplicateOf !== undefined);
  if (repeats.length > 0) {
    result.warnings.push(
      `${plural(repeats.length, "row repeats an address", "rows repeat addresses")} of an earlier row ` +
        `(${listRows(repeats.map((r) => r.row))}). Notify would email the address once per row; ` +
        "delete the repeats (Tenant Comms sends to each address once).",
    );
  }
}
