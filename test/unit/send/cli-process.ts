// Runs the real `tenant-comms` CLI as a child process: our code bundled once with esbuild (as
// esbuild.mjs builds dist/cli.js) so each start takes a fraction of a second. npm packages stay
// external and load from node_modules as they would from source, so the bundle lives under
// node_modules/.cache.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { build } from "esbuild";

let bundled: Promise<string> | undefined;

export function cliBundle(): Promise<string> {
  bundled ??= (async () => {
    const cache = join(__dirname, "../../../node_modules/.cache");
    mkdirSync(cache, { recursive: true });
    const outfile = join(mkdtempSync(join(cache, "tenant-comms-send-test-")), "cli.js");
    await build({
      entryPoints: [join(__dirname, "../../../src/cli.ts")],
      outfile,
      bundle: true,
      platform: "node",
      format: "cjs",
      target: "node20",
      packages: "external",
      logLevel: "silent",
    });
    return outfile;
  })();
  return bundled;
}

export interface CliRun {
  child: ChildProcess;
  done: Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>;
}

export async function runCli(
  args: string[],
  options: { cwd: string; env: Record<string, string> },
): Promise<CliRun> {
  const cli = await cliBundle();
  const child = spawn(process.execPath, [cli, ...args], {
    cwd: options.cwd,
    env: { PATH: process.env.PATH ?? "", ...options.env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<{
    code: number | null;
    signal: NodeJS.Signals | null;
    stdout: string;
    stderr: string;
  }>((resolve) => child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

/** Deletes the bundle (call when the test file is done). */
export async function removeCliBundle(): Promise<void> {
  if (!bundled) return;
  const outfile = await bundled;
  bundled = undefined;
  rmSync(dirname(outfile), { recursive: true, force: true });
}
