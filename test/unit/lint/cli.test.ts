import { test } from "node:test";
import assert from "node:assert/strict";
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli";
import { fakeIO } from "../../support/fake-io";
import { FOOTER, headerWith } from "../../../src/core/templates/tenant-texts";

const CLEAN = `---\nsubject: Platform changes on 17 March 2027\nchannel: technical\n---\n${headerWith("changes to the platform")}\n\nWe will upgrade Cloud Foundry.\n\n${FOOTER}\n`;
// One error (placeholder-syntax), one fixable warning (bold), one info (passive).
const BAD = `---\nsubject: Platform changes\nchannel: announcement\n---\nDear ((name,\n\nSelect **Continue**. Apps were restarted.\n`;

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "tenant-comms-lint-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, ".."), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

async function run(args: string[], cwd: string) {
  const io = fakeIO({ cwd });
  const code = await main(["lint", ...args], io);
  return { code, out: io.out, err: io.err };
}

test("exit 0 and a summary for a clean draft", async () => {
  const cwd = workspace({ "clean.notify.md": CLEAN });
  const { code, out, err } = await run(["clean.notify.md"], cwd);
  assert.equal(err, "");
  assert.equal(out, "No problems in 1 draft.\n");
  assert.equal(code, 0);
});

test("exit 1 with an error-severity finding; text lines are file:line:column", async () => {
  const cwd = workspace({ "bad.notify.md": BAD });
  const { code, out } = await run(["bad.notify.md"], cwd);
  assert.equal(code, 1);
  const lines = out.trim().split("\n");
  assert.ok(
    lines.some(
      (l) => l.startsWith("bad.notify.md:5:6: error ") && l.endsWith("[notify/placeholder-syntax]"),
    ),
    out,
  );
  assert.ok(
    lines.some((l) => l.startsWith("bad.notify.md:7:8: warning ") && l.endsWith("[notify/bold]")),
    out,
  );
  assert.match(
    lines[lines.length - 1]!,
    /^\d+ problems \(1 error, \d+ warnings?, \d+ info\)\. \d+ can be fixed with --fix\.$/,
  );
});

test("warnings alone exit 0", async () => {
  const cwd = workspace({ "warn.notify.md": BAD.replace("Dear ((name,", "Dear team,") });
  assert.equal((await run(["warn.notify.md"], cwd)).code, 0);
});

test("--format json: 1-based positions, rule ids and fixes with ranges", async () => {
  const cwd = workspace({ "bad.notify.md": BAD });
  const { code, out } = await run(["--format", "json", "bad.notify.md"], cwd);
  assert.equal(code, 1);
  const findings = JSON.parse(out) as {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    ruleId: string;
    severity: string;
    message: string;
    fixes: { range: object; text: string }[];
  }[];
  const bold = findings.find((f) => f.ruleId === "notify/bold")!;
  assert.deepEqual(
    {
      file: bold.file,
      line: bold.line,
      column: bold.column,
      endLine: bold.endLine,
      endColumn: bold.endColumn,
      severity: bold.severity,
    },
    { file: "bad.notify.md", line: 7, column: 8, endLine: 7, endColumn: 20, severity: "warning" },
  );
  assert.deepEqual(bold.fixes, [
    {
      title: "Remove the bold markers",
      range: { line: 7, column: 8, endLine: 7, endColumn: 20 },
      text: "Continue",
    },
  ]);
  const error = findings.find((f) => f.ruleId === "notify/placeholder-syntax")!;
  assert.deepEqual([error.line, error.column, error.severity], [5, 6, "error"]);
});

test("--format sarif: a SARIF 2.1.0 log with rules, levels, regions and fixes", async () => {
  const cwd = workspace({ "bad.notify.md": BAD });
  const { out } = await run(["--format", "sarif", "bad.notify.md"], cwd);
  const log = JSON.parse(out);
  assert.equal(log.version, "2.1.0");
  const run0 = log.runs[0];
  assert.equal(run0.tool.driver.name, "tenant-comms");
  const bold = run0.results.find((r: { ruleId: string }) => r.ruleId === "notify/bold");
  assert.equal(bold.level, "warning");
  assert.equal(run0.tool.driver.rules[bold.ruleIndex].id, "notify/bold");
  assert.deepEqual(bold.locations[0].physicalLocation, {
    artifactLocation: { uri: "bad.notify.md" },
    region: { startLine: 7, startColumn: 8, endLine: 7, endColumn: 20 },
  });
  assert.equal(bold.fixes[0].artifactChanges[0].replacements[0].insertedContent.text, "Continue");
  assert.ok(run0.results.some((r: { level: string }) => r.level === "note"));
});

