// The end of a send: the report CSV next to the journal, and a message with what happened.
import * as vscode from "vscode";
import type { JobResult } from "../../core/notify/send/job";
import { jobsDir, reportPath } from "../../core/notify/send/journal";
import type { PlannedRecipient } from "../../core/notify/send/plan";
import { hintsFromFailures } from "../../core/notify/send/preflight";
import { loadJobState, writeReport } from "../../core/notify/send/status";
import { outputChannel } from "../output";

export const RESUME_COMMAND = "tenantComms.resumeSend";

export async function showResult(
  workspace: vscode.Uri,
  result: JobResult,
  recipients: readonly PlannedRecipient[],
): Promise<string> {
  const dir = jobsDir(workspace.fsPath);
  const report = reportPath(dir, result.jobId);
  await writeReport(report, loadJobState(dir, result.jobId), recipients);
  const log = outputChannel();
  const summary = `Job ${result.jobId}: ${result.sent} sent, ${result.failed} failed, ${result.notSent} not sent (of ${result.total}).`;
  log.info(summary);
  for (const f of result.failures)
    log.warn(`failed: recipient ${f.index + 1} ${f.emailAddress}: ${f.message}`);
  for (const h of hintsFromFailures(result.failures.map((f) => f.message))) log.info(h);
  if (result.possibleDuplicates.length) {
    log.warn(
      `Notify holds two emails for recipients ${result.possibleDuplicates.map((i) => i + 1).join(", ")} (it answered after a resend was on its way).`,
    );
  }
  if (result.stop) log.warn(`Stopped: ${result.stop.message}`);
  const buttons = ["Open Report"];
  if (result.failures.length) buttons.push("Show Failures");
  if (result.outcome === "stopped") buttons.push("Resume");
  const text = result.stop ? `${summary} Stopped: ${result.stop.message}` : summary;
  const show =
    result.outcome === "stopped" || result.failed > 0
      ? vscode.window.showWarningMessage
      : vscode.window.showInformationMessage;
  void show(text, ...buttons).then((choice) => {
    if (choice === "Open Report") void vscode.window.showTextDocument(vscode.Uri.file(report));
    if (choice === "Show Failures") log.show(true);
    if (choice === "Resume")
      void vscode.commands.executeCommand(RESUME_COMMAND, { jobId: result.jobId });
  });
  return report;
}
