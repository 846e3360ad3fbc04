// Bundles the three programs into dist/:
//   dist/extension.js  the VS Code extension (node, cjs, `vscode` left to the host)
//   dist/cli.js        the `tenant-comms` command line (node, cjs, with a shebang)
//   dist/webview/*.js  the preview's front end (browser, iife)
// `--production` minifies without source maps; otherwise source maps are written for debugging.
// `--watch` rebuilds on change.
import * as esbuild from "esbuild";
import { cpSync, existsSync, rmSync } from "node:fs";

const production = process.argv.includes("--production");
const watch = process.argv.includes("--watch");

const common = {
  bundle: true,
  minify: production,
  sourcemap: production ? false : "linked",
  logLevel: "info",
  legalComments: "none",
};

const builds = [
  {
    ...common,
    entryPoints: ["src/extension.ts"],
    outfile: "dist/extension.js",
    platform: "node",
    format: "cjs",
    target: "node20",
    external: ["vscode"],
  },
  {
    ...common,
    entryPoints: ["src/cli.ts"],
    outfile: "dist/cli.js",
    platform: "node",
    format: "cjs",
    target: "node20",
  },
];

// The preview's front end, once it exists (webview/main.ts).
if (existsSync("webview/main.ts")) {
  builds.push({
    ...common,
    entryPoints: { preview: "webview/main.ts" },
    outdir: "dist/webview",
    platform: "browser",
    format: "iife",
    target: "es2022",
  });
}

// A fresh dist/ each build: no stale bundle or source map from an earlier mode ends up in the VSIX.
rmSync("dist", { recursive: true, force: true });
// Diagnostics link each rule id to its section of the rules page, so the page ships with the code.
cpSync("docs/rules.md", "dist/docs/rules.md");

if (watch) {
  const contexts = await Promise.all(builds.map((options) => esbuild.context(options)));
  await Promise.all(contexts.map((context) => context.watch()));
  console.log("[watch] watching for changes; Ctrl+C stops");
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
