// What a send button does: run the send command when it is registered, otherwise tell the writer
// why nothing happened and what to check. No `vscode` import: tested under node.
import type { NoticeMessage, SendAction } from "./protocol";

export type SendCommands = Record<SendAction, { id: string; label: string }>;

export type SendPlan = { run: string } | { notice: NoticeMessage };

export function planSend(
  action: SendAction,
  commands: SendCommands,
  registered: readonly string[],
): SendPlan {
  const { id, label } = commands[action];
  if (registered.includes(id)) return { run: id };
  return {
    notice: {
      type: "notice",
      level: "warning",
      text:
        `"${label}" is not available: the command ${id} is not registered in this window. ` +
        "Check that the Tenant Comms send feature is installed and enabled, then try again.",
    },
  };
}
