// UAA token grants (cloudfoundry/cli api/uaa): form-encoded POST to {login}/oauth/token with the
// client in HTTP Basic auth. The cf CLI's public client is `cf` with an empty secret.
import {
  CfBadCredentialsError,
  CfBadResponseError,
  CfHttpError,
  CfSessionExpiredError,
} from "../errors";
import type { Http } from "../http";

export const CF_CLIENT_ID = "cf";

export interface TokenGrant {
  accessToken: string;
  refreshToken?: string;
  /** ms since the epoch, from expires_in. */
  expiresAt?: number;
}

export interface UaaClientOptions {
  http: Http;
  /** The login server (token endpoint host). */
  login: string;
  api: string;
  region?: string;
  clientId?: string;
  clientSecret?: string;
  now?: () => number;
}

export type Credentials =
  { kind: "password"; username: string; password: string } | { kind: "passcode"; passcode: string };

export class UaaTokens {
  constructor(private readonly options: UaaClientOptions) {}

  private get tokenUrl(): string {
    return `${this.options.login}/oauth/token`;
  }

  async signIn(credentials: Credentials, signal?: AbortSignal): Promise<TokenGrant> {
    const form: Record<string, string> =
      credentials.kind === "password"
        ? { grant_type: "password", username: credentials.username, password: credentials.password }
        : { grant_type: "password", passcode: credentials.passcode };
    const { status, body } = await this.post(form, signal, credentials.kind !== "passcode");
    if (status === 400 || status === 401) {
      throw new CfBadCredentialsError(credentials.kind, this.options.login, this.options.region);
    }
    return this.grantFrom(status, body);
  }

  async refresh(refreshToken: string, signal?: AbortSignal): Promise<TokenGrant> {
    const { status, body } = await this.post(
      { grant_type: "refresh_token", refresh_token: refreshToken },
      signal,
    );
    if (status === 400 || status === 401) {
      throw new CfSessionExpiredError(this.options.api, this.options.region);
    }
    const grant = this.grantFrom(status, body);
    // UAA may not rotate refresh tokens; keep using the one we have.
    return { ...grant, refreshToken: grant.refreshToken ?? refreshToken };
  }

  private async post(
    form: Record<string, string>,
    signal?: AbortSignal,
    retry = true,
  ): Promise<{ status: number; body: unknown }> {
    const clientId = this.options.clientId ?? CF_CLIENT_ID;
    const secret = this.options.clientSecret ?? "";
    // A passcode works once: never resend it, whatever happens to the first attempt.
    const { response } = await this.options.http.send(this.tokenUrl, {
      method: "POST",
      headers: {
        accept: "application/json",
        "content-type": "application/x-www-form-urlencoded",
        authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString("base64")}`,
      },
      body: new URLSearchParams(form).toString(),
      signal,
      retry,
    });
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    return { status: response.status, body };
  }

  private grantFrom(status: number, body: unknown): TokenGrant {
    // Never echo the body: on success it holds the tokens.
    if (status < 200 || status >= 300) {
      throw new CfHttpError(status, this.tokenUrl, "", 1, this.options.region);
    }
    const b = body as { access_token?: unknown; refresh_token?: unknown; expires_in?: unknown };
    if (typeof b?.access_token !== "string" || !b.access_token) {
      throw new CfBadResponseError(
        this.tokenUrl,
        "no access token in the answer",
        this.options.region,
      );
    }
    const now = (this.options.now ?? Date.now)();
    return {
      accessToken: b.access_token,
      refreshToken: typeof b.refresh_token === "string" ? b.refresh_token : undefined,
      expiresAt: typeof b.expires_in === "number" ? now + b.expires_in * 1000 : undefined,
    };
  }
}
