// Front matter mistakes the draft parser found (unknown key, bad value, YAML syntax), with the
// parser's own message and span. A missing subject is tenant/subject-missing's.
import type { DocumentRule } from "../../rule";

export const frontMatter: DocumentRule = {
  meta: {
    id: "tenant/front-matter",
    family: "tenant",
    description:
      "A front matter mistake: no front matter, invalid YAML, an unknown key or a value that is not allowed.",
    defaultLevel: "error",
    source: "The draft format (src/core/draft.ts)",
    examples: {
      bad: "---\nsubject: Upgrade\nchanel: technical\n---",
      good: "---\nsubject: Upgrade\nchannel: technical\n---",
    },
  },
  checkDocument(document) {
    return document.draft.problems
      .filter((p) => p.code !== "subject-missing")
      .map((p) => ({
        start: p.span.start,
        end: p.span.end,
        message: p.message,
        severity: p.severity,
      }));
  },
};
