// The Recipients settings, read and checked by the engine's own reader (the CLI uses the same one
// for .tenantcommsrc.json), so the editor and the terminal agree on what is valid.
import * as vscode from "vscode";
import { readRecipientsConfig, type RecipientsConfig } from "../../core/recipients/config";
import { setting } from "../settings";

export type RecipientsSettings =
  { ok: true; config: RecipientsConfig; warnings: string[] } | { ok: false; problem: string };

export function recipientsSettings(scope?: vscode.ConfigurationScope): RecipientsSettings {
  const raw = {
    recipients: {
      regions: setting<unknown>("recipients.regions", scope),
      excludeOrgs: setting<unknown>("recipients.excludeOrgs", scope),
      excludeSuspendedOrgs: setting<unknown>("recipients.excludeSuspendedOrgs", scope),
    },
  };
  const { config, regionsProblem, warnings } = readRecipientsConfig(raw, "Settings");
  return regionsProblem ? { ok: false, problem: regionsProblem } : { ok: true, config, warnings };
}
