// Lint configuration: per-rule level and options, the word allow-list and the settings several rules
// share. The same shape comes from VS Code settings (`tenantComms.lint.*`) and from a
// `.tenantcommsrc.json` (read by the CLI and the extension); `readLintConfig` validates a parsed
// object from either and says exactly what is wrong and how to put it right.
import { FOOTER, HEADER } from "../templates/tenant-texts";
import type { RuleLevel, RuleMeta, SharedLintSettings } from "./rule";
import { suggest } from "../text/suggest";

export const RULE_LEVELS: readonly RuleLevel[] = ["off", "info", "warning", "error"];

export interface RuleSetting {
  level?: RuleLevel;
  options?: Record<string, unknown>;
}

export interface LintConfig {
  /** Rule id (or `family/*`) -> level, or level and options. */
  rules: Record<string, RuleLevel | RuleSetting>;
  /** Words and phrases never reported (matched case-insensitively). */
  allowWords: string[];
  /** The team's known acronyms, no expansion needed on first use. */
  acronyms: string[];
  /** Channels that need the header and footer; `technical` always does. */
  headerFooterChannels: string[];
  /** Header and footer markdown; empty or missing means the GOV.UK PaaS texts. */
  headerText?: string;
  footerText?: string;
  /** Columns of the chosen recipients CSV (for `notify/placeholder-no-data`). */
  csvColumns?: string[];
}

export const DEFAULT_LINT_CONFIG: LintConfig = Object.freeze({
  rules: {},
  allowWords: [],
  acronyms: [],
  headerFooterChannels: ["technical"],
}) as LintConfig;

/** Keys of the `lint` section, as in settings (`tenantComms.lint.<key>`) and the rc file. */
const ENGINE_KEYS = [
  "rules",
  "allowWords",
  "acronyms",
  "headerFooterChannels",
  "headerText",
  "footerText",
  "csvColumns",
] as const;
/** Editor-only keys: accepted in the rc file so one file can hold all settings, ignored here. */
const EDITOR_KEYS = ["run", "debounceMs", "fixAllOnSave"] as const;

export interface LintConfigResult {
  config: LintConfig;
  /** One message per mistake, each naming the key and what to write instead. */
  problems: string[];
}

/**
 * Reads the lint part of a parsed settings object: either nested (`{"lint": {"rules": ...}}`) or
 * with dotted keys (`{"lint.rules": ...}`). Other sections (recipients, sending) are ignored.
 * `where` names the file or "settings" in messages. Invalid entries are dropped, not guessed.
 */
export function readLintConfig(
  raw: unknown,
  rules: readonly { meta: RuleMeta }[],
  where = ".tenantcommsrc.json",
): LintConfigResult {
  const problems: string[] = [];
  const config: LintConfig = { ...DEFAULT_LINT_CONFIG, rules: {} };
  if (raw === undefined || raw === null) return { config, problems };
  if (!isObject(raw)) {
    problems.push(
      `${where}: must be a JSON object such as {"lint": {"rules": {"gds/click": "off"}}}.`,
    );
    return { config, problems };
  }
  const section: Record<string, unknown> = {};
  if (raw.lint !== undefined) {
    if (isObject(raw.lint)) Object.assign(section, raw.lint);
    else problems.push(`${where}: "lint" must be an object, e.g. {"lint": {"rules": {}}}.`);
  }
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith("lint.")) section[key.slice(5)] = value;
  }
  const known = new Set<string>([...ENGINE_KEYS, ...EDITOR_KEYS]);
  for (const [key, value] of Object.entries(section)) {
    const name = `lint.${key}`;
    if (!known.has(key)) {
      const hint = suggest(key, [...known]);
      problems.push(
        `${where}: unknown setting "${name}".${hint ? ` Did you mean "lint.${hint}"?` : ""} Known: ${[...known].map((k) => `lint.${k}`).join(", ")}.`,
      );
      continue;
    }
    switch (key) {
      case "rules":
        readRules(value, rules, where, config, problems);
        break;
      case "allowWords":
      case "acronyms":
      case "headerFooterChannels":
      case "csvColumns": {
        const list = stringList(value);
        if (!list) {
          problems.push(`${where}: "${name}" must be a list of strings, e.g. ["CF", "UAA"].`);
          break;
        }
        config[key] = list;
        break;
      }
      case "headerText":
      case "footerText":
        if (typeof value !== "string") {
          problems.push(
            `${where}: "${name}" must be a string of markdown (leave it empty for the GOV.UK PaaS text).`,
          );
          break;
        }
        config[key] = value;
        break;
      default:
        break; // editor-only key
    }
  }
  return { config, problems };
}

