// Organizations that the roles' includes did not carry (space roles only include their space).
// A few are fetched by GUID; many are listed whole, so requests grow with pages, not with orgs.
import type { CfClient } from "./client";
import { pages, type PageInfo } from "./pagination";
import type { V3Organization } from "./types";

/** GUIDs per `guids=` request: 100 keep the URL near 4 KB, well under common proxy limits. */
export const GUIDS_PER_REQUEST = 100;
/** Beyond this many missing orgs, one paged listing of all orgs is cheaper than lookups by GUID. */
export const LIST_ALL_ABOVE = 2 * GUIDS_PER_REQUEST;

export async function fetchOrganizations(
  client: CfClient,
  guids: readonly string[],
  options: { signal?: AbortSignal; onPage?: (info: PageInfo) => void } = {},
): Promise<Map<string, V3Organization>> {
  const found = new Map<string, V3Organization>();
  if (guids.length === 0) return found;
  const wanted = new Set(guids);
  const queries: string[] = [];
  if (guids.length > LIST_ALL_ABOVE) {
    queries.push("/v3/organizations?order_by=name");
  } else {
    for (let i = 0; i < guids.length; i += GUIDS_PER_REQUEST) {
      const chunk = guids.slice(i, i + GUIDS_PER_REQUEST);
      queries.push(`/v3/organizations?guids=${chunk.map(encodeURIComponent).join(",")}`);
    }
  }
  for (const query of queries) {
    for await (const page of pages<V3Organization>(client, query, options.signal)) {
      options.onPage?.(page.info);
      for (const org of page.resources) if (wanted.has(org.guid)) found.set(org.guid, org);
    }
  }
  return found;
}
