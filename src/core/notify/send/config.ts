// Sending settings, one shape for VS Code settings (`tenantComms.sending.*`) and the CLI's
// `.tenantcommsrc.json` (nested `{"sending": {...}}` or dotted `{"sending.templateId": ...}`).
// Never a secret: the API key lives in SecretStorage or NOTIFY_API_KEY.
import { NOTIFY_PRODUCTION_URL, NOTIFY_RATE_LIMIT } from "./notify-api";
import { DEFAULT_SAFETY_MARGIN, parseRate, type RateLimit } from "./rate-limiter";

export interface SendingConfig {
  templateId: string;
  apiUrl: string;
  rateLimit: RateLimit;
  safetyMargin: number;
  concurrency: number;
  requestTimeoutSeconds: number;
  testEmailAddress: string;
}

export const DEFAULT_SENDING_CONFIG: SendingConfig = {
  templateId: "",
  apiUrl: NOTIFY_PRODUCTION_URL,
  rateLimit: { ...NOTIFY_RATE_LIMIT },
  safetyMargin: DEFAULT_SAFETY_MARGIN,
  concurrency: 50,
  requestTimeoutSeconds: 30,
  testEmailAddress: "",
};

export const UUID_PATTERN =
  "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** Reads the sending part of a settings object; bad values are named in `problems` and ignored. */
export function readSendingConfig(
  raw: unknown,
  where = ".tenantcommsrc.json",
): { config: SendingConfig; problems: string[] } {
  const config: SendingConfig = {
    ...DEFAULT_SENDING_CONFIG,
    rateLimit: { ...DEFAULT_SENDING_CONFIG.rateLimit },
  };
  const problems: string[] = [];
  if (!isObject(raw)) return { config, problems };
  const section: Record<string, unknown> = isObject(raw.sending) ? { ...raw.sending } : {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith("sending.")) section[key.slice("sending.".length)] = value;
  }
  const bad = (key: string, what: string) =>
    problems.push(`${where}: sending.${key} ${what}; using the default.`);
  for (const [key, value] of Object.entries(section)) {
    if (value === undefined || value === null || value === "") continue;
    switch (key) {
      case "templateId":
        if (typeof value === "string" && new RegExp(UUID_PATTERN).test(value.trim()))
          config.templateId = value.trim();
        else bad(key, "must be a template id (a UUID from the template's page in Notify)");
        break;
      case "apiUrl":
        if (typeof value === "string" && /^https?:\/\/\S+$/.test(value))
          config.apiUrl = value.replace(/\/+$/, "");
        else bad(key, "must be an http(s) URL");
        break;
      case "rateLimit": {
        const rate = typeof value === "string" ? parseRate(value) : undefined;
        if (rate) config.rateLimit = rate;
        else bad(key, 'must be "N/SECONDS", e.g. "3000/60"');
        break;
      }
      case "safetyMargin":
        if (typeof value === "number" && value >= 0 && value <= 0.5) config.safetyMargin = value;
        else bad(key, "must be a number from 0 to 0.5");
        break;
      case "concurrency":
        if (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 200)
          config.concurrency = value as number;
        else bad(key, "must be a whole number from 1 to 200");
        break;
      case "requestTimeoutSeconds":
        if (typeof value === "number" && value >= 1 && value <= 300)
          config.requestTimeoutSeconds = value;
        else bad(key, "must be a number of seconds from 1 to 300");
        break;
      case "testEmailAddress":
        if (typeof value === "string") config.testEmailAddress = value.trim();
        else bad(key, "must be an email address");
        break;
      default:
        problems.push(
          `${where}: sending.${key} is not a setting (known: ${Object.keys(DEFAULT_SENDING_CONFIG).join(", ")}).`,
        );
    }
  }
  return { config, problems };
}
