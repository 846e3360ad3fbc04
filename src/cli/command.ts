// The contract every `tenant-comms` subcommand follows, so the dispatcher and tests treat them alike.

/** What a command may touch of the outside world; tests pass their own. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** True when a person is at a terminal and can answer a question. */
  interactive: boolean;
  /** Asks a question on the terminal; only called when `interactive` is true. */
  prompt(question: string): Promise<string>;
  /** Aborted on Ctrl+C so long jobs can stop cleanly (and stay resumable). */
  signal: AbortSignal;
}

/** A mistake in how the command was called or in its input: exit 2, message only, never a stack. */
export class UsageError extends Error {
  override name = "UsageError";
}

export interface CliCommand {
  name: string;
  /** One line for `tenant-comms --help`. */
  summary: string;
  /** Full usage text for `tenant-comms <name> --help`. */
  usage: string;
  /** Returns the process exit code. Throw UsageError for bad input. */
  run(argv: string[], io: CliIO): Promise<number>;
}
