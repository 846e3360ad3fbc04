// Reads `tenantComms.*` settings with their generated defaults, for a document's folder.
import * as vscode from "vscode";
import { SETTING_PREFIX } from "../core/config/settings/index";

export function setting<T>(key: string, scope?: vscode.ConfigurationScope): T | undefined {
  return vscode.workspace.getConfiguration(SETTING_PREFIX, scope).get<T>(key);
}

export function onSettingChanged(key: string, listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration(`${SETTING_PREFIX}.${key}`)) listener();
  });
}
