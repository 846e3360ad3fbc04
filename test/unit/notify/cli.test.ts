// `tenant-comms render` and `tenant-comms check-csv` through the dispatcher, with a fake terminal.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli";
import { fakeIO } from "../../support/fake-io";

function workspace(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), "tc-notify-cli-"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const DRAFT = `---
subject: Maintenance for ((org))
channel: technical
audience: developers
---
# Planned maintenance

Hello ((org)), we will upgrade "Cloud Foundry" - see https://example.com.
`;

test("render --input prints render()'s fields as JSON", async () => {
  const dir = workspace({
    "case.json": JSON.stringify({
      subject: "Hi ((name))",
      body: "Hello ((name)).",
      personalisation: { name: "Ann" },
    }),
  });
  const io = fakeIO({ cwd: dir });
  assert.equal(await main(["render", "--input", "case.json"], io), 0);
  const out = JSON.parse(io.out);
  assert.deepEqual(Object.keys(out).sort(), [
    "html",
    "htmlBody",
    "missing",
    "placeholders",
    "plainText",
    "subject",
  ]);
  assert.equal(out.subject, "Hi Ann");
  assert.equal(out.plainText, "Hello Ann.\n");
  assert.equal(io.err, "");
});

test("render a draft as text and html; missing values are named on stderr", async () => {
  const dir = workspace({ "d.notify.md": DRAFT, "values.json": '{"ORG": "acme"}' });
  let io = fakeIO({ cwd: dir });
  assert.equal(await main(["render", "d.notify.md", "--format", "text"], io), 0);
  assert.match(
    io.out,
    /^Maintenance for <span class='placeholder'>&#40;&#40;org&#41;&#41;<\/span>\n\n/,
  );
  assert.match(io.err, /No value for \(\(org\)\)/);
  io = fakeIO({ cwd: dir });
  assert.equal(
    await main(
      ["render", "d.notify.md", "--personalisation", "values.json", "--format", "text"],
      io,
    ),
    0,
  );
  assert.equal(
    io.out,
    "Maintenance for acme\n\nPlanned maintenance\n" +
      "=".repeat(65) +
      "\n\nHello acme, we will upgrade “Cloud Foundry” – see https://example.com.\n",
  );
  assert.equal(io.err, "");
  io = fakeIO({ cwd: dir });
  assert.equal(
    await main(
      ["render", "d.notify.md", "--personalisation", "values.json", "--format", "html"],
      io,
    ),
    0,
  );
  assert.match(io.out, /^<!DOCTYPE html>/);
  assert.match(io.out, /<title>Maintenance for acme<\/title>/);
});

test("render: a draft's problems are shown with line and column, and it still renders", async () => {
  const dir = workspace({ "bad.notify.md": "No front matter here\n" });
  const io = fakeIO({ cwd: dir });
  assert.equal(await main(["render", "bad.notify.md", "--format", "text"], io), 0);
  assert.match(io.err, /^bad\.notify\.md:1:1: error: /m);
  assert.match(io.err, /empty subject/);
});

test("render: unreadable files, bad JSON and usage mistakes exit 2 with a message", async () => {
  const dir = workspace({
    "bad.json": "{not json",
    "list.json": "[1,2]",
    "nobody.json": '{"subject": "s"}',
    "badvalues.json": '{"a": {"b": undefined}}',
  });
  mkdirSync(join(dir, "folder"));
  const cases: [string[], RegExp][] = [
    [
      ["render", "missing.notify.md"],
      /cannot read draft missing\.notify\.md: there is no such file/,
    ],
    [["render", "folder"], /it is a folder/],
    [["render", "--input", "bad.json"], /is not valid JSON/],
    [["render", "--input", "list.json"], /must be a JSON object/],
    [["render", "--input", "nobody.json"], /needs "body" as a string/],
    [["render"], /give a draft to render/],
    [["render", "a", "b"], /give one draft/],
    [["render", "x.md", "--input", "y.json"], /either a draft or --input/],
    [
      ["render", "--input", "nobody.json", "--format", "pdf"],
      /--format must be one of json, html, text/,
    ],
    [["render", "--bogus"], /Unknown option '--bogus'/],
  ];
  for (const [argv, message] of cases) {
    const io = fakeIO({ cwd: dir });
    assert.equal(await main(argv, io), 2, argv.join(" "));
    assert.match(io.err, message, argv.join(" "));
    assert.doesNotMatch(io.err, /\n\s+at /, "no stack trace");
    assert.equal(io.out, "");
  }
});

test("check-csv: a clean file exits 0", async () => {
  const dir = workspace({
    "ok.csv": "\uFEFFEmail Address,org\nann@example.com,acme\n",
    "d.notify.md": DRAFT,
  });
  const io = fakeIO({ cwd: dir });
  assert.equal(await main(["check-csv", "ok.csv", "--draft", "d.notify.md"], io), 0);
  assert.match(io.out, /1 row, 1 valid address, 1 to send to\.\nNo problems found\./);
});

test("check-csv: problems exit 1 and are listed; JSON has errors and rows", async () => {
  const dir = workspace({
    "bad.csv": "email address,name\nnope,a\nann@example.com,\nANN@example.com,b\n",
    "d.notify.md": DRAFT,
  });
  let io = fakeIO({ cwd: dir });
  assert.equal(await main(["check-csv", "bad.csv", "--draft", "d.notify.md"], io), 1);
  assert.match(io.out, /error: .*missing a column called ‘org’/);
  assert.match(io.out, /row 1 "nope": Not a valid email address/);
  assert.match(io.out, /row 3 "ANN@example.com": same address as row 2/);
  io = fakeIO({ cwd: dir });
  assert.equal(await main(["check-csv", "bad.csv", "--format", "json"], io), 1);
  const out = JSON.parse(io.out);
  assert.ok(Array.isArray(out.errors) && out.errors.length > 0);
  assert.deepEqual(out.rows[0], {
    row: 1,
    emailAddress: "nope",
    valid: false,
    error: out.rows[0].error,
  });
  assert.deepEqual(out.rows[1], {
    row: 2,
    emailAddress: "ann@example.com",
    valid: true,
    normalised: "ann@example.com",
  });
  assert.equal(out.rows[2].duplicateOf, 2);
});

test("check-csv: unreadable, spreadsheet or usage mistakes exit 2", async () => {
  const dir = workspace({ "book.xlsx": Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]) });
  for (const [argv, message] of [
    [["check-csv", "nothere.csv"], /cannot read CSV file nothere\.csv: there is no such file/],
    [["check-csv", "book.xlsx"], /is a spreadsheet \(xlsx\/ods\), not a CSV file/],
    [["check-csv"], /give the CSV file to check/],
    [["check-csv", "a.csv", "--format", "xml"], /--format must be text or json/],
    [["check-csv", "a.csv", "--draft", "gone.notify.md"], /cannot read draft gone\.notify\.md/],
  ] as [string[], RegExp][]) {
    const io = fakeIO({ cwd: dir });
    assert.equal(await main(argv, io), 2, argv.join(" "));
    assert.match(io.err, message);
  }
});

test("check-csv reads Excel's Windows-1252 CSV with a warning", async () => {
  const dir = workspace({
    "win.csv": Buffer.from("email address,name\r\nann@example.com,Zo\xeb\r\n", "latin1"),
  });
  const io = fakeIO({ cwd: dir });
  assert.equal(await main(["check-csv", "win.csv"], io), 0);
  assert.match(io.err, /not UTF-8; reading it as Windows-1252/);
});
