// Recipients export on a simulated platform of 1,000 orgs, 3,000 spaces, 20,000 users and 60,000
// roles, 20 ms per request, against the old tool's pattern on the same simulator: list orgs, then
// each org's spaces, then each space's role list, one request at a time at the default page size.
// The baseline runs the `developers` audience (the old default: one role list per space), which
// keeps it near 4,000 requests (~1.5 minutes); `critical` would be ~16,000 (5+ minutes).
import { performance } from "node:perf_hooks";
import { StaticTokenSource } from "../src/core/cf/auth/token-source";
import { CfClient } from "../src/core/cf/client";
import type { V3Page, V3Space, V3Organization, V3Role, V3User } from "../src/core/cf/types";
import { validateEmailAddress } from "../src/core/notify/email-address";
import { exportRecipients } from "../src/core/recipients/export";
import type { Audience } from "../src/core/draft";
import { generatePlatform } from "../test/simulators/cf/platform";
import { startCfSimulator, type CfSimulator } from "../test/simulators/cf/server";
import type { BenchRow, BenchSuite } from "./bench-row";

const LATENCY_MS = 20;
const SIZE = { orgs: 1000, spaces: 3000, users: 20000, roles: 60000 };

async function ours(sim: CfSimulator, audience: Audience) {
  const { accessToken } = sim.issueTokens("admin");
  sim.resetCounts();
  const started = performance.now();
  const result = await exportRecipients({
    regions: [{ name: "Bench", api: sim.url }],
    audiences: [audience],
    // Same people as the baseline: it has no exclusions.
    exclusions: { patterns: [], excludeSuspended: false },
    auth: (_region, client) => new StaticTokenSource(accessToken, "bench token", client.api),
  });
  return { ms: performance.now() - started, requests: sim.total(), result };
}

/** The old tool's walk (paas-cf tools/user_emails, `normal()` mode) in v3 terms. */
async function baseline(sim: CfSimulator) {
  const { accessToken } = sim.issueTokens("admin");
  const client = new CfClient({
    api: sim.url,
    tokens: new StaticTokenSource(accessToken, "bench token", sim.url),
  });
  sim.resetCounts();
  const started = performance.now();
  const addresses = new Set<string>();
  const all = async <T, I = Record<string, unknown[]>>(path: string) => {
    const out: V3Page<T, I>[] = [];
    let url: string | null = path;
    while (url) {
      const page: V3Page<T, I> = await client.get<V3Page<T, I>>(url);
      out.push(page);
      url = page.pagination.next?.href ?? null;
    }
    return out;
  };
  for (const orgPage of await all<V3Organization>("/v3/organizations")) {
    for (const org of orgPage.resources) {
      for (const spacePage of await all<V3Space>(`/v3/spaces?organization_guids=${org.guid}`)) {
        for (const space of spacePage.resources) {
          const rolePages = await all<V3Role, { users: V3User[] }>(
            `/v3/roles?space_guids=${space.guid}&types=space_developer&include=user`,
          );
          for (const page of rolePages) {
            for (const user of page.included?.users ?? []) {
              const check = user.username ? validateEmailAddress(user.username) : undefined;
              if (check?.valid) addresses.add(check.normalised);
            }
          }
        }
      }
    }
  }
  return { ms: performance.now() - started, requests: sim.total(), addresses };
}

const fmtMs = (ms: number) =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
const fmtN = (n: number) => n.toLocaleString("en-GB");

export const suite: BenchSuite = {
  name: "recipients",
  async run(): Promise<BenchRow[]> {
    const t0 = performance.now();
    const platform = generatePlatform(SIZE);
    const generated = performance.now() - t0;
    const sim = await startCfSimulator({ platform, latencyMs: LATENCY_MS, tokenTtlSeconds: 3600 });
    try {
      // Ours is short enough to repeat: the median of three runs (the first also warms the JIT).
      const devRuns = [];
      for (let i = 0; i < 3; i++) devRuns.push(await ours(sim, "developers"));
      const dev = devRuns.sort((a, b) => a.ms - b.ms)[1]!;
      const critical = await ours(sim, "critical");
      const management = await ours(sim, "management");
      const old = await baseline(sim);
      const ourAddresses = new Set(dev.result.rows.map((r) => r.address));
      const missing = [...old.addresses].filter((a) => !ourAddresses.has(a)).length;
      const requestRatio = old.requests / dev.requests;
      const timeRatio = old.ms / dev.ms;
      const label = `developers, ${fmtN(SIZE.orgs)} orgs / ${fmtN(SIZE.roles)} roles, ${LATENCY_MS} ms/request`;
      return [
        {
          case: `generate platform (${fmtN(SIZE.orgs)} orgs, ${fmtN(SIZE.spaces)} spaces, ${fmtN(SIZE.users)} users, ${fmtN(SIZE.roles)} roles)`,
          value: fmtMs(generated),
        },
        {
          case: `${label}: requests`,
          value: `${fmtN(dev.requests)} requests`,
          baseline: `${fmtN(old.requests)} requests (old walk)`,
          target: `>= 50x fewer (got ${requestRatio.toFixed(0)}x)`,
          met: requestRatio >= 50,
        },
        {
          case: `${label}: time`,
          value: `${fmtMs(dev.ms)} (median of ${devRuns.map((r) => fmtMs(r.ms)).join(", ")})`,
          baseline: `${fmtMs(old.ms)} (old walk)`,
          target: `>= 20x less (got ${timeRatio.toFixed(0)}x)`,
          met: timeRatio >= 20,
        },
        {
          case: `developers: every address the old walk finds is in ours`,
          value: `${fmtN(dev.result.rows.length)} ours (incl. SSO via UAA), ${fmtN(old.addresses.size)} old, ${missing} missing`,
          met: missing === 0,
        },
        {
          case: `critical, same platform (no baseline run: ~16,000 requests)`,
          value: `${fmtN(critical.requests)} requests, ${fmtMs(critical.ms)}, ${fmtN(critical.result.rows.length)} addresses`,
        },
        {
          case: `management, same platform`,
          value: `${fmtN(management.requests)} requests, ${fmtMs(management.ms)}, ${fmtN(management.result.rows.length)} addresses`,
        },
      ];
    } finally {
      await sim.stop();
    }
  },
};
