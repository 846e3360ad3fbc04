import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { signIn } from "../../../src/core/cf/auth/sign-in";
import { CfCancelledError, CfHttpError } from "../../../src/core/cf/errors";
import { exportRecipients } from "../../../src/core/recipients/export";
import type { ExportOptions, ExportProgress } from "../../../src/core/recipients/export-types";
import type { Region } from "../../../src/core/recipients/regions";
import { EXCLUDED_ORG_PATTERNS, EXPECTED, handBuiltPlatform } from "../../fixtures/cf/hand-built";
import { adminAuth, FAST_HTTP } from "../../simulators/cf/harness";
import { startCfSimulator, type CfSimulator } from "../../simulators/cf/server";
import { generatePlatform } from "../../simulators/cf/platform";

let ireland: CfSimulator;
let london: CfSimulator;
let regions: Region[];

before(async () => {
  const platforms = handBuiltPlatform();
  ireland = await startCfSimulator({
    platform: platforms.ireland,
    accounts: [
      {
        username: "admin",
        password: "admin-password",
        scopes: ["cloud_controller.admin", "scim.read"],
      },
      { username: "no-scim", password: "pw", scopes: ["cloud_controller.admin"] },
    ],
  });
  london = await startCfSimulator({ platform: platforms.london });
  regions = [
    {
      name: "Ireland",
      api: ireland.url,
      adminUrl: "https://admin.example/organisations/{orgGuid}",
    },
    { name: "London", api: london.url },
  ];
});
after(async () => {
  await ireland.stop();
  await london.stop();
});
beforeEach(() => {
  for (const sim of [ireland, london]) {
    sim.clearFaults();
    sim.resetCounts();
  }
});

function options(overrides: Partial<ExportOptions> = {}): ExportOptions {
  return {
    regions,
    audiences: ["developers"],
    exclusions: { patterns: EXCLUDED_ORG_PATTERNS, excludeSuspended: true },
    auth: adminAuth(),
    http: FAST_HTTP,
    ...overrides,
  };
}

for (const audience of ["developers", "critical", "management"] as const) {
  test(`${audience}: exactly the expected people, counted per region, nothing dropped silently`, async () => {
    const result = await exportRecipients(options({ audiences: [audience] }));
    const expected = EXPECTED[audience];
    assert.deepEqual(
      result.rows.map((r) => r.address),
      expected.addresses,
    );
    assert.deepEqual(
      Object.fromEntries(result.regions.map((r) => [r.region, r.addresses])),
      expected.perRegion,
    );
    assert.equal(result.inSeveralRegions, expected.inBoth);
    assert.deepEqual(result.skipped.map((s) => s.user).sort(), [...expected.skippedUsers].sort());
    assert.equal(
      result.summary,
      `${expected.addresses.length} addresses: Ireland ${expected.perRegion.Ireland}, London ${expected.perRegion.London}, ${expected.inBoth} in both; ${expected.skippedUsers.length} skipped`,
    );
    // Every skipped person has a reason; every excluded org says why.
    assert.ok(result.skipped.every((s) => s.reason.length > 10));
    assert.ok(result.excludedOrgs.every((o) => /suspended|name matches/.test(o.reason)));
  });
}

