// `npx tsx test/simulators/cf/main.ts [--large] [--port N]`: a simulated Cloud Foundry for trying
// the recipients export by hand (or from `npm start`). Prints the API address and how to sign in.
import { parseArgs } from "node:util";
import { handBuiltPlatform } from "../../fixtures/cf/hand-built";
import { generatePlatform } from "./platform";
import { startCfSimulator } from "./server";

async function main() {
  const { values } = parseArgs({
    options: {
      large: { type: "boolean", default: false },
      latency: { type: "string", default: "0" },
    },
  });
  const platform = values.large
    ? generatePlatform({ orgs: 1000, spaces: 3000, users: 20000, roles: 60000 })
    : handBuiltPlatform().ireland;
  const sim = await startCfSimulator({ platform, latencyMs: Number(values.latency) || 0 });
  const { accessToken } = sim.issueTokens("admin");
  process.stdout.write(
    [
      `Cloud Foundry simulator: ${sim.url}`,
      `  ${platform.orgs.length} orgs, ${platform.spaces.length} spaces, ${platform.users.length} users, ${platform.roles.length} roles`,
      `  sign in: username admin, password admin-password (UAA at ${sim.url}/uaa)`,
      `  one-time passcode: ${sim.createPasscode("admin")}`,
      `  try: CF_ACCESS_TOKEN=${accessToken} npx tsx src/cli.ts recipients --audience critical --region Sim=${sim.url} --out /tmp/recipients.csv`,
      "Press Ctrl+C to stop.",
      "",
    ].join("\n"),
  );
  const stop = () => void sim.stop().then(() => process.exit(0));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

void main();
