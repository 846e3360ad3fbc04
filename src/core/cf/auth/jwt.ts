// Reads (never verifies: that is the server's job) the claims we use to decide when to refresh and
// whether the token may read UAA users. An unreadable token is not an error: we just learn less.

export interface TokenClaims {
  /** Expiry, ms since the epoch. */
  expiresAt?: number;
  scopes?: string[];
  userName?: string;
}

export function readClaims(token: string): TokenClaims {
  const part = token.split(".")[1];
  if (!part) return {};
  try {
    const json = JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as Record<
      string,
      unknown
    >;
    const claims: TokenClaims = {};
    if (typeof json.exp === "number") claims.expiresAt = json.exp * 1000;
    if (Array.isArray(json.scope)) claims.scopes = json.scope.filter((s) => typeof s === "string");
    if (typeof json.user_name === "string") claims.userName = json.user_name;
    return claims;
  } catch {
    return {};
  }
}

/** Strips the `bearer ` prefix the cf CLI stores and prints. */
export function bareToken(token: string): string {
  return token.replace(/^bearer\s+/i, "").trim();
}

/** UAA user lookups need one of these scopes; unknown scopes mean "try and see". */
export function mayReadUsers(claims: TokenClaims): boolean | undefined {
  if (!claims.scopes) return undefined;
  return claims.scopes.some((s) => s === "scim.read" || s === "uaa.admin");
}
