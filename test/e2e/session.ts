// The one workbench every e2e check shares, set up by test/harness/run-e2e.ts before mocha loads
// the checks. A check gets it with `workbench()` and starts from `resetWorkbench()`.
import { join } from "node:path";
import type { Workbench } from "./workbench";

interface E2eSession {
  workbench: Workbench;
  /** The run's workspace folder (a fresh copy of samples/ and test/fixtures/workspace/). */
  workspace: string;
}

let current: E2eSession | undefined;

export function setE2eSession(session: E2eSession): void {
  current = session;
}

function session(): E2eSession {
  if (!current) {
    throw new Error(
      "No workbench: run the e2e checks with `npm run test:e2e`, not mocha directly.",
    );
  }
  return current;
}

export function workbench(): Workbench {
  return session().workbench;
}

/** A path inside the run's workspace (to read what a file holds, or write a file to open). */
export function workspacePath(...segments: string[]): string {
  return join(session().workspace, ...segments);
}

/** Every check starts with no editors open and no quick input showing. */
export async function resetWorkbench(): Promise<void> {
  await workbench().closeAllEditors();
}
