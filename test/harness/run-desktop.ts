// Runs the same integration suites in desktop VS Code with @vscode/test-electron, on a machine
// that can download VS Code from update.code.visualstudio.com. Where it cannot (as on this
// project's build machine), it stops with a message saying so and pointing at
// `npm run test:integration`, which runs the same suites in code-server.
//
//   node --import tsx test/harness/run-desktop.ts [--grep <pattern>]
//   (npm run test:desktop builds the extension and the tests first)
//
// Environment: TENANT_COMMS_VSCODE_VERSION ("stable" by default; e.g. "1.90.0" for the oldest
// version package.json's engines allows). On Linux without a display, run it under `xvfb-run -a`.
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { runTests } from "@vscode/test-electron";
import type { IntegrationSummary } from "../integration/index";
import { INTEGRATION_INDEX, ROOT, VSCODE_TEST_DIR } from "./paths";
import { createRunDir, prepareTestWorkspace } from "./run-dir";

const LABEL = "desktop";
const NETWORK_ERROR =
  /ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|getaddrinfo|socket hang up|network/i;

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { grep: { type: "string" } } });
  if (!existsSync(INTEGRATION_INDEX) || !existsSync(join(ROOT, "dist", "extension.js"))) {
    console.error(`${LABEL}: build first: npm run build && node scripts/build-tests.mjs`);
    return 1;
  }
  if (process.platform === "linux" && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.warn(
      `${LABEL}: no display; if VS Code fails to start, run: xvfb-run -a npm run test:desktop`,
    );
  }
  const version = process.env.TENANT_COMMS_VSCODE_VERSION ?? "stable";
  const runDir = createRunDir(LABEL);
  const workspace = prepareTestWorkspace(runDir);
  const summaryFile = join(runDir, "mocha-summary.json");
  const cachePath = join(VSCODE_TEST_DIR, "desktop");
  mkdirSync(cachePath, { recursive: true });

  console.log(
    `${LABEL}: VS Code ${version} from update.code.visualstudio.com (cached in ${cachePath})`,
  );
  let code: number;
  try {
    code = await runTests({
      version,
      cachePath,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: INTEGRATION_INDEX,
      extensionTestsEnv: {
        TENANT_COMMS_TEST_SUMMARY: summaryFile,
        TENANT_COMMS_TEST_GREP: values.grep ?? "",
      },
      launchArgs: [
        workspace,
        "--disable-extensions",
        "--disable-workspace-trust",
        "--skip-welcome",
        "--skip-release-notes",
        "--user-data-dir",
        join(runDir, "user-data"),
        "--extensions-dir",
        join(runDir, "extensions"),
      ],
    });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (NETWORK_ERROR.test(message)) {
      console.error(
        `${LABEL}: could not download desktop VS Code ${version}: ${message}\n` +
          `This machine cannot reach update.code.visualstudio.com. Run the same suites in ` +
          `code-server instead: npm run test:integration`,
      );
    } else {
      console.error(`${LABEL}: the test run failed to start: ${message}`);
    }
    return 1;
  }
  if (!existsSync(summaryFile)) {
    console.error(`${LABEL}: the suites did not finish (exit code ${code}, no summary).`);
    return code === 0 ? 1 : code;
  }
  const summary = JSON.parse(readFileSync(summaryFile, "utf8")) as IntegrationSummary;
  console.log(
    `${LABEL}: VS Code ${summary.vscodeVersion} (${summary.appName}): ${summary.passes} passing, ` +
      `${summary.failures} failing, ${summary.pending} pending; exit code ${code}`,
  );
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`${LABEL}: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
