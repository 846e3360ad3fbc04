// The mocha runner VS Code loads inside the extension host (`extensionTestsPath`). It runs every
// bundled suite in out/test/integration/suite/ and resolves when they pass; VS Code turns a
// rejection into a non-zero exit code (code-server: `codeAutomationExit(1)`).
//
// Both mocha interfaces work in suites: BDD (describe/it) and TDD (suite/test).
//
// Output: mocha's spec reporter goes to console.log (the Debug Console in desktop VS Code, the
// terminal under @vscode/test-electron). When the code-server harness sets
// TENANT_COMMS_TEST_OUTPUT, every reporter line is also appended to that file (the harness
// streams it to the terminal, free of the workbench's own log noise), and a JSON summary goes to
// TENANT_COMMS_TEST_SUMMARY.
//
// mocha is bundled into this file (not loaded from node_modules at run time): mocha 12's package
// entry is an ES module, which a require()-based extension host cannot load reliably.
import { appendFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "node:util";
import Mocha from "mocha";
import * as vscode from "vscode";
import { ACTIVE_AT_START_KEY, EXTENSION_ID } from "./helpers";

export interface IntegrationSummary {
  vscodeVersion: string;
  appName: string;
  appHost: string;
  node: string;
  tests: number;
  passes: number;
  failures: number;
  pending: number;
  durationMs: number;
}

export async function run(): Promise<void> {
  const outputFile = process.env.TENANT_COMMS_TEST_OUTPUT;
  const summaryFile = process.env.TENANT_COMMS_TEST_SUMMARY;
  const consoleLog = console.log.bind(console);
  const print = (...args: unknown[]) => {
    consoleLog(...args);
    if (outputFile) appendFileSync(outputFile, format(...args) + "\n");
  };

  // Recorded before any suite opens a document, for the "no eager activation" test.
  (globalThis as Record<string, unknown>)[ACTIVE_AT_START_KEY] =
    vscode.extensions.getExtension(EXTENSION_ID)?.isActive;

  print(
    `VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.appHost}), ` +
      `extension host Node ${process.version}`,
  );

  Mocha.reporters.Base.consoleLog = print;
  const mocha = new Mocha({
    ui: "bdd",
    reporter: "spec",
    color: false,
    // The first command or editor in a fresh workbench on a loaded 2-core machine can take seconds.
    timeout: Number(process.env.TENANT_COMMS_TEST_TIMEOUT ?? 20_000),
    grep: process.env.TENANT_COMMS_TEST_GREP || undefined,
  });
  // Adds suite/test/suiteSetup/... next to describe/it.
  Mocha.interfaces.tdd(mocha.suite);

  const suiteDir = join(__dirname, "suite");
  const files = readdirSync(suiteDir, { recursive: true, encoding: "utf8" })
    .filter((name) => name.endsWith(".test.js"))
    .sort();
  if (files.length === 0)
    throw new Error(`No *.test.js files in ${suiteDir}; build the tests first.`);
  for (const file of files) mocha.addFile(join(suiteDir, file));

  const started = Date.now();
  await new Promise<void>((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const summary: IntegrationSummary = {
          vscodeVersion: vscode.version,
          appName: vscode.env.appName,
          appHost: vscode.env.appHost,
          node: process.version,
          tests: runner.stats?.tests ?? 0,
          passes: runner.stats?.passes ?? 0,
          failures,
          pending: runner.stats?.pending ?? 0,
          durationMs: Date.now() - started,
        };
        if (summaryFile) writeFileSync(summaryFile, JSON.stringify(summary, null, 2) + "\n");
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed.`));
        else if (summary.passes === 0) reject(new Error("No integration test ran (check --grep)."));
        else resolve();
      });
    } catch (error) {
      reject(error);
    }
  });
}
