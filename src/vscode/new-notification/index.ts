// "Tenant Comms: New Notification": pick the kind of email, get a new draft from its template with
// today's date written in and the cursor on the first thing to fill in.
import * as vscode from "vscode";
import { CHANNELS, KINDS, type Channel, type Kind } from "../../core/draft";
import {
  EMAIL_TEMPLATES,
  templateForChannel,
  toSnippetForDate,
  type EmailTemplate,
} from "../../core/templates/email-templates";
import { formatGdsDate } from "../../core/text/gds-date";

export const NEW_NOTIFICATION_COMMAND = "tenantComms.newNotification";

const CHANNEL_LABELS: Record<Channel, string> = {
  technical: "Technical emails: changes, fixes and upgrades",
  announcement: "Announcements: new features",
  incident: "Incidents: alerts and updates",
};

type TemplateItem = vscode.QuickPickItem & { template?: EmailTemplate };

async function pickTemplate(): Promise<EmailTemplate | undefined> {
  const items: TemplateItem[] = CHANNELS.flatMap((channel) => [
    { label: CHANNEL_LABELS[channel], kind: vscode.QuickPickItemKind.Separator },
    ...EMAIL_TEMPLATES.filter((t) => t.channel === channel).map((template) => ({
      label: template.name,
      description: `channel: ${template.channel}`,
      detail: template.description,
      template,
    })),
  ]);
  const picked = await vscode.window.showQuickPick(items, {
    title: "New Notification",
    placeHolder: "Which kind of email? The channel decides the header, footer and checks.",
    matchOnDetail: true,
  });
  return picked?.template;
}

/** Accepts a channel or a kind as an argument (for keybindings and tests), otherwise asks. */
function templateFromArgument(argument: unknown): EmailTemplate | undefined {
  if (typeof argument !== "string") return undefined;
  if ((KINDS as readonly string[]).includes(argument)) {
    return EMAIL_TEMPLATES.find((t) => t.kind === (argument as Kind));
  }
  if ((CHANNELS as readonly string[]).includes(argument))
    return templateForChannel(argument as Channel);
  return undefined;
}

export async function newNotification(argument?: unknown): Promise<vscode.TextEditor | undefined> {
  const template = templateFromArgument(argument) ?? (await pickTemplate());
  if (!template) return undefined;
  const document = await vscode.workspace.openTextDocument({
    language: "notify-email",
    content: "",
  });
  const editor = await vscode.window.showTextDocument(document);
  const snippet = toSnippetForDate(template.text, formatGdsDate(new Date()));
  await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0));
  return editor;
}

export function registerNewNotification(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(NEW_NOTIFICATION_COMMAND, newNotification),
  );
}
