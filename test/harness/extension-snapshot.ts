// The tests load a copy of the built extension, made at the start of the run, instead of the
// working tree: a rebuild during the run (by `npm run watch`, or by someone else sharing the tree)
// empties dist/ and would pull the extension out from under VS Code. The copy holds exactly the
// files .vscodeignore lets into the VSIX, so the tests also prove the shipped file set is enough.
import { cpSync, existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { EXTENSION_MAIN, ROOT } from "./paths";

/** The paths .vscodeignore lets back in (`!dist/**` -> `dist`), read from the file itself. */
export function shippedPaths(): string[] {
  const lines = readFileSync(join(ROOT, ".vscodeignore"), "utf8").split("\n");
  const paths = lines
    .map((line) => line.trim())
    .filter((line) => line.startsWith("!"))
    .map((line) =>
      line
        .slice(1)
        .replace(/\/\*\*$/, "")
        .replace(/\/$/, ""),
    );
  if (!paths.includes("package.json")) {
    throw new Error(".vscodeignore does not let package.json in; is it still an allow-list?");
  }
  return paths;
}

export async function snapshotExtension(runDir: string): Promise<string> {
  await waitForBuild();
  const target = join(runDir, "extension");
  mkdirSync(target, { recursive: true });
  for (const path of shippedPaths()) {
    if (/[*?[]/.test(path)) {
      throw new Error(`.vscodeignore entry "!${path}" is a pattern the test snapshot cannot copy.`);
    }
    const source = join(ROOT, path);
    if (existsSync(source)) cpSync(source, join(target, path), { recursive: true });
  }
  if (!existsSync(join(target, "dist", "extension.js"))) {
    throw new Error(`${EXTENSION_MAIN} vanished while it was copied (a rebuild?); run again.`);
  }
  return target;
}

/** A rebuild empties dist/ for a second or two; wait for it rather than fail. */
async function waitForBuild(timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(EXTENSION_MAIN)) {
    if (Date.now() > deadline) {
      throw new Error(`${EXTENSION_MAIN} is missing: run \`npm run build\` first.`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  // Let a build that is writing right now finish its files.
  await new Promise((r) => setTimeout(r, 300));
}
