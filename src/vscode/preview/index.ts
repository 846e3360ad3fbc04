// "Tenant Comms: Open Preview" and "Open Preview to the Side": the live preview of a draft as the
// tenant will get it. The pieces: manager.ts (one panel per draft, restore after reload),
// panel.ts (render, throttle, messages), protocol.ts (the messages, validated), html-shell.ts
// (page and CSP), view-model.ts (Notify's rendering plus highlighting); the page's own code is in
// webview/.
import * as vscode from "vscode";
import { PreviewManager } from "./manager";
import { PREVIEW_VIEW_TYPE } from "./webview-options";

export const OPEN_PREVIEW_COMMAND = "tenantComms.openPreview";
export const OPEN_PREVIEW_TO_SIDE_COMMAND = "tenantComms.openPreviewToSide";
/**
 * Test-only (registered outside production mode, not contributed): the extension host cannot see
 * inside a webview, so tests ask the panel what it posted and what the webview reported back.
 */
export const PREVIEW_TEST_COMMAND = "_tenantComms.preview.test";

const LANGUAGE_ID = "notify-email";

/** The draft to preview: the command's argument (editor title button, explorer) or the active editor. */
function targetDocument(argument: unknown): vscode.Uri | undefined {
  if (argument instanceof vscode.Uri) return argument;
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { document } = editor;
  if (document.languageId === LANGUAGE_ID || document.uri.path.endsWith(".notify.md"))
    return document.uri;
  return undefined;
}

export function registerPreview(context: vscode.ExtensionContext): void {
  const manager = new PreviewManager(context);
  const open = (toSide: boolean) => (argument?: unknown) => {
    const uri = targetDocument(argument);
    if (!uri) {
      void vscode.window.showWarningMessage(
        "Open a Notify email draft (a *.notify.md file) in the editor first, then run Open Preview.",
      );
      return undefined;
    }
    manager.open(uri, toSide);
    return undefined;
  };
  context.subscriptions.push(
    manager,
    vscode.commands.registerCommand(OPEN_PREVIEW_COMMAND, open(false)),
    vscode.commands.registerCommand(OPEN_PREVIEW_TO_SIDE_COMMAND, open(true)),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, manager),
  );
  if (context.extensionMode !== vscode.ExtensionMode.Production) {
    context.subscriptions.push(
      vscode.commands.registerCommand(PREVIEW_TEST_COMMAND, (request: unknown) =>
        testHook(manager, request),
      ),
    );
  }
}

/**
 * `{action: "snapshot", uri}` -> what the panel posted and the webview's receipt;
 * `{action: "receive", uri, message}` -> delivers a message as if the webview sent it (validated);
 * `{action: "useCsv", uri, csv}` -> uses a CSV without the picker;
 * `{action: "deserialize", panel, state}` -> what VS Code does on restore, with a panel the test
 * made (the restore itself needs a window reload, which an extension test cannot survive).
 */
async function testHook(manager: PreviewManager, request: unknown): Promise<unknown> {
  if (typeof request !== "object" || request === null) throw new Error("test hook: no request");
  const { action, uri, message, csv, panel: restored, state } = request as Record<string, unknown>;
  if (action === "deserialize") {
    await manager.deserializeWebviewPanel(restored as vscode.WebviewPanel, state);
    return undefined;
  }
  if (typeof uri !== "string") throw new Error("test hook: uri must be a string");
  const panel = manager.get(vscode.Uri.parse(uri, true));
  if (!panel) return undefined;
  switch (action) {
    case "snapshot":
      return panel.snapshot();
    case "receive":
      await panel.receive(message);
      return panel.snapshot();
    case "useCsv":
      if (typeof csv !== "string") throw new Error("test hook: csv must be a URI string");
      await panel.useCsv(vscode.Uri.parse(csv, true));
      return panel.snapshot();
    default:
      throw new Error(`test hook: unknown action ${String(action)}`);
  }
}
