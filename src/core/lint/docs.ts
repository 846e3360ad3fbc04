// docs/rules.md, generated from the rule table so it can never drift from the rules. Each rule has
// an anchor (its id with "/" as "-") that diagnostics link to.
import type { Rule, RuleMeta } from "./rule";
import { allRules } from "./rules/index";

export const RULES_DOC_PATH = "docs/rules.md";

const FAMILIES: { family: RuleMeta["family"]; title: string; intro: string }[] = [
  {
    family: "write-good",
    title: "write-good",
    intro:
      "Checks from the write-good package (1.0.8), each under its own id. They run on prose only: never on code, URLs, link targets, comments, placeholders or front matter. Severity information by default; `write-good/e-prime` is off.",
  },
  {
    family: "gds",
    title: "GOV.UK style (gds)",
    intro: "Rules from the GOV.UK style guide and A to Z.",
  },
  {
    family: "notify",
    title: "GOV.UK Notify formatting (notify)",
    intro:
      "What Notify will not render the way the writer expects: its markdown is a small subset.",
  },
  {
    family: "tenant",
    title: "Tenant email structure (tenant)",
    intro: "What the team manual requires of an email to tenants: header, footer and subject.",
  },
];

/** The anchor of a rule in docs/rules.md: `gds/click` -> `gds-click`. */
export function ruleDocsAnchor(ruleId: string): string {
  return ruleId.replace(/\//g, "-");
}

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** A fenced block longer than any backtick run in the example, so examples with code stay whole. */
function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const marks = "`".repeat(longest + 1);
  return [`${marks}text`, text, marks].join("\n");
}

/** The whole of docs/rules.md for `rules` (the public API passes every rule). */
export function renderRulesMarkdown(rules: readonly Rule[] = allRules): string {
  const out: string[] = [
    "<!-- Generated from the rule table (src/core/lint/rules/index.ts) by `npm run generate` (renderRulesMarkdown in src/core/lint/docs.ts). Do not edit by hand. -->",
    "",
    "# Lint rules",
    "",
    "Every finding carries one of these ids. Set a rule's level (`off`, `info`, `warning`, `error`) and options in the `tenantComms.lint.rules` setting or in `.tenantcommsrc.json`:",
    "",
    "```json",
    '{ "lint": { "rules": { "write-good/passive": "off", "tenant/subject-length": { "level": "warning", "options": { "maxLength": 70 } } } } }',
    "```",
    "",
    "Silence a rule in a draft with `<!-- tenant-comms-disable-next-line rule-id -->` (the next line), or `<!-- tenant-comms-disable rule-id -->` … `<!-- tenant-comms-enable rule-id -->`. Without an id, they apply to every rule.",
    "",
  ];
  for (const { family, title, intro } of FAMILIES) {
    const members = rules.filter((r) => r.meta.family === family);
    if (members.length === 0) continue;
    out.push(
      `## ${title}`,
      "",
      intro,
      "",
      "| Rule | Default | What it finds |",
      "| --- | --- | --- |",
    );
    for (const { meta } of members) {
      out.push(
        `| [\`${meta.id}\`](#${ruleDocsAnchor(meta.id)}) | ${meta.defaultLevel} | ${cell(meta.description)} |`,
      );
    }
    out.push("");
    for (const { meta } of members) {
      out.push(
        `<a id="${ruleDocsAnchor(meta.id)}"></a>`,
        "",
        `### \`${meta.id}\``,
        "",
        meta.description,
        "",
        `Default: **${meta.defaultLevel}**.`,
      );
      if (meta.source) out.push("", `Source: ${meta.source}`);
      if (meta.examples) {
        out.push(
          "",
          "Reported:",
          "",
          fence(meta.examples.bad),
          "",
          "Not reported:",
          "",
          fence(meta.examples.good),
        );
      }
      const options = Object.entries(meta.options ?? {});
      if (options.length > 0) {
        out.push("", "| Option | Default | Meaning |", "| --- | --- | --- |");
        for (const [name, spec] of options) {
          out.push(
            `| \`${name}\` | \`${cell(JSON.stringify(spec.default))}\` | ${cell(spec.description)} |`,
          );
        }
      }
      out.push("");
    }
  }
  return out.join("\n");
}
