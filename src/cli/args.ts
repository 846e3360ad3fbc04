// Command-line options for every subcommand: node:util's parseArgs, with its complaints (an unknown
// option, a missing value) turned into usage errors that say where to look, so each command reports
// them the same way: exit 2, one message, no stack.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./command";

export function parseCommandArgs<T extends ParseArgsConfig>(
  command: string,
  config: T,
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (error) {
    // Node adds advice about `--` to an unknown option; for these commands it only distracts.
    const message = (error as Error).message
      .split(". To specify a positional")[0]!
      .replace(/\.$/, "");
    throw new UsageError(`${message}. Run \`tenant-comms ${command} --help\` for the options.`);
  }
}
