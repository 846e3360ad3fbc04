// Lint suppression comments (`<!-- tenant-comms-disable ... -->`, see src/core/lint/suppress.ts)
// are for the editor only. Notify escapes HTML, so one left in the body would be shown to every
// recipient as text: lines holding only such a comment are removed before sending.
const DIRECTIVE_LINE =
  /^[ \t]*<!--\s*tenant-comms-(?:disable-next-line|disable|enable)\b[\s\S]*?-->[ \t]*(?:\r?\n|$)/gm;

export function stripDirectives(body: string): string {
  return body.replace(DIRECTIVE_LINE, "");
}
