// A CliIO for tests: captures output, answers prompts from a script, and can be aborted.
import type { CliIO } from "../../src/cli/command";

export interface FakeIO extends CliIO {
  out: string;
  err: string;
  abort(): void;
}

export function fakeIO(
  options: {
    cwd?: string;
    env?: NodeJS.ProcessEnv;
    answers?: string[];
    interactive?: boolean;
  } = {},
): FakeIO {
  const controller = new AbortController();
  const answers = [...(options.answers ?? [])];
  const io: FakeIO = {
    out: "",
    err: "",
    stdout(text) {
      io.out += text;
    },
    stderr(text) {
      io.err += text;
    },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    interactive: options.interactive ?? answers.length > 0,
    async prompt(question) {
      io.out += question;
      const answer = answers.shift();
      if (answer === undefined) throw new Error(`unexpected prompt: ${question}`);
      return answer;
    },
    signal: controller.signal,
    abort: () => controller.abort(),
  };
  return io;
}
