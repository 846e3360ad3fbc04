import { test, before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { main } from "../../../src/cli";
import { EXCLUDED_ORG_PATTERNS, EXPECTED, handBuiltPlatform } from "../../fixtures/cf/hand-built";
import { startCfSimulator, type CfSimulator } from "../../simulators/cf/server";
import { fakeIO } from "../../support/fake-io";

let ireland: CfSimulator;
let london: CfSimulator;
let dir: string;

before(async () => {
  const platforms = handBuiltPlatform();
  ireland = await startCfSimulator({ platform: platforms.ireland });
  london = await startCfSimulator({ platform: platforms.london });
});
after(async () => {
  await ireland.stop();
  await london.stop();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "recipients-cli-"));
  ireland.clearFaults();
  london.clearFaults();
});

function env(): NodeJS.ProcessEnv {
  return {
    CF_HOME: join(dir, "no-cf-home"),
    CF_ACCESS_TOKEN_IRELAND: ireland.issueTokens("admin").accessToken,
    CF_ACCESS_TOKEN_LONDON: `bearer ${london.issueTokens("admin").accessToken}`,
  };
}

const regionArgs = () => ["--region", `Ireland=${ireland.url}`, "--region", `London=${london.url}`];
const excludeArgs = EXCLUDED_ORG_PATTERNS.flatMap((p) => ["--exclude-org", p]);

test("writes one merged Notify-ready CSV and a skipped report, and prints the summary", async () => {
  const io = fakeIO({ cwd: dir, env: env() });
  const code = await main(
    ["recipients", "--audience", "critical", ...regionArgs(), ...excludeArgs, "--out", "list.csv"],
    io,
  );
  assert.equal(code, 0, io.err);
  const rows = parse(await readFile(join(dir, "list.csv"), "utf8"), { columns: true }) as Record<
    string,
    string
  >[];
  assert.deepEqual(
    rows.map((r) => r["email address"]),
    EXPECTED.critical.addresses,
  );
  assert.equal(
    rows.find((r) => r["email address"] === "alice@dept-a.gov.uk")!.regions,
    "Ireland; London",
  );
  assert.match(io.out, /^10 addresses: Ireland 8, London 4, 2 in both; 4 skipped$/m);
  assert.match(
    io.out,
    /Audience: critical: space developer, space manager, space auditor, org manager, org auditor/,
  );
  const skipped = parse(await readFile(join(dir, "list-skipped.csv"), "utf8"), {
    columns: true,
  }) as Record<string, string>[];
  assert.equal(skipped.length, 4);
  assert.match(io.err, /left out org \(Ireland\) suspended-org: suspended/);
  assert.match(io.err, /Ireland: roles page 1 of 1/);
});

test("--split-regions writes one file per region with nobody in two files", async () => {
  const io = fakeIO({ cwd: dir, env: env() });
  const code = await main(
    [
      "recipients",
      "--audience",
      "developers",
      ...regionArgs(),
      ...excludeArgs,
      "--split-regions",
      "--out",
      "dev.csv",
    ],
    io,
  );
  assert.equal(code, 0, io.err);
  const read = async (name: string) =>
    (
      parse(await readFile(join(dir, name), "utf8"), { columns: true }) as Record<string, string>[]
    ).map((r) => r["email address"]);
  const ie = await read("dev-ireland.csv");
  const ln = await read("dev-london.csv");
  assert.deepEqual([...ie, ...ln].sort(), [...EXPECTED.developers.addresses].sort());
  assert.deepEqual(ln, ["ivan@dept-c.gov.uk"]);
  assert.match(
    io.out,
    /1 person is in more than one region and listed only in the first region's file/,
  );
});

