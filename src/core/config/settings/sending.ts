// Settings for sending through GOV.UK Notify. Defaults come from the send engine's config so the
// settings UI and the engine cannot disagree. The API key is never a setting: it is kept in VS Code's
// SecretStorage ("Tenant Comms: Set GOV.UK Notify API Key") or, for the CLI, in NOTIFY_API_KEY.
import { DEFAULT_SENDING_CONFIG, UUID_PATTERN } from "../../notify/send/config";
import type { SettingSpec } from "../setting-spec";

const d = DEFAULT_SENDING_CONFIG;

export const sendingSettings: SettingSpec[] = [
  {
    key: "sending.templateId",
    category: "Sending",
    markdownDescription:
      "Id of the GOV.UK Notify email template to send through: its subject must be `((subject))` " +
      "and its message `((body))` (see the README). A draft's `templateId` front matter wins over this.",
    schema: { type: "string", default: d.templateId, pattern: `^$|${UUID_PATTERN}` },
    scope: "resource",
  },
  {
    key: "sending.apiUrl",
    category: "Sending",
    markdownDescription:
      "GOV.UK Notify's API address. Change it only to use a local Notify simulator.",
    schema: { type: "string", default: d.apiUrl, pattern: "^https?://" },
    scope: "machine",
  },
  {
    key: "sending.rateLimit",
    category: "Sending",
    markdownDescription:
      "Your service's rate limit as `N/SECONDS` (Notify's default is `3000/60`). Sends are paced " +
      "just under it (see `#tenantComms.sending.safetyMargin#`), so Notify never answers 429.",
    schema: {
      type: "string",
      default: `${d.rateLimit.requests}/${d.rateLimit.perSeconds}`,
      pattern: "^\\d+(\\.\\d+)?/\\d+(\\.\\d+)?$",
    },
  },
  {
    key: "sending.safetyMargin",
    category: "Sending",
    markdownDescription:
      "Share of the rate limit left unused, from 0 to 0.5. `0.03` sends at 97% of the limit; half " +
      "of the margin also caps bursts.",
    schema: { type: "number", default: d.safetyMargin, minimum: 0, maximum: 0.5 },
  },
  {
    key: "sending.concurrency",
    category: "Sending",
    markdownDescription:
      "Requests to Notify in flight at once. Enough to reach the rate limit despite Notify's latency; " +
      "the rate limit still applies.",
    schema: { type: "integer", default: d.concurrency, minimum: 1, maximum: 200 },
  },
  {
    key: "sending.requestTimeoutSeconds",
    category: "Sending",
    markdownDescription:
      "How long to wait for Notify to answer one request. An unanswered send is looked up by its " +
      "reference before it is tried again, so a timeout never sends an email twice.",
    schema: { type: "number", default: d.requestTimeoutSeconds, minimum: 1, maximum: 300 },
  },
  {
    key: "sending.testEmailAddress",
    category: "Sending",
    markdownDescription:
      'Your own address, for "Tenant Comms: Send Test Email" (asked for once if empty).',
    schema: { type: "string", default: d.testEmailAddress },
    scope: "application",
  },
];
