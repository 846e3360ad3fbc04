// The sample drafts in samples/ are written in GOV.UK style, so no gds rule may report anything on
// them. They run through the real engine (masking, header and footer handling) with only the gds
// rules, and a planted mistake in each proves the rules did run.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Linter } from "../../../../src/core/lint/engine";
import { gdsDocumentRules, gdsRules } from "../../../../src/core/lint/rules/gds/index";

const SAMPLES = join(__dirname, "..", "..", "..", "..", "samples");
const names = existsSync(SAMPLES)
  ? readdirSync(SAMPLES)
      .filter((n) => n.endsWith(".notify.md"))
      .sort()
  : [];

describe("gds rules on the sample drafts", () => {
  if (!existsSync(SAMPLES)) {
    it("skips: the samples/ folder is missing", (t) => t.skip(`no folder at ${SAMPLES}`));
    return;
  }

  it("finds sample drafts to check", () => {
    assert.ok(names.length > 0, `no *.notify.md files in ${SAMPLES}`);
  });

  const linter = new Linter({ rules: [...gdsRules, ...gdsDocumentRules] });

  for (const name of names) {
    it(`reports nothing on ${name}`, () => {
      const text = readFileSync(join(SAMPLES, name), "utf8");
      const findings = linter
        .lint(text)
        .map((f) => `${f.ruleId} "${text.slice(f.start, f.end)}": ${f.message}`);
      assert.deepEqual(findings, []);
    });

    it(`finds a planted mistake in ${name}`, () => {
      const text = readFileSync(join(SAMPLES, name), "utf8");
      const heading = text.indexOf("\n## ");
      assert.ok(heading !== -1, "each sample has a heading to plant a mistake after");
      const planted = `${text.slice(0, heading)}\n\nPlease note the upgrade is on 17th March, e.g. at 17:30.\n${text.slice(heading)}`;
      const ids = linter.lint(planted).map((f) => f.ruleId);
      for (const id of ["gds/please", "gds/ordinal-dates", "gds/eg-ie-etc", "gds/time-24h"]) {
        assert.ok(ids.includes(id), `${id} in ${JSON.stringify(ids)}`);
      }
    });
  }
});
