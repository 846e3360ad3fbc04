// `npm run package`: builds a production VSIX with the pinned @vscode/vsce, then prints its size and
// what it holds, so an unexpected file in the package is seen at once.
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const pkg = require("../package.json");
const vsix = `${pkg.name}-${pkg.version}.vsix`;
const vsce = require.resolve("@vscode/vsce/vsce");

// --no-dependencies: esbuild has bundled every runtime dependency into dist/.
execFileSync(process.execPath, [vsce, "package", "--no-dependencies", "--out", vsix], {
  stdio: "inherit",
});
const files = execFileSync(process.execPath, [vsce, "ls", "--no-dependencies"], {
  encoding: "utf8",
})
  .trim()
  .split("\n");
const bytes = statSync(vsix).size;
console.log(`\n${vsix}: ${(bytes / 1024).toFixed(1)} KiB, ${files.length} files:`);
for (const file of files) console.log(`  ${file}`);
