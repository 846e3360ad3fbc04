// Emails of users whose CF username is not an address (SSO users: their UAA userName is the
// identity provider's subject). UAA SCIM needs `scim.read`; we ask for many users per request with
// a filter of `id eq "..." or ...`, so lookups grow with the number of SSO users / 50, not with users.
import type { CfClient } from "./client";
import { CfHttpError } from "./errors";

export const USERS_PER_LOOKUP = 50;
export const LOOKUPS_AT_ONCE = 4;

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
  const batches: string[][] = [];
  for (let i = 0; i < userIds.length; i += USERS_PER_LOOKUP) {
    // UAA ids are GUIDs; anything else could break out of the quoted filter, so it is not sent
    // (and that user is reported as not found in UAA).
    const safe = userIds.slice(i, i + USERS_PER_LOOKUP).filter((id) => /^[A-Za-z0-9-]+$/.test(id));
    if (safe.length) batches.push(safe);
  }
  let done = 0;
  let forbidden = false;
  const lookUp = async (ids: string[]) => {
    const params = new URLSearchParams({
      filter: ids.map((id) => `id eq "${id}"`).join(" or "),
      attributes: "id,emails",
      count: String(USERS_PER_LOOKUP),
    });
    const raw = await client.getRaw(`${uaa}/Users?${params.toString()}`, options.signal);
    if (raw.status === 403) {
      forbidden = true;
      return;
    }
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
    options.onBatch?.(++done, batches.length);
  };
  // A few lookups at a time: each is small, and waiting on them one by one would add up.
  let next = 0;
  const worker = async () => {
    while (!forbidden && next < batches.length) await lookUp(batches[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(LOOKUPS_AT_ONCE, batches.length) }, worker));
  if (forbidden) return { ok: false, reason: "forbidden" };
  return { ok: true, emails };
}
