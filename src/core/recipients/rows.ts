// One row per address across every org, role and region; the same address in different case is
// the same person. Rows and their lists are sorted so two runs on the same platform are identical.
import { ROLE_TYPES, type RoleType } from "./audiences";

/** One person's role in one org of one region. */
export interface Membership {
  address: string;
  region: string;
  orgGuid: string;
  orgName: string;
  role: RoleType;
  adminLink?: string;
}

export interface RowOrg {
  region: string;
  guid: string;
  name: string;
  adminLink?: string;
}

export interface RecipientRow {
  /** As Notify would store it; the spelling that sorts first when people used several. */
  address: string;
  orgs: RowOrg[];
  roles: RoleType[];
  /** Region names in configured order. */
  regions: string[];
}

export function addressKey(address: string): string {
  return address.toLowerCase();
}

export function buildRows(
  memberships: Iterable<Membership>,
  regionOrder: readonly string[],
): RecipientRow[] {
  const byKey = new Map<
    string,
    {
      spellings: Set<string>;
      orgs: Map<string, RowOrg>;
      roles: Set<RoleType>;
      regions: Set<string>;
    }
  >();
  for (const m of memberships) {
    const key = addressKey(m.address);
    let entry = byKey.get(key);
    if (!entry) {
      entry = { spellings: new Set(), orgs: new Map(), roles: new Set(), regions: new Set() };
      byKey.set(key, entry);
    }
    entry.spellings.add(m.address);
    entry.orgs.set(`${m.region}\u0000${m.orgGuid}`, {
      region: m.region,
      guid: m.orgGuid,
      name: m.orgName,
      adminLink: m.adminLink,
    });
    entry.roles.add(m.role);
    entry.regions.add(m.region);
  }
  const regionIndex = (name: string) => {
    const i = regionOrder.indexOf(name);
    return i < 0 ? regionOrder.length : i;
  };
  const rows: RecipientRow[] = [];
  for (const [key, entry] of byKey) {
    rows.push({
      address: [...entry.spellings].sort()[0] ?? key,
      orgs: [...entry.orgs.values()].sort(
        (a, b) => regionIndex(a.region) - regionIndex(b.region) || compareText(a.name, b.name),
      ),
      roles: ROLE_TYPES.filter((r) => entry.roles.has(r)),
      regions: [...entry.regions].sort((a, b) => regionIndex(a) - regionIndex(b)),
    });
  }
  return rows.sort((a, b) => compareText(addressKey(a.address), addressKey(b.address)));
}

/** Plain code-unit order: the same on every machine, unlike localeCompare. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Rows for one file per region. Notify does not de-duplicate, so a person in two regions is put
 * only in the file of the first region (configured order) they belong to: one email each.
 */
export function splitByRegion(
  rows: readonly RecipientRow[],
  regionOrder: readonly string[],
): Map<string, RecipientRow[]> {
  const files = new Map<string, RecipientRow[]>(regionOrder.map((r) => [r, []]));
  for (const row of rows) {
    const home = regionOrder.find((r) => row.regions.includes(r));
    if (home) files.get(home)!.push(row);
  }
  return files;
}
