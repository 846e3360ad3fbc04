// Notify's ((placeholders)) (notifications-utils field.py and insensitive_dict.py):
// - `((name))`, whose body is anything but parentheses; `((name??text))` is a conditional.
// - Names match ignoring case, spaces, underscores and hyphens.
// - A value is turned into text with Python's str(); lists become bullets in the body and
//   "a, b and c" in the subject; in the HTML part each value is HTML-escaped.
// - A placeholder with no value (null or absent) is shown as Notify's preview shows it.
import { escapeHtml } from "./html-escape";
import { compareCodePoints } from "./python-regex";
import { pythonStr, type JsonValue } from "./python-str";
import { stripAndRemoveObscureWhitespace } from "./whitespace";

/** One value of the personalisation object, as JSON allows it. */
export type PersonalisationValue = JsonValue;
export type Personalisation = Readonly<Record<string, PersonalisationValue | undefined>>;

/** A `((placeholder))` found in text, with UTF-16 offsets (editor positions). */
export interface PlaceholderMatch {
  /** The name as written (for a conditional, the part before `??`). */
  name: string;
  /** Everything between the brackets, e.g. `flag??Some text`. */
  body: string;
  /** Offset of the first `(`. */
  start: number;
  /** Offset just after the last `)`. */
  end: number;
  /** True for `((name??text))`. */
  conditional: boolean;
  /** For a conditional, the text shown when the value is yes/true/1...; it may contain `??`. */
  conditionalText?: string;
}

/** `\({2}([^()]+)\){2}`: the body may not contain a parenthesis. */
const PLACEHOLDER = /\(\(([^()]+)\)\)/g;

/** Every placeholder in the text, in order, as Notify's own pattern finds them. */
export function findPlaceholders(text: string): PlaceholderMatch[] {
  const found: PlaceholderMatch[] = [];
  for (const match of text.matchAll(PLACEHOLDER)) {
    found.push(describePlaceholder(match[1]!, match.index!, match.index! + match[0].length));
  }
  return found;
}

function describePlaceholder(body: string, start: number, end: number): PlaceholderMatch {
  const parts = body.split("??");
  if (parts.length === 1) return { name: body, body, start, end, conditional: false };
  return {
    name: parts[0]!,
    body,
    start,
    end,
    conditional: true,
    conditionalText: parts.slice(1).join("??"),
  };
}

/** The form Notify compares names in: no spaces, underscores or hyphens, lower case. */
export function normalisePlaceholderName(name: string): string {
  return name.replace(/[ _-]/g, "").toLowerCase();
}

/**
 * Distinct placeholder names across texts, in order of first appearance; the first spelling of
 * a name is kept (Notify's InsensitiveSet). Pass the subject first, then the body, as Notify does.
 */
export function placeholderNames(...texts: string[]): string[] {
  const seen = new Map<string, string>();
  for (const text of texts) {
    for (const { name } of findPlaceholders(text)) {
      const key = normalisePlaceholderName(name);
      if (!seen.has(key)) seen.set(key, name);
    }
  }
  return [...seen.values()];
}

/** Notify's `str2bool`: what makes a conditional placeholder show its text. */
export function str2bool(value: string): boolean {
  if (!value) return false;
  return ["yes", "y", "true", "t", "1", "include", "show"].includes(value.toLowerCase());
}

/** Looks up personalisation ignoring case, spaces, underscores and hyphens; the last key wins. */
export function lookupPersonalisation(
  personalisation: Personalisation,
): (name: string) => PersonalisationValue | undefined {
  const table = new Map<string, PersonalisationValue | undefined>();
  for (const [key, value] of Object.entries(personalisation)) {
    table.set(normalisePlaceholderName(key), value);
  }
  return (name) => table.get(normalisePlaceholderName(name));
}

/** The placeholders among `names` that have no value (null or absent), in Notify's sense. */
export function missingPlaceholders(names: string[], personalisation: Personalisation): string[] {
  const lookup = lookupPersonalisation(personalisation);
  return names.filter((name) => lookup(name) == null);
}

/** Sorted as Python's sorted() sorts str (by code point). */
export function sortNames(names: string[]): string[] {
  return [...names].sort(compareCodePoints);
}

/** How a missing placeholder is shown (Field.placeholder_tag: brackets as entities). */
export function missingPlaceholderTag(name: string): string {
  return `<span class='placeholder'>&#40;&#40;${name}&#41;&#41;</span>`;
}

/** How a conditional placeholder with no value is shown (Field.conditional_placeholder_tag). */
export function missingConditionalTag(name: string, text: string): string {
  return `<span class='placeholder-conditional'>&#40;&#40;${name}??</span>${text}&#41;&#41;`;
}

export interface FillOptions {
  /** "escape" for the HTML part (template and values HTML-escaped), "passthrough" for plain text. */
  html: "escape" | "passthrough";
  /** Lists as markdown bullets (the body) rather than "a, b and c" (the subject). */
  markdownLists: boolean;
}

/** "a", "a and b", "a, b and c" (unescaped_formatted_list with no quotes around items). */
export function formattedList(items: string[]): string {
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The text a value becomes, before escaping (Field.get_replacement). */
function replacementText(value: PersonalisationValue, markdownLists: boolean): string {
  if (!Array.isArray(value)) return pythonStr(value);
  // Null items are dropped; the rest are trimmed of whitespace (obscure spaces removed) and
  // the empty ones dropped.
  const items = value
    .filter((item) => item !== null)
    .map((item) => stripAndRemoveObscureWhitespace(pythonStr(item)))
    .filter((item) => item !== "");
  if (items.length === 0) return "";
  if (markdownLists) return "\n\n" + items.map((item) => `* ${item}`).join("\n");
  return formattedList(items);
}

/**
 * Notify's Field: fills every placeholder of `content` from `personalisation`. The template is
 * escaped first (for "escape"), then each placeholder is replaced by its escaped value, by a
 * conditional's text (or nothing), or by the "missing" tag.
 */
export function fillPlaceholders(
  content: string,
  personalisation: Personalisation,
  options: FillOptions,
): string {
  const sanitise = options.html === "escape" ? escapeHtml : (value: string) => value;
  // Notify escapes the names it was given too, so a name is looked up as it reads after escaping.
  const values = new Map<string, PersonalisationValue | undefined>();
  for (const [key, value] of Object.entries(personalisation)) {
    values.set(normalisePlaceholderName(sanitise(key)), value);
  }
  return sanitise(content).replace(PLACEHOLDER, (_match, body: string) => {
    const placeholder = describePlaceholder(body, 0, 0);
    const value = values.get(normalisePlaceholderName(placeholder.name));
    if (value == null) {
      return placeholder.conditional
        ? missingConditionalTag(placeholder.name, placeholder.conditionalText!)
        : missingPlaceholderTag(placeholder.name);
    }
    const replacement = sanitise(replacementText(value, options.markdownLists));
    if (placeholder.conditional) return str2bool(replacement) ? placeholder.conditionalText! : "";
    return replacement;
  });
}
