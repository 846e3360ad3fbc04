import { test } from "node:test";
import assert from "node:assert/strict";
import { describeApiKey, parseApiKey } from "../../../src/core/notify/send/api-key";

const SERVICE = "26785a09-ab16-4eb0-8407-a37497a57506";
const SECRET = "3d844edf-8d35-48ac-975b-e847b4f122b0";

test("a well-formed key is split into name, service id and secret, after trimming", () => {
  const check = parseApiKey(`  my_test_key-${SERVICE}-${SECRET}\n`);
  assert.ok(check.ok);
  assert.equal(check.key.name, "my_test_key");
  assert.equal(check.key.serviceId, SERVICE);
  assert.equal(check.key.secret, SECRET);
  assert.equal(check.key.value, `my_test_key-${SERVICE}-${SECRET}`);
});

test("the display form shows name and service id, never the secret", () => {
  const check = parseApiKey(`live-${SERVICE}-${SECRET}`);
  assert.ok(check.ok);
  const shown = describeApiKey(check.key);
  assert.equal(shown, `live (service ${SERVICE})`);
  assert.ok(!shown.includes(SECRET));
});

test("bad keys each get a reason, and the message never contains the key", () => {
  const cases: [string, RegExp][] = [
    ["", /empty/],
    ["   ", /empty/],
    [`my key-${SERVICE}-${SECRET}`, /spaces or line breaks/],
    [`"k-${SERVICE}-${SECRET}"`, /quotes/],
    [SECRET, /single id/],
    [`k-${SERVICE}-${SECRET.slice(0, 30)}`, /two ids/],
    [`k-${SERVICE}`, /two ids/],
  ];
  for (const [raw, reason] of cases) {
    const check = parseApiKey(raw);
    assert.equal(check.ok, false, raw);
    if (!check.ok) {
      assert.match(check.message, reason, raw);
      assert.ok(!check.message.includes(SECRET), "message leaks the secret");
      assert.ok(!check.message.includes(SERVICE), "message echoes the key");
    }
  }
});
