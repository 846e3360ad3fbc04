#!/usr/bin/env node
// `tenant-comms`: the engine from a terminal or CI. Dispatches to src/cli/commands/*.
import { createInterface } from "node:readline/promises";
import { commands } from "./cli/commands/index";
import { UsageError, type CliIO } from "./cli/command";

function helpText(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    "Usage: tenant-comms <command> [options]",
    "",
    "Commands:",
    ...lines,
    "",
    "Run `tenant-comms <command> --help` for a command's options.",
  ].join("\n");
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    io.stdout(helpText() + "\n");
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`tenant-comms: unknown command "${name}".\n\n${helpText()}\n`);
    return 2;
  }
  if (rest.includes("--help") || rest.includes("-h")) {
    io.stdout(command.usage.trimEnd() + "\n");
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`tenant-comms ${name}: ${error.message}\n`);
      return 2;
    }
    // Not the user's mistake: say so plainly, still without a stack unless asked for.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`tenant-comms ${name}: unexpected error: ${message}\n`);
    if (process.env.TENANT_COMMS_DEBUG) io.stderr(String((error as Error)?.stack) + "\n");
    return 1;
  }
}

function processIO(): CliIO {
  const controller = new AbortController();
  process.once("SIGINT", () => controller.abort());
  process.once("SIGTERM", () => controller.abort());
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    async prompt(question) {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      try {
        return await rl.question(question);
      } finally {
        rl.close();
      }
    },
    signal: controller.signal,
  };
}

if (require.main === module) {
  main(process.argv.slice(2), processIO()).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`tenant-comms: ${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
