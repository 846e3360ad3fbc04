// From CF users to Notify-ready addresses. A username that is a valid address is used as is; any
// other user (SSO users, whose UAA userName is the provider's subject) is looked up in UAA when
// the token may read users. Whoever still has no usable address goes to the skipped report with
// the reason: nothing is dropped silently.
import type { TokenSource } from "../cf/auth/token-source";
import type { CfClient } from "../cf/client";
import type { V3User } from "../cf/types";
import { lookUpUaaEmails } from "../cf/uaa-users";
import { INVALID_EMAIL_MESSAGE, validateEmailAddress } from "../notify/email-address";

export type Resolution = { ok: true; address: string } | { ok: false; reason: string };

/** Spreadsheets run cells starting with these as formulas (CSV injection). */
export const FORMULA_PREFIXES = ["=", "+", "-", "@", "\t", "\r"];

export function startsLikeFormula(value: string): boolean {
  return FORMULA_PREFIXES.some((p) => value.startsWith(p));
}

/** An address we can put in the CSV unchanged (a prefixed address would no longer be the address). */
function usable(candidate: string): Resolution {
  const check = validateEmailAddress(candidate);
  if (!check.valid) {
    const why = check.error === INVALID_EMAIL_MESSAGE ? "" : ` (${check.error})`;
    return { ok: false, reason: `"${candidate}" is not a valid email address for Notify${why}` };
  }
  if (startsLikeFormula(check.normalised)) {
    return {
      ok: false,
      reason: `"${check.normalised}" starts with "${check.normalised[0]}", which spreadsheets run as a formula: email this person separately`,
    };
  }
  return { ok: true, address: check.normalised };
}

export interface ResolveOptions {
  client: CfClient;
  tokens: TokenSource;
  signal?: AbortSignal;
  onLookup?: (batch: number, total: number) => void;
}

export async function resolveAddresses(
  users: readonly V3User[],
  options: ResolveOptions,
): Promise<Map<string, Resolution>> {
  const result = new Map<string, Resolution>();
  const lookup: V3User[] = [];
  const firstProblem = new Map<string, string>();
  for (const user of users) {
    if (user.username == null && user.origin == null) {
      result.set(user.guid, {
        ok: false,
        reason: `a UAA client (${user.presentation_name ?? user.guid}), not a person`,
      });
      continue;
    }
    if (user.username) {
      const direct = usable(user.username);
      if (direct.ok) {
        result.set(user.guid, direct);
        continue;
      }
      // A username without "@" is an id (SSO subject, service account), not a broken address.
      if (user.username.includes("@")) firstProblem.set(user.guid, direct.reason);
    }
    lookup.push(user);
  }
  if (lookup.length === 0) return result;

  const describe = (u: V3User) =>
    firstProblem.get(u.guid) ??
    `username ${u.username ? `"${u.username}"` : "(none)"}${u.origin ? ` from ${u.origin}` : ""} is not an email address`;

  const allowed = options.tokens.mayReadUsers();
  const answer =
    allowed === false
      ? ({ ok: false, reason: "forbidden" } as const)
      : await lookUpUaaEmails(
          options.client,
          lookup.map((u) => u.guid),
          { signal: options.signal, onBatch: options.onLookup },
        );
  for (const user of lookup) {
    if (!answer.ok) {
      result.set(user.guid, {
        ok: false,
        reason: `${describe(user)}, and this sign-in cannot read UAA users to find their email (needs the scim.read scope)`,
      });
      continue;
    }
    const emails = answer.emails.get(user.guid);
    if (!emails) {
      result.set(user.guid, { ok: false, reason: `${describe(user)}, and UAA has no such user` });
      continue;
    }
    const found = emails.map(usable);
    const good = found.find((r): r is Extract<Resolution, { ok: true }> => r.ok);
    if (good) result.set(user.guid, good);
    else {
      const first = firstProblem.get(user.guid);
      const others = found.flatMap((r) => (r.ok || r.reason === first ? [] : [r.reason]));
      const why = others.length
        ? `its UAA email ${others.join("; ")}`
        : found.length
          ? "UAA has no other address for this user"
          : "UAA lists no email for this user";
      result.set(user.guid, { ok: false, reason: `${describe(user)}, and ${why}` });
    }
  }
  return result;
}