test("rows carry orgs, roles, regions and admin links; org managers of orgs without spaces are in", async () => {
  const result = await exportRecipients(options({ audiences: ["critical"] }));
  const alice = result.rows.find((r) => r.address === "alice@dept-a.gov.uk")!;
  assert.deepEqual(alice.regions, ["Ireland", "London"]);
  assert.deepEqual(alice.roles, ["space_developer", "space_manager", "organization_manager"]);
  assert.deepEqual(
    alice.orgs.map((o) => `${o.name} (${o.region})`),
    ["dept-a (Ireland)", "dept-a-london (London)"],
  );
  assert.match(alice.orgs[0]!.adminLink!, /^https:\/\/admin\.example\/organisations\/10000000-/);
  assert.equal(alice.orgs[1]!.adminLink, undefined);
  const empty = result.rows.find((r) => r.address === "manager.empty@dept-e.gov.uk")!;
  assert.deepEqual(
    empty.orgs.map((o) => o.name),
    ["empty-org"],
  );
  assert.deepEqual(empty.roles, ["organization_manager"]);
  // Suspended and pattern-matched orgs are reported, their people are not in the rows.
  assert.deepEqual(result.excludedOrgs.map((o) => `${o.name}: ${o.reason}`).sort(), [
    'admin: name matches "admin"',
    'smoke-test-1: name matches "smoke-test-*"',
    "suspended-org: suspended",
  ]);
  assert.ok(!result.rows.some((r) => /suspended|paas\.gov\.uk/.test(r.address)));
});

test("the SSO user is found through UAA; skipped people say exactly why", async () => {
  const result = await exportRecipients(options({ audiences: ["critical"] }));
  const frank = result.rows.find((r) => r.address === "frank@dept-a.gov.uk");
  assert.ok(frank, "SSO user's email from UAA");
  const reasons = Object.fromEntries(result.skipped.map((s) => [s.user, s.reason]));
  assert.match(
    reasons["200000000000000000001"]!,
    /^username "200000000000000000001" from google is not an email address, and UAA lists no email for this user$/,
  );
  assert.match(reasons["ci-deployer"]!, /a UAA client \(ci-deployer\), not a person/);
  assert.match(
    reasons["admin-bot"]!,
    /username "admin-bot" from uaa is not an email address, and UAA lists no email for this user/,
  );
  assert.equal(
    reasons["=HYPERLINK@dept-b.gov.uk"],
    '"=hyperlink@dept-b.gov.uk" starts with "=", which spreadsheets run as a formula: email this person separately, and UAA has no other address for this user',
  );
  assert.equal(ireland.counts.get("GET /uaa/Users"), 1, "one batched lookup for all SSO users");
});

test("without scim.read the SSO user is skipped with the reason, not dropped", async () => {
  const result = await exportRecipients(
    options({
      auth: (region, client) =>
        region.name === "Ireland"
          ? signIn(client, { kind: "password", username: "no-scim", password: "pw" })
          : signIn(client, { kind: "password", username: "admin", password: "admin-password" }),
    }),
  );
  assert.ok(!result.rows.some((r) => r.address === "frank@dept-a.gov.uk"));
  const frank = result.skipped.find((s) => s.user === "109876543210987654321")!;
  assert.match(
    frank.reason,
    /cannot read UAA users to find their email \(needs the scim.read scope\)/,
  );
  assert.deepEqual(frank.orgs, ["dept-a"]);
  assert.equal(
    ireland.counts.get("GET /uaa/Users") ?? 0,
    0,
    "the token's scopes said no: not even asked",
  );
});

test("keeping suspended orgs brings their people back; no patterns keeps admin orgs", async () => {
  const result = await exportRecipients(
    options({ regions: [regions[0]!], exclusions: { patterns: [], excludeSuspended: false } }),
  );
  const addresses = result.rows.map((r) => r.address);
  for (const a of [
    "only.suspended@dept-s.gov.uk",
    "platform.admin@paas.gov.uk",
    "smoke@paas.gov.uk",
  ]) {
    assert.ok(addresses.includes(a), a);
  }
  assert.deepEqual(result.excludedOrgs, []);
  assert.equal(result.summary, "7 addresses: Ireland 7; 3 skipped");
});

test("explicit roles join an audience as a union", async () => {
  const result = await exportRecipients(
    options({ audiences: ["developers"], roles: ["organization_billing_manager"] }),
  );
  const addresses = result.rows.map((r) => r.address);
  assert.ok(addresses.includes("dave@dept-b.gov.uk") && addresses.includes("judy@dept-c.gov.uk"));
  assert.ok(addresses.includes("alice@dept-a.gov.uk"));
  assert.match(result.audience.description, /union/);
});

