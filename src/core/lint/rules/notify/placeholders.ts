// Placeholders `((name))` and `((name??text))`, checked the way Notify reads them
// (notifications-utils field.py; admin validators; notify.md §3 "Placeholders").
import type { DocumentFinding, DocumentRule, LintDocument } from "../../rule";
import {
  findPlaceholders,
  normalisePlaceholderName,
  type PlaceholderMatch,
} from "../../placeholders";
import { shared } from "../util";

/** The texts Notify fills placeholders in: the subject (when it maps 1:1) and the body. */
interface PlaceholderText {
  text: string;
  base: number;
  where: "subject" | "body";
}

/** Two rules read the same texts in one lint: found once per document. */
const textsByDocument = new WeakMap<LintDocument, PlaceholderText[]>();

function placeholderTexts(document: LintDocument): PlaceholderText[] {
  let texts = textsByDocument.get(document);
  if (!texts) {
    texts = findPlaceholderTexts(document);
    textsByDocument.set(document, texts);
  }
  return texts;
}

function findPlaceholderTexts(document: LintDocument): PlaceholderText[] {
  const texts: PlaceholderText[] = [];
  const { draft } = document;
  const mayHave = (text: string): boolean => text.includes("((") || text.includes("))");
  if (draft.subjectSpan && draft.subjectIsVerbatim) {
    texts.push({
      text: document.text.slice(draft.subjectSpan.start, draft.subjectSpan.end),
      base: draft.subjectSpan.start,
      where: "subject",
    });
  }
  texts.push({ text: document.bodyWithoutCode, base: draft.bodyOffset, where: "body" });
  // Most text has no double brackets at all: skip the pattern scan there.
  return texts.filter((t) => mayHave(t.text));
}

function problemsOf(p: PlaceholderMatch): string | undefined {
  if (p.name === "") {
    return p.conditional
      ? "This conditional placeholder has no name before ??. Write it as ((name??text to show)), with the column name first."
      : "This placeholder is empty. Put a column name between the brackets, for example ((org name)), or delete it.";
  }
  if (p.body.includes(","))
    return "Notify does not allow commas in placeholders. Use the column name only, for example ((org name)).";
  if (p.conditional) {
    if (p.body.indexOf("??") !== p.body.lastIndexOf("??")) {
      return "This conditional placeholder has ?? more than once. Write it as ((name??text to show)); Notify cannot put a placeholder inside optional text.";
    }
  }
  return undefined;
}

export const placeholderSyntax: DocumentRule = {
  meta: {
    id: "notify/placeholder-syntax",
    family: "notify",
    description:
      "Placeholders Notify cannot read: unbalanced `((` or `))`, an empty name, a comma, a bad `??` conditional.",
    defaultLevel: "error",
    source: "notifications-utils field.py; admin NoCommasInPlaceHolders; notify.md §3",
    examples: {
      bad: "Dear ((name, your apps need restaging.",
      good: "Dear ((name)), your apps need restaging.",
    },
  },
  checkDocument(document) {
    const findings: DocumentFinding[] = [];
    for (const { text, base } of placeholderTexts(document)) {
      const found = findPlaceholders(text);
      const inside = (at: number): boolean => found.some((p) => at >= p.start && at < p.end);
      for (const p of found) {
        const message = problemsOf(p);
        if (message) findings.push({ start: base + p.start, end: base + p.end, message });
      }
      for (let i = text.indexOf("(("); i !== -1; i = text.indexOf("((", i + 2)) {
        if (inside(i) || inside(i + 1)) continue;
        const lineEnd = text.indexOf("\n", i);
        findings.push({
          start: base + i,
          end: base + (lineEnd === -1 ? text.length : lineEnd),
          message:
            "This (( is never closed the way Notify needs. Close the placeholder with )) and keep brackets out of its name, for example ((org name)).",
        });
      }
      for (let i = text.indexOf("))"); i !== -1; i = text.indexOf("))", i + 2)) {
        if (inside(i) || inside(i + 1)) continue;
        findings.push({
          start: base + i,
          end: base + i + 2,
          message: "This )) closes no placeholder. Open it with ((, or delete the brackets.",
        });
      }
    }
    return findings.sort((a, b) => a.start - b.start);
  },
};

export const placeholderNoData: DocumentRule = {
  meta: {
    id: "notify/placeholder-no-data",
    family: "notify",
    description:
      'A placeholder the chosen recipients CSV has no column for: Notify would refuse to send ("Missing personalisation").',
    defaultLevel: "error",
    source:
      "notify.md §3: every placeholder must have a value; names match ignoring case, spaces, _ and -",
    examples: {
      bad: 'Hello ((team name)) (the CSV has only "email address" and "org")',
      good: "Hello ((org))",
    },
    options: {
      columns: {
        description:
          "Column names of the recipients CSV (`lint.csvColumns` in .tenantcommsrc.json does the same). In the editor, a CSV chosen in the draft's preview to fill the placeholders wins over both. Without any of them the rule is quiet.",
        default: [],
      },
    },
  },
  checkDocument(document, context) {
    const fromOptions = context.options.columns;
    const columns =
      Array.isArray(fromOptions) && fromOptions.length > 0
        ? (fromOptions as string[])
        : shared(context).csvColumns;
    if (!columns || columns.length === 0) return [];
    const known = new Set(columns.map((c) => normalisePlaceholderName(String(c))));
    const findings: DocumentFinding[] = [];
    for (const { text, base } of placeholderTexts(document)) {
      for (const p of findPlaceholders(text)) {
        if (p.name === "" || known.has(normalisePlaceholderName(p.name))) continue;
        findings.push({
          start: base + p.start,
          end: base + p.end,
          message: `The recipients CSV has no "${p.name}" column, so Notify would refuse to send ("Missing personalisation"). Add the column or use one of: ${columns.join(", ")}.`,
        });
      }
    }
    return findings;
  },
};
