// The Notify simulator answers as Notify does, so tests against it mean something: JWT checks,
// error bodies, validation, paging, key types.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import {
  DEFAULT_TEMPLATE_ID,
  startNotifySimulator,
  type NotifySimulator,
} from "../../simulators/notify/server";

let sim: NotifySimulator;
let skewMs = 0;
before(async () => {
  sim = await startNotifySimulator({ now: () => Date.now() + skewMs, team: ["me@example.com"] });
});
after(async () => {
  await sim.stop();
});

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString("base64url");
function token(secret: string, claims: Record<string, unknown>, alg = "HS256"): string {
  const head = `${b64({ alg, typ: "JWT" })}.${b64(claims)}`;
  return `${head}.${createHmac("sha256", secret).update(head).digest("base64url")}`;
}

async function call(path: string, auth: string | undefined, body?: unknown) {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (auth !== undefined) headers.Authorization = auth;
  const res = await fetch(sim.url + path, {
    method: body === undefined ? "GET" : "POST",
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return {
    status: res.status,
    body: (await res.json()) as {
      status_code?: number;
      errors?: { error: string; message: string }[];
      [k: string]: unknown;
    },
  };
}

const live = () => sim.keys.find((k) => k.type === "live")!;
const now = () => Math.round(Date.now() / 1000);

test("auth: missing header, wrong scheme, wrong algorithm, unknown key, clock skew", async () => {
  const path = `/v2/template/${DEFAULT_TEMPLATE_ID}`;
  assert.deepEqual((await call(path, undefined)).body, {
    status_code: 401,
    errors: [
      { error: "AuthError", message: "Unauthorized: authentication token must be provided" },
    ],
  });
  assert.equal(
    (await call(path, "Basic abc")).body.errors![0]!.message,
    "Unauthorized: authentication bearer scheme must be used",
  );
  const iss = sim.serviceId;
  assert.equal(
    (await call(path, `Bearer ${token(live().secret, { iss, iat: now() }, "HS512")}`)).body
      .errors![0]!.message,
    "Invalid token: algorithm used is not HS256",
  );
  assert.equal(
    (await call(path, `Bearer ${token("wrong-secret-0000", { iss, iat: now() })}`)).status,
    403,
  );
  assert.equal(
    (await call(path, `Bearer ${token(live().secret, { iat: now() })}`)).body.errors![0]!.message,
    "Invalid token: iss field not provided",
  );
  const late = await call(path, `Bearer ${token(live().secret, { iss, iat: now() - 40 })}`);
  assert.deepEqual(late.body, {
    status_code: 403,
    errors: [
      {
        error: "AuthError",
        message: "Error: Your system clock must be accurate to within 30 seconds",
      },
    ],
  });
  skewMs = 25_000; // server 25 s ahead: still within Notify's 30 s
  assert.equal(
    (await call(path, `Bearer ${token(live().secret, { iss, iat: now() })}`)).status,
    200,
  );
  skewMs = 0;
});

test("validation: every schema error listed, then Notify's BadRequest checks", async () => {
  const auth = () => `Bearer ${token(live().secret, { iss: sim.serviceId, iat: now() })}`;
  const r = await call("/v2/notifications/email", auth(), {
    template_id: "nope",
    personalization: {},
  });
  assert.equal(r.status, 400);
  assert.deepEqual(
    r.body.errors!.map((e) => e.message),
    [
      "email_address is a required property",
      "Additional properties are not allowed ('personalization' was unexpected)",
      "template_id is not a valid UUID",
    ],
  );
  const missing = await call("/v2/notifications/email", auth(), {
    template_id: DEFAULT_TEMPLATE_ID,
    email_address: "a@example.com",
    personalisation: { subject: "x" },
  });
  assert.deepEqual(missing.body.errors, [
    { error: "BadRequestError", message: "Missing personalisation: body" },
  ]);
  assert.equal(sim.store.all.length, 0);
});

test("team keys send only to the team; each key type lists only its own type's emails", async () => {
  const team = sim.keys.find((k) => k.type === "team")!;
  const testKey = sim.keys.find((k) => k.type === "test")!;
  const as = (k: typeof team) => `Bearer ${token(k.secret, { iss: sim.serviceId, iat: now() })}`;
  const email = (to: string) => ({
    template_id: DEFAULT_TEMPLATE_ID,
    email_address: to,
    personalisation: { subject: "s", body: "b" },
    reference: `ref-${to}`,
  });
  const refused = await call("/v2/notifications/email", as(team), email("other@example.com"));
  assert.deepEqual(refused.body.errors, [
    { error: "BadRequestError", message: "Can’t send to this recipient using a team-only API key" },
  ]);
  assert.equal(
    (await call("/v2/notifications/email", as(team), email("me@example.com"))).status,
    201,
  );
  assert.equal(
    (await call("/v2/notifications/email", as(testKey), email("x@example.com"))).status,
    201,
  );
  const seenByTest = await call("/v2/notifications?template_type=email", as(testKey));
  assert.deepEqual(
    (seenByTest.body.notifications as { email_address: string }[]).map((n) => n.email_address),
    ["x@example.com"],
  );
  // Each key type sees only its own type's emails in the list (Notify filters by key_type).
  const byRef = (k: typeof team) => call("/v2/notifications?reference=ref-me%40example.com", as(k));
  assert.equal(((await byRef(team)).body.notifications as unknown[]).length, 1);
  assert.equal(((await byRef(live())).body.notifications as unknown[]).length, 0);
});

test("GET /v2/notifications pages 250 at a time with older_than", async () => {
  const auth = () => `Bearer ${token(live().secret, { iss: sim.serviceId, iat: now() })}`;
  const startCount = sim.store.all.filter((n) => n.keyType === "live").length;
  for (let i = 0; i < 300; i++) {
    await call("/v2/notifications/email", auth(), {
      template_id: DEFAULT_TEMPLATE_ID,
      email_address: `p${i}@example.com`,
      personalisation: { subject: "s", body: "b" },
    });
  }
  const first = await call("/v2/notifications", auth());
  const page1 = first.body.notifications as { id: string }[];
  assert.equal(page1.length, 250);
  const next = new URL((first.body.links as { next: string }).next);
  const second = await call(`/v2/notifications${next.search}`, auth());
  assert.equal((second.body.notifications as unknown[]).length, 300 + startCount - 250);
  assert.ok(!(second.body.links as { next?: string }).next);
});
