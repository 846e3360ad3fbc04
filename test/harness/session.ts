// A workbench session for the integration and e2e runners: code-server (installed on first use)
// serving a fresh copy of the test workspace, Debian's Chromium on it, and the extension loaded
// in development mode from this repository. Everything stops on exit (see cleanup.ts).
import { appendFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { ensureCodeServer } from "../../scripts/install-code-server";
import { launchBrowser, type BrowserSession } from "./browser";
import { startCodeServer, type CodeServer } from "./code-server";
import { snapshotExtension } from "./extension-snapshot";
import { createRunDir, prepareTestWorkspace } from "./run-dir";
import { workbenchUrl } from "./workbench-url";

export interface SessionOptions {
  /** Names the run folder, e.g. "integration". */
  kind: string;
  /** Passed to code-server, and so to the extension host; a function gets the run folder. */
  env?: Record<string, string> | ((runDir: string) => Record<string, string>);
  /** User settings for the run. */
  settings?: Record<string, unknown>;
  /** Runs once the run folder exists, before code-server starts (e.g. to build the tests there). */
  prepare?: (runDir: string) => void | Promise<void>;
}

export interface Session {
  runDir: string;
  workspace: string;
  server: CodeServer;
  browser: BrowserSession;
  page: Page;
  /** Every browser console message and page error of the run. */
  consoleLogFile: string;
  /** The extension under test: a snapshot of this repository's build (see extension-snapshot.ts). */
  extensionPath: string;
  /** Loads the workbench with the extension in development mode (and tests, when given). */
  open(extensionTestsPath?: string): Promise<void>;
}

export async function startSession(options: SessionOptions): Promise<Session> {
  const entry = await ensureCodeServer();
  const runDir = createRunDir(options.kind);
  const extensionPath =
    process.env.TENANT_COMMS_EXTENSION_PATH ?? (await snapshotExtension(runDir));
  const workspace = prepareTestWorkspace(runDir);
  await options.prepare?.(runDir);
  const server = await startCodeServer({
    entry,
    runDir,
    workspace,
    env: typeof options.env === "function" ? options.env(runDir) : options.env,
    settings: options.settings,
  });
  const browser = await launchBrowser(runDir);
  const page = browser.page;
  const consoleLogFile = join(runDir, "browser-console.log");
  page.on("console", (message) => {
    appendFileSync(consoleLogFile, `[${message.type()}] ${cleanConsoleText(message.text())}\n`);
  });
  page.on("pageerror", (error) => {
    appendFileSync(consoleLogFile, `[pageerror] ${error.stack ?? error.message}\n`);
  });

  return {
    runDir,
    workspace,
    server,
    browser,
    page,
    consoleLogFile,
    extensionPath,
    async open(extensionTestsPath?: string) {
      const url = workbenchUrl({
        origin: server.origin,
        folder: workspace,
        extensionDevelopmentPath: extensionPath,
        extensionTestsPath,
      });
      await page.goto(url);
    },
  };
}

/** The workbench prefixes its log lines with `%c` and a CSS style; keep just the words. */
export function cleanConsoleText(text: string): string {
  return text.replace(/^%c\s*(\w+)\s+color:\s*#[0-9a-f]+\s*/i, "$1 ");
}
