// Runs the Notify simulator on its own (for `npm start` and trying the CLI by hand):
//   node --import tsx test/simulators/notify/main.ts [--port N] [--latency MS] [--rate N/SECONDS]
// Prints its URL, its template id and API keys (made up at each start; they work only here).
import { parseArgs } from "node:util";
import { DEFAULT_TEMPLATE_ID, startNotifySimulator } from "./server";

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: "0" },
      latency: { type: "string", default: "50" },
      rate: { type: "string" },
      team: { type: "string", multiple: true },
    },
  });
  const [requests, perSeconds] = (values.rate ?? "3000/60").split("/").map(Number);
  const sim = await startNotifySimulator({
    port: Number(values.port),
    latencyMs: Number(values.latency),
    rateLimit: { requests: requests ?? 3000, perSeconds: perSeconds ?? 60 },
    team: values.team ?? [],
  });
  const lines = [
    `Notify simulator listening on ${sim.url}`,
    `  NOTIFY_API_URL=${sim.url}`,
    `  NOTIFY_API_KEY=${sim.apiKey("test")}   (test key)`,
    `  live key: ${sim.apiKey("live")}`,
    `  team key: ${sim.apiKey("team")}`,
    `  template id (subject ((subject)), body ((body))): ${DEFAULT_TEMPLATE_ID}`,
    "Ctrl+C to stop.",
  ];
  process.stdout.write(lines.join("\n") + "\n");
  // One machine-readable line for scripts that start it (npm start).
  process.stdout.write(
    "NOTIFY_SIMULATOR " +
      JSON.stringify({
        url: sim.url,
        testKey: sim.apiKey("test"),
        liveKey: sim.apiKey("live"),
        templateId: DEFAULT_TEMPLATE_ID,
      }) +
      "\n",
  );
  const stop = () => {
    void sim.stop().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}

void main();
