// Recipients settings in one shape for VS Code settings (`tenantComms.recipients.*`) and the CLI's
// `.tenantcommsrc.json` (nested `{"recipients": {...}}` or dotted `{"recipients.regions": ...}`).
// A bad region list is an error, never a quiet fallback to the default (production) regions.
import { checkRegions, DEFAULT_REGIONS, type Region } from "./regions";

export interface RecipientsConfig {
  regions: Region[];
  excludeOrgs: string[];
  excludeSuspendedOrgs: boolean;
}

export const DEFAULT_RECIPIENTS_CONFIG: RecipientsConfig = {
  regions: DEFAULT_REGIONS.map((r) => ({ ...r })),
  excludeOrgs: [],
  excludeSuspendedOrgs: true,
};

export interface RecipientsConfigResult {
  config: RecipientsConfig;
  /** The region list is unusable: stop and say so (the config keeps the defaults meanwhile). */
  regionsProblem?: string;
  /** Other bad values, ignored with a warning. */
  warnings: string[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

export function readRecipientsConfig(
  raw: unknown,
  where = ".tenantcommsrc.json",
): RecipientsConfigResult {
  const config: RecipientsConfig = {
    ...DEFAULT_RECIPIENTS_CONFIG,
    regions: DEFAULT_RECIPIENTS_CONFIG.regions.map((r) => ({ ...r })),
  };
  const warnings: string[] = [];
  if (!isObject(raw)) return { config, warnings };
  const section: Record<string, unknown> = isObject(raw.recipients) ? { ...raw.recipients } : {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith("recipients.")) section[key.slice("recipients.".length)] = value;
  }
  let regionsProblem: string | undefined;
  for (const [key, value] of Object.entries(section)) {
    if (value === undefined || value === null) continue;
    switch (key) {
      case "regions": {
        if (!Array.isArray(value)) {
          regionsProblem = `${where}: recipients.regions must be a list like [{"name": "London", "api": "https://api.london.cloud.service.gov.uk"}].`;
          break;
        }
        const regions = value.map((r: unknown) => {
          const o = isObject(r) ? r : {};
          const region: Region = {
            name: typeof o.name === "string" ? o.name.trim() : "",
            api: typeof o.api === "string" ? o.api.trim().replace(/\/+$/, "") : "",
          };
          if (o.adminUrl !== undefined) region.adminUrl = o.adminUrl as string;
          return region;
        });
        const problem = checkRegions(regions);
        if (problem) regionsProblem = `${where}: recipients.regions: ${problem}`;
        else config.regions = regions;
        break;
      }
      case "excludeOrgs":
        if (Array.isArray(value)) {
          config.excludeOrgs = value.filter(
            (p): p is string => typeof p === "string" && p.trim() !== "",
          );
          if (config.excludeOrgs.length !== value.length) {
            warnings.push(
              `${where}: recipients.excludeOrgs holds something that is not a name pattern; it was ignored.`,
            );
          }
        } else
          warnings.push(
            `${where}: recipients.excludeOrgs must be a list of org name patterns; ignored.`,
          );
        break;
      case "excludeSuspendedOrgs":
        if (typeof value === "boolean") config.excludeSuspendedOrgs = value;
        else
          warnings.push(
            `${where}: recipients.excludeSuspendedOrgs must be true or false; using true.`,
          );
        break;
      default:
        warnings.push(
          `${where}: recipients.${key} is not a recipients setting (regions, excludeOrgs, excludeSuspendedOrgs); ignored.`,
        );
    }
  }
  return { config, regionsProblem, warnings };
}
