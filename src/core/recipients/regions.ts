// Cloud Foundry regions: a name people recognise and the API address. UAA is found from the API.
export interface Region {
  name: string;
  api: string;
  /** Link per org for the admin column, with `{orgGuid}` where the org's GUID goes. */
  adminUrl?: string;
}

export const DEFAULT_REGIONS: readonly Region[] = [
  { name: "Ireland", api: "https://api.cloud.service.gov.uk" },
  { name: "London", api: "https://api.london.cloud.service.gov.uk" },
];

export const ORG_GUID_PLACEHOLDER = "{orgGuid}";

/** Checks one region; returns a message saying what to fix, or undefined. */
export function regionProblem(region: Partial<Region>): string | undefined {
  if (!region.name || typeof region.name !== "string" || !region.name.trim()) {
    return "Each region needs a name, for example `London`.";
  }
  if (!region.api || typeof region.api !== "string") {
    return `Region ${region.name} needs an API address, for example https://api.london.cloud.service.gov.uk.`;
  }
  let url: URL;
  try {
    url = new URL(region.api);
  } catch {
    return `Region ${region.name}: "${region.api}" is not a web address. Use the API address, for example https://api.london.cloud.service.gov.uk.`;
  }
  const local =
    url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.hostname === "[::1]";
  if (url.protocol !== "https:" && !(url.protocol === "http:" && local)) {
    return `Region ${region.name}: the API address must start with https:// (plain http is only allowed for a local simulator).`;
  }
  if (region.adminUrl !== undefined) {
    if (typeof region.adminUrl !== "string" || !region.adminUrl.includes(ORG_GUID_PLACEHOLDER)) {
      return `Region ${region.name}: adminUrl must contain ${ORG_GUID_PLACEHOLDER}, for example https://admin.london.cloud.service.gov.uk/organisations/${ORG_GUID_PLACEHOLDER}.`;
    }
  }
  return undefined;
}

/** Validates a list (from settings or flags): names unique ignoring case. */
export function checkRegions(regions: readonly Partial<Region>[]): string | undefined {
  if (regions.length === 0)
    return "No regions configured: add at least one (setting tenantComms.recipients.regions).";
  const seen = new Set<string>();
  for (const r of regions) {
    const problem = regionProblem(r);
    if (problem) return problem;
    const key = r.name!.trim().toLowerCase();
    if (seen.has(key)) return `Region ${r.name} is listed twice. Give each region its own name.`;
    seen.add(key);
  }
  return undefined;
}

/** `NAME=API` from the command line. */
export function parseRegionArg(text: string): Region | { error: string } {
  const eq = text.indexOf("=");
  if (eq <= 0 || eq === text.length - 1) {
    return {
      error: `--region takes NAME=API, for example London=https://api.london.cloud.service.gov.uk (got "${text}").`,
    };
  }
  const region = {
    name: text.slice(0, eq).trim(),
    api: text
      .slice(eq + 1)
      .trim()
      .replace(/\/+$/, ""),
  };
  const problem = regionProblem(region);
  return problem ? { error: problem } : region;
}

/** Keeps only the named regions (a draft's `regions` front matter), in configured order. */
export function narrowRegions(
  regions: readonly Region[],
  names: readonly string[] | undefined,
): Region[] | { error: string } {
  if (!names || names.length === 0) return [...regions];
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const unknown = names.filter(
    (n) => !regions.some((r) => r.name.toLowerCase() === n.toLowerCase()),
  );
  if (unknown.length) {
    return {
      error: `Unknown region ${unknown.join(", ")}. Configured regions: ${regions.map((r) => r.name).join(", ")}.`,
    };
  }
  return regions.filter((r) => wanted.has(r.name.toLowerCase()));
}

export function adminLink(region: Region, orgGuid: string): string | undefined {
  return region.adminUrl?.split(ORG_GUID_PLACEHOLDER).join(encodeURIComponent(orgGuid));
}
