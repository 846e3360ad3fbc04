// The GOV.UK Notify API key lives in VS Code's SecretStorage only: never in settings, files, logs
// or messages. People see its name and service id.
import * as vscode from "vscode";
import { describeApiKey, parseApiKey, type NotifyApiKey } from "../../core/notify/send/api-key";

export const SET_API_KEY_COMMAND = "tenantComms.setApiKey";
export const CLEAR_API_KEY_COMMAND = "tenantComms.clearApiKey";
const SECRET = "tenantComms.notifyApiKey";

export async function storedApiKey(
  secrets: vscode.SecretStorage,
): Promise<NotifyApiKey | undefined> {
  const raw = await secrets.get(SECRET);
  if (!raw) return undefined;
  const check = parseApiKey(raw);
  return check.ok ? check.key : undefined;
}

/**
 * Asks for the key (or takes `given`, which only tests pass), checks its shape and stores it.
 * Resolves with the key's display form, or undefined when nothing was stored.
 */
export async function setApiKey(
  secrets: vscode.SecretStorage,
  given?: string,
): Promise<string | undefined> {
  const raw =
    given ??
    (await vscode.window.showInputBox({
      title: "Set GOV.UK Notify API Key",
      prompt:
        "Paste the API key from GOV.UK Notify (API integration > API keys). It is stored in VS Code's secret storage.",
      password: true,
      ignoreFocusOut: true,
      validateInput: (value) => {
        if (value.trim() === "") return undefined;
        const check = parseApiKey(value);
        return check.ok ? undefined : check.message;
      },
    }));
  if (raw === undefined || raw.trim() === "") return undefined;
  const check = parseApiKey(raw);
  if (!check.ok) {
    void vscode.window.showErrorMessage(check.message);
    return undefined;
  }
  await secrets.store(SECRET, check.key.value);
  const shown = describeApiKey(check.key);
  void vscode.window.showInformationMessage(`GOV.UK Notify API key saved: ${shown}.`);
  return shown;
}

export async function clearApiKey(secrets: vscode.SecretStorage): Promise<boolean> {
  const key = await storedApiKey(secrets);
  await secrets.delete(SECRET);
  void vscode.window.showInformationMessage(
    key
      ? `GOV.UK Notify API key ${describeApiKey(key)} removed.`
      : "No GOV.UK Notify API key was stored.",
  );
  return key !== undefined;
}

/** The stored key, or asks to set one. */
export async function requireApiKey(
  secrets: vscode.SecretStorage,
): Promise<NotifyApiKey | undefined> {
  const key = await storedApiKey(secrets);
  if (key) return key;
  const choice = await vscode.window.showWarningMessage(
    "No GOV.UK Notify API key is set. Set one to send.",
    "Set API Key",
  );
  if (choice !== "Set API Key") return undefined;
  await setApiKey(secrets);
  return storedApiKey(secrets);
}