test("a token expiring mid-run is renewed and the export completes with the same result", async () => {
  ireland.expireAccessTokensAfter(1);
  london.expireAccessTokensAfter(0);
  const result = await exportRecipients(options({ audiences: ["critical"] }));
  assert.deepEqual(
    result.rows.map((r) => r.address),
    EXPECTED.critical.addresses,
  );
  assert.equal(ireland.counts.get("POST /oauth/token"), 2, "signed in, then refreshed once");
  assert.equal(london.counts.get("POST /oauth/token"), 2);
});

test("429s and a few 500s are retried and the result is unchanged", async () => {
  ireland.addFault({ status: 429, count: 2, pathPrefix: "/v3/roles", retryAfterSeconds: 0 });
  london.addFault({ status: 500, count: 2, pathPrefix: "/v3/" });
  london.addFault({ status: 502, count: 1, pathPrefix: "/v3/", drop: true });
  const result = await exportRecipients(options({ audiences: ["critical"] }));
  assert.deepEqual(
    result.rows.map((r) => r.address),
    EXPECTED.critical.addresses,
  );
  assert.ok(ireland.counts.get("GET /v3/roles")! >= 3);
});

test("a 500 storm ends with a clear error naming the region, after the retries", async () => {
  london.addFault({ status: 500, count: Infinity, pathPrefix: "/v3/roles" });
  await assert.rejects(
    exportRecipients(options({ http: { ...FAST_HTTP, attempts: 4 } })),
    (error: unknown) => {
      assert.ok(error instanceof CfHttpError);
      assert.match(
        error.message,
        /^Cloud Foundry \(London\) answered 500 for http:\/\/127\.0\.0\.1:\d+\/v3\/roles: simulated 500 \(after 4 attempts\)\. The platform may be having problems: try again later\.$/,
      );
      return true;
    },
  );
  assert.equal(london.counts.get("GET /v3/roles"), 4);
});

test("progress is reported per region and page; cancelling stops with CfCancelledError", async () => {
  const seen: ExportProgress[] = [];
  await exportRecipients(options(), { onProgress: (p) => seen.push(p) });
  assert.ok(
    seen.some(
      (p) =>
        p.region === "Ireland" && p.step === "roles" && p.message === "Ireland: roles page 1 of 1",
    ),
  );
  assert.ok(seen.some((p) => p.region === "London" && p.step === "done"));

  const controller = new AbortController();
  ireland.setLatency(200);
  try {
    const pending = exportRecipients(options(), { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await assert.rejects(pending, CfCancelledError);
  } finally {
    ireland.setLatency(0);
  }
});

test("many SSO users are looked up in UAA 50 at a time, and all found", async () => {
  const platform = generatePlatform({
    orgs: 40,
    spaces: 120,
    users: 1500,
    roles: 5000,
    ssoShare: 0.2,
    seed: 3,
  });
  const sim = await startCfSimulator({ platform });
  try {
    const result = await exportRecipients(
      options({
        regions: [{ name: "Big", api: sim.url }],
        exclusions: { patterns: [], excludeSuspended: false },
      }),
    );
    const withRoles = new Set(
      platform.roles.filter((r) => r.type === "space_developer").map((r) => r.userGuid),
    );
    const sso = platform.users.filter((u) => u.origin === "google" && withRoles.has(u.guid));
    assert.ok(sso.length > 100, `enough SSO users to need several lookups (${sso.length})`);
    assert.deepEqual(result.skipped, []);
    assert.equal(result.rows.length, withRoles.size);
    for (const u of sso)
      assert.ok(
        result.rows.some((r) => r.address === u.emails[0]),
        u.emails[0],
      );
    assert.equal(sim.counts.get("GET /uaa/Users"), Math.ceil(sso.length / 50));
  } finally {
    await sim.stop();
  }
});
