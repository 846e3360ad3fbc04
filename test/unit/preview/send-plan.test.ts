import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { planSend, type SendCommands } from "../../../src/vscode/preview/send-plan";

const commands: SendCommands = {
  test: { id: "tenantComms.sendTestEmail", label: "Send test email" },
  notify: { id: "tenantComms.send", label: "Send via Notify" },
};

describe("planSend", () => {
  it("runs the button's command when it is registered", () => {
    const registered = ["tenantComms.sendTestEmail", "tenantComms.send"];
    assert.deepEqual(planSend("test", commands, registered), { run: "tenantComms.sendTestEmail" });
    assert.deepEqual(planSend("notify", commands, registered), { run: "tenantComms.send" });
  });

  it("says which command is missing and what to check when it is not", () => {
    const plan = planSend("notify", commands, ["tenantComms.sendTestEmail"]);
    assert.ok("notice" in plan);
    assert.equal(plan.notice.level, "warning");
    assert.equal(
      plan.notice.text,
      '"Send via Notify" is not available: the command tenantComms.send is not registered in this ' +
        "window. Check that the Tenant Comms send feature is installed and enabled, then try again.",
    );
  });
});
