// Placeholders for the linter: Notify's own finder (src/core/notify/placeholders.ts), with the
// conditional text's place in the text added, because masking keeps that text as prose.
import {
  findPlaceholders as findNotifyPlaceholders,
  normalisePlaceholderName,
} from "../notify/placeholders";

export { normalisePlaceholderName };

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

export function findPlaceholders(text: string): PlaceholderMatch[] {
  return findNotifyPlaceholders(text).map((p) => {
    const match: PlaceholderMatch = {
      start: p.start,
      end: p.end,
      body: p.body,
      name: p.name.trim(),
    };
    if (p.conditional)
      match.conditional = { start: p.start + 2 + p.name.length + 2, end: p.end - 2 };
    return match;
  });
}
