// The Recipients settings, read with the engine's own defaults and checks.
import * as vscode from "vscode";
import type { OrgExclusions } from "../../core/recipients/org-filter";
import { checkRegions, DEFAULT_REGIONS, type Region } from "../../core/recipients/regions";
import { setting } from "../settings";

export type RegionsSetting = { ok: true; regions: Region[] } | { ok: false; problem: string };

export function configuredRegions(scope?: vscode.ConfigurationScope): RegionsSetting {
  const value = setting<unknown>("recipients.regions", scope) ?? DEFAULT_REGIONS;
  if (!Array.isArray(value)) {
    return {
      ok: false,
      problem: "The setting tenantComms.recipients.regions must be a list of regions.",
    };
  }
  const regions = value.map((r: Partial<Region>) => ({
    name: String(r?.name ?? "").trim(),
    api: String(r?.api ?? "")
      .trim()
      .replace(/\/+$/, ""),
    ...(r?.adminUrl ? { adminUrl: String(r.adminUrl) } : {}),
  }));
  const problem = checkRegions(regions);
  return problem
    ? { ok: false, problem: `${problem} (setting tenantComms.recipients.regions)` }
    : { ok: true, regions };
}

export function configuredExclusions(scope?: vscode.ConfigurationScope): OrgExclusions {
  const patterns = setting<unknown>("recipients.excludeOrgs", scope);
  return {
    patterns: Array.isArray(patterns)
      ? patterns.filter((p): p is string => typeof p === "string" && p.trim() !== "")
      : [],
    excludeSuspended: setting<boolean>("recipients.excludeSuspendedOrgs", scope) ?? true,
  };
}
