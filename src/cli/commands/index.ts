// Every subcommand of `tenant-comms`, in the order `--help` lists them.
import type { CliCommand } from "../command";
import { checkCsvCommand } from "./check-csv";
import { lintCommand } from "./lint";
import { recipientsCommand } from "./recipients";
import { renderCommand } from "./render";
import { sendCommand } from "./send";
import { statusCommand } from "./status";

export const commands: CliCommand[] = [
  lintCommand,
  renderCommand,
  checkCsvCommand,
  recipientsCommand,
  sendCommand,
  statusCommand,
];
