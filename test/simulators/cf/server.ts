// A Cloud Foundry v3 API + UAA on 127.0.0.1 (ephemeral port) for tests, the benchmark and
// `npm start`. It serves only what Tenant Comms reads, with CC's semantics where they matter
// (pagination links, `include` rules, 5000 per page maximum), and can inject faults: latency,
// 5xx/429 answers, dropped connections and tokens that expire mid-run.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Platform, SimOrg, SimRole, SimSpace, SimUser } from "./platform";

export interface SimAccount {
  username: string;
  password: string;
  scopes: string[];
}

export interface SimulatorOptions {
  platform: Platform;
  /** Who can sign in. Default: admin / admin-password with admin and scim.read scopes. */
  accounts?: SimAccount[];
  /** Access token lifetime. Default 600 s. */
  tokenTtlSeconds?: number;
  /** Added before every answer. */
  latencyMs?: number;
  /** Older CCs included orgs for space roles too; current ones only for org roles (default). */
  includeOrgsForSpaceRoles?: boolean;
}

export interface Fault {
  status: number;
  /** How many matching requests fail; Infinity for a storm. */
  count: number;
  /** Only requests whose path starts with this. */
  pathPrefix?: string;
  retryAfterSeconds?: number;
  /** Close the socket without answering (a network error) instead of answering `status`. */
  drop?: boolean;
}

export interface CfSimulator {
  url: string;
  platform: Platform;
  /** Requests received, by route name ("GET /v3/roles", "POST /oauth/token"...). */
  counts: Map<string, number>;
  /** Every request's path and query, in order (for asserting what the client asked for). */
  log: string[];
  total(): number;
  resetCounts(): void;
  setLatency(ms: number): void;
  addFault(fault: Fault): void;
  clearFaults(): void;
  /** Every access token issued so far stops working (as if they all expired). */
  expireAccessTokens(): void;
  /** After `n` more API requests, expire all access tokens once (expiry mid-run). */
  expireAccessTokensAfter(n: number): void;
  /** Refresh tokens stop working too: the session is really over. */
  revokeRefreshTokens(): void;
  /** Moves the simulator's clock (token expiry) forward. */
  advanceClock(ms: number): void;
  /** A one-time passcode for an account, as `{login}/passcode` would show. */
  createPasscode(username: string): string;
  /** Mints tokens directly, e.g. to write a cf CLI config.json in a test. */
  issueTokens(username: string, scopes?: string[]): { accessToken: string; refreshToken: string };
  stop(): Promise<void>;
}

const DEFAULT_ACCOUNTS: SimAccount[] = [
  {
    username: "admin",
    password: "admin-password",
    scopes: ["cloud_controller.admin", "scim.read", "openid"],
  },
];

