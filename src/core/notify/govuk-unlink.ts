// Notify's `unlink_govuk_escaped`: mail clients turn "GOV.UK" into a link, so Notify puts a
// zero-width space after the dot, unless the text goes on as a URL ("GOV.UK/", "GOV.UK?", "GOV.UK#").
import { py, S } from "./python-regex";

const GOVUK_NOT_A_LINK = py(`(^|${S})(#|\\*|\\^)?(GOV)\\.(UK)(?!\\/|\\?|#)`, "gi");

export function unlinkGovuk(value: string): string {
  return value.replace(GOVUK_NOT_A_LINK, "$1$2$3.\u200B$4");
}