test("--fix applies safe fixes in place and reports what is left", async () => {
  const cwd = workspace({ "bad.notify.md": BAD });
  const { code, out } = await run(["--fix", "bad.notify.md"], cwd);
  const after = readFileSync(join(cwd, "bad.notify.md"), "utf8");
  assert.ok(after.includes("Select Continue."), after);
  assert.ok(!out.includes("[notify/bold]"));
  assert.match(out, /Fixed \d+ problems?\./);
  assert.equal(code, 1, "the placeholder error has no safe fix and is still there");
  assert.deepEqual(readdirSync(cwd), ["bad.notify.md"], "no temporary file left behind");
});

test("no files: every draft under the folder; a folder argument means the drafts in it", async () => {
  const cwd = workspace({
    "a.notify.md": CLEAN,
    "drafts/b.notify.md": CLEAN,
    "notes.md": "not a draft",
  });
  assert.match((await run([], cwd)).out, /No problems in 2 drafts\./);
  assert.match((await run(["drafts"], cwd)).out, /No problems in 1 draft\./);
});

test("config from .tenantcommsrc.json and from --config", async () => {
  const cwd = workspace({
    "bad.notify.md": BAD,
    ".tenantcommsrc.json": JSON.stringify({
      lint: { rules: { "notify/placeholder-syntax": "warning" } },
    }),
    "strict.json": JSON.stringify({
      "lint.rules": { "notify/bold": "error", "notify/placeholder-syntax": "off" },
    }),
  });
  assert.equal((await run(["bad.notify.md"], cwd)).code, 0);
  const strict = await run(["--config", "strict.json", "--format", "json", "bad.notify.md"], cwd);
  assert.equal(strict.code, 1);
  assert.deepEqual(
    (JSON.parse(strict.out) as { ruleId: string; severity: string }[])
      .filter((f) => f.severity === "error")
      .map((f) => f.ruleId),
    ["notify/bold"],
  );
});

test("usage and input errors exit 2 with a message and no stack", async () => {
  const cwd = workspace({
    "bad.notify.md": BAD,
    "broken.json": "{ nope",
    "wrong.json": JSON.stringify({ lint: { rules: { "notify/bolt": "error" } } }),
  });
  const cases: [string[], RegExp][] = [
    [["missing.notify.md"], /cannot read draft missing\.notify\.md: there is no such file/],
    [["--format", "xml", "bad.notify.md"], /--format must be one of text, json, sarif/],
    [["--config", "broken.json", "bad.notify.md"], /broken\.json is not valid JSON/],
    [
      ["--config", "wrong.json", "bad.notify.md"],
      /unknown rule "notify\/bolt"\. Did you mean "notify\/bold"\?/,
    ],
    [["--config", "absent.json", "bad.notify.md"], /cannot read config file absent\.json/],
    [["--colour"], /Unknown option '--colour'/],
  ];
  for (const [args, message] of cases) {
    const { code, err } = await run(args, cwd);
    assert.equal(code, 2, args.join(" "));
    assert.match(err, message);
    assert.doesNotMatch(err, /\n\s+at /, "no stack trace");
  }
  const empty = workspace({});
  const none = await run([], empty);
  assert.equal(none.code, 2);
  assert.match(none.err, /there are no \.notify\.md drafts under/);
});

test("an unreadable file among readable ones: the others are still linted, exit 2", async () => {
  const cwd = workspace({ "ok.notify.md": CLEAN });
  const { code, out, err } = await run(["ok.notify.md", "gone.notify.md"], cwd);
  assert.equal(code, 2);
  assert.match(out, /No problems in 1 draft/);
  assert.equal(
    err,
    "tenant-comms lint: cannot read draft gone.notify.md: there is no such file. Check the path and try again.\n",
  );
});

test("a file without read permission is an input error (skipped as root, who can read anything)", async (t) => {
  if (process.getuid?.() === 0) {
    t.skip("running as root");
    return;
  }
  const cwd = workspace({ "locked.notify.md": CLEAN });
  chmodSync(join(cwd, "locked.notify.md"), 0o000);
  const { code, err } = await run(["locked.notify.md"], cwd);
  assert.equal(code, 2);
  assert.match(err, /locked\.notify\.md: permission denied/);
});
