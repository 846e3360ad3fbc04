// mistune's `_keyify`: how link and footnote labels are compared ("[Text][My Link]" finds
// "[my link]: ..."): lower case, HTML-escaped with quotes, runs of whitespace as one space.
import { mistuneEscape } from "../html-escape";
import { py, S } from "../python-regex";

const WHITESPACE_RUN = py(`${S}+`, "g");

export function keyify(key: string): string {
  const escaped = mistuneEscape(key.toLowerCase()).replace(/"/g, "&quot;").replace(/'/g, "&#39;");
  return escaped.replace(WHITESPACE_RUN, " ");
}
