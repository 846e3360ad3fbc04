import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, mkdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cliAuth, regionEnvName } from "../../../src/core/cf/auth/cli-auth";
import { readCfCliSession } from "../../../src/core/cf/auth/cf-cli-config";
import { readClaims } from "../../../src/core/cf/auth/jwt";
import { cfCliTokenSource, savedSignIn, signIn } from "../../../src/core/cf/auth/sign-in";
import { StaticTokenSource } from "../../../src/core/cf/auth/token-source";
import {
  CfBadCredentialsError,
  CfNoSessionError,
  CfSessionExpiredError,
} from "../../../src/core/cf/errors";
import { PlatformBuilder } from "../../simulators/cf/platform";
import { startCfSimulator, type CfSimulator } from "../../simulators/cf/server";
import { clientFor } from "../../simulators/cf/harness";

const builder = new PlatformBuilder();
const org = builder.org("org");
builder.orgRole("organization_manager", builder.user("a@dept.gov.uk"), org);
let sim: CfSimulator;
before(async () => {
  sim = await startCfSimulator({ platform: builder.platform, tokenTtlSeconds: 600 });
});
after(() => sim.stop());

async function cfHome(config: Record<string, unknown>): Promise<string> {
  const home = await mkdtemp(join(tmpdir(), "cf-home-"));
  await mkdir(join(home, ".cf"));
  await writeFile(join(home, ".cf", "config.json"), JSON.stringify(config));
  return home;
}

test("the cf CLI session is read from $CF_HOME/.cf/config.json, bearer prefix stripped", async () => {
  const home = await cfHome({
    Target: `${sim.url}/`,
    AccessToken: "bearer abc.def.ghi",
    RefreshToken: "refresh-1",
    UAAOAuthClient: "cf",
    UAAOAuthClientSecret: "",
  });
  const result = await readCfCliSession({ CF_HOME: home });
  assert.ok(result.found);
  assert.equal(result.session.accessToken, "abc.def.ghi");
  assert.equal(result.session.target, sim.url);
  assert.equal(result.session.clientId, "cf");
});

test("a missing, broken or logged-out cf config is reported, not thrown", async () => {
  const missing = await readCfCliSession({ CF_HOME: join(tmpdir(), "no-such-cf-home") });
  assert.equal(missing.found, false);
  assert.match(!missing.found ? missing.reason : "", /no cf CLI configuration at .*config\.json/);
  const home = await mkdtemp(join(tmpdir(), "cf-home-"));
  await mkdir(join(home, ".cf"));
  await writeFile(join(home, ".cf", "config.json"), "{not json");
  const broken = await readCfCliSession({ CF_HOME: home });
  assert.match(!broken.found ? broken.reason : "", /not valid JSON/);
  const out = await readCfCliSession({
    CF_HOME: await cfHome({ Target: sim.url, AccessToken: "" }),
  });
  assert.match(!out.found ? out.reason : "", /not logged in/);
});

test("an expired cf CLI access token is refreshed at UAA before the first request", async () => {
  const { refreshToken } = sim.issueTokens("admin");
  const expired = sim.issueTokens("admin").accessToken;
  sim.expireAccessTokens();
  sim.advanceClock(0);
  // A JWT whose exp is in the past: refresh before using it.
  const past = `${Buffer.from("{}").toString("base64url")}.${Buffer.from(JSON.stringify({ exp: 1 })).toString("base64url")}.x`;
  const home = await cfHome({
    Target: sim.url,
    AccessToken: `bearer ${past}`,
    RefreshToken: refreshToken,
  });
  const session = await readCfCliSession({ CF_HOME: home });
  assert.ok(session.found);
  sim.resetCounts();
  const client = clientFor(sim, (c) => cfCliTokenSource(c, session.session));
  const page = await client.get<{ resources: unknown[] }>("/v3/organizations");
  assert.equal(page.resources.length, 1);
  assert.equal(sim.counts.get("POST /oauth/token"), 1);
  assert.equal(sim.counts.get("GET /v3/organizations"), 1, "the expired token was never sent");
  assert.notEqual(expired, past);
});

test("a 401 mid-run renews the token once and retries the request", async () => {
  const client = clientFor(sim);
  await client.get("/v3/organizations");
  sim.expireAccessTokens();
  sim.resetCounts();
  const page = await client.get<{ resources: unknown[] }>("/v3/organizations");
  assert.equal(page.resources.length, 1);
  assert.equal(sim.counts.get("GET /v3/organizations"), 2);
  assert.equal(sim.counts.get("POST /oauth/token"), 1);
});

test("when refreshing fails too, the error says to log in again and holds no token", async () => {
  const { accessToken, refreshToken } = sim.issueTokens("admin");
  const client = clientFor(sim, (c) =>
    cfCliTokenSource(c, {
      path: "/home/x/.cf/config.json",
      target: sim.url,
      accessToken,
      refreshToken,
      clientId: "cf",
      clientSecret: "",
      grantType: "",
    }),
  );
  sim.expireAccessTokens();
  sim.revokeRefreshTokens();
  await assert.rejects(client.get("/v3/organizations"), (error: unknown) => {
    assert.ok(error instanceof CfSessionExpiredError);
    assert.equal(
      error.message,
      `Your cf session for Sim has expired: run \`cf login -a ${sim.url} --sso\` and try again, or sign in with a one-time passcode.`,
    );
    assert.ok(!error.message.includes(accessToken) && !error.message.includes(refreshToken));
    return true;
  });
});

