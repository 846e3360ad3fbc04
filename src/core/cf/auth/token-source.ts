// Where a region's access token comes from, and how it is renewed. The client asks for a token
// before each request and, after a 401, asks for a fresh one exactly once.
import { CfSessionExpiredError } from "../errors";
import { bareToken, mayReadUsers, readClaims } from "./jwt";
import type { TokenGrant, UaaTokens } from "./uaa";

export interface TokenSource {
  /** For messages: "cf CLI session", "CF_ACCESS_TOKEN", "passcode sign-in". */
  readonly description: string;
  /** A token believed valid, refreshed first when it is known to have expired. */
  token(signal?: AbortSignal): Promise<string>;
  /** Called after `rejected` got a 401: returns a new token or throws CfSessionExpiredError. */
  renew(rejected: string, signal?: AbortSignal): Promise<string>;
  /** true/false when the token's scopes say whether UAA users can be read; undefined = unknown. */
  mayReadUsers(): boolean | undefined;
}

/** Refresh a little early so a token does not expire between our check and the server's. */
const EXPIRY_MARGIN_MS = 30_000;

/** A fixed token (CF_ACCESS_TOKEN): used as is, never refreshed. */
export class StaticTokenSource implements TokenSource {
  private readonly value: string;
  constructor(
    value: string,
    readonly description: string,
    private readonly api: string,
    private readonly region?: string,
    private readonly now: () => number = Date.now,
  ) {
    this.value = bareToken(value);
  }

  async token(): Promise<string> {
    const { expiresAt } = readClaims(this.value);
    if (expiresAt !== undefined && expiresAt <= this.now()) throw this.expired();
    return this.value;
  }

  async renew(): Promise<string> {
    throw this.expired();
  }

  mayReadUsers(): boolean | undefined {
    return mayReadUsers(readClaims(this.value));
  }

  private expired(): CfSessionExpiredError {
    return new CfSessionExpiredError(
      this.api,
      this.region,
      `the token in ${this.description} was rejected or has expired. Get a new one with \`cf oauth-token\` (after \`cf login -a ${this.api} --sso\`) and try again.`,
    );
  }
}

export interface RefreshingTokenSourceOptions {
  description: string;
  api: string;
  region?: string;
  /** Built lazily, because the login server's address comes from the API root document. */
  uaa: () => Promise<UaaTokens>;
  accessToken?: string;
  /** When the grant said (expires_in); the token's own `exp` claim wins when readable. */
  expiresAt?: number;
  refreshToken?: string;
  now?: () => number;
  /** Told about every new grant, e.g. to keep the refresh token in SecretStorage. */
  onGrant?: (grant: TokenGrant) => void | Promise<void>;
  /** What to do when the session is over, if not `cf login` (e.g. `cf auth` for a client). */
  expiredHint?: string;
}

/** A token with a refresh token (cf CLI session, or a passcode/password sign-in). */
export class RefreshingTokenSource implements TokenSource {
  readonly description: string;
  private access?: string;
  private expiresAt?: number;
  private refreshToken?: string;
  private inFlight?: Promise<string>;
  private readonly now: () => number;

  constructor(private readonly options: RefreshingTokenSourceOptions) {
    this.description = options.description;
    this.now = options.now ?? Date.now;
    this.refreshToken = options.refreshToken || undefined;
    if (options.accessToken) this.setAccess(bareToken(options.accessToken), options.expiresAt);
  }

  async token(signal?: AbortSignal): Promise<string> {
    if (
      this.access &&
      (this.expiresAt === undefined || this.expiresAt - EXPIRY_MARGIN_MS > this.now())
    ) {
      return this.access;
    }
    return this.refresh(signal);
  }

  async renew(rejected: string, signal?: AbortSignal): Promise<string> {
    // Several requests may fail with the same old token at once: refresh only once for all of them.
    if (this.access && this.access !== rejected) return this.access;
    return this.refresh(signal);
  }

  mayReadUsers(): boolean | undefined {
    return this.access ? mayReadUsers(readClaims(this.access)) : undefined;
  }

  private refresh(signal?: AbortSignal): Promise<string> {
    this.inFlight ??= this.doRefresh(signal).finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async doRefresh(signal?: AbortSignal): Promise<string> {
    const { api, region, expiredHint } = this.options;
    if (!this.refreshToken) throw new CfSessionExpiredError(api, region, expiredHint);
    const uaa = await this.options.uaa();
    let grant: TokenGrant;
    try {
      grant = await uaa.refresh(this.refreshToken, signal);
    } catch (error) {
      if (error instanceof CfSessionExpiredError && expiredHint) {
        throw new CfSessionExpiredError(api, region, expiredHint);
      }
      throw error;
    }
    this.setAccess(grant.accessToken, grant.expiresAt);
    if (grant.refreshToken) this.refreshToken = grant.refreshToken;
    await this.options.onGrant?.(grant);
    return grant.accessToken;
  }

  private setAccess(token: string, expiresAt?: number): void {
    this.access = token;
    this.expiresAt = readClaims(token).expiresAt ?? expiresAt;
  }
}
