import { test } from "node:test";
import assert from "node:assert/strict";
import {
  DEFAULT_LINT_CONFIG,
  mergeLintConfigs,
  readLintConfig,
  withCsvColumns,
} from "../../../src/core/lint/config";
import { draft, lintWith, only, OWN_RULES } from "./helpers";

test("nested and dotted forms read the same", () => {
  const nested = readLintConfig(
    { lint: { rules: { "write-good/passive": "error" }, allowWords: ["many"] } },
    OWN_RULES,
  );
  const dotted = readLintConfig(
    { "lint.rules": { "write-good/passive": "error" }, "lint.allowWords": ["many"] },
    OWN_RULES,
  );
  assert.deepEqual(nested, dotted);
  assert.deepEqual(nested.problems, []);
  assert.deepEqual(nested.config.rules, { "write-good/passive": "error" });
});

test("levels change severity and off turns a rule off", () => {
  const text = draft("Apps were restarted. Many apps.");
  const { config } = readLintConfig(
    { lint: { rules: { "write-good/passive": "error", "write-good/weasel": "off" } } },
    OWN_RULES,
  );
  const findings = lintWith(text, config);
  assert.deepEqual(
    only(findings, "write-good/passive").map((f) => f.severity),
    ["error"],
  );
  assert.equal(only(findings, "write-good/weasel").length, 0);
  assert.equal(only(lintWith(text), "write-good/weasel")[0]?.severity, "info");
});

test("a family wildcard sets every rule of the family; a rule's own entry wins", () => {
  const { config, problems } = readLintConfig(
    { lint: { rules: { "write-good/*": "off", "write-good/weasel": "warning" } } },
    OWN_RULES,
  );
  assert.deepEqual(problems, []);
  const findings = lintWith(draft("Apps were restarted. Many apps."), config);
  assert.deepEqual(
    findings.map((f) => `${f.ruleId}:${f.severity}`),
    ["write-good/weasel:warning"],
  );
});

test("rule options are passed to the rule, over its defaults", () => {
  const text =
    "---\nsubject: A subject that is longer than twenty characters\nchannel: announcement\n---\nText.\n";
  assert.equal(only(lintWith(text), "tenant/subject-length").length, 0);
  const { config, problems } = readLintConfig(
    {
      lint: { rules: { "tenant/subject-length": { level: "error", options: { maxLength: 20 } } } },
    },
    OWN_RULES,
  );
  assert.deepEqual(problems, []);
  const found = only(lintWith(text, config), "tenant/subject-length");
  assert.equal(found.length, 1);
  assert.equal(found[0]!.severity, "error");
  assert.match(found[0]!.message, /about 20/);
});

test("the allow-list drops findings of exactly those words, case-insensitively", () => {
  const { config } = readLintConfig({ lint: { allowWords: ["Many", "read-only"] } }, OWN_RULES);
  const text = draft("Many apps are read-only now. Several apps.");
  const findings = lintWith(text, config).map((f) => text.slice(f.start, f.end));
  assert.ok(!findings.includes("Many"));
  assert.ok(!findings.includes("only"), "phrase on the allow-list covers the word inside it");
  assert.ok(findings.includes("Several"));
});

test("mistakes get clear messages that say what to write", () => {
  const { problems, config } = readLintConfig(
    {
      lint: {
        rules: {
          "write-good/pasive": "off",
          "write-good/passive": "loud",
          "tenant/subject-length": { options: { max: 10 } },
          "notify/bold": ["warning", { maxLength: "x" }],
        },
        allowWords: "many",
        rulez: {},
      },
    },
    OWN_RULES,
    "team/.tenantcommsrc.json",
  );
  assert.equal(problems.length, 6);
  assert.match(
    problems[0]!,
    /^team\/\.tenantcommsrc\.json: "lint\.rules" has unknown rule "write-good\/pasive"\. Did you mean "write-good\/passive"\?/,
  );
  assert.match(problems[1]!, /level "loud"\. Use one of "off", "info", "warning", "error"/);
  assert.match(problems[2]!, /has no option "max"\. Its options: maxLength/);
  assert.match(problems[3]!, /"notify\/bold" has no option "maxLength"\. It takes no options/);
  assert.match(problems[4]!, /"lint\.allowWords" must be a list of strings/);
  assert.match(problems[5]!, /unknown setting "lint\.rulez"\. Did you mean "lint\.rules"\?/);
  assert.deepEqual(config.rules, {}, "invalid entries are dropped, not guessed");
});

test("a non-object file and a wrong option type are reported", () => {
  assert.match(readLintConfig([1], OWN_RULES).problems[0]!, /must be a JSON object/);
  const { problems } = readLintConfig(
    { lint: { rules: { "tenant/subject-length": { options: { maxLength: "70" } } } } },
    OWN_RULES,
  );
  assert.deepEqual(problems, [
    '.tenantcommsrc.json: option "maxLength" of rule "tenant/subject-length" must be a number, like 78.',
  ]);
});

test("other sections of the file are ignored", () => {
  assert.deepEqual(
    readLintConfig({ recipients: { regions: ["London"] }, "sending.rate": 10 }, OWN_RULES).problems,
    [],
  );
});

test("merging: later configs win per rule, lists are joined", () => {
  const settings = readLintConfig(
    { lint: { rules: { "write-good/passive": "off" }, allowWords: ["a"], acronyms: ["UAA"] } },
    OWN_RULES,
  ).config;
  const file = readLintConfig(
    { lint: { rules: { "write-good/passive": "warning" }, allowWords: ["b"] } },
    OWN_RULES,
  ).config;
  const merged = mergeLintConfigs(settings, file);
  assert.deepEqual(merged.rules["write-good/passive"], { level: "warning", options: {} });
  assert.deepEqual(merged.allowWords, ["a", "b"]);
  assert.deepEqual(merged.acronyms, ["UAA"]);
});

test("a chosen CSV's columns win over configured ones and keep the rule's level", () => {
  const text = draft("Hello ((org)) and ((team name)) and ((missing_col)).");
  const ids = (config: Parameters<typeof lintWith>[1]): string[] =>
    only(lintWith(text, config), "notify/placeholder-no-data").map((f) =>
      text.slice(f.start, f.end),
    );
  // Nothing configured: the rule is quiet.
  assert.deepEqual(ids(DEFAULT_LINT_CONFIG), []);
  const chosen = withCsvColumns(DEFAULT_LINT_CONFIG, ["email address", "org", "Team_Name"]);
  assert.deepEqual(ids(chosen), ["((missing_col))"]);
  // Columns from the rc file and from the rule's option give way to the chosen file.
  const configured = readLintConfig(
    {
      lint: {
        csvColumns: ["missing_col"],
        rules: { "notify/placeholder-no-data": { level: "warning", options: { columns: ["x"] } } },
      },
    },
    OWN_RULES,
  ).config;
  const both = withCsvColumns(configured, ["org", "team name"]);
  assert.deepEqual(ids(both), ["((missing_col))"]);
  const found = only(lintWith(text, both), "notify/placeholder-no-data");
  assert.equal(found[0]!.severity, "warning", "the configured level is kept");
  // A level given as a plain string stays too, and "off" stays off.
  const off = readLintConfig(
    { lint: { rules: { "notify/placeholder-no-data": "off" } } },
    OWN_RULES,
  ).config;
  assert.deepEqual(ids(withCsvColumns(off, ["org"])), []);
  // The input config is not changed.
  assert.equal(configured.csvColumns?.[0], "missing_col");
});
