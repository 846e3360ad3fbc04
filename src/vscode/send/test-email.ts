// "Tenant Comms: Send Test Email": the draft to the user's own address (a setting, asked for once).
// Placeholders are filled with their own names, e.g. ((org name)), so the email shows where each
// recipient's value will go.
import * as vscode from "vscode";
import { SETTING_PREFIX } from "../../core/config/settings/index";
import { parseDraft } from "../../core/draft";
import { validateEmailAddress } from "../../core/notify/email-address";
import { placeholderNames } from "../../core/notify/placeholders";
import { classifyError, explainFailure } from "../../core/notify/send/errors";
import { stripDirectives } from "../../core/notify/email-content";
import { buildPersonalisation } from "../../core/notify/send/personalisation";
import { preflightTemplate } from "../../core/notify/send/preflight";
import { outputChannel } from "../output";
import { requireApiKey } from "./api-key";
import { draftDocument, portFor, sendingConfig } from "./context";

export const SEND_TEST_EMAIL_COMMAND = "tenantComms.sendTestEmail";

async function testAddress(current: string): Promise<string | undefined> {
  if (current && validateEmailAddress(current).valid) return current;
  const entered = await vscode.window.showInputBox({
    title: "Send Test Email",
    prompt:
      "Your email address for test emails (saved in the setting Tenant Comms > Sending: Test Email Address)",
    ignoreFocusOut: true,
    validateInput: (v) => {
      const check = validateEmailAddress(v);
      return check.valid ? undefined : `${check.error}.`;
    },
  });
  if (!entered) return undefined;
  await vscode.workspace
    .getConfiguration(SETTING_PREFIX)
    .update("sending.testEmailAddress", entered.trim(), vscode.ConfigurationTarget.Global);
  return entered.trim();
}

export async function sendTestEmailCommand(
  context: vscode.ExtensionContext,
  argument?: vscode.Uri,
): Promise<{ id: string; to: string } | undefined> {
  const document = await draftDocument(argument);
  if (!document) return undefined;
  const { config } = sendingConfig(document.uri);
  const to = await testAddress(config.testEmailAddress);
  if (!to) return undefined;
  const key = await requireApiKey(context.secrets);
  if (!key) return undefined;
  const draft = parseDraft(document.getText());
  const errors = draft.problems.filter((p) => p.severity === "error");
  if (errors.length || !draft.subject) {
    void vscode.window.showErrorMessage(
      `The draft cannot be sent yet: ${errors[0]?.message ?? "it has no subject."}`,
    );
    return undefined;
  }
  const templateId = draft.templateId ?? config.templateId;
  if (!templateId) {
    void vscode.window.showErrorMessage(
      "No GOV.UK Notify template id: add `templateId:` to the draft's front matter or set Tenant Comms > Sending: Template Id.",
    );
    return undefined;
  }
  const port = portFor(key, config);
  const template = await preflightTemplate(port, templateId, key);
  if (!template.ok) {
    void vscode.window.showErrorMessage(template.problems.join(" "));
    return undefined;
  }
  const body = stripDirectives(draft.body);
  const samples = Object.fromEntries(
    placeholderNames(draft.subject, body).map((n) => [n, `((${n}))`]),
  );
  const { personalisation } = buildPersonalisation({ subject: draft.subject, body }, samples);
  try {
    const sent = await port.sendEmail(templateId, to, {
      personalisation,
      reference: `tenant-comms-test-${new Date().toISOString()}`,
    });
    void vscode.window.showInformationMessage(`Test email sent to ${to}.`);
    outputChannel().info(`Test email sent to ${to} (notification ${sent.id}).`);
    return { id: sent.id, to };
  } catch (error) {
    const failure = classifyError(error, [key.value, key.secret]);
    void vscode.window.showErrorMessage(`The test email was not sent: ${explainFailure(failure)}`);
    return undefined;
  }
}
