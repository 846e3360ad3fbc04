import { test } from "node:test";
import assert from "node:assert/strict";
import { AUDIENCE_ROLES, parseRoleList, selectRoles } from "../../../src/core/recipients/audiences";
import { globToRegExp, orgFilter } from "../../../src/core/recipients/org-filter";
import {
  checkRegions,
  narrowRegions,
  parseRegionArg,
  adminLink,
  DEFAULT_REGIONS,
} from "../../../src/core/recipients/regions";

test("the audience table is the one in the brief", () => {
  assert.deepEqual(AUDIENCE_ROLES, {
    developers: ["space_developer"],
    critical: [
      "space_developer",
      "space_manager",
      "space_auditor",
      "organization_manager",
      "organization_auditor",
    ],
    management: ["organization_manager", "organization_auditor", "organization_billing_manager"],
  });
});

test("combining audiences is a union and the description says so", () => {
  const both = selectRoles(["critical", "management"]);
  assert.deepEqual(both.roles, [
    "space_developer",
    "space_manager",
    "space_auditor",
    "organization_manager",
    "organization_auditor",
    "organization_billing_manager",
  ]);
  assert.match(
    both.description,
    /^critical \+ management \(union: anyone with at least one of these roles\): /,
  );
  const single = selectRoles(["developers"]);
  assert.equal(single.description, "developers: space developer");
  const withRoles = selectRoles(["developers"], ["space_supporter"]);
  assert.deepEqual(withRoles.roles, ["space_developer", "space_supporter"]);
  assert.match(withRoles.description, /developers \+ roles space supporter \(union/);
});

test("role lists are checked", () => {
  assert.deepEqual(parseRoleList("space_manager, organization_user"), {
    ok: true,
    roles: ["space_manager", "organization_user"],
  });
  assert.deepEqual(parseRoleList("space_manager,org_manager"), {
    ok: false,
    unknown: "org_manager",
  });
});

test("org patterns: * and ?, any case, whole name; suspended on its own switch", () => {
  assert.ok(globToRegExp("smoke-test-*").test("SMOKE-TEST-42"));
  assert.ok(!globToRegExp("admin").test("admin-tools"));
  assert.ok(globToRegExp("a.b?").test("a.bc") && !globToRegExp("a.b?").test("axbc"));
  const filter = orgFilter({ patterns: ["admin"], excludeSuspended: true });
  assert.equal(filter({ guid: "1", name: "admin" }), 'name matches "admin"');
  assert.equal(filter({ guid: "2", name: "dept", suspended: true }), "suspended");
  assert.equal(filter({ guid: "3", name: "dept" }), undefined);
  assert.equal(
    orgFilter({ patterns: [], excludeSuspended: false })({ guid: "2", name: "d", suspended: true }),
    undefined,
  );
});

test("regions: defaults, NAME=API, narrowing and admin links", () => {
  assert.deepEqual(
    DEFAULT_REGIONS.map((r) => [r.name, r.api]),
    [
      ["Ireland", "https://api.cloud.service.gov.uk"],
      ["London", "https://api.london.cloud.service.gov.uk"],
    ],
  );
  assert.deepEqual(parseRegionArg("London=https://api.london.example/"), {
    name: "London",
    api: "https://api.london.example",
  });
  assert.match((parseRegionArg("London") as { error: string }).error, /NAME=API/);
  assert.match(
    (parseRegionArg("X=http://api.example") as { error: string }).error,
    /must start with https/,
  );
  assert.ok(!("error" in parseRegionArg("Sim=http://127.0.0.1:1234")));
  assert.match(
    checkRegions([
      { name: "A", api: "https://a" },
      { name: "a", api: "https://b" },
    ])!,
    /listed twice/,
  );
  assert.match(
    checkRegions([{ name: "A", api: "https://a", adminUrl: "https://admin/x" }])!,
    /adminUrl must contain \{orgGuid\}/,
  );
  assert.deepEqual(narrowRegions(DEFAULT_REGIONS, ["london"]), [DEFAULT_REGIONS[1]]);
  assert.match(
    (narrowRegions(DEFAULT_REGIONS, ["Paris"]) as { error: string }).error,
    /Unknown region Paris. Configured regions: Ireland, London/,
  );
  assert.equal(
    adminLink(
      { name: "A", api: "https://a", adminUrl: "https://admin.example/organisations/{orgGuid}" },
      "g-1",
    ),
    "https://admin.example/organisations/g-1",
  );
});
