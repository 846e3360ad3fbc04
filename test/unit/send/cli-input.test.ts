// Bad input to `tenant-comms send`: each gives its clear message, exits 2, and sends nothing.
import { test, after, before } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createSendCommand, sendCommand } from "../../../src/cli/commands/send";
import { main } from "../../../src/cli";
import {
  DEFAULT_TEMPLATE_ID,
  PLAIN_TEMPLATE_ID,
  SMS_TEMPLATE_ID,
  startNotifySimulator,
  type NotifySimulator,
} from "../../simulators/notify/server";
import { fakeIO } from "../../support/fake-io";
import { tempWorkspace } from "./helpers";

const FIXTURES = join(__dirname, "../../fixtures/send");
let sim: NotifySimulator;

before(async () => {
  sim = await startNotifySimulator();
});
after(async () => {
  await sim.stop();
});

function workspace(): string {
  const dir = tempWorkspace();
  for (const name of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, name), join(dir, name));
  return dir;
}

async function send(
  args: string[],
  options: {
    env?: Record<string, string | undefined>;
    answers?: string[];
    interactive?: boolean;
    command?: typeof sendCommand;
    /** The fixtures turn lint rules off (these tests are about input); "default" lints for real. */
    lintRules?: "default";
  } = {},
) {
  const cwd = workspace();
  if (options.lintRules === "default") rmSync(join(cwd, ".tenantcommsrc.json"));
  const env: Record<string, string | undefined> = {
    NOTIFY_API_KEY: sim.apiKey("live"),
    NOTIFY_API_URL: sim.url,
    ...options.env,
  };
  const io = fakeIO({
    cwd,
    env,
    answers: options.answers ?? [],
    interactive: options.interactive ?? false,
  });
  const postsBefore = sim.stats.posts;
  let code: number;
  if (options.command) {
    try {
      code = await options.command.run(args, io);
    } catch (error) {
      io.stderr((error as Error).message);
      code = 2;
    }
  } else {
    code = await main(["send", ...args], io);
  }
  return { code, out: io.out, err: io.err, posts: sim.stats.posts - postsBefore };
}

const base = [
  "draft.notify.md",
  "--recipients",
  "recipients.csv",
  "--template-id",
  DEFAULT_TEMPLATE_ID,
];

const cases: {
  name: string;
  args: string[];
  env?: Record<string, string | undefined>;
  message: RegExp;
}[] = [
  {
    name: "no API key",
    args: [...base, "--yes"],
    env: { NOTIFY_API_KEY: undefined },
    message: /NOTIFY_API_KEY is not set/,
  },
  {
    name: "a malformed API key",
    args: [...base, "--yes"],
    env: { NOTIFY_API_KEY: "abc-123" },
    message: /NOTIFY_API_KEY: That is not a GOV\.UK Notify API key/,
  },
  {
    name: "a well-formed key Notify does not know",
    args: [...base, "--yes"],
    env: {
      NOTIFY_API_KEY: `old_key-5ad4c0de-7e11-4c0a-9a3e-7e57c0ffee01-00000000-0000-4000-8000-000000000000`,
    },
    message: /Notify refused the API key \(AuthError: Invalid token: API key not found\)/,
  },
  {
    name: "a template without ((subject)) and ((body))",
    args: [
      "draft.notify.md",
      "--recipients",
      "recipients.csv",
      "--template-id",
      PLAIN_TEMPLATE_ID,
      "--yes",
    ],
    message: /subject line must be \(\(subject\)\)[\s\S]*message must be \(\(body\)\)/,
  },
  {
    name: "an sms template",
    args: [
      "draft.notify.md",
      "--recipients",
      "recipients.csv",
      "--template-id",
      SMS_TEMPLATE_ID,
      "--yes",
    ],
    message: /is a sms template, not an email template/,
  },
  {
    name: "a template id Notify does not have",
    args: [
      "draft.notify.md",
      "--recipients",
      "recipients.csv",
      "--template-id",
      "11111111-2222-4333-8444-555555555555",
      "--yes",
    ],
    message: /Notify has no template 11111111-2222-4333-8444-555555555555/,
  },
  {
    name: "no template id anywhere",
    args: ["draft.notify.md", "--recipients", "recipients.csv", "--yes"],
    message: /No Notify template id: add `templateId:`/,
  },
  {
    name: "a CSV without the email address column",
    args: [
      "draft.notify.md",
      "--recipients",
      "no-email-column.csv",
      "--template-id",
      DEFAULT_TEMPLATE_ID,
      "--yes",
    ],
    message: /needs a column called ‘email address’/,
  },
  {
    name: "a CSV without a placeholder's column",
    args: [
      "draft.notify.md",
      "--recipients",
      "no-org-column.csv",
      "--template-id",
      DEFAULT_TEMPLATE_ID,
      "--yes",
    ],
    message: /missing a column called ‘org’/,
  },
  {
    name: "bad rows",
    args: [
      "draft.notify.md",
      "--recipients",
      "bad-rows.csv",
      "--template-id",
      DEFAULT_TEMPLATE_ID,
      "--yes",
    ],
    message:
      /bad-rows\.csv row 2: Not a valid email address[\s\S]*bad-rows\.csv row 3: no value for \(\(org\)\)/,
  },
  {
    name: "an empty CSV",
    args: [
      "draft.notify.md",
      "--recipients",
      "empty.csv",
      "--template-id",
      DEFAULT_TEMPLATE_ID,
      "--yes",
    ],
    message: /empty\.csv is empty/,
  },
  {
    name: "a CSV with headings only",
    args: [
      "draft.notify.md",
      "--recipients",
      "header-only.csv",
      "--template-id",
      DEFAULT_TEMPLATE_ID,
      "--yes",
    ],
    message: /header-only\.csv: Your file is missing some rows/,
  },
  {
    name: "a missing CSV file",
    args: [
      "draft.notify.md",
      "--recipients",
      "nope.csv",
      "--template-id",
      DEFAULT_TEMPLATE_ID,
      "--yes",
    ],
    message: /The recipients CSV .*nope\.csv does not exist/,
  },
  {
    name: "a missing draft",
    args: [
      "nope.notify.md",
      "--recipients",
      "recipients.csv",
      "--template-id",
      DEFAULT_TEMPLATE_ID,
      "--yes",
    ],
    message: /The draft .*nope\.notify\.md does not exist/,
  },
  {
    name: "a draft without front matter",
    args: [
      "no-front-matter.notify.md",
      "--recipients",
      "recipients.csv",
      "--template-id",
      DEFAULT_TEMPLATE_ID,
      "--yes",
    ],
    message: /no-front-matter\.notify\.md line 1: /,
  },
  {
    name: "no recipients option",
    args: ["draft.notify.md", "--template-id", DEFAULT_TEMPLATE_ID, "--yes"],
    message: /Give at least one recipients CSV/,
  },
  {
    name: "a bad --rate",
    args: [...base, "--yes", "--rate", "fast"],
    message: /--rate must be N\/SECONDS/,
  },
  { name: "no --yes and no terminal", args: base, message: /pass --yes to confirm/ },
];

