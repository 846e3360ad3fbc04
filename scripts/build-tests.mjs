// Bundles the integration tests for the extension host into out/test/integration/ (or the folder
// given with --outdir; the code-server harness builds into each run's own folder):
//   index.js          the mocha runner VS Code loads (`extensionTestsPath`), mocha bundled in
//   suite/*.test.js   one bundle per suite; `vscode` is left to the host, mocha's describe/it
//                     (or suite/test) are globals the runner installs before loading each file.
// The folder is emptied first so a deleted suite never runs from a stale bundle.
import * as esbuild from "esbuild";
import { readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { outdir: { type: "string" } } });
const OUT = values.outdir ?? "out/test/integration";
const SUITE = "test/integration/suite";

function find(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return find(path);
    return entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

const suites = find(SUITE);
if (suites.length === 0) {
  console.error(`No integration suites (*.test.ts) under ${SUITE}.`);
  process.exit(1);
}

rmSync(OUT, { recursive: true, force: true });

const common = {
  bundle: true,
  platform: "node",
  format: "cjs",
  target: "node20",
  sourcemap: "inline",
  logLevel: "warning",
  // mocha's parallel mode (never used in the extension host) resolves worker files at run time.
  logOverride: { "require-resolve-not-external": "silent" },
  external: ["vscode"],
};

await Promise.all([
  esbuild.build({
    ...common,
    entryPoints: ["test/integration/index.ts"],
    outfile: `${OUT}/index.js`,
  }),
  esbuild.build({
    ...common,
    entryPoints: suites.map((file) => ({
      in: file,
      out: relative(SUITE, file).replace(/\.ts$/, ""),
    })),
    outdir: `${OUT}/suite`,
    // A suite that imported mocha would get a second copy without the runner's globals.
    external: ["vscode", "mocha"],
  }),
]);
console.log(`Built the integration runner and ${suites.length} suite(s) into ${OUT}/.`);
