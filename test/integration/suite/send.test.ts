// "Send via Notify" inside a real VS Code against the Notify simulator: set the API key (stored in
// SecretStorage, shown by name and service id), send a sample draft to a recipients CSV, read the
// report back, check delivery status, send a test email, and see lint errors refuse a send.
// The command takes the CSV and a "yes" for its modal summary as an argument in tests only (the
// file dialog and the modal are the parts not driven here).
import * as assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as vscode from "vscode";
import { FOOTER, headerWith } from "../../../src/core/templates/tenant-texts";
import {
  DEFAULT_TEMPLATE_ID,
  startNotifySimulator,
  type NotifySimulator,
} from "../../simulators/notify/server";
import type { PreviewSnapshot } from "../../../src/vscode/preview/panel";
import { closeAllEditors, waitFor, workspaceFile } from "../helpers";

const SEND = "tenantComms.send";
const SET_KEY = "tenantComms.setApiKey";
const CLEAR_KEY = "tenantComms.clearApiKey";
const STATUS = "tenantComms.checkDeliveryStatus";
const TEST_EMAIL = "tenantComms.sendTestEmail";
const PREVIEW_TEST = "_tenantComms.preview.test";

// Lint-clean (the standard header and footer; checked with the linter when written), so the
// Problems panel has no errors for it.
const DRAFT = [
  "---",
  "subject: Platform changes for ((org))",
  "channel: technical",
  "---",
  headerWith("changes to the platform for ((org)) on Tuesday 16 March 2027"),
  "",
  "We will add new buildpacks.",
  "",
  FOOTER,
  "",
].join("\n");

const CSV = [
  "email address,org",
  "ann@example.gov.uk,alpha",
  "bob@example.gov.uk,beta",
  "Ann@Example.gov.uk,alpha",
  "cat@example.gov.uk,gamma",
  "",
].join("\n");

interface JobResult {
  jobId: string;
  outcome: string;
  sent: number;
  failed: number;
  notSent: number;
  total: number;
}

