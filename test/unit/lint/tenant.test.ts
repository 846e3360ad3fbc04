import { test } from "node:test";
import assert from "node:assert/strict";
import { readLintConfig } from "../../../src/core/lint/config";
import { tenantRules } from "../../../src/core/lint/rules/tenant/index";
import { FOOTER, HEADER, headerWith } from "../../../src/core/templates/tenant-texts";
import { applyFirstFix, draft, lintWith, only, technical, where } from "./helpers";

const TECH = "subject: Changes to the platform\nchannel: technical";
const tenantIds = (text: string): string[] =>
  lintWith(text)
    .filter((f) => f.ruleId.startsWith("tenant/"))
    .map((f) => f.ruleId);

test("a technical draft with the header (slot filled) and footer is clean", () => {
  assert.deepEqual(tenantIds(technical("We will upgrade Cloud Foundry.")), []);
});

test("header and footer laid out differently (one line, no bullets) are the same words: clean", () => {
  const header = HEADER.replace(/\n+/g, " ").replace("[BODY COPY]", "the upgrade");
  const footer = FOOTER.replace(/\n\* /g, "\n- ").replace(/\n\n/g, "\n");
  assert.deepEqual(tenantIds(draft(`${header}\n\nText.\n\n${footer}\n`, TECH)), []);
});

test("tenant/header-missing: reported on the first line, fix inserts the header", () => {
  const text = draft(`Text first.\n\n${FOOTER}\n`, TECH);
  const [f] = only(lintWith(text), "tenant/header-missing");
  assert.equal(where(text, f!), '5:1-5:12 "Text first."');
  const fixed = applyFirstFix(text, f!);
  assert.ok(fixed.includes(`---\n${HEADER}\n\nText first.`));
  assert.deepEqual(
    tenantIds(fixed),
    ["tenant/body-copy-left"],
    "the inserted header asks for the body copy",
  );
});

test("tenant/header-altered: message carries a word diff; fix restores the words and keeps the writer's", () => {
  const text = draft(
    `Dear GOV.UK PaaS tenant,\n\nWe are contacting you to tell you about the upgrade.\n\nText.\n\n${FOOTER}\n`,
    TECH,
  );
  const [f] = only(lintWith(text), "tenant/header-altered");
  assert.ok(f);
  assert.equal(f.severity, "warning");
  assert.equal(
    f.message,
    'The header differs from the standard wording: missing "gov uk platform as a service paas"; "tell" instead of "inform"; "about" instead of "of". Use the header exactly as the team manual gives it.',
  );
  const fixed = applyFirstFix(text, f);
  assert.ok(fixed.includes(`${headerWith("the upgrade")}\n\nText.`), fixed);
  assert.deepEqual(tenantIds(fixed), []);
});

test("tenant/footer-missing: fix appends the footer after the last text", () => {
  const text = draft(`${headerWith("the upgrade")}\n\nLast line.\n\n`, TECH);
  const [f] = only(lintWith(text), "tenant/footer-missing");
  assert.equal(where(text, f!), '9:1-9:11 "Last line."');
  const fixed = applyFirstFix(text, f!);
  assert.ok(fixed.endsWith(`Last line.\n\n${FOOTER}\n\n`));
  assert.deepEqual(tenantIds(fixed), []);
});

test("tenant/footer-altered: diff and restore", () => {
  const altered = FOOTER.replace("Kind regards,", "Thanks,").replace(
    "store personal",
    "keep personal",
  );
  const text = draft(`${headerWith("the upgrade")}\n\nText.\n\n${altered}\n`, TECH);
  const [f] = only(lintWith(text), "tenant/footer-altered");
  assert.ok(f);
  assert.match(f.message, /"keep" instead of "store"; "thanks" instead of "kind regards"/);
  assert.equal(text.slice(f.start, f.start + 18), "This communication");
  assert.deepEqual(tenantIds(applyFirstFix(text, f)), []);
});

test("header and footer apply to technical and to channels the setting names", () => {
  const body = "Only text.";
  assert.deepEqual(tenantIds(draft(body, "subject: Hello\nchannel: announcement")), []);
  const { config } = readLintConfig(
    { lint: { headerFooterChannels: ["announcement"] } },
    tenantRules,
  );
  assert.deepEqual(
    lintWith(draft(body, "subject: Hello\nchannel: announcement"), config)
      .filter((f) => f.ruleId.startsWith("tenant/"))
      .map((f) => f.ruleId)
      .sort(),
    ["tenant/footer-missing", "tenant/header-missing"],
  );
});

test("header and footer texts come from settings", () => {
  const { config } = readLintConfig(
    {
      lint: {
        headerText: "Hello team, this is about [BODY COPY].",
        footerText: "Cheers, Platform",
      },
    },
    tenantRules,
  );
  const text = draft("Hello team, this is about the upgrade.\n\nText.\n\nCheers, Platform\n", TECH);
  assert.deepEqual(
    lintWith(text, config).filter((f) => f.ruleId.startsWith("tenant/")),
    [],
  );
});

test("tenant/body-copy-left: the slot left in", () => {
  const text = technical("Text.", "[BODY COPY]");
  const found = only(lintWith(text), "tenant/body-copy-left");
  assert.deepEqual(
    found.map((f) => where(text, f)),
    ['7:78-7:89 "[BODY COPY]"'],
  );
  assert.equal(found[0]!.severity, "error");
  // Any letter case, more than once, and not a near miss.
  const mixed = technical("Say [body Copy] here, not [BODY COPY or [BODY  COPY].", "[Body copy]");
  assert.deepEqual(
    only(lintWith(mixed), "tenant/body-copy-left").map((f) => where(mixed, f)),
    ['7:78-7:89 "[Body copy]"', '9:5-9:16 "[body Copy]"'],
  );
});

