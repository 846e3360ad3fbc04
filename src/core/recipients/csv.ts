// The CSV Notify reads (`email address` is its required header) plus context columns, written whole
// or not at all, with every cell safe to open in a spreadsheet.
import { randomBytes } from "node:crypto";
import { rename, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { stringify } from "csv-stringify/sync";
import { ROLE_LABELS } from "./audiences";
import { startsLikeFormula } from "./addresses";
import type { RecipientRow } from "./rows";
import type { SkippedUser } from "./export-types";

export const EMAIL_COLUMN = "email address";

/** A leading apostrophe makes spreadsheets show the text instead of running it (OWASP CSV injection). */
export function safeCell(value: string): string {
  return startsLikeFormula(value) ? `'${value}` : value;
}

export interface CsvOptions {
  /** Add `(Region)` after org names when the file covers more than one region. */
  multiRegion: boolean;
  /** Include the `admin links` column (when any region has an adminUrl). */
  adminLinks: boolean;
}

export function recipientsCsv(rows: readonly RecipientRow[], options: CsvOptions): string {
  const header = [
    EMAIL_COLUMN,
    "orgs",
    "roles",
    "regions",
    ...(options.adminLinks ? ["admin links"] : []),
  ];
  const records = rows.map((row) => {
    const cells = [
      // Addresses were vetted in addresses.ts: they never start like a formula, and must stay exact.
      row.address,
      row.orgs.map((o) => (options.multiRegion ? `${o.name} (${o.region})` : o.name)).join("; "),
      row.roles.map((r) => ROLE_LABELS[r]).join("; "),
      row.regions.join("; "),
      ...(options.adminLinks
        ? [row.orgs.flatMap((o) => (o.adminLink ? [o.adminLink] : [])).join(" ")]
        : []),
    ];
    return cells.map((c, i) => (i === 0 ? c : safeCell(c)));
  });
  return stringify([header, ...records], { record_delimiter: "\n" });
}

export function skippedCsv(skipped: readonly SkippedUser[]): string {
  const header = ["region", "user", "user guid", "orgs", "roles", "reason"];
  const records = skipped.map((s) =>
    [
      s.region,
      s.user,
      s.userGuid,
      s.orgs.join("; "),
      s.roles.map((r) => ROLE_LABELS[r]).join("; "),
      s.reason,
    ].map(safeCell),
  );
  return stringify([header, ...records], { record_delimiter: "\n" });
}

/**
 * Writes every file to a temporary sibling first, then renames them into place, so a failure
 * (disk full, cancelled) never leaves a half-written list that someone might upload to Notify.
 */
export async function writeFilesAtomically(
  files: readonly { path: string; content: string }[],
): Promise<void> {
  const temps: { temp: string; path: string }[] = [];
  try {
    for (const file of files) {
      const temp = join(
        dirname(file.path),
        `.${basename(file.path)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`,
      );
      temps.push({ temp, path: file.path });
      await writeFile(temp, file.content, { encoding: "utf8", flag: "wx" });
    }
  } catch (error) {
    await Promise.all(temps.map(({ temp }) => unlink(temp).catch(() => undefined)));
    throw error;
  }
  for (const { temp, path } of temps) await rename(temp, path);
}
