// The lint configuration for a document: `tenantComms.lint.*` settings for its folder, then a
// `.tenantcommsrc.json` at the root of its workspace folder (which wins, as it does for the CLI).
// Mistakes in either are logged to the output channel and shown once, never thrown.
import * as vscode from "vscode";
import { allRules, mergeLintConfigs, readLintConfig, type LintConfig } from "../../core/lint/index";
import { SETTING_PREFIX } from "../../core/config/settings/index";
import { outputChannel } from "../output";
import { RC_FILE } from "../../core/config/rc-file";

const SETTING_KEYS = [
  "rules",
  "allowWords",
  "acronyms",
  "headerFooterChannels",
  "headerText",
  "footerText",
] as const;

export class LintConfigs {
  private readonly byFolder = new Map<string, LintConfig>();
  private readonly reported = new Set<string>();

  /** Forget everything (settings or an rc file changed). */
  clear(): void {
    this.byFolder.clear();
  }

  async forDocument(document: vscode.TextDocument): Promise<LintConfig> {
    const folder = vscode.workspace.getWorkspaceFolder(document.uri);
    const key = folder?.uri.toString() ?? "";
    const known = this.byFolder.get(key);
    if (known) return known;
    const settings = vscode.workspace.getConfiguration(SETTING_PREFIX, folder ?? document.uri);
    const section: Record<string, unknown> = {};
    for (const name of SETTING_KEYS) section[name] = settings.get(`lint.${name}`);
    const fromSettings = readLintConfig({ lint: section }, allRules, "settings (tenantComms.lint)");
    let fromFile = readLintConfig(undefined, allRules);
    if (folder) {
      const uri = vscode.Uri.joinPath(folder.uri, RC_FILE);
      try {
        const bytes = await vscode.workspace.fs.readFile(uri);
        const text = new TextDecoder().decode(bytes).replace(/^\uFEFF/, "");
        fromFile = readLintConfig(JSON.parse(text), allRules, RC_FILE);
      } catch (error) {
        if (!(error instanceof vscode.FileSystemError && error.code === "FileNotFound")) {
          fromFile.problems.push(`${RC_FILE} could not be read: ${(error as Error).message}`);
        }
      }
    }
    this.report([...fromSettings.problems, ...fromFile.problems]);
    const config = mergeLintConfigs(fromSettings.config, fromFile.config);
    this.byFolder.set(key, config);
    return config;
  }

  private report(problems: string[]): void {
    const fresh = problems.filter((p) => !this.reported.has(p));
    if (fresh.length === 0) return;
    for (const p of fresh) {
      this.reported.add(p);
      outputChannel().warn(`Lint settings: ${p}`);
    }
    void vscode.window
      .showWarningMessage(
        `Tenant Comms: ${fresh[0]}${fresh.length > 1 ? ` (and ${fresh.length - 1} more)` : ""}`,
        "Show details",
      )
      .then((choice) => {
        if (choice) outputChannel().show(true);
      });
  }
}
