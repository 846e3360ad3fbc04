// What each email's personalisation holds. The Notify template is `((subject))` / `((body))`, so
// the draft reaches Notify as two values:
// - `subject`: the draft's subject with the recipient's ((placeholders)) filled in;
// - `body`: the draft's *markdown* with the recipient's ((placeholders)) filled in. Not HTML (Notify
//   escapes HTML in values, so tags would show as text) and not plain text (headings, bullets, inset
//   text and links would be lost). Notify renders this markdown exactly as it would have rendered the
//   draft as a template of its own, because it fills ((body)) first and renders markdown after.
// Values go in as they are, as Notify would put them in: Notify escapes HTML itself.
// The row's other columns are passed too, for a Notify template with extra placeholders; a column
// whose name matches `subject`, `body` or `email address` (Notify matches names ignoring case,
// spaces, `_` and `-`) is left out so it can never replace the draft.

export type PersonalisationValue = string | string[];
export type Values = Record<string, PersonalisationValue | null | undefined>;

const PLACEHOLDER = /\(\(([^()]+)\)\)/g;

/** Notify's insensitive key: no whitespace, `_` or `-`, lowercase (insensitive_dict.py). */
export function normaliseKey(name: string): string {
  return name.replace(/[\s_-]/g, "").toLowerCase();
}

const RESERVED = new Set(["subject", "body", "emailaddress"]);

/** `yes y true t 1 include show` count as true for ((name??text)) (notifications-utils str2bool). */
function truthy(value: PersonalisationValue): boolean {
  const text = Array.isArray(value) ? value.join(",") : value;
  return ["yes", "y", "true", "t", "1", "include", "show"].includes(text.trim().toLowerCase());
}

function asSubject(value: PersonalisationValue): string {
  if (!Array.isArray(value)) return value;
  const items = value.filter((v) => v.trim() !== "");
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

function asBody(value: PersonalisationValue): string {
  if (!Array.isArray(value)) return value;
  const items = value.map((v) => v.trim()).filter((v) => v !== "");
  return "\n\n" + items.map((v) => `* ${v}`).join("\n");
}

/** Placeholder names in order of first appearance (the name before `??` for conditionals). */
export function placeholderNames(...texts: string[]): string[] {
  const seen = new Map<string, string>();
  for (const text of texts) {
    for (const match of text.matchAll(PLACEHOLDER)) {
      const name = match[1]!.split("??")[0]!;
      const key = normaliseKey(name);
      if (!seen.has(key)) seen.set(key, name.trim());
    }
  }
  return [...seen.values()];
}

/**
 * Fills ((placeholders)) in one pass, as Notify does (values are not scanned again). A placeholder
 * without a value is left as it is and named in `missing`.
 */
export function fillPlaceholders(
  text: string,
  values: Values,
  where: "subject" | "body",
): { text: string; missing: string[] } {
  const lookup = new Map<string, PersonalisationValue>();
  for (const [name, value] of Object.entries(values)) {
    if (value !== null && value !== undefined) lookup.set(normaliseKey(name), value);
  }
  const missing: string[] = [];
  const filled = text.replace(PLACEHOLDER, (whole, inner: string) => {
    const [name, conditional] = inner.split("??", 2) as [string, string | undefined];
    const value = lookup.get(normaliseKey(name));
    if (value === undefined) {
      missing.push(name.trim());
      return whole;
    }
    if (conditional !== undefined) return truthy(value) ? conditional : "";
    return where === "subject" ? asSubject(value) : asBody(value);
  });
  return { text: filled, missing: [...new Set(missing)] };
}

export interface EmailPersonalisation {
  personalisation: Record<string, PersonalisationValue>;
  missing: string[];
}

/** `{subject, body}` for one recipient, plus their other columns. */
export function buildPersonalisation(
  draft: { subject: string; body: string },
  values: Values,
): EmailPersonalisation {
  const subject = fillPlaceholders(draft.subject, values, "subject");
  const body = fillPlaceholders(draft.body, values, "body");
  const personalisation: Record<string, PersonalisationValue> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === null || value === undefined || RESERVED.has(normaliseKey(name))) continue;
    personalisation[name] = value;
  }
  personalisation.subject = subject.text;
  personalisation.body = body.text;
  return { personalisation, missing: [...new Set([...subject.missing, ...body.missing])] };
}
