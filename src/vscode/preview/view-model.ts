// What the preview shows for a draft's text and a set of placeholder values: the draft is parsed,
// Notify's renderer produces the email, and values are marked for highlighting (highlight.ts).
// No `vscode` import: the panel calls this with the document's text, tests call it directly.
import { parseDraft } from "../../core/draft";
import {
  findPlaceholders,
  lookupPersonalisation,
  normalisePlaceholderName,
  placeholderNames,
  type Personalisation,
} from "../../core/notify/placeholders";
import { pythonStr, type JsonValue } from "../../core/notify/python-str";
import { render } from "../../core/notify/render";
import { emailContent } from "../../core/notify/email-content";
import { markPersonalisation, marksToHtml, missingTagsToText, stripMarks } from "./highlight";
import type { PlaceholderInfo } from "./protocol";
import { lineOfOffset } from "./scroll-map";

export interface PreviewContent {
  /**
   * As Notify renders them, with value marks when highlighting (see protocol.ts VALUE_START) and
   * missing placeholders written `((name))` (Notify's preview wraps them in markup).
   */
  subject: string;
  plainText: string;
  /** The email document for the iframe. */
  emailHtml: string;
  placeholders: PlaceholderInfo[];
  /** Names (as written) of placeholders with no value. */
  missing: string[];
  problems: string[];
  /** 0-based line where the body starts (for scroll sync). */
  bodyStartLine: number;
}

function valueText(value: JsonValue | undefined): string | undefined {
  if (value == null) return undefined;
  if (Array.isArray(value))
    return value
      .filter((item) => item != null)
      .map(pythonStr)
      .join(", ");
  return pythonStr(value);
}

export function buildPreviewContent(
  text: string,
  personalisation: Personalisation,
  highlight: boolean,
): PreviewContent {
  const draft = parseDraft(text);
  const { subject, body } = emailContent(draft);
  const problems = draft.problems.filter((p) => p.severity === "error").map((p) => p.message);

  // Every placeholder in subject (the header) and body, first spelling kept, with its value.
  const matches = [...findPlaceholders(subject), ...findPlaceholders(body)];
  const conditional = new Set(
    matches.filter((m) => m.conditional).map((m) => normalisePlaceholderName(m.name)),
  );
  const lookup = lookupPersonalisation(personalisation);
  const seen = new Map<string, PlaceholderInfo>();
  for (const match of matches) {
    const key = normalisePlaceholderName(match.name);
    if (seen.has(key)) continue;
    const info: PlaceholderInfo = { name: match.name, conditional: conditional.has(key) };
    const value = valueText(lookup(match.name));
    if (value !== undefined) info.value = value;
    seen.set(key, info);
  }
  const placeholders = [...seen.values()];

  const values = highlight
    ? markPersonalisation(personalisation, conditional, normalisePlaceholderName)
    : personalisation;
  const rendered = render({ subject, body, personalisation: values });
  // The subject and plain text are shown as text: Notify's markup for missing values goes.
  const subjectText = missingTagsToText(rendered.subject);
  const plainText = missingTagsToText(rendered.plainText);
  return {
    subject: highlight ? subjectText : stripMarks(subjectText),
    plainText: highlight ? plainText : stripMarks(plainText),
    emailHtml: highlight ? marksToHtml(rendered.html) : rendered.html,
    placeholders,
    missing: placeholders.filter((p) => p.value === undefined).map((p) => p.name),
    problems,
    bodyStartLine: lineOfOffset(text, draft.bodyOffset),
  };
}

/** The draft's placeholder names (subject first, then body), each once, as the CSV check needs. */
export function draftPlaceholders(text: string): string[] {
  const draft = parseDraft(text);
  return placeholderNames(draft.subject ?? "", draft.body);
}