export async function startCfSimulator(options: SimulatorOptions): Promise<CfSimulator> {
  const { platform } = options;
  const accounts = options.accounts ?? DEFAULT_ACCOUNTS;
  const ttl = options.tokenTtlSeconds ?? 600;
  let latency = options.latencyMs ?? 0;
  let clockOffset = 0;
  let faults: Fault[] = [];
  let expireAfter: number | undefined;
  const counts = new Map<string, number>();
  const log: string[] = [];
  const now = () => Date.now() + clockOffset;

  // Indexes, built once: the large platform has 60,000 roles.
  const orgsByGuid = new Map(platform.orgs.map((o) => [o.guid, o]));
  const spacesByGuid = new Map(platform.spaces.map((s) => [s.guid, s]));
  const usersByGuid = new Map(platform.users.map((u) => [u.guid, u]));
  const rolesBySpace = groupBy(
    platform.roles.filter((r) => r.spaceGuid),
    (r) => r.spaceGuid!,
  );
  const rolesByOrg = groupBy(
    platform.roles.filter((r) => r.orgGuid),
    (r) => r.orgGuid!,
  );
  const roleIndex = new Map(platform.roles.map((r, i) => [r, i]));

  interface Grant {
    username: string;
    scopes: string[];
    exp: number;
  }
  const accessTokens = new Map<string, Grant>();
  const refreshTokens = new Map<string, { username: string; scopes: string[] }>();
  const passcodes = new Map<string, string>();
  let serial = 0;

  function mint(username: string, scopes: string[]) {
    const jti = `t${++serial}-${Math.random().toString(36).slice(2)}`;
    const exp = Math.floor(now() / 1000) + ttl;
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
    const accessToken = `${b64({ alg: "none", typ: "JWT" })}.${b64({ jti, exp, scope: scopes, user_name: username, client_id: "cf" })}.sim`;
    accessTokens.set(accessToken, { username, scopes, exp });
    const refreshToken = `r${serial}-${Math.random().toString(36).slice(2)}`;
    refreshTokens.set(refreshToken, { username, scopes });
    return { accessToken, refreshToken };
  }

  let base = "";
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        send(res, 500, { errors: [{ title: "CF-Simulator", detail: String(error) }] });
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", base);
    const route = routeName(req.method ?? "GET", url.pathname);
    counts.set(route, (counts.get(route) ?? 0) + 1);
    log.push(`${req.method} ${url.pathname}${url.search}`);
    const body = req.method === "POST" ? await readBody(req) : "";
    if (latency > 0) await new Promise((r) => setTimeout(r, latency));

    const fault = faults.find(
      (f) => f.count > 0 && (!f.pathPrefix || url.pathname.startsWith(f.pathPrefix)),
    );
    if (fault) {
      fault.count--;
      if (fault.drop) {
        req.socket.destroy();
        return;
      }
      const headers: Record<string, string> = {};
      if (fault.retryAfterSeconds !== undefined)
        headers["retry-after"] = String(fault.retryAfterSeconds);
      return send(
        res,
        fault.status,
        { errors: [{ title: "CF-Simulated", detail: `simulated ${fault.status}` }] },
        headers,
      );
    }

    if (url.pathname === "/" || url.pathname === "") return send(res, 200, rootDocument());
    if (url.pathname === "/login/oauth/token" || url.pathname === "/uaa/oauth/token") {
      return tokenEndpoint(req, res, body);
    }
    if (url.pathname === "/login/passcode") {
      return send(res, 200, {
        message: "Sign in at /login/passcode with a browser to get a passcode.",
      });
    }

    // Everything else needs a bearer token.
    const token = (req.headers.authorization ?? "").replace(/^bearer\s+/i, "");
    if (expireAfter !== undefined && url.pathname.startsWith("/v3/")) {
      if (expireAfter-- <= 0) {
        expireAfter = undefined;
        accessTokens.clear();
      }
    }
    const grant = accessTokens.get(token);
    if (!grant || grant.exp * 1000 <= now()) {
      return send(res, 401, {
        errors: [{ code: 1000, title: "CF-InvalidAuthToken", detail: "Invalid Auth Token" }],
      });
    }

    if (url.pathname.startsWith("/uaa/Users")) return usersEndpoint(res, url, grant);
    if (req.method !== "GET") return notFound(res);
    switch (url.pathname) {
      case "/v3/roles":
        return rolesEndpoint(res, url);
      case "/v3/organizations":
        return listEndpoint(res, url, filterOrgs(url), orgText);
      case "/v3/spaces":
        return listEndpoint(res, url, filterSpaces(url), spaceText);
      case "/v3/users":
        return listEndpoint(res, url, filterByGuids(url, platform.users), userText);
      default:
        return notFound(res);
    }
  }

  function rootDocument() {
    return {
      links: {
        self: { href: base },
        cloud_controller_v2: null,
        cloud_controller_v3: { href: `${base}/v3`, meta: { version: "3.180.0" } },
        login: { href: `${base}/login` },
        uaa: { href: `${base}/uaa` },
      },
    };
  }

  function tokenEndpoint(req: IncomingMessage, res: ServerResponse, body: string) {
    const auth = Buffer.from(
      (req.headers.authorization ?? "").replace(/^basic\s+/i, ""),
      "base64",
    ).toString();
    if (!auth.startsWith("cf:"))
      return send(res, 401, { error: "unauthorized", error_description: "Bad client credentials" });
    const form = new URLSearchParams(body);
    const grantType = form.get("grant_type");
    let issued: { username: string; scopes: string[] } | undefined;
    if (grantType === "password" && form.get("passcode")) {
      const username = passcodes.get(form.get("passcode")!);
      passcodes.delete(form.get("passcode")!);
      const account = accounts.find((a) => a.username === username);
      if (account) issued = account;
    } else if (grantType === "password") {
      const account = accounts.find(
        (a) => a.username === form.get("username") && a.password === form.get("password"),
      );
      if (account) issued = account;
    } else if (grantType === "refresh_token") {
      issued = refreshTokens.get(form.get("refresh_token") ?? "");
      if (!issued)
        return send(res, 401, {
          error: "invalid_token",
          error_description: "Invalid refresh token",
        });
    } else {
      return send(res, 400, { error: "unsupported_grant_type" });
    }
    if (!issued)
      return send(res, 401, { error: "unauthorized", error_description: "Bad credentials" });
    const { accessToken, refreshToken } = mint(issued.username, issued.scopes);
    return send(res, 200, {
      access_token: accessToken,
      token_type: "bearer",
      refresh_token: refreshToken,
      expires_in: ttl,
      scope: issued.scopes.join(" "),
      jti: accessToken.slice(-8),
    });
  }

  function usersEndpoint(res: ServerResponse, url: URL, grant: Grant) {
    if (!grant.scopes.includes("scim.read") && !grant.scopes.includes("uaa.admin")) {
      return send(res, 403, {
        error: "insufficient_scope",
        error_description: "Insufficient scope for this resource",
      });
    }
    const scim = (u: SimUser) => ({
      id: u.guid,
      userName: u.username,
      origin: u.origin,
      emails: u.emails.map((value, i) => ({ value, primary: i === 0 })),
    });
    const single = url.pathname.match(/^\/uaa\/Users\/([^/]+)$/);
    if (single) {
      const user = usersByGuid.get(decodeURIComponent(single[1]!));
      return user && user.origin
        ? send(res, 200, scim(user))
        : send(res, 404, { error: "scim_resource_not_found" });
    }
    // Supports the filter shape the client sends: id eq "a" or id eq "b" ...
    const filter = url.searchParams.get("filter") ?? "";
    const ids = [...filter.matchAll(/id eq "([^"]+)"/gi)].map((m) => m[1]!);
    const found = ids.flatMap((id) => {
      const u = usersByGuid.get(id);
      return u && u.origin ? [scim(u)] : [];
    });
    return send(res, 200, {
      resources: found,
      startIndex: 1,
      itemsPerPage: found.length,
      totalResults: found.length,
    });
  }

  function rolesEndpoint(res: ServerResponse, url: URL) {
    const q = url.searchParams;
    const types = listParam(q, "types");
    const spaceGuids = listParam(q, "space_guids");
    const orgGuids = listParam(q, "organization_guids");
    const userGuids = listParam(q, "user_guids");
    let candidates: SimRole[];
    if (spaceGuids) candidates = spaceGuids.flatMap((g) => rolesBySpace.get(g) ?? []);
    else if (orgGuids) candidates = orgGuids.flatMap((g) => rolesByOrg.get(g) ?? []);
    else candidates = platform.roles;
    if (spaceGuids && orgGuids)
      candidates = candidates.filter((r) => orgGuids.includes(r.orgGuid ?? ""));
    const typeSet = types && new Set(types);
    const userSet = userGuids && new Set(userGuids);
    const filtered = candidates.filter(
      (r) => (!typeSet || typeSet.has(r.type)) && (!userSet || userSet.has(r.userGuid)),
    );
    if (spaceGuids || orgGuids) filtered.sort((a, b) => roleIndex.get(a)! - roleIndex.get(b)!);
    const include = listParam(q, "include") ?? [];
    const bad = include.find((i) => !["user", "space", "organization"].includes(i));
    if (bad) return badRequest(res, `Invalid included resource: '${bad}'`);
    return listEndpoint(res, url, filtered, roleText, (page) => {
      const included: Record<string, string[]> = {};
      if (include.includes("user")) {
        included.users = unique(page.map((r) => r.userGuid)).map((g) =>
          userText(usersByGuid.get(g)!),
        );
      }
      if (include.includes("space")) {
        included.spaces = unique(page.flatMap((r) => (r.spaceGuid ? [r.spaceGuid] : []))).map((g) =>
          spaceText(spacesByGuid.get(g)!),
        );
      }
      if (include.includes("organization")) {
        const orgGuidsOnPage = page.flatMap((r) =>
          r.orgGuid
            ? [r.orgGuid]
            : options.includeOrgsForSpaceRoles
              ? [spacesByGuid.get(r.spaceGuid!)!.orgGuid]
              : [],
        );
        included.organizations = unique(orgGuidsOnPage).map((g) => orgText(orgsByGuid.get(g)!));
      }
      return included;
    });
  }

  function filterOrgs(url: URL): SimOrg[] {
    const names = listParam(url.searchParams, "names");
    const list = filterByGuids(url, platform.orgs);
    return names ? list.filter((o) => names.includes(o.name)) : list;
  }

  function filterSpaces(url: URL): SimSpace[] {
    const orgGuids = listParam(url.searchParams, "organization_guids");
    const list = filterByGuids(url, platform.spaces);
    return orgGuids ? list.filter((s) => orgGuids.includes(s.orgGuid)) : list;
  }

  function filterByGuids<T extends { guid: string }>(url: URL, list: T[]): T[] {
    const guids = listParam(url.searchParams, "guids");
    if (!guids) return list;
    const set = new Set(guids);
    return list.filter((x) => set.has(x.guid));
  }

  // Bodies are assembled from each resource's JSON text, made once and cached: the large platform
  // serves pages of 5,000 roles, and re-serialising them on every request would make the simulator,
  // not the client, the thing the benchmark measures.
  function listEndpoint<T extends object>(
    res: ServerResponse,
    url: URL,
    all: T[],
    toText: (x: T) => string,
    included?: (page: T[]) => Record<string, string[]>,
  ) {
    const q = url.searchParams;
    const perPage = Number(q.get("per_page") ?? 50);
    const page = Number(q.get("page") ?? 1);
    if (!Number.isInteger(perPage) || perPage < 1 || perPage > 5000) {
      return badRequest(res, "Per page must be between 1 and 5000");
    }
    if (!Number.isInteger(page) || page < 1) return badRequest(res, "Page must be greater than 0");
    const totalPages = Math.max(1, Math.ceil(all.length / perPage));
    const slice = all.slice((page - 1) * perPage, page * perPage);
    const link = (p: number) => {
      const params = new URLSearchParams(q);
      params.set("page", String(p));
      params.set("per_page", String(perPage));
      return { href: `${base}${url.pathname}?${params.toString()}` };
    };
    const pagination = {
      total_results: all.length,
      total_pages: totalPages,
      first: link(1),
      last: link(totalPages),
      next: page < totalPages ? link(page + 1) : null,
      previous: page > 1 ? link(page - 1) : null,
    };
    let text = `{"pagination":${JSON.stringify(pagination)},"resources":[${slice.map(toText).join(",")}]`;
    if (included) {
      const parts = Object.entries(included(slice)).map(
        ([k, list]) => `"${k}":[${list.join(",")}]`,
      );
      text += `,"included":{${parts.join(",")}}`;
    }
    return sendText(res, 200, `${text}}`);
  }

  function memo<T extends object>(toJson: (x: T) => unknown): (x: T) => string {
    const cache = new WeakMap<T, string>();
    return (x) => {
      let text = cache.get(x);
      if (text === undefined) {
        text = JSON.stringify(toJson(x));
        cache.set(x, text);
      }
      return text;
    };
  }
  const roleText = memo(roleJson);
  const userText = memo(userJson);
  const spaceText = memo(spaceJson);
  const orgText = memo(orgJson);

  const stamp = "2020-01-01T00:00:00Z";
  function roleJson(r: SimRole) {
    return {
      guid: r.guid,
      created_at: stamp,
      updated_at: stamp,
      type: r.type,
      relationships: {
        user: { data: { guid: r.userGuid } },
        space: { data: r.spaceGuid ? { guid: r.spaceGuid } : null },
        organization: { data: r.orgGuid ? { guid: r.orgGuid } : null },
      },
      links: { self: { href: `${base}/v3/roles/${r.guid}` } },
    };
  }
  function userJson(u: SimUser) {
    return {
      guid: u.guid,
      created_at: stamp,
      updated_at: stamp,
      username: u.username,
      presentation_name: u.presentationName ?? u.username ?? u.guid,
      origin: u.origin,
      metadata: { labels: {}, annotations: {} },
      links: { self: { href: `${base}/v3/users/${u.guid}` } },
    };
  }
  function spaceJson(s: SimSpace) {
    return {
      guid: s.guid,
      created_at: stamp,
      updated_at: stamp,
      name: s.name,
      relationships: { organization: { data: { guid: s.orgGuid } }, quota: { data: null } },
      links: { self: { href: `${base}/v3/spaces/${s.guid}` } },
    };
  }
  function orgJson(o: SimOrg) {
    return {
      guid: o.guid,
      created_at: stamp,
      updated_at: stamp,
      name: o.name,
      suspended: Boolean(o.suspended),
      relationships: { quota: { data: null } },
      links: { self: { href: `${base}/v3/organizations/${o.guid}` } },
    };
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: base,
    platform,
    counts,
    log,
    total: () => [...counts.values()].reduce((a, b) => a + b, 0),
    resetCounts: () => {
      counts.clear();
      log.length = 0;
    },
    setLatency: (ms) => {
      latency = ms;
    },
    addFault: (fault) => {
      faults.push({ ...fault });
    },
    clearFaults: () => {
      faults = [];
    },
    expireAccessTokens: () => accessTokens.clear(),
    expireAccessTokensAfter: (n) => {
      expireAfter = n;
    },
    revokeRefreshTokens: () => refreshTokens.clear(),
    advanceClock: (ms) => {
      clockOffset += ms;
    },
    createPasscode: (username) => {
      if (!accounts.some((a) => a.username === username))
        throw new Error(`no simulator account ${username}`);
      const code = Math.random().toString(36).slice(2, 12);
      passcodes.set(code, username);
      return code;
    },
    issueTokens: (username, scopes) => {
      const account = accounts.find((a) => a.username === username);
      return mint(username, scopes ?? account?.scopes ?? ["cloud_controller.admin"]);
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  sendText(res, status, JSON.stringify(body), headers);
}

function sendText(
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}

function notFound(res: ServerResponse) {
  send(res, 404, { errors: [{ code: 10000, title: "CF-NotFound", detail: "Unknown request" }] });
}

function badRequest(res: ServerResponse, detail: string) {
  send(res, 400, { errors: [{ code: 10008, title: "CF-UnprocessableEntity", detail }] });
}

function listParam(q: URLSearchParams, name: string): string[] | undefined {
  const v = q.get(name);
  return v === null ? undefined : v.split(",").filter(Boolean);
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}

function groupBy<T>(list: T[], key: (x: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const x of list) {
    const k = key(x);
    const arr = map.get(k);
    if (arr) arr.push(x);
    else map.set(k, [x]);
  }
  return map;
}

function routeName(method: string, path: string): string {
  if (path.startsWith("/uaa/Users")) return `${method} /uaa/Users`;
  if (path.endsWith("/oauth/token")) return `${method} /oauth/token`;
  return `${method} ${path}`;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = "";
    req.setEncoding("utf8");
    req.on("data", (chunk: string) => {
      text += chunk;
      if (text.length > 1_000_000) req.destroy();
    });
    req.on("end", () => resolve(text));
    req.on("error", reject);
  });
}