test("tenant/subject-missing and tenant/front-matter come from the draft parser", () => {
  const noSubject = "---\nchannel: technical\n---\nText.\n";
  assert.deepEqual(
    only(lintWith(noSubject), "tenant/subject-missing").map((f) => where(noSubject, f)),
    ['1:1-1:4 "---"'],
  );
  const typo = "---\nsubject: Hello\nchanel: technical\naudience: everyone\n---\nText.\n";
  const found = only(lintWith(typo), "tenant/front-matter");
  assert.deepEqual(
    found.map((f) => `${f.severity} ${where(typo, f)}`),
    ['warning 3:1-3:7 "chanel"', 'error 4:11-4:19 "everyone"'],
  );
  assert.match(found[0]!.message, /Did you mean "channel"\?/);
  const none = "Just text.\n";
  // Without front matter the channel is the default, technical, so header and footer are due too.
  assert.deepEqual(
    lintWith(none)
      .filter((f) => f.ruleId.startsWith("tenant/"))
      .map((f) => f.ruleId)
      .sort(),
    ["tenant/footer-missing", "tenant/front-matter", "tenant/header-missing"],
  );
});

test("tenant/subject-length: over 78 characters by default", () => {
  const long = "x".repeat(79);
  const text = `---\nsubject: ${long}\nchannel: announcement\n---\nText.\n`;
  assert.deepEqual(
    only(lintWith(text), "tenant/subject-length").map((f) => where(text, f)),
    [`2:10-2:89 "${long}"`],
  );
  assert.deepEqual(only(lintWith(text.replace(long, "x".repeat(78))), "tenant/subject-length"), []);
});

test("tenant/subject-cf-upgrade: the manual's form with a GOV.UK date; fixes dates written other ways", () => {
  const subject = (s: string) =>
    `---\nsubject: ${s}\nchannel: announcement\nkind: cf-upgrade\n---\nText.\n`;
  assert.deepEqual(
    only(
      lintWith(subject("GOV.UK PaaS - Cloud Foundry changes - 17 March 2027")),
      "tenant/subject-cf-upgrade",
    ),
    [],
  );
  for (const [written, date] of [
    ["GOV.UK PaaS - Cloud Foundry changes - 17th March 2017", "17 March 2017"],
    ["GOV.UK PaaS - Cloud Foundry changes - March 17, 2017", "17 March 2017"],
    ["Cloud Foundry changes 17/03/2017", "17 March 2017"],
    ["CF upgrade 2027-03-01", "1 March 2027"],
  ] as const) {
    const text = subject(written);
    const [f] = only(lintWith(text), "tenant/subject-cf-upgrade");
    assert.ok(f, written);
    assert.equal(where(text, f), `2:10-2:${10 + written.length} ${JSON.stringify(written)}`);
    assert.ok(
      applyFirstFix(text, f).includes(`subject: GOV.UK PaaS - Cloud Foundry changes - ${date}\n`),
    );
  }
  const [noDate] = only(lintWith(subject("Platform changes")), "tenant/subject-cf-upgrade");
  assert.equal(noDate!.fixes.length, 0);
  assert.ok(
    only(
      lintWith(subject("GOV.UK PaaS - Cloud Foundry changes - 31 February 2027")),
      "tenant/subject-cf-upgrade",
    ).length === 1,
    "not a real date",
  );
  assert.deepEqual(
    only(
      lintWith(`---\nsubject: Platform changes\nchannel: announcement\n---\nText.\n`),
      "tenant/subject-cf-upgrade",
    ),
    [],
    "only for kind: cf-upgrade",
  );
});

test("CRLF drafts: inserted header and footer use the file's line endings", () => {
  const text = "---\r\nsubject: Hello\r\nchannel: technical\r\n---\r\nSelect Continue.\r\n";
  const findings = lintWith(text);
  const header = only(findings, "tenant/header-missing")[0]!;
  const footer = only(findings, "tenant/footer-missing")[0]!;
  assert.equal(where(text, header), '5:1-5:17 "Select Continue."');
  const fixed = applyFirstFix(applyFirstFix(text, footer), header);
  assert.ok(!/[^\r]\n/.test(fixed), "every line break is CRLF");
  assert.ok(
    fixed.startsWith(
      `---\r\nsubject: Hello\r\nchannel: technical\r\n---\r\n${HEADER.replace(/\n/g, "\r\n")}\r\n\r\nSelect Continue.`,
    ),
  );
  assert.ok(fixed.endsWith(`Select Continue.\r\n\r\n${FOOTER.replace(/\n/g, "\r\n")}\r\n`));
});

test("tenant/header-altered: restoring never eats the writer's bracketed slot", () => {
  const text = draft(
    `Dear GOV.UK PaaS tenant,\n\nWe (GOV.UK Platform as a Service - PaaS) are contacting you to tell you [BODY COPY].\n\nText.\n\n${FOOTER}\n`,
    TECH,
  );
  const [f] = only(lintWith(text), "tenant/header-altered");
  assert.ok(f);
  assert.match(f.message, /"tell" instead of "inform"; missing "of"/);
  const fixed = applyFirstFix(text, f);
  assert.ok(fixed.includes(`${HEADER}\n\nText.`), fixed);
});
