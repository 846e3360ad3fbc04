// Every subcommand of `tenant-comms`, in the order `--help` lists them.
import type { CliCommand } from "../command";
import { recipientsCommand } from "./recipients";

export const commands: CliCommand[] = [recipientsCommand];
