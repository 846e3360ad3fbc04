// The checks that need Notify, before a send: the template (fetched with the key, so a bad key
// shows up here too), and hints for the confirmation summary.
import { describeApiKey, type NotifyApiKey } from "./api-key";
import type { NotifyPort, TemplateSummary } from "./client";
import { classifyError, explainFailure } from "./errors";
import { NOTIFY_PRODUCTION_URL } from "./notify-api";
import { checkTemplate } from "./template-check";

export type TemplatePreflight =
  { ok: true; template: TemplateSummary; warnings: string[] } | { ok: false; problems: string[] };

export async function preflightTemplate(
  port: NotifyPort,
  templateId: string,
  key: NotifyApiKey,
): Promise<TemplatePreflight> {
  let template: TemplateSummary;
  try {
    template = await port.getTemplateById(templateId);
  } catch (error) {
    const failure = classifyError(error, [key.value, key.secret]);
    if (failure.kind === "auth") return { ok: false, problems: [explainFailure(failure)] };
    if (failure.status === 404 || failure.status === 400) {
      return {
        ok: false,
        problems: [
          `Notify has no template ${templateId} in the service of the key ${describeApiKey(key)}. ` +
            "Check the template id (on the template's page in Notify) and that the key belongs to the same service.",
        ],
      };
    }
    return {
      ok: false,
      problems: [`Could not fetch template ${templateId}: ${explainFailure(failure)}`],
    };
  }
  const check = checkTemplate(template);
  if (!check.ok) return { ok: false, problems: check.problems };
  return { ok: true, template, warnings: check.warnings };
}

/** "This key is a test key" style hints for the summary; Notify itself does not say a key's type. */
export function keyHints(key: NotifyApiKey, apiUrl: string): string[] {
  const hints: string[] = [];
  if (/test/i.test(key.name)) {
    hints.push(
      "The key's name suggests a test key: Notify pretends to send and nobody gets an email.",
    );
  } else if (/team|guest/i.test(key.name)) {
    hints.push(
      "The key's name suggests a team key: Notify only sends to team members and the guest list.",
    );
  }
  if (apiUrl.replace(/\/+$/, "") !== NOTIFY_PRODUCTION_URL) {
    hints.push(`Sending to ${apiUrl}, not GOV.UK Notify.`);
  }
  return hints;
}

/** Hints a failed row's message gives about the key (e.g. a team key sending outside the team). */
export function hintsFromFailures(messages: string[]): string[] {
  const hints = new Set<string>();
  for (const m of messages) {
    if (/team-only API key/i.test(m)) {
      hints.add(
        "This is a team key: it can only send to team members and the guest list. Use a live key.",
      );
    }
    if (/trial mode/i.test(m)) {
      hints.add(
        "The Notify service is in trial mode: it can only send to its team. Ask Notify to make it live.",
      );
    }
  }
  return [...hints];
}
