// Installs code-server (a real VS Code with a Node extension host, served to a browser) into
// .vscode-test/code-server-<version>/ on first use. Desktop VS Code cannot be downloaded on
// this network; code-server comes from the npm registry, which can be reached.
//
// Never installs into the project's node_modules: the folder gets its own package.json, and
// npm's own `npm_*` variables (set when this runs under `npm run`) are dropped so the nested
// install cannot resolve back to the project.
//
// Run directly: node --import tsx scripts/install-code-server.ts
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import {
  CODE_SERVER_DIR,
  CODE_SERVER_ENTRY,
  CODE_SERVER_MARKER,
  CODE_SERVER_VERSION,
} from "../test/harness/paths";

/*
 * code-server 4.100.3 depends on @vscode/ripgrep 1.15.11, whose postinstall downloads ripgrep
 * v13.0.0-10 from GitHub (unreachable here). It first looks in this cache folder, so we seed it
 * with Debian's rg 13.0.0.
 */
const RIPGREP_PACKAGE_VERSION = "1.15.11";
const RIPGREP_RELEASE = "v13.0.0-10";
const RIPGREP_TARGETS: Record<string, string> = {
  x64: "x86_64-unknown-linux-musl",
  arm64: "aarch64-unknown-linux-musl",
};

type Log = (line: string) => void;

/** Returns the path of code-server's entry script, installing it first when needed. */
export async function ensureCodeServer(log: Log = (l) => console.log(l)): Promise<string> {
  if (isInstalled()) {
    log(`code-server ${CODE_SERVER_VERSION}: already installed in ${CODE_SERVER_DIR}`);
    return CODE_SERVER_ENTRY;
  }
  const release = await acquireLock(log);
  try {
    // Another run may have finished the install while we waited for the lock.
    if (isInstalled()) {
      log(`code-server ${CODE_SERVER_VERSION}: installed by the other process`);
      return CODE_SERVER_ENTRY;
    }
    await install(log);
    return CODE_SERVER_ENTRY;
  } finally {
    release();
  }
}

function isInstalled(): boolean {
  return existsSync(CODE_SERVER_MARKER) && existsSync(CODE_SERVER_ENTRY);
}

async function install(log: Log): Promise<void> {
  checkPrerequisites();
  const started = Date.now();
  log(`code-server ${CODE_SERVER_VERSION}: installing into ${CODE_SERVER_DIR} (about a minute)`);
  mkdirSync(CODE_SERVER_DIR, { recursive: true });
  writeFileSync(
    join(CODE_SERVER_DIR, "package.json"),
    JSON.stringify({ name: "tenant-comms-code-server", private: true }, null, 2) + "\n",
  );
  const tmp = join(CODE_SERVER_DIR, "tmp");
  mkdirSync(tmp, { recursive: true });
  seedRipgrepCache(tmp, log);

  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key)) env[key] = value;
  }
  // node-pty's install runs `npx node-gyp`, which otherwise stops to ask "Ok to proceed?".
  env.npm_config_yes = "true";
  env.TMPDIR = tmp;

  const args = [
    "install",
    `code-server@${CODE_SERVER_VERSION}`,
    // npm refuses code-server's install scripts as root without it ("Please pass --unsafe-perm").
    "--unsafe-perm",
    "--no-audit",
    "--no-fund",
    "--loglevel=error",
  ];
  log(`code-server: npm ${args.join(" ")}`);
  const code = await new Promise<number>((resolvePromise, reject) => {
    const child = spawn("npm", args, { cwd: CODE_SERVER_DIR, env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (status, signal) => resolvePromise(status ?? (signal ? 128 : 1)));
  });
  if (code !== 0 || !existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(
      `Installing code-server ${CODE_SERVER_VERSION} failed (npm exit code ${code}). ` +
        `Read npm's output above; delete ${CODE_SERVER_DIR} and run again once fixed.`,
    );
  }
  rmSync(tmp, { recursive: true, force: true });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  writeFileSync(
    CODE_SERVER_MARKER,
    `code-server ${CODE_SERVER_VERSION} installed in ${seconds}s\n`,
  );
  log(`code-server ${CODE_SERVER_VERSION}: installed in ${seconds}s`);
}

/** Fails early, with the apt command to run, instead of a compiler error deep in npm's output. */
function checkPrerequisites(): void {
  const missing: string[] = [];
  const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
  if (!has("rg")) missing.push("ripgrep");
  if (!has("g++") || !has("make")) missing.push("build-essential");
  if (!has("python3")) missing.push("python3");
  // The kerberos native module includes <gssapi/gssapi.h>.
  if (!existsSync("/usr/include/gssapi/gssapi.h")) missing.push("libkrb5-dev");
  if (missing.length > 0) {
    throw new Error(
      `code-server needs packages this machine lacks: ${missing.join(", ")}.\n` +
        `Install them with: apt-get update && apt-get install -y ${missing.join(" ")}\n` +
        `(.ci/run does this for you on Debian.)`,
    );
  }
}

function seedRipgrepCache(tmp: string, log: Log): void {
  const target = RIPGREP_TARGETS[process.arch];
  if (!target) {
    log(`code-server: no ripgrep seed for ${process.arch}; @vscode/ripgrep will try to download.`);
    return;
  }
  const cache = join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
  const tarball = join(cache, `ripgrep-${RIPGREP_RELEASE}-${target}.tar.gz`);
  if (existsSync(tarball)) return;
  const rg = spawnSync("sh", ["-c", "command -v rg"], { encoding: "utf8" }).stdout.trim();
  mkdirSync(cache, { recursive: true });
  const tar = spawnSync("tar", ["-czf", tarball, "-C", dirname(rg), "rg"], { encoding: "utf8" });
  if (tar.status !== 0)
    throw new Error(`Could not pack ${rg} for the ripgrep cache: ${tar.stderr}`);
  log(`code-server: seeded ripgrep cache with ${rg}`);
}

/**
 * Two runs (say `npm start` and `npm test`) may both want to install; one does it, the other
 * waits. The lock is a folder holding the owner's pid, so a crashed owner's lock is taken over.
 */
async function acquireLock(log: Log): Promise<() => void> {
  const lock = `${CODE_SERVER_DIR}.lock`;
  mkdirSync(dirname(lock), { recursive: true });
  const deadline = Date.now() + 10 * 60_000;
  let said = false;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "pid"), String(process.pid));
      return () => rmSync(lock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (!lockOwnerAlive(lock)) {
      rmSync(lock, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for ${lock}; delete it if stale.`);
    if (!said) log(`code-server: another process is installing it; waiting (${lock})`);
    said = true;
    await new Promise((r) => setTimeout(r, 1000));
  }
}

function lockOwnerAlive(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, "pid"), "utf8"));
  } catch {
    // No pid file yet: the owner is between mkdir and write, unless it died there long ago.
    try {
      return Date.now() - statSync(lock).mtimeMs < 30_000;
    } catch {
      return false; // The lock went away meanwhile.
    }
  }
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

if (require.main === module) {
  ensureCodeServer().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
