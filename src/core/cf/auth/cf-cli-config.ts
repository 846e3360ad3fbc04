// Reads the cf CLI's session (cloudfoundry/cli util/configv3/json_config.go) so people who already
// ran `cf login` need nothing else. We only read it: refreshed tokens stay in memory, and the
// user's cf CLI keeps working exactly as before.
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { trimSlash } from "../root";
import { bareToken } from "./jwt";

export interface CfCliSession {
  /** Where the session was read from, for messages. */
  path: string;
  target: string;
  accessToken: string;
  refreshToken: string;
  clientId: string;
  clientSecret: string;
  /** "" for user logins; "client_credentials" after `cf auth --client-credentials`. */
  grantType: string;
}

export type CfCliSessionResult =
  { found: true; session: CfCliSession } | { found: false; path: string; reason: string };

export function cfConfigPath(env: NodeJS.ProcessEnv, home: string = homedir()): string {
  return join(env.CF_HOME || home, ".cf", "config.json");
}

export async function readCfCliSession(
  env: NodeJS.ProcessEnv,
  read: (path: string) => Promise<string> = (p) => readFile(p, "utf8"),
  home?: string,
): Promise<CfCliSessionResult> {
  const path = cfConfigPath(env, home);
  let text: string;
  try {
    text = await read(path);
  } catch {
    return { found: false, path, reason: `no cf CLI configuration at ${path}` };
  }
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { found: false, path, reason: `the cf CLI configuration at ${path} is not valid JSON` };
  }
  const str = (key: string) => (typeof json[key] === "string" ? (json[key] as string) : "");
  if (!str("Target")) return { found: false, path, reason: "the cf CLI has no API target" };
  if (!str("AccessToken") && !str("RefreshToken")) {
    return { found: false, path, reason: "the cf CLI is not logged in" };
  }
  return {
    found: true,
    session: {
      path,
      target: trimSlash(str("Target")),
      accessToken: bareToken(str("AccessToken")),
      refreshToken: str("RefreshToken"),
      clientId: str("UAAOAuthClient") || "cf",
      clientSecret: str("UAAOAuthClientSecret"),
      grantType: str("UAAGrantType"),
    },
  };
}

/** Same API, ignoring case and a trailing slash. */
export function sameApi(a: string, b: string): boolean {
  return trimSlash(a).toLowerCase() === trimSlash(b).toLowerCase();
}
