// Every role of the wanted types in one paged listing, with its user, space and org included:
// `GET /v3/roles?types=...&include=user,space,organization&per_page=5000`. Current CCs include an
// organization only for org-level roles, so space roles are mapped to their org through the
// included space, and only orgs still unknown are fetched afterwards.
import type { CfClient } from "./client";
import { CfBadResponseError } from "./errors";
import { fetchOrganizations } from "./organizations";
import { pages } from "./pagination";
import type { RolesIncluded, V3Organization, V3Role, V3Space, V3User } from "./types";

export interface RoleGraph {
  roles: V3Role[];
  users: Map<string, V3User>;
  spaces: Map<string, V3Space>;
  orgs: Map<string, V3Organization>;
}

export interface RoleProgress {
  step: "roles" | "organizations";
  page: number;
  totalPages: number;
}

export async function fetchRoleGraph(
  client: CfClient,
  types: readonly string[],
  options: { signal?: AbortSignal; onProgress?: (p: RoleProgress) => void } = {},
): Promise<RoleGraph> {
  const graph: RoleGraph = { roles: [], users: new Map(), spaces: new Map(), orgs: new Map() };
  const query = `/v3/roles?types=${types.join(",")}&include=user,space,organization`;
  for await (const page of pages<V3Role, RolesIncluded>(client, query, options.signal)) {
    options.onProgress?.({ step: "roles", page: page.info.page, totalPages: page.info.totalPages });
    graph.roles.push(...page.resources);
    for (const u of page.included?.users ?? []) graph.users.set(u.guid, u);
    for (const s of page.included?.spaces ?? []) graph.spaces.set(s.guid, s);
    for (const o of page.included?.organizations ?? []) graph.orgs.set(o.guid, o);
  }

  const missing = new Set<string>();
  for (const role of graph.roles) {
    const orgGuid = orgOf(role, graph);
    if (orgGuid && !graph.orgs.has(orgGuid)) missing.add(orgGuid);
  }
  if (missing.size > 0) {
    const fetched = await fetchOrganizations(client, [...missing], {
      signal: options.signal,
      onPage: (info) =>
        options.onProgress?.({
          step: "organizations",
          page: info.page,
          totalPages: info.totalPages,
        }),
    });
    for (const [guid, org] of fetched) graph.orgs.set(guid, org);
  }

  for (const role of graph.roles) {
    if (!graph.users.has(role.relationships.user.data?.guid ?? "")) {
      throw new CfBadResponseError(
        `${client.api}/v3/roles`,
        "a role's user was not included (is `include=user` supported by this Cloud Foundry?)",
        client.region,
      );
    }
  }
  return graph;
}

/** The org a role belongs to: its own for org roles, its space's for space roles. */
export function orgOf(role: V3Role, graph: Pick<RoleGraph, "spaces">): string | undefined {
  const direct = role.relationships.organization?.data?.guid;
  if (direct) return direct;
  const spaceGuid = role.relationships.space?.data?.guid;
  return spaceGuid ? graph.spaces.get(spaceGuid)?.relationships.organization.data?.guid : undefined;
}
