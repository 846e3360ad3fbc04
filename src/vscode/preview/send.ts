// The panel's two send buttons run the extension's send commands for the draft. Those commands
// belong to the send feature; when they are not registered (a build without it, or it failed to
// load) the writer gets a clear message instead of an "unknown command" error.
import * as vscode from "vscode";
import { SEND_COMMAND } from "../send/send-command";
import { SEND_TEST_EMAIL_COMMAND } from "../send/test-email";
import type { NoticeMessage, SendAction } from "./protocol";
import { planSend, type SendCommands } from "./send-plan";

export const SEND_COMMANDS: SendCommands = {
  test: { id: SEND_TEST_EMAIL_COMMAND, label: "Send test email" },
  notify: { id: SEND_COMMAND, label: "Send via Notify" },
};

/** Runs the send command for `documentUri`; returns a notice for the panel when it cannot. */
export async function runSend(
  action: SendAction,
  documentUri: vscode.Uri,
): Promise<NoticeMessage | undefined> {
  const plan = planSend(action, SEND_COMMANDS, await vscode.commands.getCommands(true));
  if ("notice" in plan) {
    void vscode.window.showWarningMessage(plan.notice.text);
    return plan.notice;
  }
  try {
    await vscode.commands.executeCommand(plan.run, documentUri);
    return undefined;
  } catch (error) {
    const text = `"${SEND_COMMANDS[action].label}" failed: ${
      error instanceof Error ? error.message : String(error)
    }`;
    return { type: "notice", level: "error", text };
  }
}
