// A send's progress: a cancellable notification and a status bar counter.
import * as vscode from "vscode";
import type { JobProgress, JobResult } from "../../core/notify/send/job";

export async function withSendProgress(
  title: string,
  run: (signal: AbortSignal, onProgress: (p: JobProgress) => void) => Promise<JobResult>,
): Promise<JobResult> {
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 100);
  status.name = "Tenant Comms send";
  status.text = "$(mail) starting...";
  status.show();
  try {
    return await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title, cancellable: true },
      async (progress, token) => {
        const controller = new AbortController();
        token.onCancellationRequested(() => controller.abort());
        let reported = 0;
        return run(controller.signal, (p) => {
          const done = p.sent + p.failed;
          status.text = `$(mail) ${done}/${p.total}${p.failed ? ` (${p.failed} failed)` : ""}`;
          status.tooltip = `Tenant Comms: ${p.sent} sent, ${p.failed} failed, ${p.total - done} to go`;
          if (p.phase === "settling" && p.waitMs) {
            progress.report({
              message: `waiting ${Math.ceil(p.waitMs / 1000)} s for the interrupted run's requests to finish`,
            });
            return;
          }
          const increment = p.total ? ((done - reported) / p.total) * 100 : 0;
          reported = done;
          progress.report({
            increment,
            message: `${p.sent} sent, ${p.failed} failed of ${p.total}`,
          });
        });
      },
    );
  } finally {
    status.dispose();
  }
}
