// The data a simulated Cloud Foundry + UAA serves, plus helpers to build small platforms by hand
// and a fast seeded generator for large ones (the benchmark's 1,000 orgs / 60,000 roles).
import { seededRandom } from "../../support/seeded-random";

export interface SimOrg {
  guid: string;
  name: string;
  suspended?: boolean;
}

export interface SimSpace {
  guid: string;
  name: string;
  orgGuid: string;
}

export interface SimUser {
  guid: string;
  /** UAA userName: an address for password users, the IdP subject for SSO users, null for clients. */
  username: string | null;
  /** "uaa", "google"...; null for UAA clients. */
  origin: string | null;
  /** What UAA's /Users returns in `emails`. */
  emails: string[];
  presentationName?: string;
}

export interface SimRole {
  guid: string;
  type: string;
  userGuid: string;
  spaceGuid?: string;
  orgGuid?: string;
}

export interface Platform {
  orgs: SimOrg[];
  spaces: SimSpace[];
  users: SimUser[];
  roles: SimRole[];
}

/** Deterministic GUID-shaped ids: the kind digit keeps orgs, spaces, users and roles apart. */
export function simGuid(kind: "org" | "space" | "user" | "role", index: number): string {
  const digit = { org: "1", space: "2", user: "3", role: "4" }[kind];
  return `${digit}0000000-0000-4000-8000-${index.toString(16).padStart(12, "0")}`;
}

/** A tiny builder so tests read as a description of the platform. */
export class PlatformBuilder {
  readonly platform: Platform = { orgs: [], spaces: [], users: [], roles: [] };
  private counter = 0;
  private readonly usersByName = new Map<string, SimUser>();

  org(name: string, options: { suspended?: boolean; guid?: string } = {}): string {
    const guid = options.guid ?? simGuid("org", ++this.counter);
    this.platform.orgs.push({ guid, name, suspended: options.suspended ?? false });
    return guid;
  }

  space(orgGuid: string, name: string): string {
    const guid = simGuid("space", ++this.counter);
    this.platform.spaces.push({ guid, name, orgGuid });
    return guid;
  }

  /** A password user (username = address), an SSO user ({sso: emails}), or a client (null). */
  user(
    username: string | null,
    options: {
      origin?: string | null;
      emails?: string[];
      guid?: string;
      presentationName?: string;
    } = {},
  ): string {
    const key = username ?? `client:${options.presentationName}`;
    const existing = this.usersByName.get(key);
    if (existing) return existing.guid;
    const user: SimUser = {
      guid: options.guid ?? simGuid("user", ++this.counter),
      username,
      origin: options.origin === undefined ? (username === null ? null : "uaa") : options.origin,
      emails: options.emails ?? (username && username.includes("@") ? [username] : []),
      presentationName: options.presentationName ?? username ?? undefined,
    };
    this.platform.users.push(user);
    this.usersByName.set(key, user);
    return user.guid;
  }

  spaceRole(type: string, userGuid: string, spaceGuid: string): this {
    this.platform.roles.push({ guid: simGuid("role", ++this.counter), type, userGuid, spaceGuid });
    return this;
  }

  orgRole(type: string, userGuid: string, orgGuid: string): this {
    this.platform.roles.push({ guid: simGuid("role", ++this.counter), type, userGuid, orgGuid });
    return this;
  }
}

export interface GenerateOptions {
  orgs: number;
  spaces: number;
  users: number;
  roles: number;
  seed?: number;
  /** Share of users signing in with SSO (username not an address). Default 0.02. */
  ssoShare?: number;
  /** Share of orgs suspended. Default 0.01. */
  suspendedShare?: number;
  /** Share of orgs with no spaces at all. Default 0.05. */
  emptyOrgShare?: number;
}

/** Space and org role types with the weights seen on a typical platform (mostly developers). */
const ROLE_WEIGHTS: [type: string, weight: number][] = [
  ["space_developer", 60],
  ["space_manager", 10],
  ["space_auditor", 5],
  ["organization_manager", 10],
  ["organization_auditor", 7],
  ["organization_billing_manager", 3],
  ["organization_user", 5],
];

export function generatePlatform(options: GenerateOptions): Platform {
  const random = seededRandom(options.seed ?? 1);
  const pick = (n: number) => Math.floor(random() * n);
  const orgs: SimOrg[] = [];
  for (let i = 0; i < options.orgs; i++) {
    orgs.push({
      guid: simGuid("org", i),
      name: `org-${String(i).padStart(4, "0")}`,
      suspended: random() < (options.suspendedShare ?? 0.01),
    });
  }
  const emptyOrgs = Math.floor(options.orgs * (options.emptyOrgShare ?? 0.05));
  const orgsWithSpaces = Math.max(1, options.orgs - emptyOrgs);
  const spaces: SimSpace[] = [];
  for (let i = 0; i < options.spaces; i++) {
    // The first spaces go one per org so every non-empty org has at least one.
    const orgIndex = emptyOrgs + (i < orgsWithSpaces ? i : pick(orgsWithSpaces));
    spaces.push({
      guid: simGuid("space", i),
      name: `space-${i}`,
      orgGuid: orgs[orgIndex % options.orgs]!.guid,
    });
  }
  const users: SimUser[] = [];
  const ssoShare = options.ssoShare ?? 0.02;
  for (let i = 0; i < options.users; i++) {
    const guid = simGuid("user", i);
    if (random() < ssoShare) {
      users.push({
        guid,
        username: `1${String(i).padStart(20, "0")}`,
        origin: "google",
        emails: [`sso.user${i}@digital.example.gov.uk`],
      });
    } else {
      const address = `user${i}@dept${i % 40}.example.gov.uk`;
      users.push({ guid, username: address, origin: "uaa", emails: [address] });
    }
  }
  const totalWeight = ROLE_WEIGHTS.reduce((s, [, w]) => s + w, 0);
  const roles: SimRole[] = [];
  const seen = new Set<string>();
  let attempts = 0;
  while (roles.length < options.roles && attempts < options.roles * 10) {
    attempts++;
    let r = random() * totalWeight;
    let type = ROLE_WEIGHTS[0]![0];
    for (const [t, w] of ROLE_WEIGHTS) {
      if ((r -= w) < 0) {
        type = t;
        break;
      }
    }
    const user = users[pick(users.length)]!;
    const role: SimRole = { guid: simGuid("role", roles.length), type, userGuid: user.guid };
    if (type.startsWith("space_")) role.spaceGuid = spaces[pick(spaces.length)]!.guid;
    else role.orgGuid = orgs[pick(orgs.length)]!.guid;
    const key = `${type}|${user.guid}|${role.spaceGuid ?? role.orgGuid}`;
    if (seen.has(key)) continue;
    seen.add(key);
    roles.push(role);
  }
  return { orgs, spaces, users, roles };
}
