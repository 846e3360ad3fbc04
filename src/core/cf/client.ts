// An authorised JSON GET against one region's CF API (and its UAA), with one token renewal after
// a 401. Retries, timeouts and backoff live in http.ts.
import type { TokenSource } from "./auth/token-source";
import { UaaTokens } from "./auth/uaa";
import {
  CfBadResponseError,
  CfCancelledError,
  CfForbiddenError,
  CfHttpError,
  CfSessionExpiredError,
} from "./errors";
import { createHttp, type Http, type HttpOptions } from "./http";
import { fetchEndpoints, trimSlash, type Endpoints } from "./root";

export interface CfClientOptions {
  api: string;
  region?: string;
  http?: HttpOptions;
  /** Given the client (for its endpoints and UAA), returns how this region authenticates. */
  tokens: TokenSource | ((client: CfClient) => TokenSource | Promise<TokenSource>);
}

/** The HTTP status and parsed body of a GET the caller wants to judge itself (e.g. UAA 403). */
export interface RawJson {
  status: number;
  body: unknown;
  url: string;
}

export class CfClient {
  readonly api: string;
  readonly region?: string;
  readonly http: Http;
  /** Requests that reached the network, retries included. */
  requests = 0;
  private endpointsPromise?: Promise<Endpoints>;
  private tokensPromise?: Promise<TokenSource>;

  constructor(private readonly options: CfClientOptions) {
    this.api = trimSlash(options.api);
    this.region = options.region;
    const onAttempt = options.http?.onAttempt;
    this.http = createHttp({
      ...options.http,
      region: options.region,
      onAttempt: (info) => {
        this.requests++;
        onAttempt?.(info);
      },
    });
  }

  endpoints(signal?: AbortSignal): Promise<Endpoints> {
    this.endpointsPromise ??= fetchEndpoints(this.http, this.api, this.region, signal);
    this.endpointsPromise.catch(() => {
      this.endpointsPromise = undefined;
    });
    return this.endpointsPromise;
  }

  /** The token endpoint client for this region, with the given OAuth client. */
  async uaaTokens(
    clientId?: string,
    clientSecret?: string,
    signal?: AbortSignal,
  ): Promise<UaaTokens> {
    const { login } = await this.endpoints(signal);
    return new UaaTokens({
      http: this.http,
      login,
      api: this.api,
      region: this.region,
      clientId,
      clientSecret,
    });
  }

  tokens(): Promise<TokenSource> {
    const t = this.options.tokens;
    this.tokensPromise ??= Promise.resolve(typeof t === "function" ? t(this) : t);
    return this.tokensPromise;
  }

  /** GET a CF API path (`/v3/roles?...`) or absolute URL; throws typed errors on anything but 2xx. */
  async get<T>(pathOrUrl: string, signal?: AbortSignal): Promise<T> {
    const raw = await this.getRaw(pathOrUrl, signal);
    if (raw.status === 403) throw new CfForbiddenError(raw.url, detailOf(raw.body), this.region);
    if (raw.status < 200 || raw.status >= 300) {
      throw new CfHttpError(raw.status, raw.url, detailOf(raw.body), raw.attempts, this.region);
    }
    if (raw.body === undefined) throw new CfBadResponseError(raw.url, "not JSON", this.region);
    return raw.body as T;
  }

  /** Authorised GET that leaves non-401 statuses to the caller. */
  async getRaw(pathOrUrl: string, signal?: AbortSignal): Promise<RawJson & { attempts: number }> {
    const url = pathOrUrl.startsWith("/") ? `${this.api}${pathOrUrl}` : pathOrUrl;
    const tokens = await this.tokens();
    let token = await tokens.token(signal);
    let result = await this.once(url, token, signal);
    if (result.status === 401) {
      // Expired or revoked mid-run: renew once and retry once. A second 401 means renewing didn't help.
      token = await tokens.renew(token, signal);
      result = await this.once(url, token, signal);
      if (result.status === 401) throw new CfSessionExpiredError(this.api, this.region);
    }
    return result;
  }

  private async once(url: string, token: string, signal?: AbortSignal) {
    if (signal?.aborted) throw new CfCancelledError();
    const { response, attempts } = await this.http.send(url, {
      headers: { accept: "application/json", authorization: `bearer ${token}` },
      signal,
    });
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      body = undefined;
    }
    return { status: response.status, body, url, attempts };
  }
}

/** CF v3 errors: `{ errors: [{ detail, title, code }] }`; UAA: `{ error_description }`. */
function detailOf(body: unknown): string {
  const b = body as { errors?: { detail?: unknown }[]; error_description?: unknown };
  const detail = b?.errors?.[0]?.detail ?? b?.error_description;
  return typeof detail === "string" ? detail.slice(0, 300) : "";
}
