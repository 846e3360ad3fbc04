// One source for every setting: package.json's contributes.configuration and docs/settings.md are
// generated from these specs (scripts/generate.ts), and the CLI reads the same keys from
// .tenantcommsrc.json. Never put a secret in a setting.

export type JsonSchema = Record<string, unknown> & {
  type?: string | string[];
  enum?: readonly unknown[];
  default?: unknown;
};

export interface SettingSpec {
  /** Key without the `tenantComms.` prefix, e.g. `lint.run`. */
  key: string;
  /** Category title in the Settings UI (e.g. "Linting"). */
  category: "General" | "Linting" | "Preview" | "Recipients" | "Sending";
  /** Markdown; may cross-link with `#tenantComms.other#`. */
  markdownDescription: string;
  schema: JsonSchema;
  enumDescriptions?: string[];
  scope?: "application" | "machine" | "window" | "resource";
}
