import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { CfClient } from "../../../src/core/cf/client";
import { CfBadResponseError } from "../../../src/core/cf/errors";
import { StaticTokenSource } from "../../../src/core/cf/auth/token-source";
import { fetchOrganizations } from "../../../src/core/cf/organizations";
import { pages, withPerPage } from "../../../src/core/cf/pagination";
import { fetchRoleGraph, orgOf } from "../../../src/core/cf/roles";
import { generatePlatform, PlatformBuilder } from "../../simulators/cf/platform";
import { startCfSimulator, type CfSimulator } from "../../simulators/cf/server";
import { clientFor, FAST_HTTP } from "../../simulators/cf/harness";

// 12,000 roles over 300 orgs: three pages of roles at 5,000 per page.
const platform = generatePlatform({ orgs: 300, spaces: 900, users: 4000, roles: 12000, seed: 7 });
let sim: CfSimulator;
before(async () => {
  sim = await startCfSimulator({ platform });
});
after(() => sim.stop());

test("withPerPage sets per_page=5000 and keeps the other parameters", () => {
  assert.equal(withPerPage("/v3/roles?types=a,b"), "/v3/roles?types=a%2Cb&per_page=5000");
  assert.equal(withPerPage("/v3/roles?per_page=50&page=2"), "/v3/roles?per_page=5000&page=2");
});

test("pages follows pagination.next.href to the end, 5,000 at a time", async () => {
  const client = clientFor(sim);
  await client.tokens();
  sim.resetCounts();
  const seen: number[] = [];
  let total = 0;
  for await (const page of pages(client, "/v3/roles")) {
    seen.push(page.info.page);
    total += page.resources.length;
    assert.equal(page.info.totalPages, 3);
  }
  assert.deepEqual(seen, [1, 2, 3]);
  assert.equal(total, 12000);
  const roleRequests = sim.log.filter((l) => l.startsWith("GET /v3/roles"));
  assert.equal(roleRequests.length, 3);
  assert.ok(roleRequests.every((l) => l.includes("per_page=5000")));
  assert.ok(roleRequests[1]!.includes("page=2") && roleRequests[2]!.includes("page=3"));
});

test("a next link to another host is refused: the token never leaves the API", async () => {
  const leaked: string[] = [];
  const client = new CfClient({
    api: "https://api.example",
    http: {
      ...FAST_HTTP,
      fetch: async (url) => {
        leaked.push(url);
        return Response.json({
          pagination: {
            total_results: 2,
            total_pages: 2,
            next: { href: "https://evil.example/v3/roles?page=2" },
          },
          resources: [{}],
        });
      },
    },
    tokens: new StaticTokenSource("t", "test", "https://api.example"),
  });
  await assert.rejects(async () => {
    for await (const _ of pages(client, "/v3/roles")) void _;
  }, CfBadResponseError);
  assert.deepEqual(leaked, ["https://api.example/v3/roles?per_page=5000"]);
});

test("the role graph maps every role to its org and needs requests per page, not per org or space", async () => {
  const client = clientFor(sim);
  await client.tokens();
  sim.resetCounts();
  const types = ["space_developer", "space_manager", "organization_manager"];
  const graph = await fetchRoleGraph(client, types);
  const expected = platform.roles.filter((r) => types.includes(r.type));
  assert.equal(graph.roles.length, expected.length);
  const spaceOrg = new Map(platform.spaces.map((s) => [s.guid, s.orgGuid]));
  for (const role of graph.roles) {
    const sim = platform.roles.find((r) => r.guid === role.guid)!;
    assert.equal(orgOf(role, graph), sim.orgGuid ?? spaceOrg.get(sim.spaceGuid!));
    assert.ok(graph.orgs.has(orgOf(role, graph)!), "every role's org is known");
    assert.ok(graph.users.has(role.relationships.user.data!.guid));
  }
  const rolePages = Math.ceil(expected.length / 5000);
  assert.equal(sim.counts.get("GET /v3/roles"), rolePages);
  // Orgs of space roles that org-role includes did not bring: at most one listing page (300 orgs).
  assert.ok((sim.counts.get("GET /v3/organizations") ?? 0) <= 1);
  assert.equal(sim.total(), rolePages + (sim.counts.get("GET /v3/organizations") ?? 0));
});

test("a few missing orgs are fetched by GUID, many by one listing", async () => {
  const client = clientFor(sim);
  await client.tokens();
  sim.resetCounts();
  const few = platform.orgs.slice(0, 150).map((o) => o.guid);
  const got = await fetchOrganizations(client, few);
  assert.equal(got.size, 150);
  assert.equal(sim.counts.get("GET /v3/organizations"), 2);
  assert.ok(sim.log.every((l) => l.includes("guids=")));
  sim.resetCounts();
  const many = platform.orgs.slice(0, 250).map((o) => o.guid);
  assert.equal((await fetchOrganizations(client, many)).size, 250);
  assert.equal(sim.counts.get("GET /v3/organizations"), 1);
});

test("space roles in an org with no org roles of the wanted types still find their org", async () => {
  const b = new PlatformBuilder();
  const org = b.org("only-devs");
  b.spaceRole("space_developer", b.user("dev@dept.gov.uk"), b.space(org, "prod"));
  const small = await startCfSimulator({ platform: b.platform });
  try {
    const graph = await fetchRoleGraph(clientFor(small), ["space_developer"]);
    assert.equal(graph.orgs.get(org)?.name, "only-devs");
    assert.equal(small.counts.get("GET /v3/organizations"), 1);
  } finally {
    await small.stop();
  }
});
