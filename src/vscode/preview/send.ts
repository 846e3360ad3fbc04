// The panel's two send buttons run the extension's send commands for the draft. Those commands
// belong to the send feature; when they are not registered (a build without it, or it failed to
// load) the writer gets a clear message instead of an "unknown command" error.
import * as vscode from "vscode";
import { SEND_COMMAND } from "../send/send-command";
import { SEND_TEST_EMAIL_COMMAND } from "../send/test-email";
import type { NoticeMessage, SendAction } from "./protocol";

export const SEND_COMMANDS: Record<SendAction, { id: string; label: string }> = {
  test: { id: SEND_TEST_EMAIL_COMMAND, label: "Send test email" },
  notify: { id: SEND_COMMAND, label: "Send via Notify" },
};

/** Runs the send command for `documentUri`; returns a notice for the panel when it cannot. */
export async function runSend(
  action: SendAction,
  documentUri: vscode.Uri,
): Promise<NoticeMessage | undefined> {
  const { id, label } = SEND_COMMANDS[action];
  const registered = await vscode.commands.getCommands(true);
  if (!registered.includes(id)) {
    const text =
      `"${label}" is not available: the command ${id} is not registered in this ` +
      "window. Check that the Tenant Comms send feature is installed and enabled, then try again.";
    void vscode.window.showWarningMessage(text);
    return { type: "notice", level: "warning", text };
  }
  try {
    await vscode.commands.executeCommand(id, documentUri);
    return undefined;
  } catch (error) {
    const text = `"${label}" failed: ${error instanceof Error ? error.message : String(error)}`;
    return { type: "notice", level: "error", text };
  }
}
