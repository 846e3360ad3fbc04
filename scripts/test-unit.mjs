// Runs the engine's unit tests with Node's own test runner.
// Node 20's `--test` takes no globs and finds no `.ts` files in a folder, so this lists them.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";

function find(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return find(path);
    return name.endsWith(".test.ts") ? [path] : [];
  });
}

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ["test/unit"];
const files = roots.flatMap((root) => (statSync(root).isDirectory() ? find(root) : [root])).sort();
if (files.length === 0) {
  console.error(`No unit tests found under ${roots.join(", ")}.`);
  process.exit(1);
}
const result = spawnSync(
  process.execPath,
  ["--import", "tsx", "--test", "--test-reporter=spec", ...files],
  { stdio: "inherit" },
);
process.exit(result.status ?? 1);
