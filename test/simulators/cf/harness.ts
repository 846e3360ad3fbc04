// Shared test wiring: clients and sign-ins against simulators, without real waits between retries.
import { signIn } from "../../../src/core/cf/auth/sign-in";
import type { TokenSource } from "../../../src/core/cf/auth/token-source";
import { CfClient, type CfClientOptions } from "../../../src/core/cf/client";
import type { HttpOptions } from "../../../src/core/cf/http";
import type { CfSimulator } from "./server";

/** Retries happen at once in tests; a short timeout keeps hung cases quick. */
export const FAST_HTTP: HttpOptions = { sleep: async () => {}, timeoutMs: 5_000 };

export const ADMIN = { kind: "password", username: "admin", password: "admin-password" } as const;

/** A TokenSource factory that signs in as the simulator's admin. */
export function adminAuth(): (region: unknown, client: CfClient) => Promise<TokenSource> {
  return (_region, client) => signIn(client, ADMIN);
}

export function clientFor(
  sim: CfSimulator,
  tokens: CfClientOptions["tokens"] = (client) => signIn(client, ADMIN),
  http: HttpOptions = FAST_HTTP,
): CfClient {
  return new CfClient({ api: sim.url, region: "Sim", http, tokens });
}
