// Ways to get a TokenSource for one region's client: the cf CLI's session, a fresh sign-in with a
// one-time passcode or username and password (UAA password grant, client `cf`), or a refresh
// token kept from an earlier sign-in (the editor keeps it in SecretStorage).
import type { CfClient } from "../client";
import type { CfCliSession } from "./cf-cli-config";
import { RefreshingTokenSource } from "./token-source";
import type { Credentials, TokenGrant } from "./uaa";

export interface SignInOptions {
  signal?: AbortSignal;
  /** Told about every grant, so the caller can keep the refresh token somewhere safe. */
  onGrant?: (grant: TokenGrant) => void | Promise<void>;
}

export function cfCliTokenSource(client: CfClient, session: CfCliSession): RefreshingTokenSource {
  return new RefreshingTokenSource({
    description: `cf CLI session (${session.path})`,
    api: client.api,
    region: client.region,
    uaa: () => client.uaaTokens(session.clientId, session.clientSecret),
    accessToken: session.accessToken,
    refreshToken: session.refreshToken,
    // After `cf auth --client-credentials` the CLI keeps no secret and no refresh token.
    expiredHint:
      session.grantType === "client_credentials"
        ? `run \`cf auth ${session.clientId} <secret> --client-credentials\` against ${client.api} and try again.`
        : undefined,
  });
}

export async function signIn(
  client: CfClient,
  credentials: Credentials,
  options: SignInOptions = {},
): Promise<RefreshingTokenSource> {
  const uaa = await client.uaaTokens(undefined, undefined, options.signal);
  const grant = await uaa.signIn(credentials, options.signal);
  await options.onGrant?.(grant);
  return new RefreshingTokenSource({
    description: credentials.kind === "passcode" ? "one-time passcode sign-in" : "password sign-in",
    api: client.api,
    region: client.region,
    uaa: () => client.uaaTokens(),
    accessToken: grant.accessToken,
    refreshToken: grant.refreshToken,
    expiresAt: grant.expiresAt,
    onGrant: options.onGrant,
  });
}

/** A refresh token saved from an earlier sign-in: the first request refreshes it into an access token. */
export function savedSignIn(
  client: CfClient,
  refreshToken: string,
  options: SignInOptions = {},
): RefreshingTokenSource {
  return new RefreshingTokenSource({
    description: "saved sign-in",
    api: client.api,
    region: client.region,
    uaa: () => client.uaaTokens(),
    refreshToken,
    onGrant: options.onGrant,
  });
}
