// `npm run package`: builds a production VSIX with the pinned @vscode/vsce, prints its size and what
// it holds, and fails if anything outside the allow-list got in (a leak through .vscodeignore).
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const pkg = require("../package.json");
const vsix = `${pkg.name}-${pkg.version}.vsix`;
const vsce = require.resolve("@vscode/vsce/vsce");

// What the VSIX may hold (the same list as .vscodeignore lets in).
const ALLOWED = [
  /^dist\//,
  /^snippets\//,
  /^syntaxes\//,
  /^media\//,
  /^(package\.json|README\.md|CHANGELOG\.md|LICENSE|language-configuration\.json)$/,
];

function vsceRun(args, options) {
  try {
    return execFileSync(process.execPath, [vsce, ...args], options);
  } catch {
    console.error(`\nnpm run package: vsce ${args[0]} failed (its message is above).`);
    process.exit(1);
  }
}

// --no-dependencies: esbuild has bundled every runtime dependency into dist/.
// --no-rewrite-relative-links: the README's links (docs/, LICENSE) stay relative; there is no
// public repository URL to prefix them with.
vsceRun(["package", "--no-dependencies", "--no-rewrite-relative-links", "--out", vsix], {
  stdio: "inherit",
});
const files = vsceRun(["ls", "--no-dependencies"], { encoding: "utf8" }).trim().split("\n");
const bytes = statSync(vsix).size;
console.log(`\n${vsix}: ${(bytes / 1024).toFixed(1)} KiB, ${files.length} files:`);
for (const file of files) console.log(`  ${file}`);

const leaked = files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
if (leaked.length > 0) {
  console.error(`\nThese files are not on the allow-list and must not ship: ${leaked.join(", ")}`);
  process.exit(1);
}
