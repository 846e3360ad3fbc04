// The one table of who each audience reaches. Everything else (CLI help, settings text, tests,
// output) imports it. Combining audiences or roles is always a union, and the output says so.
import { AUDIENCES, type Audience } from "../draft";

/** CF v3 role types (cloud_controller_ng docs/v3 roles/_valid_roles). */
export const ROLE_TYPES = [
  "space_developer",
  "space_manager",
  "space_auditor",
  "space_supporter",
  "organization_manager",
  "organization_auditor",
  "organization_billing_manager",
  "organization_user",
] as const;
export type RoleType = (typeof ROLE_TYPES)[number];

export const ROLE_LABELS: Record<RoleType, string> = {
  space_developer: "space developer",
  space_manager: "space manager",
  space_auditor: "space auditor",
  space_supporter: "space supporter",
  organization_manager: "org manager",
  organization_auditor: "org auditor",
  organization_billing_manager: "billing manager",
  organization_user: "org user",
};

export const AUDIENCE_ROLES: Record<Audience, readonly RoleType[]> = {
  // Everyday changes: the people who deploy.
  developers: ["space_developer"],
  // Action needed or downtime follows: everyone who can act on or oversees a space or org.
  critical: [
    "space_developer",
    "space_manager",
    "space_auditor",
    "organization_manager",
    "organization_auditor",
  ],
  // Information requests developers could not answer (billing, ownership).
  management: ["organization_manager", "organization_auditor", "organization_billing_manager"],
};

export const AUDIENCE_NAMES: readonly Audience[] = AUDIENCES;

export interface AudienceSelection {
  /** Role types to ask for, in ROLE_TYPES order, no duplicates. */
  roles: RoleType[];
  /** What was chosen and what it means, e.g. "critical + management (union): space developer, ...". */
  description: string;
}

export function isAudience(name: string): name is Audience {
  return (AUDIENCES as readonly string[]).includes(name);
}

export function isRoleType(name: string): name is RoleType {
  return (ROLE_TYPES as readonly string[]).includes(name);
}

/** Union of the named audiences and explicit roles. Throws nothing: callers validate names first. */
export function selectRoles(
  audiences: readonly Audience[],
  roles: readonly RoleType[] = [],
): AudienceSelection {
  const wanted = new Set<RoleType>([...audiences.flatMap((a) => AUDIENCE_ROLES[a]), ...roles]);
  const ordered = ROLE_TYPES.filter((r) => wanted.has(r));
  const parts = [
    ...new Set(audiences).values(),
    ...(roles.length ? [`roles ${roles.map((r) => ROLE_LABELS[r]).join(", ")}`] : []),
  ];
  const union = parts.length > 1 ? " (union: anyone with at least one of these roles)" : "";
  return {
    roles: ordered,
    description: `${parts.join(" + ")}${union}: ${ordered.map((r) => ROLE_LABELS[r]).join(", ")}`,
  };
}

/** "a,b" -> role types, or the first unknown name. */
export function parseRoleList(
  text: string,
): { ok: true; roles: RoleType[] } | { ok: false; unknown: string } {
  const roles: RoleType[] = [];
  for (const name of text
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!isRoleType(name)) return { ok: false, unknown: name };
    roles.push(name);
  }
  return { ok: true, roles };
}

export function isSpaceRole(type: string): boolean {
  return type.startsWith("space_");
}
