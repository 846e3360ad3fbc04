// Compound words GOV.UK writes as one word (A to Z entries for online, webpage, homepage,
// helpdesk, webchat, username, lunchtime, wifi, baseline; technical A to Z for frontend, backend,
// filename; "website" is implied by the words-to-avoid list).
import type { WordEntry } from "../word-list";

function oneWord(
  word: string,
  parts: readonly string[],
  separators: readonly string[] = [" ", "-"],
): WordEntry {
  const forms: string[] = [];
  const fixes: Record<string, string> = {};
  for (const separator of separators) {
    const form = parts.join(separator);
    forms.push(form, `${form}s`);
    fixes[form] = word;
    fixes[`${form}s`] = `${word}s`;
  }
  return {
    forms,
    message: (found) => `Write "${word}" as one word, not "${found}".`,
    fixes,
  };
}

export const ONE_WORD: readonly WordEntry[] = [
  // "on line 5" is not "online", so only the hyphenated form.
  oneWord("online", ["on", "line"], ["-"]),
  oneWord("webpage", ["web", "page"]),
  oneWord("homepage", ["home", "page"]),
  oneWord("helpdesk", ["help", "desk"]),
  oneWord("webchat", ["web", "chat"]),
  oneWord("username", ["user", "name"]),
  oneWord("lunchtime", ["lunch", "time"]),
  oneWord("baseline", ["base", "line"], ["-"]),
  oneWord("frontend", ["front", "end"]),
  oneWord("backend", ["back", "end"], ["-"]),
  oneWord("filename", ["file", "name"]),
  oneWord("website", ["web", "site"]),
  {
    forms: ["wi-fi", "wifi"],
    message: (found) => `Write "wifi" in lower case with no hyphen, not "${found}".`,
    fixes: { "wi-fi": "wifi", wifi: "wifi" },
  },
];
