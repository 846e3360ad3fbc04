// The "Tenant Comms" output channel: details of long jobs go here, never secrets.
import * as vscode from "vscode";

let channel: vscode.LogOutputChannel | undefined;

export function outputChannel(): vscode.LogOutputChannel {
  channel ??= vscode.window.createOutputChannel("Tenant Comms", { log: true });
  return channel;
}

export function disposeOutputChannel(): void {
  channel?.dispose();
  channel = undefined;
}
