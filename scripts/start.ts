// `npm start`: try Tenant Comms in a real VS Code without installing anything by hand.
// Builds the extension, installs code-server on first use (about a minute, once), starts the local
// GOV.UK Notify and Cloud Foundry simulators, and serves VS Code with the extension in development
// mode on the samples/ folder. Prints the URL to open; Ctrl+C stops everything.
//
//   npm start [-- --port 8080] [-- --no-simulators]
//
// Edits to samples/ are real edits to the repository's samples. After changing the extension's
// code, run `npm run build` and reload the browser tab (or "Developer: Reload Window").
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { ensureCodeServer } from "./install-code-server";
import { exitAfterCleanup, installExitHandlers, onCleanup } from "../test/harness/cleanup";
import { startCodeServer } from "../test/harness/code-server";
import { CODE_SERVER_VERSION, ROOT, SAMPLES_DIR } from "../test/harness/paths";
import { createRunDir } from "../test/harness/run-dir";
import { startSimulators, type RunningSimulator } from "../test/harness/simulators";
import { workbenchUrl } from "../test/harness/workbench-url";

const LABEL = "start";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      "no-simulators": { type: "boolean", default: false },
      help: { type: "boolean", short: "h" },
    },
  });
  if (values.help) {
    console.log("Usage: npm start [-- --port <n>] [-- --no-simulators]");
    return 0;
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    console.error(`${LABEL}: --port must be a port number (1-65535), not "${values.port}".`);
    return 2;
  }
  installExitHandlers(LABEL, 0);

  console.log(`${LABEL}: building the extension`);
  const build = spawnSync("npm", ["run", "--silent", "build"], { cwd: ROOT, stdio: "inherit" });
  if (build.status !== 0) {
    console.error(`${LABEL}: the build failed; fix the errors above and run npm start again.`);
    return 1;
  }
  const entry = await ensureCodeServer();

  // Hook: the simulators' URLs become this run's user settings (never the repository's files).
  const simulators: RunningSimulator[] = values["no-simulators"]
    ? []
    : await startSimulators((line) => console.log(`${LABEL}: ${line}`));
  const settings = Object.assign({}, ...simulators.map((s) => s.settings)) as Record<
    string,
    unknown
  >;

  const runDir = createRunDir(LABEL);
  const server = await startCodeServer({ entry, runDir, workspace: SAMPLES_DIR, settings, port });
  const url = workbenchUrl({
    origin: server.origin,
    folder: SAMPLES_DIR,
    extensionDevelopmentPath: ROOT,
  });

  const lines = [
    "",
    `Tenant Comms is running in VS Code (code-server ${CODE_SERVER_VERSION}) on ${SAMPLES_DIR}`,
    "",
    "Open this URL in a browser on this machine:",
    "",
    `  ${url}`,
    "",
  ];
  for (const simulator of simulators) {
    lines.push(`${simulator.name}: ${simulator.url}`);
    for (const note of simulator.notes) lines.push(`  ${note}`);
  }
  if (simulators.length > 0) {
    lines.push("  (their addresses are in this run's user settings)", "");
  }
  lines.push(`Logs: ${runDir}`, "Press Ctrl+C to stop.", "");
  console.log(lines.join("\n"));

  onCleanup(() => console.log(`${LABEL}: stopped.`));
  // Ctrl+C reaches code-server too (same process group), so its exit then is expected, not news.
  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      stopping = true;
    });
  }
  // Runs until Ctrl+C (handled by installExitHandlers), or until code-server dies on its own.
  return new Promise<number>((resolve) => {
    const timer = setInterval(() => {
      try {
        process.kill(-server.pid, 0);
      } catch {
        clearInterval(timer);
        if (stopping) return;
        console.error(`${LABEL}: code-server stopped unexpectedly; see ${server.logFile}`);
        resolve(1);
      }
    }, 1000);
  });
}

main().then(
  (code) => exitAfterCleanup(code),
  (error: unknown) => {
    console.error(`${LABEL}: ${error instanceof Error ? error.message : String(error)}`);
    return exitAfterCleanup(1);
  },
);
