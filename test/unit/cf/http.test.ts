import { test } from "node:test";
import assert from "node:assert/strict";
import { backoffDelay, createHttp, retryAfterMs, type FetchLike } from "../../../src/core/cf/http";
import { CfCancelledError, CfNetworkError } from "../../../src/core/cf/errors";

/** A fetch that plays a script of outcomes: a status number, or "network"/"tls"/"hang". */
function scripted(
  outcomes: (number | "network" | "tls" | "hang")[],
  headers: Record<string, string> = {},
) {
  const calls: string[] = [];
  const fetch: FetchLike = async (url, init) => {
    calls.push(url);
    const next = outcomes.shift() ?? 200;
    if (next === "network") throw new TypeError("fetch failed", { cause: { code: "ECONNRESET" } });
    if (next === "tls")
      throw new TypeError("fetch failed", { cause: { code: "CERT_HAS_EXPIRED" } });
    if (next === "hang") {
      return new Promise<Response>((_, reject) =>
        init.signal?.addEventListener("abort", () =>
          reject(new DOMException("aborted", "AbortError")),
        ),
      );
    }
    return new Response(JSON.stringify({ status: next }), { status: next, headers });
  };
  return { fetch, calls };
}

function recordingSleep() {
  const waits: number[] = [];
  return { waits, sleep: async (ms: number) => void waits.push(ms) };
}

test("retries 500 and 503 with jittered exponential backoff, then returns the success", async () => {
  const { fetch, calls } = scripted([500, 503, 200]);
  const { waits, sleep } = recordingSleep();
  const http = createHttp({
    fetch,
    sleep,
    random: () => 0.5,
    baseDelayMs: 100,
    maxDelayMs: 10_000,
  });
  const { response, attempts } = await http.send("https://api.example/v3/roles");
  assert.equal(response.status, 200);
  assert.equal(attempts, 3);
  assert.equal(calls.length, 3);
  assert.deepEqual(waits, [50, 100]); // 0.5 x 100, 0.5 x 200
});

test("a 429 waits as long as Retry-After asks", async () => {
  const { fetch } = scripted([429, 200], { "retry-after": "3" });
  const { waits, sleep } = recordingSleep();
  const http = createHttp({ fetch, sleep, random: () => 0 });
  assert.equal((await http.send("https://api.example/")).response.status, 200);
  assert.deepEqual(waits, [3000]);
});

for (const status of [400, 401, 403, 404, 422]) {
  test(`${status} is returned at once, never retried`, async () => {
    const { fetch, calls } = scripted([status, 200]);
    const { waits, sleep } = recordingSleep();
    const { response } = await createHttp({ fetch, sleep }).send("https://api.example/");
    assert.equal(response.status, status);
    assert.equal(calls.length, 1);
    assert.deepEqual(waits, []);
  });
}

test("5xx on every attempt returns the last answer after the configured attempts", async () => {
  const { fetch, calls } = scripted([502, 502, 502, 502]);
  const { sleep } = recordingSleep();
  const { response, attempts } = await createHttp({ fetch, sleep, attempts: 3 }).send(
    "https://api.example/",
  );
  assert.equal(response.status, 502);
  assert.equal(attempts, 3);
  assert.equal(calls.length, 3);
});

test("network errors are retried, then reported with the attempts and what to check", async () => {
  const { fetch, calls } = scripted(["network", "network", "network"]);
  const { sleep } = recordingSleep();
  const http = createHttp({ fetch, sleep, attempts: 3, region: "London" });
  await assert.rejects(http.send("https://api.london.example/v3/roles?x=1"), (error: unknown) => {
    assert.ok(error instanceof CfNetworkError);
    assert.match(
      error.message,
      /Could not reach https:\/\/api\.london\.example \(London\): the connection was reset \(after 3 attempts\)/,
    );
    assert.match(error.message, /Check the API address/);
    return true;
  });
  assert.equal(calls.length, 3);
});

test("a network error then success recovers", async () => {
  const { fetch } = scripted(["network", 200]);
  const { sleep } = recordingSleep();
  assert.equal(
    (await createHttp({ fetch, sleep }).send("https://api.example/")).response.status,
    200,
  );
});

test("a TLS certificate failure is not retried and not worked around", async () => {
  const { fetch, calls } = scripted(["tls", 200]);
  const { sleep } = recordingSleep();
  await assert.rejects(
    createHttp({ fetch, sleep }).send("https://api.example/"),
    /TLS certificate has expired/,
  );
  assert.equal(calls.length, 1);
});

test("a request with no answer times out and is retried", async () => {
  const { fetch, calls } = scripted(["hang", 200]);
  const { sleep } = recordingSleep();
  const http = createHttp({ fetch, sleep, timeoutMs: 20 });
  assert.equal((await http.send("https://api.example/")).response.status, 200);
  assert.equal(calls.length, 2);
});

test("timeouts on every attempt end in a network error that says so", async () => {
  const { fetch } = scripted(["hang", "hang"]);
  const { sleep } = recordingSleep();
  await assert.rejects(
    createHttp({ fetch, sleep, timeoutMs: 10, attempts: 2 }).send("https://api.example/"),
    /no answer within 0 s|no answer within/,
  );
});

test("retry: false makes exactly one attempt (one-time passcodes)", async () => {
  const { fetch, calls } = scripted([500, 200]);
  const { response } = await createHttp({ fetch, sleep: async () => {} }).send(
    "https://uaa.example/oauth/token",
    {
      method: "POST",
      retry: false,
    },
  );
  assert.equal(response.status, 500);
  assert.equal(calls.length, 1);
});

test("aborting stops a request in flight and a backoff wait", async () => {
  const controller = new AbortController();
  const { fetch } = scripted(["hang"]);
  const pending = createHttp({ fetch, timeoutMs: 60_000 }).send("https://api.example/", {
    signal: controller.signal,
  });
  controller.abort();
  await assert.rejects(pending, CfCancelledError);

  const waiting = new AbortController();
  const { fetch: failing } = scripted([500, 200]);
  const pending2 = createHttp({ fetch: failing, baseDelayMs: 60_000, random: () => 0.99 }).send(
    "https://api.example/",
    {
      signal: waiting.signal,
    },
  );
  setTimeout(() => waiting.abort(), 10);
  await assert.rejects(pending2, CfCancelledError);
});

test("backoff is capped, and Retry-After reads seconds and dates", () => {
  assert.equal(
    backoffDelay(1, () => 0.999, 100, 1000),
    99,
  );
  assert.equal(
    backoffDelay(10, () => 0.999, 100, 1000),
    999,
  );
  assert.equal(retryAfterMs("2", 0), 2000);
  assert.equal(retryAfterMs(new Date(5000).toUTCString(), 1000), 4000);
  assert.equal(retryAfterMs("soon", 0), undefined);
  assert.equal(retryAfterMs(null, 0), undefined);
});
