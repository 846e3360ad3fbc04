// The preview's webview settings and page, applied on creation and again on restore (VS Code does
// not keep options across a reload).
import * as vscode from "vscode";
import { previewShellHtml } from "./html-shell";
import { createNonce } from "./nonce";

export const PREVIEW_VIEW_TYPE = "tenantComms.preview";

/**
 * Scripts on (our own, nonce-checked), forms and command links off, and local files only from
 * the bundle (dist/) and media/: never the workspace, so a draft cannot pull in local files.
 */
export function previewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    enableForms: false,
    enableCommandUris: false,
    localResourceRoots: [
      vscode.Uri.joinPath(extensionUri, "dist"),
      vscode.Uri.joinPath(extensionUri, "media"),
    ],
  };
}

export function previewTitle(documentUri: vscode.Uri): string {
  const name = documentUri.path.split("/").pop() || documentUri.toString();
  return `Preview ${name}`;
}

/** A fresh page with a new nonce. */
export function previewHtml(
  webview: vscode.Webview,
  extensionUri: vscode.Uri,
  documentUri: vscode.Uri,
): string {
  return previewShellHtml({
    cspSource: webview.cspSource,
    nonce: createNonce(),
    scriptUri: webview
      .asWebviewUri(vscode.Uri.joinPath(extensionUri, "dist", "webview", "preview.js"))
      .toString(),
    styleUri: webview
      .asWebviewUri(vscode.Uri.joinPath(extensionUri, "media", "preview.css"))
      .toString(),
    documentUri: documentUri.toString(),
    title: previewTitle(documentUri),
  });
}