describe("Send via Notify", function () {
  this.timeout(60_000);
  let sim: NotifySimulator;
  const config = () => vscode.workspace.getConfiguration("tenantComms");
  const draftUri = () => workspaceFile("send-sample.notify.md");
  const csvUri = () => workspaceFile("send-recipients.csv");

  before(async function () {
    sim = await startNotifySimulator({ statusTimings: { sendingAfterMs: 20, finalAfterMs: 50 } });
    // apiUrl is machine-scoped (a workspace must not redirect the key elsewhere): user settings.
    await config().update("sending.apiUrl", sim.url, vscode.ConfigurationTarget.Global);
    await config().update(
      "sending.templateId",
      DEFAULT_TEMPLATE_ID,
      vscode.ConfigurationTarget.Workspace,
    );
    await vscode.workspace.fs.writeFile(draftUri(), new TextEncoder().encode(DRAFT));
    await vscode.workspace.fs.writeFile(csvUri(), new TextEncoder().encode(CSV));
  });

  after(async function () {
    if (!sim) return;
    await vscode.commands.executeCommand(CLEAR_KEY);
    await config().update("sending.apiUrl", undefined, vscode.ConfigurationTarget.Global);
    await config().update("sending.templateId", undefined, vscode.ConfigurationTarget.Workspace);
    await config().update("sending.testEmailAddress", undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
    await sim.stop();
  });

  it("refuses a malformed API key and stores a good one, showing its name and service id only", async () => {
    assert.equal(await vscode.commands.executeCommand(SET_KEY, "not-a-key"), undefined);
    const key = sim.apiKey("live");
    const shown = await vscode.commands.executeCommand<string>(SET_KEY, `  ${key}\n`);
    assert.equal(shown, `tenant_comms_live (service ${sim.serviceId})`);
    assert.ok(!shown.includes(sim.keys[0]!.secret));
  });

  it("sends the draft to each address once and writes the report", async () => {
    await vscode.window.showTextDocument(draftUri());
    const result = await vscode.commands.executeCommand<JobResult>(SEND, {
      uri: draftUri(),
      recipients: [csvUri()],
      yes: true,
    });
    assert.ok(result, "the send command returned nothing");
    assert.equal(result.outcome, "finished");
    assert.deepEqual([result.sent, result.failed, result.notSent, result.total], [3, 0, 0, 3]);
    const counts = sim.countsByRecipient();
    assert.deepEqual(
      ["ann@example.gov.uk", "bob@example.gov.uk", "cat@example.gov.uk"].map((a) => counts.get(a)),
      [1, 1, 1],
    );
    const sent = sim.store.all.find((n) => n.emailAddress === "bob@example.gov.uk")!;
    assert.equal(sent.subject, "Platform changes for beta");
    assert.match(sent.body, /changes to the platform for beta on Tuesday 16 March 2027\./);
    const jobs = join(workspaceFile().fsPath, ".tenant-comms", "jobs");
    assert.ok(existsSync(join(jobs, ".gitignore")));
    const report = readFileSync(join(jobs, `${result.jobId}.report.csv`), "utf8")
      .trim()
      .split("\n");
    assert.equal(report.length, 4);
    assert.match(report[2]!, /^2,bob@example\.gov\.uk,send-recipients\.csv row 2,sent,/);
    const journal = readFileSync(join(jobs, `${result.jobId}.jsonl`), "utf8");
    assert.ok(!journal.includes(sim.keys[0]!.secret) && !journal.includes("beta"));

    await new Promise((r) => setTimeout(r, 100));
    const delivery = await vscode.commands.executeCommand<{ delivered: number }>(STATUS, {
      jobId: result.jobId,
    });
    assert.equal(delivery?.delivered, 3);
  });

  it("refuses to send while the draft has lint errors, and sends nothing", async () => {
    const diagnostics = vscode.languages.createDiagnosticCollection("send-test");
    try {
      const d = new vscode.Diagnostic(
        new vscode.Range(5, 0, 5, 4),
        "A made-up lint error",
        vscode.DiagnosticSeverity.Error,
      );
      d.source = "tenant-comms";
      diagnostics.set(draftUri(), [d]);
      const before = sim.stats.posts;
      const result = await vscode.commands.executeCommand(SEND, {
        uri: draftUri(),
        recipients: [csvUri()],
        yes: true,
      });
      assert.equal(result, undefined);
      assert.equal(sim.stats.posts, before);
    } finally {
      diagnostics.dispose();
    }
  });

  it("sends a test email to the address in the settings", async () => {
    await config().update(
      "sending.testEmailAddress",
      "me@example.gov.uk",
      vscode.ConfigurationTarget.Global,
    );
    const sent = await vscode.commands.executeCommand<{ id: string; to: string }>(
      TEST_EMAIL,
      draftUri(),
    );
    assert.equal(sent?.to, "me@example.gov.uk");
    const email = sim.store.get(sent.id)!;
    assert.equal(email.subject, "Platform changes for ((org))");
  });

  it("the preview's Send test email button sends the draft's test email", async () => {
    const me = "me@example.gov.uk";
    const before = sim.countsByRecipient().get(me) ?? 0;
    await vscode.window.showTextDocument(draftUri());
    await vscode.commands.executeCommand("tenantComms.openPreviewToSide");
    const uri = draftUri().toString();
    await waitFor(
      async () =>
        Boolean(
          (
            await vscode.commands.executeCommand<PreviewSnapshot | undefined>(PREVIEW_TEST, {
              action: "snapshot",
              uri,
            })
          )?.ack,
        ),
      "the preview to show the draft",
    );
    // The message the webview posts when the button is pressed.
    const after = await vscode.commands.executeCommand<PreviewSnapshot>(PREVIEW_TEST, {
      action: "receive",
      uri,
      message: { type: "send", action: "test" },
    });
    await waitFor(
      () => (sim.countsByRecipient().get(me) ?? 0) === before + 1,
      "one more test email",
    );
    assert.notEqual(after.lastNotice?.level, "error", after.lastNotice?.text);
  });
});
