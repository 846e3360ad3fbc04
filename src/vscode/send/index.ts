// Sending through GOV.UK Notify from VS Code: the API key commands, Send Test Email, Send via
// Notify, Resume Send and Check Delivery Status. The work is done by src/core/notify/send.
import * as vscode from "vscode";
import { CLEAR_API_KEY_COMMAND, clearApiKey, SET_API_KEY_COMMAND, setApiKey } from "./api-key";
import { testing } from "./context";
import { RESUME_COMMAND } from "./report";
import { resumeCommand, SEND_COMMAND, sendCommand } from "./send-command";
import { STATUS_COMMAND, statusCommand } from "./status-command";
import { SEND_TEST_EMAIL_COMMAND, sendTestEmailCommand } from "./test-email";

export {
  SEND_COMMAND,
  RESUME_COMMAND,
  STATUS_COMMAND,
  SEND_TEST_EMAIL_COMMAND,
  SET_API_KEY_COMMAND,
  CLEAR_API_KEY_COMMAND,
};

export function registerSend(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    // A key passed as an argument (instead of typed) is accepted only in tests.
    vscode.commands.registerCommand(SET_API_KEY_COMMAND, (given?: unknown) =>
      setApiKey(context.secrets, testing(context) && typeof given === "string" ? given : undefined),
    ),
    vscode.commands.registerCommand(CLEAR_API_KEY_COMMAND, () => clearApiKey(context.secrets)),
    vscode.commands.registerCommand(SEND_TEST_EMAIL_COMMAND, (uri?: vscode.Uri) =>
      sendTestEmailCommand(context, uri),
    ),
    vscode.commands.registerCommand(SEND_COMMAND, (argument?: Parameters<typeof sendCommand>[1]) =>
      sendCommand(context, argument),
    ),
    vscode.commands.registerCommand(
      RESUME_COMMAND,
      (argument?: Parameters<typeof resumeCommand>[1]) => resumeCommand(context, argument),
    ),
    vscode.commands.registerCommand(
      STATUS_COMMAND,
      (argument?: Parameters<typeof statusCommand>[1]) => statusCommand(context, argument),
    ),
  );
}
