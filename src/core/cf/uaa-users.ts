// Emails of users whose CF username is not an address (SSO users: their UAA userName is the
// identity provider's subject). UAA SCIM needs `scim.read`; we ask for many users per request with
// a filter of `id eq "..." or ...`, so lookups grow with the number of SSO users / 50, not with users.
import type { CfClient } from "./client";
import { CfHttpError } from "./errors";

export const USERS_PER_LOOKUP = 50;

export type UaaLookup =
  { ok: true; emails: Map<string, string[]> } | { ok: false; reason: "forbidden" };

interface ScimUser {
  id: string;
  emails?: { value?: string; primary?: boolean }[];
}

export async function lookUpUaaEmails(
  client: CfClient,
  userIds: readonly string[],
  options: { signal?: AbortSignal; onBatch?: (done: number, total: number) => void } = {},
): Promise<UaaLookup> {
  const emails = new Map<string, string[]>();
  if (userIds.length === 0) return { ok: true, emails };
  const { uaa } = await client.endpoints(options.signal);
  const total = Math.ceil(userIds.length / USERS_PER_LOOKUP);
  for (let i = 0, batch = 1; i < userIds.length; i += USERS_PER_LOOKUP, batch++) {
    const ids = userIds.slice(i, i + USERS_PER_LOOKUP);
    // UAA ids are GUIDs; anything else could break out of the quoted filter, so leave it out.
    const safe = ids.filter((id) => /^[A-Za-z0-9-]+$/.test(id));
    if (safe.length === 0) continue;
    const filter = safe.map((id) => `id eq "${id}"`).join(" or ");
    const params = new URLSearchParams({
      filter,
      attributes: "id,emails",
      count: String(USERS_PER_LOOKUP),
    });
    const raw = await client.getRaw(`${uaa}/Users?${params.toString()}`, options.signal);
    if (raw.status === 403) return { ok: false, reason: "forbidden" };
    if (raw.status < 200 || raw.status >= 300 || raw.body === undefined) {
      throw new CfHttpError(
        raw.status,
        raw.url,
        "UAA user lookup failed",
        raw.attempts,
        client.region,
      );
    }
    for (const user of (raw.body as { resources?: ScimUser[] })?.resources ?? []) {
      const list = (user.emails ?? [])
        .slice()
        .sort((a, b) => Number(Boolean(b.primary)) - Number(Boolean(a.primary)))
        .map((e) => e.value)
        .filter((v): v is string => typeof v === "string" && v.length > 0);
      emails.set(user.id, list);
    }
    options.onBatch?.(batch, total);
  }
  return { ok: true, emails };
}
