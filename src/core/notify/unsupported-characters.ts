// Notify's `strip_unsupported_characters`: characters some mail clients show as boxes or use to
// hide text (line separator U+2028, Hangul filler U+3164) are removed from the body.
export function stripUnsupportedCharacters(value: string): string {
  return value.replace(/[\u2028\u3164]/g, "");
}
