// Runs the integration suites (test/integration/suite/) inside a real VS Code: code-server 4.100.3
// with its Node extension host, loaded in Debian's Chromium. Prints mocha's report and the VS Code
// version as the suites run, and exits with the suite's exit code.
//
//   node --import tsx test/harness/run-integration.ts [--grep <pattern>]
//   (npm run test:integration builds the extension first; the suites are bundled here, into the
//   run folder, so a rebuild by someone else sharing the tree cannot pull them away mid-run)
//
// Environment: TENANT_COMMS_INTEGRATION_TIMEOUT (seconds, whole run, default 480),
// TENANT_COMMS_TEST_TIMEOUT (ms per test, default 20000), TENANT_COMMS_EXTENSION_PATH.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, statSync, openSync, readSync, closeSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { IntegrationSummary } from "../integration/index";
import { exitAfterCleanup, installExitHandlers } from "./cleanup";
import { ROOT } from "./paths";
import { startSession } from "./session";

const LABEL = "integration";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { grep: { type: "string" }, help: { type: "boolean", short: "h" } },
  });
  if (values.help) {
    console.log("Usage: node --import tsx test/harness/run-integration.ts [--grep <pattern>]");
    return 0;
  }
  const timeoutSeconds = Number(process.env.TENANT_COMMS_INTEGRATION_TIMEOUT ?? 480);
  installExitHandlers(LABEL, timeoutSeconds * 1000);

  const started = Date.now();
  // The extension host learns where to write through its environment (see ../integration/index.ts).
  const session = await startSession({
    kind: LABEL,
    prepare: buildTests,
    env: (runDir) => ({
      TENANT_COMMS_TEST_GREP: values.grep ?? "",
      TENANT_COMMS_TEST_OUTPUT: join(runDir, "mocha-output.txt"),
      TENANT_COMMS_TEST_SUMMARY: join(runDir, "mocha-summary.json"),
    }),
  });
  const outputFile = join(session.runDir, "mocha-output.txt");
  const summaryFile = join(session.runDir, "mocha-summary.json");

  let resolveExit: (code: number) => void = () => undefined;
  const exited = new Promise<number>((resolve) => (resolveExit = resolve));
  // The workbench calls window.codeAutomationExit(code) when the test run ends.
  await session.page.exposeFunction("codeAutomationExit", (code: number) => resolveExit(code));
  // Fail fast, instead of at the overall timeout, when the page or the server dies.
  session.page.on("crash", () => {
    console.error(`${LABEL}: the browser page crashed.`);
    resolveExit(1);
  });
  const serverWatch = setInterval(() => {
    try {
      process.kill(-session.server.pid, 0);
    } catch {
      console.error(`${LABEL}: code-server exited during the run; see ${session.server.logFile}`);
      resolveExit(1);
    }
  }, 1000);

  console.log(`${LABEL}: loading the workbench with the extension and the tests`);
  await session.open(join(session.runDir, "tests", "index.js"));

  // Stream mocha's report as the extension host writes it.
  const tail = new FileTail(outputFile, (text) => process.stdout.write(text));
  const timer = setInterval(() => tail.poll(), 200);
  const code = await exited;
  clearInterval(timer);
  clearInterval(serverWatch);
  tail.poll();

  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const summary = readSummary(summaryFile);
  if (!summary) {
    console.error(
      `${LABEL}: the tests did not finish (exit code ${code}, no summary). The runner may have ` +
        `failed to load; see ${session.consoleLogFile}. Last extension host errors:`,
    );
    console.error(lastErrors(session.consoleLogFile));
    return code === 0 ? 1 : code;
  }
  console.log(
    `${LABEL}: VS Code ${summary.vscodeVersion} (${summary.appName}, ${summary.appHost}, ` +
      `extension host Node ${summary.node}): ${summary.passes} passing, ${summary.failures} failing, ` +
      `${summary.pending} pending; exit code ${code}; ${seconds}s in all (run folder ${session.runDir})`,
  );
  return code;
}

/** Bundles the runner and the suites into <run folder>/tests/ (scripts/build-tests.mjs). */
function buildTests(runDir: string): void {
  const result = spawnSync(
    process.execPath,
    [join(ROOT, "scripts", "build-tests.mjs"), "--outdir", join(runDir, "tests")],
    { cwd: ROOT, stdio: "inherit" },
  );
  if (result.status !== 0) throw new Error("Bundling the integration tests failed (see above).");
}

function readSummary(file: string): IntegrationSummary | undefined {
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, "utf8")) as IntegrationSummary;
}

function lastErrors(consoleLogFile: string, count = 20): string {
  if (!existsSync(consoleLogFile)) return "(no console output)";
  const lines = readFileSync(consoleLogFile, "utf8").split("\n");
  const errors = lines.filter(
    (line) =>
      /^\[(error|pageerror)\]/.test(line) &&
      !/open-vsx|ERR_NAME_NOT_RESOLVED|status of 404/.test(line),
  );
  return errors.slice(-count).join("\n") || "(none)";
}

/** Prints what was appended to a file since the last poll. */
class FileTail {
  private offset = 0;
  constructor(
    private readonly file: string,
    private readonly write: (text: string) => void,
  ) {}

  poll(): void {
    if (!existsSync(this.file)) return;
    const size = statSync(this.file).size;
    if (size <= this.offset) return;
    const buffer = Buffer.alloc(size - this.offset);
    const fd = openSync(this.file, "r");
    try {
      readSync(fd, buffer, 0, buffer.length, this.offset);
    } finally {
      closeSync(fd);
    }
    this.offset = size;
    this.write(buffer.toString("utf8"));
  }
}

main().then(
  (code) => exitAfterCleanup(code),
  (error: unknown) => {
    console.error(`${LABEL}: ${error instanceof Error ? error.message : String(error)}`);
    return exitAfterCleanup(1);
  },
);
