import { test } from "node:test";
import assert from "node:assert/strict";
import { parseApiKey } from "../../../src/core/notify/send/api-key";
import { createNotifyPort } from "../../../src/core/notify/send/client";
import { classifyError } from "../../../src/core/notify/send/errors";
import { scrubError, scrubText } from "../../../src/core/notify/send/scrub";
import { DEFAULT_TEMPLATE_ID, startNotifySimulator } from "../../simulators/notify/server";

test("a real client error is scrubbed: no Authorization header, no request body, no key", async () => {
  const sim = await startNotifySimulator();
  try {
    const check = parseApiKey(sim.apiKey("live"));
    assert.ok(check.ok);
    const port = createNotifyPort({ apiKey: check.key, baseUrl: sim.url, timeoutMs: 2000 });
    let raw: unknown;
    try {
      await port.sendEmail(DEFAULT_TEMPLATE_ID, "not-an-address", {
        personalisation: { subject: "Private subject", body: "private body" },
        reference: "r1",
      });
    } catch (error) {
      raw = error;
    }
    // The raw axios error does carry the secrets we must not show.
    const rawText = JSON.stringify((raw as { config: unknown }).config);
    assert.match(rawText, /Bearer ey/);
    assert.match(rawText, /private body/);
    const safe = classifyError(raw, [check.key.value, check.key.secret]);
    const text = JSON.stringify(safe);
    assert.ok(!/Bearer|eyJ/.test(text), text);
    assert.ok(!text.includes("private body") && !text.includes("Private subject"), text);
    assert.ok(!text.includes(check.key.secret));
    assert.equal(safe.kind, "rejected");
    assert.equal(safe.status, 400);
    assert.deepEqual(safe.errors, [
      { error: "ValidationError", message: "email_address Not a valid email address" },
    ]);
  } finally {
    await sim.stop();
  }
});

test("errors are classified by status and Notify's error type", () => {
  const err = (status: number, error: string) => ({
    response: { status, data: { status_code: status, errors: [{ error, message: "m" }] } },
  });
  assert.equal(classifyError(err(429, "RateLimitError")).kind, "rate-limit");
  assert.equal(classifyError(err(429, "TooManyRequestsError")).kind, "daily-limit");
  assert.equal(classifyError(err(403, "AuthError")).kind, "auth");
  assert.equal(classifyError(err(400, "BadRequestError")).kind, "rejected");
  assert.equal(classifyError(err(500, "Exception")).kind, "ambiguous");
  assert.equal(
    classifyError({ code: "ECONNABORTED", message: "timeout of 5ms exceeded" }).kind,
    "ambiguous",
  );
  assert.equal(classifyError({ code: "ECONNRESET", message: "socket hang up" }).kind, "ambiguous");
  assert.equal(classifyError(new Error("Options not recognised")).kind, "rejected");
});

test("text is scrubbed of bearer tokens, JWTs and given secrets", () => {
  const out = scrubText(
    "Authorization: Bearer abc.def.ghi and eyJhbGciOi.eyJpc3Mi.sig and s3cr3t-value-1234",
    ["s3cr3t-value-1234"],
  );
  assert.ok(!out.includes("abc.def") && !out.includes("eyJ") && !out.includes("s3cr3t"), out);
  assert.equal(scrubError("plain").message, "plain");
});
