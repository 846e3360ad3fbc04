import { test } from "node:test";
import assert from "node:assert/strict";
import type { TemplateSummary } from "../../../src/core/notify/send/client";
import { checkTemplate } from "../../../src/core/notify/send/template-check";

const t = (over: Partial<TemplateSummary>): TemplateSummary => ({
  id: "7e3a1c55-0b1d-4f0e-8d2c-2b1c0ffee0e1",
  name: "Tenant Comms",
  type: "email",
  version: 1,
  subject: "((subject))",
  body: "((body))",
  ...over,
});

test("the one template passes, names matched as Notify matches them", () => {
  assert.deepEqual(checkTemplate(t({})), { ok: true, problems: [], warnings: [] });
  assert.equal(checkTemplate(t({ subject: "((Subject))", body: "((BODY))" })).ok, true);
});

test("each way a template can be wrong says what to change in Notify", () => {
  const sms = checkTemplate(t({ type: "sms", subject: undefined, body: "((body))" }));
  assert.match(sms.problems[0]!, /is a sms template, not an email template/);
  const noSubject = checkTemplate(t({ subject: "Hello ((name))" }));
  assert.match(
    noSubject.problems[0]!,
    /subject line must be \(\(subject\)\) \(it is "Hello \(\(name\)\)"\).*set "Subject line of email" to \(\(subject\)\)/,
  );
  const noBody = checkTemplate(t({ body: "Dear ((name))" }));
  assert.match(
    noBody.problems[0]!,
    /message must be \(\(body\)\).*replace "Message" with \(\(body\)\)/,
  );
});

test("extra text and extra placeholders are allowed, with a warning", () => {
  const check = checkTemplate(
    t({ subject: "[PaaS] ((subject))", body: "Intro ((body))\n\n((footer))" }),
  );
  assert.equal(check.ok, true);
  assert.equal(check.warnings.length, 3);
  assert.match(check.warnings.join("\n"), /text besides \(\(subject\)\)/);
  assert.match(check.warnings.join("\n"), /heading at the start of the draft will not render/);
  assert.match(check.warnings.join("\n"), /other placeholders \(footer\)/);
});
