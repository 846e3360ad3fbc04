// Finds Notify placeholders: `((name))` and conditional `((name??text))`. The pattern is Notify's
// own (notifications_utils/field.py: the body is `[^()]+`, so no parentheses inside). Written here
// because no shared finder existed in src/core/notify when the linter was written; if one lands
// there, this should re-export it.

export interface PlaceholderMatch {
  /** Offset of the first `(` in the searched text. */
  start: number;
  /** Offset after the last `)`. */
  end: number;
  /** Everything between `((` and `))`, as written. */
  body: string;
  /** The name: the body before `??` for a conditional, trimmed. */
  name: string;
  /** For `((name??text))`, where `text` starts and ends (offsets in the searched text). */
  conditional?: { start: number; end: number };
}

const PLACEHOLDER = /\(\(([^()]+)\)\)/g;

export function findPlaceholders(text: string): PlaceholderMatch[] {
  const found: PlaceholderMatch[] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let m = PLACEHOLDER.exec(text); m; m = PLACEHOLDER.exec(text)) {
    const body = m[1] ?? "";
    const start = m.index;
    const question = body.indexOf("??");
    const match: PlaceholderMatch = {
      start,
      end: start + m[0].length,
      body,
      name: (question === -1 ? body : body.slice(0, question)).trim(),
    };
    if (question !== -1) {
      match.conditional = { start: start + 2 + question + 2, end: start + m[0].length - 2 };
    }
    found.push(match);
  }
  return found;
}

/**
 * Notify's name matching: case, spaces, underscores and hyphens do not count
 * (notifications_utils insensitive_dict.py `_normalise_str_none`).
 */
export function normalisePlaceholderName(name: string): string {
  return name.replace(/[ _-]/g, "").toLowerCase();
}
