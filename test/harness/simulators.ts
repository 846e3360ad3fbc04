// Starts the local GOV.UK Notify and Cloud Foundry simulators (test/simulators/<name>/main.ts) as
// child processes, so `npm start` can try every command without credentials, and turns what they
// print into user settings for the run. A simulator that is missing or fails to start is reported
// and left out; the workbench still starts.
//
// To add a simulator: add an entry to SIMULATORS below.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import { createInterface } from "node:readline";
import { onCleanup, onExitKill } from "./cleanup";
import { ROOT } from "./paths";

export interface RunningSimulator {
  name: string;
  url: string;
  /** User settings for the run, by full key (`tenantComms.…`). */
  settings: Record<string, unknown>;
  /** Lines for the person at the terminal (how to sign in, which key to paste). */
  notes: string[];
}

interface SimulatorSpec {
  name: string;
  main: string;
  args: string[];
  /** Reads the simulator's output; returns the result once it has printed enough, else undefined. */
  ready(lines: string[]): Omit<RunningSimulator, "name"> | undefined;
}

const SIMULATORS: SimulatorSpec[] = [
  {
    name: "GOV.UK Notify simulator",
    main: "test/simulators/notify/main.ts",
    args: [],
    ready(lines) {
      // main.ts prints one machine-readable line: NOTIFY_SIMULATOR {"url":..,"testKey":..,..}
      const line = lines.find((l) => l.startsWith("NOTIFY_SIMULATOR "));
      if (!line) return undefined;
      const info = JSON.parse(line.slice("NOTIFY_SIMULATOR ".length)) as {
        url: string;
        testKey: string;
        templateId: string;
      };
      return {
        url: info.url,
        settings: {
          "tenantComms.sending.apiUrl": info.url,
          "tenantComms.sending.templateId": info.templateId,
        },
        notes: [
          `API key for it (made up at start, works only there): ${info.testKey}`,
          `  enter it with "Tenant Comms: Set GOV.UK Notify API Key"; template id ${info.templateId}`,
        ],
      };
    },
  },
  {
    name: "Cloud Foundry simulator",
    main: "test/simulators/cf/main.ts",
    args: [],
    ready(lines) {
      const first = lines.findIndex((l) => /^Cloud Foundry simulator: https?:\/\//.test(l));
      const stop = lines.findIndex((l) => /Ctrl\+C/.test(l));
      if (first === -1 || stop === -1) return undefined;
      const url = lines[first]!.replace(/^Cloud Foundry simulator: /, "").trim();
      return {
        url,
        settings: { "tenantComms.recipients.regions": [{ name: "Simulator", api: url }] },
        notes: lines
          .slice(first + 1, stop)
          .map((l) => l.trim())
          .filter((l) => l.length > 0 && !l.startsWith("try:")),
      };
    },
  },
];

const READY_TIMEOUT_MS = 30_000;

export async function startSimulators(log: (line: string) => void): Promise<RunningSimulator[]> {
  const started: RunningSimulator[] = [];
  for (const spec of SIMULATORS) {
    if (!existsSync(join(ROOT, spec.main))) {
      log(`${spec.name}: not built yet (${spec.main} missing); skipped`);
      continue;
    }
    try {
      started.push(await startOne(spec));
    } catch (error) {
      log(
        `${spec.name}: did not start, skipped: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return started;
}

function startOne(spec: SimulatorSpec): Promise<RunningSimulator> {
  const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, spec.main), ...spec.args], {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const pid = child.pid!;
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // Already gone.
    }
  };
  const unregister = onExitKill(() => kill("SIGKILL"));
  onCleanup(() => {
    kill("SIGTERM");
    unregister();
  });

  const lines: string[] = [];
  const errors: string[] = [];
  createInterface({ input: child.stderr! }).on("line", (line) => errors.push(line));
  return new Promise((resolve, reject) => {
    const fail = (why: string) => {
      clearTimeout(timer);
      kill("SIGKILL");
      const detail = errors.slice(-5).join("\n    ");
      reject(new Error(`${why} (${relative(ROOT, spec.main)})${detail ? `:\n    ${detail}` : ""}`));
    };
    const timer = setTimeout(
      () => fail(`not ready after ${READY_TIMEOUT_MS / 1000}s`),
      READY_TIMEOUT_MS,
    );
    child.on("exit", (code) => fail(`exited with code ${code}`));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      lines.push(line);
      let result: Omit<RunningSimulator, "name"> | undefined;
      try {
        result = spec.ready(lines);
      } catch (error) {
        fail(`printed something unexpected: ${String(error)}`);
        return;
      }
      if (result) {
        clearTimeout(timer);
        child.removeAllListeners("exit");
        resolve({ name: spec.name, ...result });
      }
    });
  });
}
