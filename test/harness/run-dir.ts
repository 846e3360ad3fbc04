// One folder per run under .vscode-test/runs/, holding everything the run writes, and a fresh
// copy of the test workspace so tests may edit files without touching the repository.
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { join } from "node:path";
import { RUNS_DIR, SAMPLES_DIR, TEST_WORKSPACE_FIXTURE } from "./paths";

/** Keep the newest few runs of each kind for looking into failures; older ones are deleted. */
const RUNS_KEPT_PER_KIND = 3;

export function createRunDir(kind: string): string {
  mkdirSync(RUNS_DIR, { recursive: true });
  pruneOldRuns(kind);
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const dir = join(RUNS_DIR, `${kind}-${stamp}-${process.pid}`);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * The workspace the tests open: samples/ (the drafts a person sees in `npm start`), then
 * test/fixtures/workspace/ on top (files the tests rely on; they win on a name clash).
 */
export function prepareTestWorkspace(runDir: string): string {
  const workspace = join(runDir, "workspace");
  mkdirSync(workspace, { recursive: true });
  for (const source of [SAMPLES_DIR, TEST_WORKSPACE_FIXTURE]) {
    if (existsSync(source)) cpSync(source, workspace, { recursive: true });
  }
  return workspace;
}

function pruneOldRuns(kind: string): void {
  const runs = readdirSync(RUNS_DIR)
    .filter((name) => name.startsWith(`${kind}-`))
    .map((name) => ({ path: join(RUNS_DIR, name), mtime: statSync(join(RUNS_DIR, name)).mtimeMs }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const run of runs.slice(RUNS_KEPT_PER_KIND - 1)) {
    // Other people's runs may be going on in the same tree: never delete a live one.
    if (!ownerAlive(run.path)) rmSync(run.path, { recursive: true, force: true });
  }
}

function ownerAlive(runPath: string): boolean {
  const pid = Number(/-(\d+)$/.exec(runPath)?.[1]);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
