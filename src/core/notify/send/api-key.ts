// A GOV.UK Notify API key is `{key_name}-{service id}-{secret}` (tech-docs rest-api; admin
// api_keys.py). notifications-node-client slices it by fixed offsets without checking, so a
// stray newline or a half-copied key turns into a baffling 403. We check the shape first and
// give the reason, and we never echo the key (or its secret) back.

const UUID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
const KEY = new RegExp(`^(?:([A-Za-z0-9_-]*)-)?(${UUID})-(${UUID})$`);
const ONE_UUID = new RegExp(`^${UUID}$`);

export interface NotifyApiKey {
  /** The name given to the key in Notify (may be empty for very old keys). */
  name: string;
  serviceId: string;
  /** The JWT signing secret. Never shown, logged or written anywhere. */
  secret: string;
  /** The whole key, trimmed: what notifications-node-client needs. */
  value: string;
}

export type ApiKeyCheck = { ok: true; key: NotifyApiKey } | { ok: false; message: string };

const SHAPE = "key name, then the service id, then the secret, joined by hyphens";

/** Trims and checks a key; the message (when not ok) says what is wrong without quoting the key. */
export function parseApiKey(raw: string | undefined | null): ApiKeyCheck {
  const value = (raw ?? "").trim();
  if (value === "") return { ok: false, message: "The GOV.UK Notify API key is empty." };
  if (/\s/.test(value)) {
    return {
      ok: false,
      message:
        "The GOV.UK Notify API key contains spaces or line breaks. Copy it again as one line " +
        "from Notify (API integration > API keys).",
    };
  }
  if (/^["'].*["']$/.test(value)) {
    return { ok: false, message: "The GOV.UK Notify API key is wrapped in quotes: remove them." };
  }
  if (ONE_UUID.test(value)) {
    return {
      ok: false,
      message:
        "That looks like a single id (a service, template or key id), not an API key. A Notify " +
        `API key is the ${SHAPE}; Notify shows it once, when the key is created.`,
    };
  }
  const match = KEY.exec(value);
  if (!match) {
    return {
      ok: false,
      message:
        `That is not a GOV.UK Notify API key: a key is the ${SHAPE} (two ids of 36 characters ` +
        "at the end). Check that you copied all of it.",
    };
  }
  return {
    ok: true,
    key: { name: match[1] ?? "", serviceId: match[2]!, secret: match[3]!, value },
  };
}

/** How a key is shown to people: its name and service id, never the secret. */
export function describeApiKey(key: Pick<NotifyApiKey, "name" | "serviceId">): string {
  return `${key.name || "(unnamed key)"} (service ${key.serviceId})`;
}
