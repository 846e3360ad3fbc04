// Checks a Notify bearer token the way Notify's API does (python-client authentication.py,
// API app/authentication/auth.py): HS256, issuer = service id, signed with one of the service's
// key secrets, `iat` within 30 seconds of the server's clock.
import { createHmac, timingSafeEqual } from "node:crypto";
import { NOTIFY_JWT_IAT_TOLERANCE_SECONDS } from "../../../src/core/notify/send/notify-api";

export interface SimKey {
  name: string;
  type: "live" | "team" | "test";
  secret: string;
  revoked?: boolean;
}

export type AuthResult =
  { ok: true; key: SimKey } | { ok: false; status: 401 | 403; message: string };

function b64json(part: string): Record<string, unknown> | undefined {
  try {
    const value = JSON.parse(Buffer.from(part, "base64url").toString("utf8")) as unknown;
    return typeof value === "object" && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

const GENERIC =
  "Invalid token: make sure your API token matches the example at https://docs.notifications.service.gov.uk/rest-api.html#authorisation-header";

export function checkAuthorization(
  header: string | undefined,
  service: { id: string; keys: SimKey[] },
  nowSeconds: number,
): AuthResult {
  if (!header) {
    return {
      ok: false,
      status: 401,
      message: "Unauthorized: authentication token must be provided",
    };
  }
  const [scheme, token] = header.split(" ", 2);
  if (scheme?.toLowerCase() !== "bearer" || !token) {
    return {
      ok: false,
      status: 401,
      message: "Unauthorized: authentication bearer scheme must be used",
    };
  }
  const parts = token.split(".");
  if (parts.length !== 3) return { ok: false, status: 403, message: GENERIC };
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string];
  const head = b64json(headerPart);
  const claims = b64json(payloadPart);
  if (!head || !claims) return { ok: false, status: 403, message: GENERIC };
  if (head.alg !== "HS256") {
    return { ok: false, status: 403, message: "Invalid token: algorithm used is not HS256" };
  }
  if (typeof claims.iss !== "string" || claims.iss === "") {
    return { ok: false, status: 403, message: "Invalid token: iss field not provided" };
  }
  if (!/^[0-9a-f-]{36}$/i.test(claims.iss)) {
    return {
      ok: false,
      status: 403,
      message: "Invalid token: service id is not the right data type",
    };
  }
  if (claims.iss !== service.id) {
    return { ok: false, status: 403, message: "Invalid token: service not found" };
  }
  const signature = Buffer.from(signaturePart, "base64url");
  const key = service.keys.find((k) => {
    const expected = createHmac("sha256", k.secret).update(`${headerPart}.${payloadPart}`).digest();
    return expected.length === signature.length && timingSafeEqual(expected, signature);
  });
  if (!key) return { ok: false, status: 403, message: "Invalid token: API key not found" };
  if (key.revoked) return { ok: false, status: 403, message: "Invalid token: API key revoked" };
  const iat = typeof claims.iat === "number" ? claims.iat : NaN;
  if (!(Math.abs(nowSeconds - iat) <= NOTIFY_JWT_IAT_TOLERANCE_SECONDS)) {
    return {
      ok: false,
      status: 403,
      message: "Error: Your system clock must be accurate to within 30 seconds",
    };
  }
  return { ok: true, key };
}
