// The recipients journey: for each region, read the roles of the wanted types, map them to orgs,
// leave out excluded orgs, resolve addresses, then merge all regions into one row per address.
// Regions run side by side; if one fails the others are stopped and nothing is returned, so a
// caller can never write a list that is silently missing a region.
import { CfClient } from "../cf/client";
import { CfCancelledError } from "../cf/errors";
import { fetchRoleGraph, orgOf } from "../cf/roles";
import { resolveAddresses } from "./addresses";
import { selectRoles, type RoleType } from "./audiences";
import type {
  ExcludedOrg,
  ExportHooks,
  ExportOptions,
  ExportResult,
  RegionCount,
  SkippedUser,
} from "./export-types";
import { orgFilter } from "./org-filter";
import { adminLink, type Region } from "./regions";
import { buildRows, addressKey, type Membership } from "./rows";
import { summaryText } from "./summary";

interface RegionOutcome {
  memberships: Membership[];
  skipped: SkippedUser[];
  excluded: ExcludedOrg[];
  count: RegionCount;
}

export async function exportRecipients(
  options: ExportOptions,
  hooks: ExportHooks = {},
): Promise<ExportResult> {
  const audience = selectRoles(options.audiences, options.roles ?? []);
  if (audience.roles.length === 0)
    throw new Error("No roles selected: choose an audience or roles.");
  // One controller for all regions: the caller's cancel, or the first region's failure, stops them all.
  const stop = new AbortController();
  const onCallerAbort = () => stop.abort();
  hooks.signal?.addEventListener("abort", onCallerAbort, { once: true });
  if (hooks.signal?.aborted) stop.abort();
  let outcomes: RegionOutcome[];
  try {
    outcomes = await Promise.all(
      options.regions.map((region) =>
        collectRegion(region, audience.roles, options, hooks, stop.signal).catch(
          (error: unknown) => {
            stop.abort();
            throw error;
          },
        ),
      ),
    );
  } catch (error) {
    if (hooks.signal?.aborted) throw new CfCancelledError();
    throw error;
  } finally {
    hooks.signal?.removeEventListener("abort", onCallerAbort);
  }

  const regionOrder = options.regions.map((r) => r.name);
  const rows = buildRows(
    outcomes.flatMap((o) => o.memberships),
    regionOrder,
  );
  const skipped = outcomes.flatMap((o) => o.skipped);
  const regions = outcomes.map((o) => o.count);
  const inSeveralRegions = rows.filter((r) => r.regions.length > 1).length;
  return {
    rows,
    skipped,
    excludedOrgs: outcomes.flatMap((o) => o.excluded),
    regions,
    inSeveralRegions,
    audience,
    adminLinks: options.regions.some((r) => r.adminUrl),
    requests: regions.reduce((sum, r) => sum + r.requests, 0),
    summary: summaryText(rows.length, regions, inSeveralRegions, skipped.length),
  };
}

async function collectRegion(
  region: Region,
  roleTypes: readonly RoleType[],
  options: ExportOptions,
  hooks: ExportHooks,
  signal: AbortSignal,
): Promise<RegionOutcome> {
  const report = (p: Omit<Parameters<NonNullable<ExportHooks["onProgress"]>>[0], "region">) =>
    hooks.onProgress?.({ region: region.name, ...p });
  const client = new CfClient({
    api: region.api,
    region: region.name,
    http: options.http,
    tokens: (c) => options.auth(region, c),
  });
  report({ step: "connecting", message: `${region.name}: connecting to ${client.api}` });
  await client.endpoints(signal);
  const tokens = await client.tokens();

  const graph = await fetchRoleGraph(client, roleTypes, {
    signal,
    onProgress: (p) =>
      report({
        step: p.step,
        page: p.page,
        totalPages: p.totalPages,
        message: `${region.name}: ${p.step} page ${p.page} of ${p.totalPages}`,
      }),
  });

  const excludedBy = orgFilter(options.exclusions);
  const excluded = new Map<string, ExcludedOrg>();
  const byUser = new Map<string, { orgGuid: string; orgName: string; role: RoleType }[]>();
  const skipped: SkippedUser[] = [];
  for (const role of graph.roles) {
    const userGuid = role.relationships.user.data!.guid;
    const orgGuid = orgOf(role, graph);
    const org = orgGuid ? graph.orgs.get(orgGuid) : undefined;
    if (!orgGuid || !org) {
      // A role whose space or org vanished while we read (deleted mid-run): say so, don't guess.
      skipped.push({
        region: region.name,
        user: graph.users.get(userGuid)?.username ?? userGuid,
        userGuid,
        orgs: [],
        roles: [role.type as RoleType],
        reason: "the role's org could not be found (deleted while reading?)",
      });
      continue;
    }
    const reason = excludedBy(org);
    if (reason) {
      excluded.set(org.guid, { region: region.name, guid: org.guid, name: org.name, reason });
      continue;
    }
    const list = byUser.get(userGuid) ?? [];
    list.push({ orgGuid, orgName: org.name, role: role.type as RoleType });
    byUser.set(userGuid, list);
  }

  const users = [...byUser.keys()].map((guid) => graph.users.get(guid)!);
  const resolved = await resolveAddresses(users, {
    client,
    tokens,
    signal,
    onLookup: (batch, total) =>
      report({
        step: "users",
        page: batch,
        totalPages: total,
        message: `${region.name}: looking up SSO users' emails in UAA, ${batch} of ${total}`,
      }),
  });

  const memberships: Membership[] = [];
  const addresses = new Set<string>();
  for (const [userGuid, roles] of byUser) {
    const resolution = resolved.get(userGuid)!;
    if (!resolution.ok) {
      const user = graph.users.get(userGuid)!;
      skipped.push({
        region: region.name,
        user: user.username ?? user.presentation_name ?? userGuid,
        userGuid,
        orgs: [...new Set(roles.map((r) => r.orgName))].sort(),
        roles: [...new Set(roles.map((r) => r.role))],
        reason: resolution.reason,
      });
      continue;
    }
    addresses.add(addressKey(resolution.address));
    for (const r of roles) {
      memberships.push({
        address: resolution.address,
        region: region.name,
        orgGuid: r.orgGuid,
        orgName: r.orgName,
        role: r.role,
        adminLink: adminLink(region, r.orgGuid),
      });
    }
  }
  report({ step: "done", message: `${region.name}: ${addresses.size} addresses` });
  return {
    memberships,
    skipped,
    excluded: [...excluded.values()],
    count: {
      region: region.name,
      addresses: addresses.size,
      roles: graph.roles.length,
      requests: client.requests,
    },
  };
}
