import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generatedFiles, ROOT } from "../../../scripts/generated-files";

// The snippets, settings schema and docs are generated from one source each; a committed copy that
// differs means someone edited the output by hand or forgot `npm run generate`.
for (const file of generatedFiles()) {
  test(`${file.path} is up to date (run \`npm run generate\` if not)`, () => {
    const committed = readFileSync(join(ROOT, file.path), "utf8");
    assert.equal(committed, file.content);
  });
}
