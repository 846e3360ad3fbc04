// Settings for the linter (`tenantComms.lint.*`). The CLI reads the same keys from
// .tenantcommsrc.json (src/core/lint/config.ts validates both). The per-rule schema is generated
// from the rule table, so settings.json offers every rule id and level.
import { CHANNELS } from "../../draft";
import { RULE_LEVELS } from "../../lint/config";
import { allRules } from "../../lint/rules/index";
import { FOOTER, HEADER } from "../../templates/tenant-texts";
import type { JsonSchema, SettingSpec } from "../setting-spec";

function ruleSchema(): JsonSchema {
  const properties: Record<string, unknown> = {};
  for (const { meta } of allRules) {
    const options: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(meta.options ?? {})) {
      options[name] = { description: spec.description, default: spec.default };
    }
    properties[meta.id] = {
      markdownDescription: `${meta.description} Default: \`${meta.defaultLevel}\`.`,
      anyOf: [
        { type: "string", enum: RULE_LEVELS },
        {
          type: "object",
          additionalProperties: false,
          properties: {
            level: { type: "string", enum: RULE_LEVELS },
            options: { type: "object", additionalProperties: false, properties: options },
          },
        },
      ],
    };
  }
  for (const family of [...new Set(allRules.map((r) => r.meta.family))]) {
    properties[`${family}/*`] = {
      markdownDescription: `Level for every \`${family}/\` rule (a rule's own entry wins).`,
      type: "string",
      enum: RULE_LEVELS,
    };
  }
  return { type: "object", default: {}, additionalProperties: false, properties };
}

export const lintingSettings: SettingSpec[] = [
  {
    key: "lint.run",
    category: "Linting",
    markdownDescription:
      "When to lint a draft: as you type (after `#tenantComms.lint.debounceMs#`) or only when you save. Drafts are always linted when opened.",
    schema: { type: "string", enum: ["onType", "onSave"], default: "onType" },
    enumDescriptions: [
      "Lint as you type, after a short pause.",
      "Lint when the draft is opened or saved.",
    ],
  },
  {
    key: "lint.debounceMs",
    category: "Linting",
    markdownDescription:
      "How long to wait after the last keystroke before linting, in milliseconds.",
    schema: { type: "number", default: 300, minimum: 0, maximum: 5000 },
  },
  {
    key: "lint.rules",
    category: "Linting",
    markdownDescription:
      'Level (`off`, `info`, `warning`, `error`) and options per rule id, e.g. `{"write-good/passive": "off", "tenant/subject-length": {"level": "error", "options": {"maxLength": 70}}}`. `family/*` sets a whole family. A `.tenantcommsrc.json` in the workspace can set the same, under `"lint": {"rules": ...}`, and wins. Every rule is in [docs/rules.md](docs/rules.md).',
    schema: ruleSchema(),
  },
  {
    key: "lint.allowWords",
    category: "Linting",
    markdownDescription:
      "Words and phrases never reported by any rule (case does not matter), such as product names.",
    schema: { type: "array", items: { type: "string" }, default: [], uniqueItems: true },
  },
  {
    key: "lint.acronyms",
    category: "Linting",
    markdownDescription:
      "Acronyms your readers know, which need no spelling out on first use (GOV.UK style's own list of known abbreviations always applies).",
    schema: { type: "array", items: { type: "string" }, default: [], uniqueItems: true },
  },
  {
    key: "lint.headerFooterChannels",
    category: "Linting",
    markdownDescription:
      "Channels whose drafts must have the standard header and footer (`#tenantComms.lint.headerText#`, `#tenantComms.lint.footerText#`). `technical` always does.",
    schema: {
      type: "array",
      items: { type: "string", enum: [...CHANNELS] },
      default: ["technical"],
      uniqueItems: true,
    },
  },
  {
    key: "lint.headerText",
    category: "Linting",
    markdownDescription:
      "The header a technical email must start with, in Notify markdown. `[BODY COPY]` marks where the writer says what the email is about. Compared by words, not layout. Empty means the GOV.UK PaaS header.",
    schema: { type: "string", default: HEADER, editPresentation: "multilineText" },
  },
  {
    key: "lint.footerText",
    category: "Linting",
    markdownDescription:
      "The footer a technical email must end with, in Notify markdown. Compared by words, not layout. Empty means the GOV.UK PaaS privacy footer.",
    schema: { type: "string", default: FOOTER, editPresentation: "multilineText" },
  },
  {
    key: "lint.fixAllOnSave",
    category: "Linting",
    markdownDescription:
      "Apply every safe fix when a draft is saved (the same as the **Tenant Comms: Fix all auto-fixable problems** command).",
    schema: { type: "boolean", default: false },
  },
];
