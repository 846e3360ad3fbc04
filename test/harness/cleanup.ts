// Every process the harness starts is stopped on the way out, whether the run passes, fails,
// times out or is interrupted with Ctrl+C. Extension hosts outlive a closed browser, so a
// forgotten code-server would keep running (and holding a port) after the terminal returns.

type Cleanup = () => Promise<void> | void;
type SyncKill = () => void;

const cleanups: Cleanup[] = [];
const lastResortKills = new Set<SyncKill>();
let handlersInstalled = false;
let exiting = false;

/** Registers an orderly stop, run (latest first) by `runCleanups`. */
export function onCleanup(fn: Cleanup): void {
  cleanups.push(fn);
}

/**
 * Registers a synchronous kill for `process.on("exit")`, where nothing asynchronous can run:
 * the last line of defence when something calls process.exit() before cleanups ran.
 * Returns a function that unregisters it (once the process is known to be gone).
 */
export function onExitKill(fn: SyncKill): () => void {
  lastResortKills.add(fn);
  return () => lastResortKills.delete(fn);
}

export async function runCleanups(): Promise<void> {
  while (cleanups.length > 0) {
    const fn = cleanups.pop()!;
    try {
      await fn();
    } catch (error) {
      console.error(`cleanup: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}

/** Cleans up, then exits with `code`. Safe to call twice (the second call just waits). */
export async function exitAfterCleanup(code: number): Promise<never> {
  if (!exiting) {
    exiting = true;
    await runCleanups();
    process.exit(code);
  }
  return new Promise<never>(() => undefined);
}

/**
 * Ctrl+C, `kill`, an overall timeout and uncaught errors all end in the same cleanup.
 * `timeoutMs` bounds the whole run; 0 means no limit (for `npm start`).
 */
export function installExitHandlers(label: string, timeoutMs: number): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on("exit", () => {
    for (const kill of lastResortKills) kill();
  });
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      console.error(`\n${label}: ${signal} received, stopping.`);
      void exitAfterCleanup(signal === "SIGINT" ? 130 : 143);
    });
  }
  process.on("uncaughtException", (error) => {
    console.error(`${label}: ${error.stack ?? error.message}`);
    void exitAfterCleanup(1);
  });
  process.on("unhandledRejection", (reason) => {
    console.error(
      `${label}: ${reason instanceof Error ? (reason.stack ?? reason.message) : String(reason)}`,
    );
    void exitAfterCleanup(1);
  });
  if (timeoutMs > 0) {
    const timer = setTimeout(() => {
      console.error(`${label}: gave up after ${Math.round(timeoutMs / 1000)}s (overall timeout).`);
      void exitAfterCleanup(124);
    }, timeoutMs);
    timer.unref();
  }
}
