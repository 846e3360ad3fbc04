// Where the test harness keeps things. One place, so the install script, the runners and
// `npm start` agree on every path.
import { join, resolve } from "node:path";

/** The repository root (this file lives in test/harness/). */
export const ROOT = resolve(__dirname, "..", "..");

/**
 * code-server 4.100.3 is the newest release that runs on Node 20 (later ones need Node 22+);
 * it embeds VS Code 1.100.3 with a real Node extension host.
 */
export const CODE_SERVER_VERSION = "4.100.3";

/** Everything the harness downloads or writes lives here (git-ignored). */
export const VSCODE_TEST_DIR = join(ROOT, ".vscode-test");
export const CODE_SERVER_DIR = join(VSCODE_TEST_DIR, `code-server-${CODE_SERVER_VERSION}`);
export const CODE_SERVER_ENTRY = join(
  CODE_SERVER_DIR,
  "node_modules",
  "code-server",
  "out",
  "node",
  "entry.js",
);
/** Written last by a successful install; its absence means "install (again)". */
export const CODE_SERVER_MARKER = join(CODE_SERVER_DIR, ".installed");
/** One folder per run (user data, extensions, XDG dirs, workspace copy, browser profile). */
export const RUNS_DIR = join(VSCODE_TEST_DIR, "runs");

/** Screenshots and other artefacts a person may want to look at after a run (git-ignored). */
export const TEST_RESULTS_DIR = join(ROOT, "test-results");

/** Debian's Chromium; playwright-core never downloads a browser here. */
export const CHROMIUM = process.env.TENANT_COMMS_CHROMIUM ?? "/usr/bin/chromium";

/** The built extension and the bundled integration tests. */
export const EXTENSION_MAIN = join(ROOT, "dist", "extension.js");
export const INTEGRATION_OUT = join(ROOT, "out", "test", "integration");
export const INTEGRATION_INDEX = join(INTEGRATION_OUT, "index.js");

/** The drafts a person sees in `npm start`, and the extra files the tests rely on. */
export const SAMPLES_DIR = join(ROOT, "samples");
export const TEST_WORKSPACE_FIXTURE = join(ROOT, "test", "fixtures", "workspace");
