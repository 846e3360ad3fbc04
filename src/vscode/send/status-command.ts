// "Tenant Comms: Check Delivery Status": asks Notify about a job's emails and shows the counts.
import * as vscode from "vscode";
import { jobsDir, reportPath } from "../../core/notify/send/journal";
import {
  describeCounts,
  recipientsForJob,
  refreshDeliveryStatus,
  writeReport,
  type DeliveryCounts,
} from "../../core/notify/send/status";
import { requireApiKey } from "./api-key";
import { portFor, sendingConfig } from "./context";
import { pickJob } from "./send-command";

export const STATUS_COMMAND = "tenantComms.checkDeliveryStatus";

export async function statusCommand(
  context: vscode.ExtensionContext,
  argument?: { jobId?: string; workspace?: vscode.Uri | string },
): Promise<DeliveryCounts | undefined> {
  const workspace = argument?.workspace
    ? typeof argument.workspace === "string"
      ? vscode.Uri.parse(argument.workspace)
      : argument.workspace
    : vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!workspace) {
    void vscode.window.showErrorMessage("Open the folder the job was sent from first.");
    return undefined;
  }
  const jobId = argument?.jobId ?? (await pickJob(workspace, "Which send job?", () => true));
  if (!jobId) return undefined;
  const key = await requireApiKey(context.secrets);
  if (!key) return undefined;
  const dir = jobsDir(workspace.fsPath);
  const check = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: `Checking delivery of job ${jobId}`,
      cancellable: true,
    },
    (_progress, token) => {
      const controller = new AbortController();
      token.onCancellationRequested(() => controller.abort());
      return refreshDeliveryStatus(dir, jobId, portFor(key, sendingConfig(workspace).config), {
        secrets: [key.value, key.secret],
        signal: controller.signal,
      });
    },
  );
  const report = reportPath(dir, jobId);
  await writeReport(report, check.state, await recipientsForJob(workspace.fsPath, check.state));
  const text = `Job ${jobId}: ${describeCounts(check.counts)}.${check.error ? ` ${check.error}` : ""}`;
  void vscode.window.showInformationMessage(text, "Open Report").then((c) => {
    if (c) void vscode.window.showTextDocument(vscode.Uri.file(report));
  });
  return check.counts;
}