for (const c of cases) {
  test(`bad input: ${c.name} gives a clear message and sends nothing`, async () => {
    const r = await send(c.args, c.env ? { env: c.env } : {});
    assert.equal(r.code, 2, `${r.out}\n${r.err}`);
    assert.match(r.err, c.message);
    assert.equal(r.posts, 0, "a send request was made");
    assert.ok(!/\n\s+at .*\(/.test(r.err), "no stack trace");
    assert.ok(!r.err.includes(sim.keys[0]!.secret), "the secret is shown");
  });
}

test("bad input: a draft with lint errors is refused with the errors listed, nothing sent", async () => {
  const command = createSendCommand({
    hasBlockingProblems: (draft) => ({
      blocking: draft.body.includes("Dear"),
      messages: ['line 5: Use "tenant" not "Dear" (test/rule)'],
    }),
  });
  const r = await send([...base, "--yes"], { command });
  assert.equal(r.code, 2);
  assert.match(
    r.err,
    /draft\.notify\.md has lint errors; fix them before sending:\n\s+line 5: Use "tenant"/,
  );
  assert.equal(r.posts, 0);
});

test("bad input: the linter's errors refuse the send (here: no privacy footer), nothing sent", async () => {
  const r = await send([...base, "--yes"], { lintRules: "default" });
  assert.equal(r.code, 2);
  assert.match(
    r.err,
    /draft\.notify\.md has lint errors; fix them before sending:\n\s+line \d+: A technical email must end with the standard privacy footer.*\(tenant\/footer-missing\)/,
  );
  assert.equal(r.posts, 0);
});

test("answering anything but yes at the prompt sends nothing", async () => {
  const r = await send(base, { answers: ["no"], interactive: true });
  assert.equal(r.code, 2);
  assert.match(r.out, /Send 3 emails\? Type "yes" to send:/);
  assert.match(r.err, /Not confirmed: nothing sent/);
  assert.equal(r.posts, 0);
});

test("--dry-run prints the summary and sends nothing", async () => {
  const r = await send([...base, "--dry-run"]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /Recipients:\s+3\n/);
  assert.match(r.out, /Template:\s+Tenant Comms/);
  assert.match(r.out, /Key:\s+tenant_comms_live \(service 5ad4c0de/);
  assert.match(r.out, /Dry run: nothing sent/);
  assert.equal(r.posts, 0);
});

test("answering yes sends to everyone; exit 0", async () => {
  const before = sim.store.all.length;
  const r = await send(base, { answers: ["yes"], interactive: true });
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /3 sent, 0 failed, 0 not sent \(of 3\)/);
  assert.equal(sim.store.all.length - before, 3);
});
