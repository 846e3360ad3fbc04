// Which orgs are left out: name patterns (admin, test and smoke-test orgs) and suspended orgs.
// Excluded orgs are reported with the reason; nobody disappears without a line saying why.
import type { V3Organization } from "../cf/types";

export interface OrgExclusions {
  /** Case-insensitive glob patterns on the org name: `*` any run of characters, `?` one. */
  patterns: readonly string[];
  excludeSuspended: boolean;
}

export function globToRegExp(pattern: string): RegExp {
  const source = pattern
    .split("")
    .map((c) => (c === "*" ? ".*" : c === "?" ? "." : c.replace(/[.+^${}()|[\]\\]/g, "\\$&")))
    .join("");
  return new RegExp(`^${source}$`, "i");
}

export function orgFilter(exclusions: OrgExclusions): (org: V3Organization) => string | undefined {
  const compiled = exclusions.patterns.map((p) => ({ p, re: globToRegExp(p.trim()) }));
  return (org) => {
    if (exclusions.excludeSuspended && org.suspended) return "suspended";
    const hit = compiled.find(({ re }) => re.test(org.name));
    return hit ? `name matches "${hit.p}"` : undefined;
  };
}