test("an expired client-credentials cf session says to run cf auth again", async () => {
  const { accessToken } = sim.issueTokens("admin");
  const client = clientFor(sim, (c) =>
    cfCliTokenSource(c, {
      path: "p",
      target: sim.url,
      accessToken,
      refreshToken: "",
      clientId: "ops-client",
      clientSecret: "",
      grantType: "client_credentials",
    }),
  );
  sim.expireAccessTokens();
  await assert.rejects(
    client.get("/v3/organizations"),
    /Your cf session for Sim has expired: run `cf auth ops-client <secret> --client-credentials` against http:\/\/127\.0\.0\.1:\d+ and try again\./,
  );
});

test("a one-time passcode signs in once; a reused passcode gets advice to get a new one", async () => {
  const passcode = sim.createPasscode("admin");
  const client = clientFor(sim, (c) => signIn(c, { kind: "passcode", passcode }));
  await client.get("/v3/organizations");
  const again = clientFor(sim, (c) => signIn(c, { kind: "passcode", passcode }));
  await assert.rejects(again.get("/v3/organizations"), (error: unknown) => {
    assert.ok(error instanceof CfBadCredentialsError);
    assert.match(error.message, /passcode was not accepted by Sim.*\/login\/passcode/);
    assert.ok(!error.message.includes(passcode));
    return true;
  });
});

test("a wrong password is a clear credentials error without the password", async () => {
  const client = clientFor(sim, (c) =>
    signIn(c, { kind: "password", username: "admin", password: "hunter2" }),
  );
  await assert.rejects(client.get("/v3/organizations"), (error: unknown) => {
    assert.ok(error instanceof CfBadCredentialsError);
    assert.ok(!error.message.includes("hunter2"));
    return true;
  });
});

test("a saved refresh token (from SecretStorage) signs in without asking, and new grants are reported", async () => {
  const grants: string[] = [];
  const { refreshToken } = sim.issueTokens("admin");
  const client = clientFor(sim, (c) =>
    savedSignIn(c, refreshToken, { onGrant: (g) => void grants.push(g.accessToken) }),
  );
  await client.get("/v3/organizations");
  assert.equal(grants.length, 1);
  assert.equal(readClaims(grants[0]!).userName, "admin");
});

test("an expired CF_ACCESS_TOKEN says to get a new one with cf oauth-token", async () => {
  const past = `x.${Buffer.from(JSON.stringify({ exp: 1 })).toString("base64url")}.y`;
  const client = clientFor(
    sim,
    (c) => new StaticTokenSource(`bearer ${past}`, "CF_ACCESS_TOKEN", c.api, "Sim"),
  );
  await assert.rejects(
    client.get("/v3/organizations"),
    /CF_ACCESS_TOKEN was rejected or has expired. Get a new one with `cf oauth-token`/,
  );
});

test("CLI auth: the cf session is used only for the API it targets; CF_ACCESS_TOKEN only for one region", async () => {
  const { accessToken, refreshToken } = sim.issueTokens("admin");
  const session = {
    found: true as const,
    session: {
      path: "p",
      target: "https://api.other.example",
      accessToken,
      refreshToken,
      clientId: "cf",
      clientSecret: "",
      grantType: "",
    },
  };
  const base = {
    interactive: false,
    prompt: async () => "",
    say: () => {},
    readSession: async () => session,
  };

  // Two regions, only CF_ACCESS_TOKEN: refused rather than sent to both APIs.
  const twoRegions = cliAuth({ ...base, env: { CF_ACCESS_TOKEN: accessToken }, regionCount: 2 });
  await assert.rejects(twoRegions({ name: "London" }, clientFor(sim)), (error: unknown) => {
    assert.ok(error instanceof CfNoSessionError);
    assert.match(
      error.message,
      /the cf CLI is logged in to https:\/\/api\.other\.example, not http:\/\/127\.0\.0\.1:\d+/,
    );
    assert.match(error.message, /set CF_ACCESS_TOKEN_LONDON/);
    assert.ok(!error.message.includes(accessToken));
    return true;
  });

  const regionToken = cliAuth({
    ...base,
    env: { [regionEnvName("London")]: accessToken },
    regionCount: 2,
  });
  assert.equal(
    (await regionToken({ name: "London" }, clientFor(sim))).description,
    "CF_ACCESS_TOKEN_LONDON",
  );

  const matching = cliAuth({
    ...base,
    env: { CF_ACCESS_TOKEN: accessToken },
    regionCount: 1,
    readSession: async () => ({ ...session, session: { ...session.session, target: sim.url } }),
  });
  assert.match((await matching({ name: "Sim" }, clientFor(sim))).description, /cf CLI session/);
});

test("CLI auth at a terminal asks for a passcode and signs in with it", async () => {
  const passcode = sim.createPasscode("admin");
  const said: string[] = [];
  const auth = cliAuth({
    env: {},
    regionCount: 1,
    interactive: true,
    prompt: async () => passcode,
    say: (t) => void said.push(t),
    readSession: async () => ({ found: false, path: "x", reason: "none" }),
  });
  const client = clientFor(sim, (c) => auth({ name: "Sim" }, c));
  await client.get("/v3/organizations");
  assert.match(
    said.join(""),
    /get a one-time passcode at http:\/\/127\.0\.0\.1:\d+\/login\/passcode/,
  );
});
