// Small helpers every integration suite may import (bundled into each suite).
import * as vscode from "vscode";

export const EXTENSION_ID = "tenant-comms.tenant-comms";

/** Set by the runner (index.ts) before any suite loads; see extensionActiveAtStart. */
export const ACTIVE_AT_START_KEY = "__tenantCommsActiveAtStart";

/**
 * Whether the extension was already active when the runner started, before any suite opened a
 * document or ran a command. Suites load in name order, so they cannot check this themselves.
 */
export function extensionActiveAtStart(): boolean | undefined {
  return (globalThis as Record<string, unknown>)[ACTIVE_AT_START_KEY] as boolean | undefined;
}

/** A file in the test workspace (a fresh copy of samples/ and test/fixtures/workspace/). */
export function workspaceFile(...segments: string[]): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error("The integration tests need a workspace folder open.");
  return vscode.Uri.joinPath(folder.uri, ...segments);
}

/** Polls `condition` every 100 ms until it holds; fails with `what` after `timeoutMs`. */
export async function waitFor(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Closes every editor without saving, so one test's documents never leak into the next.
 * (workbench.action.closeAllEditors would stop at a "Save changes?" dialog for a dirty draft.)
 */
export async function closeAllEditors(): Promise<void> {
  const openTabs = () => vscode.window.tabGroups.all.reduce((n, group) => n + group.tabs.length, 0);
  for (let i = 0; i < 50 && openTabs() > 0; i++) {
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  }
  if (openTabs() > 0) throw new Error(`Could not close ${openTabs()} editor tab(s).`);
}
