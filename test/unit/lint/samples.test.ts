import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createLinter } from "../../../src/core/lint/index";
import { where } from "./helpers";

// The acceptance: the sample drafts are written clean, in GOV.UK style, so every rule
// family except write-good's suggestions (information only) stays quiet on them.
const SAMPLES = join(__dirname, "..", "..", "..", "samples");
const drafts = readdirSync(SAMPLES).filter((f) => f.endsWith(".notify.md"));

test("there are sample drafts to check", () => {
  assert.ok(drafts.length >= 3, drafts.join(", "));
});

for (const file of drafts) {
  test(`${file}: nothing from gds/*, notify/* or tenant/*`, () => {
    const text = readFileSync(join(SAMPLES, file), "utf8");
    const found = createLinter()
      .lint(text)
      .filter((f) => !f.ruleId.startsWith("write-good/"))
      .map((f) => `${f.ruleId} ${where(text, f)}`);
    assert.deepEqual(found, []);
  });
}