function readRules(
  value: unknown,
  rules: readonly { meta: RuleMeta }[],
  where: string,
  config: LintConfig,
  problems: string[],
): void {
  if (!isObject(value)) {
    problems.push(
      `${where}: "lint.rules" must be an object of rule id to level, e.g. {"gds/click": "off", "write-good/passive": "warning"}.`,
    );
    return;
  }
  const byId = new Map(rules.map((r) => [r.meta.id, r.meta]));
  const families = new Set(rules.map((r) => r.meta.family));
  for (const [id, setting] of Object.entries(value)) {
    const wildcard = id.endsWith("/*") && families.has(id.slice(0, -2) as RuleMeta["family"]);
    const meta = byId.get(id);
    if (!meta && !wildcard) {
      const hint = suggest(id, [...byId.keys()]);
      problems.push(
        `${where}: "lint.rules" has unknown rule "${id}".${hint ? ` Did you mean "${hint}"?` : ""} See docs/rules.md for every rule id.`,
      );
      continue;
    }
    const levelHelp = `Use one of ${RULE_LEVELS.map((l) => `"${l}"`).join(", ")}`;
    if (typeof setting === "string") {
      if (!RULE_LEVELS.includes(setting as RuleLevel)) {
        problems.push(`${where}: rule "${id}" has level "${setting}". ${levelHelp}.`);
        continue;
      }
      config.rules[id] = setting as RuleLevel;
      continue;
    }
    const pair = Array.isArray(setting) ? { level: setting[0], options: setting[1] } : setting;
    if (!isObject(pair)) {
      problems.push(
        `${where}: rule "${id}" must be a level or {"level": ..., "options": {...}}. ${levelHelp}.`,
      );
      continue;
    }
    const result: RuleSetting = {};
    if (pair.level !== undefined) {
      if (!RULE_LEVELS.includes(pair.level as RuleLevel)) {
        problems.push(
          `${where}: rule "${id}" has level ${JSON.stringify(pair.level)}. ${levelHelp}.`,
        );
        continue;
      }
      result.level = pair.level as RuleLevel;
    }
    if (pair.options !== undefined) {
      if (!isObject(pair.options)) {
        problems.push(`${where}: options of rule "${id}" must be an object.`);
        continue;
      }
      const allowed = Object.keys(meta?.options ?? {});
      const unknown = Object.keys(pair.options).filter((k) => !allowed.includes(k));
      if (wildcard || unknown.length > 0) {
        problems.push(
          wildcard
            ? `${where}: "${id}" sets a level for a whole family; options belong to one rule.`
            : `${where}: rule "${id}" has no option ${unknown.map((k) => `"${k}"`).join(", ")}. ${allowed.length ? `Its options: ${allowed.join(", ")}.` : "It takes no options."}`,
        );
        continue;
      }
      for (const [key, option] of Object.entries(pair.options)) {
        const expected = meta?.options?.[key]?.default;
        if (expected !== undefined && expected !== null && typeOf(option) !== typeOf(expected)) {
          problems.push(
            `${where}: option "${key}" of rule "${id}" must be a ${typeOf(expected)}, like ${JSON.stringify(expected)}.`,
          );
        }
      }
      result.options = pair.options;
    }
    config.rules[id] = result;
  }
}

/** Later configs win for rule levels and texts; lists are joined. */
export function mergeLintConfigs(...configs: LintConfig[]): LintConfig {
  const merged: LintConfig = {
    ...DEFAULT_LINT_CONFIG,
    rules: {},
    allowWords: [],
    acronyms: [],
    headerFooterChannels: [],
  };
  for (const c of configs) {
    for (const [id, setting] of Object.entries(c.rules)) {
      const before = merged.rules[id];
      const a = typeof before === "string" ? { level: before } : (before ?? {});
      const b = typeof setting === "string" ? { level: setting } : setting;
      merged.rules[id] = { ...a, ...b, options: { ...a.options, ...b.options } };
    }
    merged.allowWords = unique([...merged.allowWords, ...c.allowWords]);
    merged.acronyms = unique([...merged.acronyms, ...c.acronyms]);
    merged.headerFooterChannels = unique([
      ...merged.headerFooterChannels,
      ...c.headerFooterChannels,
    ]);
    if (c.headerText) merged.headerText = c.headerText;
    if (c.footerText) merged.footerText = c.footerText;
    if (c.csvColumns) merged.csvColumns = c.csvColumns;
  }
  return merged;
}

/** The level and options a rule runs with under `config`. */
export function ruleSettingFor(
  meta: RuleMeta,
  config: LintConfig,
): { level: RuleLevel; options: Record<string, unknown>; levelSet: boolean } {
  const defaults: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(meta.options ?? {})) defaults[key] = spec.default;
  const family = config.rules[`${meta.family}/*`];
  const own = config.rules[meta.id];
  let level = meta.defaultLevel;
  let levelSet = false;
  const options = { ...defaults };
  for (const setting of [family, own]) {
    if (setting === undefined) continue;
    if (typeof setting === "string") {
      level = setting;
      levelSet = true;
    } else {
      if (setting.level) {
        level = setting.level;
        levelSet = true;
      }
      Object.assign(options, setting.options);
    }
  }
  return { level, options, levelSet };
}

export function sharedSettings(config: LintConfig): SharedLintSettings {
  const shared: SharedLintSettings = {
    acronyms: config.acronyms,
    header: config.headerText?.trim() ? config.headerText : HEADER,
    footer: config.footerText?.trim() ? config.footerText : FOOTER,
    headerFooterChannels: unique(["technical", ...config.headerFooterChannels]),
  };
  if (config.csvColumns) shared.csvColumns = config.csvColumns;
  return shared;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function stringList(value: unknown): string[] | undefined {
  return Array.isArray(value) && value.every((v) => typeof v === "string")
    ? (value as string[])
    : undefined;
}

function typeOf(value: unknown): string {
  return Array.isArray(value) ? "list" : typeof value;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** The rule that checks placeholders against a CSV's columns. */
const NO_DATA_RULE = "notify/placeholder-no-data";

/**
 * `config` with the columns of the recipients CSV the writer chose (in the editor, the one the
 * preview uses). The chosen file wins over columns in the settings or the rule's `columns`
 * option: it is the file the writer is about to send with.
 */
export function withCsvColumns(config: LintConfig, columns: readonly string[]): LintConfig {
  const own = config.rules[NO_DATA_RULE];
  const setting: RuleSetting = typeof own === "string" ? { level: own } : { ...own };
  setting.options = { ...setting.options, columns: [...columns] };
  return {
    ...config,
    rules: { ...config.rules, [NO_DATA_RULE]: setting },
    csvColumns: [...columns],
  };
}
