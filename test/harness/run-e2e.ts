// Runs the e2e checks (test/e2e/**/*.e2e.ts) with mocha in Node, against one workbench: code-server
// with the extension in development mode, driven through Debian's Chromium like a person would.
// A screenshot of every failed check goes to test-results/e2e/ (checks save their own as well).
//
//   node --import tsx test/harness/run-e2e.ts [--grep <pattern>]
//   (npm run test:e2e builds the extension first)
//
// Environment: TENANT_COMMS_E2E_TIMEOUT (seconds, whole run, default 600).
import { readdirSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import Mocha from "mocha";
import { setE2eSession } from "../e2e/session";
import { SCREENSHOT_DIR, Workbench } from "../e2e/workbench";
import { exitAfterCleanup, installExitHandlers } from "./cleanup";
import { ROOT } from "./paths";
import { startSession } from "./session";

const LABEL = "e2e";
const E2E_DIR = join(ROOT, "test", "e2e");

function findChecks(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findChecks(path);
    return entry.name.endsWith(".e2e.ts") ? [path] : [];
  });
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { grep: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log("Usage: node --import tsx test/harness/run-e2e.ts [--grep <pattern>]");
    return 0;
  }
  installExitHandlers(LABEL, Number(process.env.TENANT_COMMS_E2E_TIMEOUT ?? 600) * 1000);
  const checks = findChecks(E2E_DIR).sort();
  if (checks.length === 0) {
    console.error(`${LABEL}: no *.e2e.ts checks under ${E2E_DIR}.`);
    return 1;
  }
  rmSync(SCREENSHOT_DIR, { recursive: true, force: true });

  const started = Date.now();
  const session = await startSession({ kind: LABEL });
  await session.open();
  const workbench = new Workbench(session.page);
  await workbench.waitUntilReady();
  console.log(`${LABEL}: workbench ready after ${((Date.now() - started) / 1000).toFixed(1)}s`);
  setE2eSession({ workbench, workspace: session.workspace });

  const mocha = new Mocha({
    ui: "bdd",
    reporter: "spec",
    timeout: 60_000,
    grep: values.grep,
    rootHooks: {
      async afterEach(this: Mocha.Context) {
        const test = this.currentTest;
        if (test?.state === "failed") {
          const path = await workbench.screenshot(`FAILED ${test.fullTitle()}`).catch(() => "");
          if (path) console.log(`      screenshot: ${relative(ROOT, path)}`);
        }
      },
    },
  });
  for (const file of checks) mocha.addFile(file);
  let passes = 0;
  const failures = await new Promise<number>((resolve) => {
    const runner = mocha.run(resolve);
    runner.on("pass", () => passes++);
  });
  if (failures === 0 && passes === 0) {
    console.error(
      `${LABEL}: no check ran${values.grep ? ` (nothing matches --grep ${values.grep})` : ""}.`,
    );
    return 1;
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `${LABEL}: ${failures === 0 ? "passed" : `${failures} failed`} in ${seconds}s; ` +
      `screenshots in ${relative(ROOT, SCREENSHOT_DIR)}/, browser console in ${session.consoleLogFile}`,
  );
  return failures === 0 ? 0 : 1;
}

main().then(
  (code) => exitAfterCleanup(code),
  (error: unknown) => {
    console.error(`${LABEL}: ${error instanceof Error ? error.message : String(error)}`);
    return exitAfterCleanup(1);
  },
);
