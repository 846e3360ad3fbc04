// Starts code-server for one run: its own free port on 127.0.0.1, and every folder it writes
// (user data, extensions, XDG config/data) inside the run folder, so runs never share state and
// nothing lands in the home directory. Stopping kills the whole process group: code-server forks
// a server process, which forks extension hosts and other helpers.
import { spawn } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { onCleanup, onExitKill } from "./cleanup";

export interface CodeServerOptions {
  /** code-server's entry.js (from ensureCodeServer). */
  entry: string;
  /** The run folder; created if missing. */
  runDir: string;
  /** The folder opened in the workbench. */
  workspace: string;
  /** Extra user settings for this run (merged over the quiet defaults below). */
  settings?: Record<string, unknown>;
  /** Extra environment for code-server and so for the extension host. */
  env?: Record<string, string>;
  /** A fixed port (for `npm start`); by default a free one is picked. */
  port?: number;
  log?: (line: string) => void;
}

export interface CodeServer {
  port: number;
  /** http://127.0.0.1:<port> */
  origin: string;
  pid: number;
  logFile: string;
  /** Stops the whole process group (also done automatically on exit). */
  stop(): Promise<void>;
}

/** Settings that keep the workbench quiet and deterministic: no welcome page, no tips, no updates. */
const QUIET_SETTINGS: Record<string, unknown> = {
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.enableExperiments": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoUpdate": false,
  "extensions.autoCheckUpdates": false,
  "extensions.ignoreRecommendations": true,
  "security.workspace.trust.enabled": false,
  "git.enabled": false,
  "chat.commandCenter.enabled": false,
  "window.restoreWindows": "none",
};

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  const log = options.log ?? ((line: string) => console.log(line));
  const dirs = {
    userData: join(options.runDir, "user-data"),
    extensions: join(options.runDir, "extensions"),
    xdgConfig: join(options.runDir, "xdg-config"),
    xdgData: join(options.runDir, "xdg-data"),
  };
  for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
  mkdirSync(join(dirs.userData, "User"), { recursive: true });
  writeFileSync(
    join(dirs.userData, "User", "settings.json"),
    JSON.stringify({ ...QUIET_SETTINGS, ...options.settings }, null, 2) + "\n",
  );
  // An explicit (empty) config file: otherwise code-server writes ~/.config/code-server/config.yaml.
  const config = join(options.runDir, "code-server.yaml");
  // It must hold a YAML mapping ("invalid config: null" otherwise); the flags below do the work.
  writeFileSync(config, "{}\n");
  const logFile = join(options.runDir, "code-server.log");

  // A port can be taken between asking for it and binding it; try a few.
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await freePort());
    const started = Date.now();
    const out = openSync(logFile, "a");
    const child = spawn(
      process.execPath,
      [
        options.entry,
        "--config",
        config,
        "--auth",
        "none",
        "--bind-addr",
        `127.0.0.1:${port}`,
        "--disable-telemetry",
        "--disable-update-check",
        "--disable-workspace-trust",
        "--disable-getting-started-override",
        "--ignore-last-opened",
        "--user-data-dir",
        dirs.userData,
        "--extensions-dir",
        dirs.extensions,
        options.workspace,
      ],
      {
        // Its own process group, so one kill(-pid) reaches the server and every extension host.
        detached: true,
        stdio: ["ignore", out, out],
        env: {
          ...process.env,
          XDG_CONFIG_HOME: dirs.xdgConfig,
          XDG_DATA_HOME: dirs.xdgData,
          ...options.env,
        },
      },
    );
    closeSync(out);
    const pid = child.pid;
    if (pid === undefined) throw new Error("code-server did not start (no pid).");
    let exited: number | null = null;
    child.on("exit", (code, signal) => {
      exited = code ?? (signal ? 128 : 1);
    });
    const unregister = onExitKill(() => killGroup(pid, "SIGKILL"));
    const stop = async () => {
      await stopGroup(pid);
      unregister();
    };
    onCleanup(stop);

    const origin = `http://127.0.0.1:${port}`;
    const ready = await waitForHealth(origin, () => exited !== null, 30_000);
    if (ready) {
      log(
        `code-server: ready on ${origin} in ${Date.now() - started} ms (pid ${pid}, log ${logFile})`,
      );
      return { port, origin, pid, logFile, stop };
    }
    await stop();
    const tail = readTail(logFile);
    if (/EADDRINUSE/.test(tail)) {
      if (options.port !== undefined) {
        throw new Error(`Port ${options.port} is already in use; choose another port.`);
      }
      if (attempt < 3) continue;
    }
    throw new Error(
      `code-server did not become ready on ${origin} (exit code ${exited ?? "none"}).\n` +
        `Last lines of ${logFile}:\n${tail}`,
    );
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(origin: string, gone: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !gone()) {
    try {
      const response = await fetch(`${origin}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (response.ok) return true;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return false;
}

function killGroup(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // Already gone.
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** SIGTERM, up to 5 s for a clean exit, then SIGKILL. */
async function stopGroup(pid: number): Promise<void> {
  if (!killGroup(pid, "SIGTERM")) return;
  const deadline = Date.now() + 5000;
  while (groupAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
  if (groupAlive(pid)) killGroup(pid, "SIGKILL");
}

function readTail(file: string, lines = 30): string {
  if (!existsSync(file)) return "(no log)";
  return readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}
