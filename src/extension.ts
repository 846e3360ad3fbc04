// Wires the adapters in src/vscode/ to VS Code. Nothing else lives here: each capability registers
// its own commands, providers and listeners, and the engine in src/core/ knows nothing of VS Code.
import type * as vscode from "vscode";
import { registerLint } from "./vscode/lint/index";
import { registerNewNotification } from "./vscode/new-notification/index";
import { disposeOutputChannel } from "./vscode/output";
import { registerPreview } from "./vscode/preview/index";
import { registerRecipients } from "./vscode/recipients/index";
import { registerSend } from "./vscode/send/index";

export function activate(context: vscode.ExtensionContext): void {
  registerNewNotification(context);
  registerLint(context);
  registerPreview(context);
  registerRecipients(context);
  registerSend(context);
  context.subscriptions.push({ dispose: disposeOutputChannel });
}

export function deactivate(): void {
  // Everything registered above is disposed through context.subscriptions.
}
