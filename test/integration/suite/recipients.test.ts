// "Export Recipients" inside a real VS Code against two simulated Cloud Foundry regions: Ireland
// signs in through a cf CLI session (config.json in $CF_HOME), London through a refresh token kept
// in SecretStorage. The command is given its choices as an argument (the pickers and the save
// dialog are the only parts not driven here) and the saved CSVs are read back.
import * as assert from "node:assert/strict";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import * as vscode from "vscode";
import { EXCLUDED_ORG_PATTERNS, EXPECTED, handBuiltPlatform } from "../../fixtures/cf/hand-built";
import { startCfSimulator, type CfSimulator } from "../../simulators/cf/server";
import { EXTENSION_ID, waitFor } from "../helpers";

const COMMAND = "tenantComms.exportRecipients";
const SAVE_SIGN_IN = "_tenantComms.recipients.test.saveSignIn";

interface Outcome {
  files: string[];
  skippedFile?: string;
  summary: string;
  result: { audience: { description: string } };
}

function readCsv(path: string): Record<string, string>[] {
  return parse(readFileSync(path, "utf8"), { columns: true }) as Record<string, string>[];
}

describe("Export Recipients", function () {
  let ireland: CfSimulator;
  let london: CfSimulator;
  let out: string;
  const previousCfHome = process.env.CF_HOME;
  const config = () => vscode.workspace.getConfiguration("tenantComms");

  before(async function () {
    const platforms = handBuiltPlatform();
    ireland = await startCfSimulator({ platform: platforms.ireland });
    london = await startCfSimulator({ platform: platforms.london });
    // A cf CLI session for Ireland, as `cf login` leaves it.
    const home = mkdtempSync(join(tmpdir(), "tc-cf-home-"));
    mkdirSync(join(home, ".cf"));
    const session = ireland.issueTokens("admin");
    writeFileSync(
      join(home, ".cf", "config.json"),
      JSON.stringify({
        ConfigVersion: 3,
        Target: ireland.url,
        AccessToken: `bearer ${session.accessToken}`,
        RefreshToken: session.refreshToken,
        UAAOAuthClient: "cf",
        UAAOAuthClientSecret: "",
      }),
    );
    process.env.CF_HOME = home;
    await config().update(
      "recipients.regions",
      [
        {
          name: "Ireland",
          api: ireland.url,
          adminUrl: "https://admin.example/organisations/{orgGuid}",
        },
        { name: "London", api: london.url },
      ],
      vscode.ConfigurationTarget.Global,
    );
    await config().update(
      "recipients.excludeOrgs",
      EXCLUDED_ORG_PATTERNS,
      vscode.ConfigurationTarget.Global,
    );
    // The test-only command exists once the extension is active (a contributed command would
    // activate it, but this one is deliberately not contributed).
    await vscode.extensions.getExtension(EXTENSION_ID)!.activate();
    await waitFor(
      async () => (await vscode.commands.getCommands()).includes(SAVE_SIGN_IN),
      "the extension to register its recipients commands",
    );
    await vscode.commands.executeCommand(
      SAVE_SIGN_IN,
      london.url,
      london.issueTokens("admin").refreshToken,
    );
  });

  beforeEach(() => {
    out = mkdtempSync(join(tmpdir(), "tc-recipients-"));
    ireland.resetCounts();
    london.resetCounts();
    ireland.clearFaults();
    london.clearFaults();
  });

  after(async () => {
    if (!ireland) return; // pending: nothing was set up
    await config().update("recipients.regions", undefined, vscode.ConfigurationTarget.Global);
    await config().update("recipients.excludeOrgs", undefined, vscode.ConfigurationTarget.Global);
    if (previousCfHome === undefined) delete process.env.CF_HOME;
    else process.env.CF_HOME = previousCfHome;
    await ireland.stop();
    await london?.stop();
  });

  it("saves one merged CSV of the critical audience from both regions", async () => {
    const target = join(out, "critical.csv");
    const outcome = (await vscode.commands.executeCommand(COMMAND, {
      audience: "critical",
      out: target,
      split: false,
    })) as Outcome | undefined;
    assert.ok(outcome, "the command reported no outcome");
    assert.deepEqual(outcome.files, [target]);
    assert.equal(outcome.summary, "10 addresses: Ireland 8, London 4, 2 in both; 4 skipped");

    const rows = readCsv(target);
    assert.deepEqual(Object.keys(rows[0]!), [
      "email address",
      "orgs",
      "roles",
      "regions",
      "admin links",
    ]);
    assert.deepEqual(
      rows.map((r) => r["email address"]),
      EXPECTED.critical.addresses,
    );
    const alice = rows.find((r) => r["email address"] === "alice@dept-a.gov.uk")!;
    assert.equal(alice.regions, "Ireland; London");
    assert.equal(alice.orgs, "dept-a (Ireland); dept-a-london (London)");
    assert.match(alice["admin links"]!, /^https:\/\/admin\.example\/organisations\/1/);
    assert.equal(readCsv(outcome.skippedFile!).length, 4);

    // Ireland used the cf CLI session as is; London turned its saved refresh token into a token.
    assert.equal(ireland.counts.get("POST /oauth/token") ?? 0, 0);
    assert.equal(london.counts.get("POST /oauth/token"), 1);
  });

  it("joins explicit roles to an audience as a union, and says so", async () => {
    const target = join(out, "developers-and-org-roles.csv");
    const outcome = (await vscode.commands.executeCommand(COMMAND, {
      audience: "developers",
      // The management audience's roles, given one by one.
      roles: ["organization_manager", "organization_auditor", "organization_billing_manager"],
      out: target,
      split: false,
    })) as Outcome;
    const union = [
      ...new Set([...EXPECTED.developers.addresses, ...EXPECTED.management.addresses]),
    ].sort();
    assert.deepEqual(
      readCsv(target).map((r) => r["email address"]),
      union,
    );
    assert.match(outcome.result.audience.description, /developers \+ roles .*\(union/);
  });

  it("saves one file per region, nobody in two files", async () => {
    const outcome = (await vscode.commands.executeCommand(COMMAND, {
      audience: "developers",
      out: join(out, "dev.csv"),
      split: true,
    })) as Outcome;
    assert.deepEqual(outcome.files, [join(out, "dev-ireland.csv"), join(out, "dev-london.csv")]);
    const ie = readCsv(outcome.files[0]!).map((r) => r["email address"]);
    const ln = readCsv(outcome.files[1]!).map((r) => r["email address"]);
    assert.deepEqual([...ie, ...ln].sort(), [...EXPECTED.developers.addresses].sort());
    assert.deepEqual(ln, ["ivan@dept-c.gov.uk"]);
  });

  it("narrows to the regions asked for", async () => {
    const outcome = (await vscode.commands.executeCommand(COMMAND, {
      audience: "management",
      regions: ["London"],
      out: join(out, "mgmt.csv"),
    })) as Outcome;
    assert.equal(outcome.summary, "3 addresses: London 3; 0 skipped");
    assert.equal(ireland.total(), 0, "Ireland was not asked");
  });

  it("takes the audience and regions from the open draft's front matter", async () => {
    const document = await vscode.workspace.openTextDocument({
      language: "notify-email",
      content:
        "---\nsubject: Billing contacts\naudience: management\nregions: [London]\n---\n\nHello\n",
    });
    await vscode.window.showTextDocument(document);
    try {
      const outcome = (await vscode.commands.executeCommand(COMMAND, {
        out: join(out, "from-draft.csv"),
      })) as Outcome;
      assert.equal(outcome.summary, "3 addresses: London 3; 0 skipped");
      assert.deepEqual(
        readCsv(outcome.files[0]!).map((r) => r["email address"]),
        ["harry@dept-c.gov.uk", "ivan@dept-c.gov.uk", "judy@dept-c.gov.uk"],
      );
    } finally {
      await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
    }
  });

  it("a failing region writes nothing", async () => {
    london.addFault({ status: 500, count: Infinity, pathPrefix: "/v3/" });
    const outcome = await vscode.commands.executeCommand(COMMAND, {
      audience: "developers",
      out: join(out, "storm.csv"),
    });
    assert.equal(outcome, undefined);
    assert.deepEqual(readdirSync(out), []);
    assert.ok(london.counts.get("GET /v3/roles")! >= 5, "retried before giving up");
    assert.ok(!existsSync(join(out, "storm.csv")));
  });
});
