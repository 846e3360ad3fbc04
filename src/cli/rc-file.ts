// Reads the working folder's settings file for a CLI command; a broken file is the user's to mend,
// so it is a usage error (exit 2) with the parser's reason, never a stack.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { RC_FILE } from "../core/config/rc-file";
import { UsageError } from "./command";

/** The parsed settings file in `cwd`; undefined when there is none. */
export function readRcFile(cwd: string): unknown {
  try {
    return JSON.parse(readFileSync(resolve(cwd, RC_FILE), "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new UsageError(`${RC_FILE} is not valid JSON: ${(error as Error).message}`);
  }
}