test("regions and exclusions come from .tenantcommsrc.json; a draft gives audience and regions", async () => {
  await writeFile(
    join(dir, ".tenantcommsrc.json"),
    JSON.stringify({
      recipients: {
        regions: [
          { name: "Ireland", api: ireland.url },
          { name: "London", api: london.url },
        ],
        excludeOrgs: EXCLUDED_ORG_PATTERNS,
      },
    }),
  );
  await writeFile(
    join(dir, "draft.notify.md"),
    "---\nsubject: Hi\naudience: management\nregions: [Ireland]\n---\n\nHello\n",
  );
  const io = fakeIO({ cwd: dir, env: env() });
  const code = await main(["recipients", "--draft", "draft.notify.md", "--out", "m.csv"], io);
  assert.equal(code, 0, io.err);
  assert.match(io.out, /^5 addresses: Ireland 5; 1 skipped$/m);
  assert.match(io.out, /Audience: management:/);
  const rows = parse(await readFile(join(dir, "m.csv"), "utf8"), { columns: true }) as Record<
    string,
    string
  >[];
  assert.deepEqual(
    rows.map((r) => r["email address"]),
    EXPECTED.management.addresses.filter(
      (a) => !["harry@dept-c.gov.uk", "ivan@dept-c.gov.uk", "judy@dept-c.gov.uk"].includes(a),
    ),
  );
});

test("a bad region list in .tenantcommsrc.json is a usage error, not a fallback", async () => {
  await writeFile(
    join(dir, ".tenantcommsrc.json"),
    JSON.stringify({ recipients: { regions: [{ name: "X" }] } }),
  );
  const io = fakeIO({ cwd: dir, env: env() });
  assert.equal(await main(["recipients", "--audience", "developers"], io), 2);
  assert.match(io.err, /\.tenantcommsrc\.json: recipients\.regions: Region X needs an API address/);
});

test("a 500 storm exits 1 with a clear message and writes nothing", async () => {
  london.addFault({ status: 503, count: Infinity, pathPrefix: "/v3/" });
  const io = fakeIO({ cwd: dir, env: env() });
  const code = await main(
    ["recipients", "--audience", "developers", ...regionArgs(), "--out", "x.csv"],
    io,
  );
  assert.equal(code, 1);
  assert.match(
    io.err,
    /Cloud Foundry \(London\) answered 503 for .*\/v3\/roles: simulated 503 \(after 5 attempts\)/,
  );
  assert.match(io.err, /Nothing was written\./);
  assert.match(
    io.err,
    /HTTP 503 from http:\/\/127\.0\.0\.1:\d+\/v3\/roles: retrying in \d+\.\d s \(attempt 2\)/,
  );
  assert.deepEqual(await readdir(dir), []);
});

test("no sign-in for a region exits 1 and says what to run", async () => {
  const io = fakeIO({ cwd: dir, env: { CF_HOME: join(dir, "none") } });
  const code = await main(["recipients", "--audience", "developers", ...regionArgs()], io);
  assert.equal(code, 1);
  assert.match(
    io.err,
    /No Cloud Foundry sign-in for (Ireland|London) .*Run `cf login -a http:\/\/127\.0\.0\.1:\d+ --sso`, or set CF_ACCESS_TOKEN_(IRELAND|LONDON)/,
  );
  assert.deepEqual(await readdir(dir), []);
});

for (const [args, message] of [
  [[], /Choose who to export: --audience developers\|critical\|management/],
  [
    ["--audience", "everyone"],
    /Unknown audience "everyone". Use one of: developers, critical, management/,
  ],
  [["--audience", "developers", "--roles", "space_developer,boss"], /Unknown role "boss"/],
  [["--audience", "developers", "--region", "London"], /--region takes NAME=API/],
  [["--audience", "developers", "--region", "L=http://api.example"], /must start with https/],
  [
    ["--audience", "developers", "--admin-url", "Mars=https://a/{orgGuid}"],
    /--admin-url takes REGION=URL/,
  ],
  [["--audience", "developers", "--frobnicate"], /Unknown option '--frobnicate'.*--help/],
  [
    ["--audience", "developers", "--out", "no-such-folder/x.csv"],
    /The folder .*no-such-folder does not exist: create it, or choose another --out/,
  ],
] as const) {
  test(`usage error exits 2: ${args.join(" ") || "(no options)"}`, async () => {
    const io = fakeIO({ cwd: dir, env: {} });
    assert.equal(await main(["recipients", ...args], io), 2);
    assert.match(io.err, message);
    assert.doesNotMatch(io.err, /\n\s+at /, "no stack trace");
  });
}
