import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import {
  recipientsCsv,
  safeCell,
  skippedCsv,
  writeFilesAtomically,
} from "../../../src/core/recipients/csv";
import { buildRows, splitByRegion, type Membership } from "../../../src/core/recipients/rows";

const m = (
  address: string,
  region: string,
  orgName: string,
  role: Membership["role"],
  adminLink?: string,
): Membership => ({
  address,
  region,
  orgGuid: `${region}-${orgName}`,
  orgName,
  role,
  adminLink,
});

test("cells that spreadsheets would run are made inert; others are left alone", () => {
  for (const bad of ["=SUM(A1)", "+1", "-2", "@cmd", "\tx", "\rx"])
    assert.equal(safeCell(bad), `'${bad}`);
  for (const ok of ["dept-a", "a=b", "", "'quoted"]) assert.equal(safeCell(ok), ok);
});

test("one row per address, case-insensitively, across orgs, roles and regions; sorted", () => {
  const rows = buildRows(
    [
      m("zed@x.gov.uk", "Ireland", "b-org", "space_developer"),
      m("amy@x.gov.uk", "London", "c-org", "organization_manager"),
      m("AMY@x.gov.uk", "Ireland", "a-org", "space_developer"),
      m("amy@x.gov.uk", "Ireland", "a-org", "space_manager"),
    ],
    ["Ireland", "London"],
  );
  assert.equal(rows.length, 2);
  assert.equal(rows[0]!.address, "AMY@x.gov.uk");
  assert.deepEqual(rows[0]!.regions, ["Ireland", "London"]);
  assert.deepEqual(rows[0]!.roles, ["space_developer", "space_manager", "organization_manager"]);
  assert.deepEqual(
    rows[0]!.orgs.map((o) => `${o.name}/${o.region}`),
    ["a-org/Ireland", "c-org/London"],
  );
  assert.equal(rows[1]!.address, "zed@x.gov.uk");
});

test("the CSV has Notify's header, context columns, admin links when asked, and parses back", () => {
  const rows = buildRows(
    [
      m("amy@x.gov.uk", "Ireland", "=SUM(A1)", "space_developer", "https://admin/o/1"),
      m("amy@x.gov.uk", "London", "dept, with comma", "organization_manager"),
    ],
    ["Ireland", "London"],
  );
  const text = recipientsCsv(rows, { multiRegion: true, adminLinks: true });
  const parsed = parse(text, { columns: true }) as Record<string, string>[];
  assert.deepEqual(Object.keys(parsed[0]!), [
    "email address",
    "orgs",
    "roles",
    "regions",
    "admin links",
  ]);
  assert.deepEqual(parsed[0], {
    "email address": "amy@x.gov.uk",
    orgs: "'=SUM(A1) (Ireland); dept, with comma (London)",
    roles: "space developer; org manager",
    regions: "Ireland; London",
    "admin links": "https://admin/o/1",
  });
  const plain = recipientsCsv(rows, { multiRegion: false, adminLinks: false });
  assert.equal(plain.split("\n")[0], "email address,orgs,roles,regions");
});

test("the skipped report is a safe CSV too", () => {
  const text = skippedCsv([
    {
      region: "Ireland",
      user: "=HYPERLINK@x.gov.uk",
      userGuid: "g",
      orgs: ["a"],
      roles: ["space_developer"],
      reason: "r",
    },
  ]);
  const parsed = parse(text, { columns: true }) as Record<string, string>[];
  assert.equal(parsed[0]!.user, "'=HYPERLINK@x.gov.uk");
  assert.equal(parsed[0]!.roles, "space developer");
});

test("split files put a person in several regions only in the first region's file", () => {
  const rows = buildRows(
    [
      m("a@x.gov.uk", "London", "o", "space_developer"),
      m("a@x.gov.uk", "Ireland", "o", "space_developer"),
      m("b@x.gov.uk", "London", "o", "space_developer"),
    ],
    ["Ireland", "London"],
  );
  const files = splitByRegion(rows, ["Ireland", "London"]);
  assert.deepEqual(
    files.get("Ireland")!.map((r) => r.address),
    ["a@x.gov.uk"],
  );
  assert.deepEqual(
    files.get("London")!.map((r) => r.address),
    ["b@x.gov.uk"],
  );
});

test("files are written whole or not at all", async () => {
  const dir = await mkdtemp(join(tmpdir(), "recipients-csv-"));
  const target = join(dir, "out.csv");
  await writeFile(target, "old list\n");
  // The second file's folder does not exist: nothing may change, no temporary files left behind.
  await assert.rejects(
    writeFilesAtomically([
      { path: target, content: "new list\n" },
      { path: join(dir, "missing", "b.csv"), content: "x" },
    ]),
  );
  assert.equal(await readFile(target, "utf8"), "old list\n");
  assert.deepEqual(await readdir(dir), ["out.csv"]);
  await writeFilesAtomically([{ path: target, content: "new list\n" }]);
  assert.equal(await readFile(target, "utf8"), "new list\n");
  assert.deepEqual(await readdir(dir), ["out.csv"]);
});
