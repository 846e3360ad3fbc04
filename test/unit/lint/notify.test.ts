import { test } from "node:test";
import assert from "node:assert/strict";
import { readLintConfig } from "../../../src/core/lint/config";
import { notifyRules } from "../../../src/core/lint/rules/notify/index";
import { EMAIL_BODY_MAX_BYTES } from "../../../src/core/notify/limits";
import { applyFirstFix, draft, lintWith, only, where } from "./helpers";

const rulesWithPlainExamples = notifyRules.filter(
  (r) => !["notify/size", "notify/placeholder-no-data"].includes(r.meta.id),
);

for (const rule of rulesWithPlainExamples) {
  const { id, examples } = rule.meta;
  test(`${id}: fires on its bad example, quiet on its good one`, () => {
    assert.ok(examples);
    assert.ok(only(lintWith(draft(examples.bad)), id).length > 0, examples.bad);
    assert.deepEqual(
      only(lintWith(draft(examples.good)), id).map((f) => f.message),
      [],
    );
  });
}

function check(body: string, ruleId: string): { text: string; found: string[] } {
  const text = draft(body);
  return { text, found: only(lintWith(text), ruleId).map((f) => where(text, f)) };
}

function fixed(body: string, ruleId: string): string {
  const text = draft(body);
  const finding = only(lintWith(text), ruleId)[0];
  assert.ok(finding, `${ruleId} found nothing in ${body}`);
  return applyFirstFix(text, finding).slice(draft("").length);
}

test("notify/bold: position and fix remove the markers", () => {
  assert.deepEqual(check("Select **Continue** and __Save__.", "notify/bold").found, [
    '5:8-5:20 "**Continue**"',
    '5:25-5:33 "__Save__"',
  ]);
  assert.equal(fixed("Select **Continue** now.", "notify/bold"), "Select Continue now.");
});

test("notify/italic: stars and underscores, but not bullets, snake_case or maths", () => {
  assert.deepEqual(check("This is *vital* and _urgent_.", "notify/italic").found, [
    '5:9-5:16 "*vital*"',
    '5:21-5:29 "_urgent_"',
  ]);
  assert.deepEqual(
    check("* a bullet\n* another\n\nset MAX_APP_SIZE and 2 * 3 * 4", "notify/italic").found,
    [],
  );
  // Markers on different lines never pair up; a pair after a lone one still counts.
  assert.deepEqual(check("* one *\nstar\n* two *x*", "notify/italic").found, ['7:7-7:10 "*x*"']);
  assert.equal(fixed("This is *vital*.", "notify/italic"), "This is vital.");
});

test("notify/code: fenced blocks always, inline spans only with the spans option", () => {
  const text = draft("Run `cf push`.\n\n```sh\ncf push\n```");
  assert.deepEqual(
    only(lintWith(text), "notify/code").map((f) => where(text, f)),
    ['7:1-7:6 "```sh"'],
  );
  const { config } = readLintConfig(
    { lint: { rules: { "notify/code": { options: { spans: true } } } } },
    notifyRules,
  );
  const withSpans = only(lintWith(text, config), "notify/code");
  assert.deepEqual(
    withSpans.map((f) => where(text, f)),
    ['5:5-5:14 "`cf push`"', '7:1-7:6 "```sh"'],
  );
  assert.equal(
    applyFirstFix(text, withSpans[0]!).slice(draft("").length, draft("").length + 13),
    "Run cf push.\n",
  );
});

test("notify/strikethrough: reported, no fix (removing the markers would change the meaning)", () => {
  const text = draft("Now on ~~Monday~~ Tuesday.");
  const [f] = only(lintWith(text), "notify/strikethrough");
  assert.equal(where(text, f!), '5:8-5:18 "~~Monday~~"');
  assert.equal(f!.fixes.length, 0);
});

test("notify/table covers the whole table", () => {
  assert.deepEqual(
    check("Intro.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nAfter.", "notify/table").found,
    ['7:1-9:10 "| a | b |\\n|---|---|\\n| 1 | 2 |"'],
  );
});

test("notify/image and notify/html positions; comments are not HTML to report", () => {
  assert.deepEqual(check("See ![map](https://x/m.png) here.", "notify/image").found, [
    '5:5-5:28 "![map](https://x/m.png)"',
  ]);
  assert.deepEqual(check("A <b>bold</b> word <!-- note --> and <br/>", "notify/html").found, [
    '5:3-5:6 "<b>"',
    '5:10-5:14 "</b>"',
    '5:38-5:43 "<br/>"',
  ]);
  assert.equal(fixed("Go to <https://www.gov.uk>.", "notify/html"), "Go to https://www.gov.uk.");
});

test("notify/blockquote and notify/plus-bullet: fixes swap the marker", () => {
  assert.equal(
    fixed("> Your apps will restart.", "notify/blockquote"),
    "^ Your apps will restart.",
  );
  assert.equal(
    fixed("Do this:\n\n+ restage\n+ push", "notify/plus-bullet"),
    "Do this:\n\n* restage\n+ push",
  );
  assert.deepEqual(check("2 + 2 = 4", "notify/plus-bullet").found, []);
});

test("notify/hr-needs-blank-line: only --- straight under text", () => {
  assert.deepEqual(
    check("Text above.\n---\n\nMore.\n\n---\n\nEnd.", "notify/hr-needs-blank-line").found,
    ['6:1-6:4 "---"'],
  );
  assert.equal(
    fixed("Text above.\n---\nMore.", "notify/hr-needs-blank-line"),
    "Text above.\n\n---\nMore.",
  );
});

test("notify/heading-level: ### and deeper, fix to ##", () => {
  assert.deepEqual(
    check("# Top\n\n## Sub\n\n### Deep\n\n###### Deeper", "notify/heading-level").found,
    ['9:1-9:4 "###"', '11:1-11:7 "######"'],
  );
  assert.equal(fixed("### What to do", "notify/heading-level"), "## What to do");
});

test("notify/www-link: bare www. only; not in URLs, link targets or email addresses", () => {
  assert.deepEqual(
    check(
      "Visit www.gov.uk. Or https://www.gov.uk, [GOV.UK](www.gov.uk), someone@www.example.com.",
      "notify/www-link",
    ).found,
    ['5:7-5:17 "www.gov.uk"'],
  );
  assert.equal(fixed("Visit www.gov.uk.", "notify/www-link"), "Visit https://www.gov.uk.");
});

test("notify/placeholder-syntax: unbalanced, empty, commas, bad conditionals; subject too", () => {
  const text =
    "---\nsubject: Hello ((name\nchannel: announcement\n---\nDear ((org)), (( )), ((a, b)), ((??text)), ((x??y??z)) and )) and ((bad (name)).\n";
  const found = only(lintWith(text), "notify/placeholder-syntax");
  assert.deepEqual(
    found.map((f) => where(text, f)),
    [
      '2:16-2:22 "((name"',
      '5:15-5:20 "(( ))"',
      '5:22-5:30 "((a, b))"',
      '5:32-5:42 "((??text))"',
      '5:44-5:55 "((x??y??z))"',
      '5:60-5:62 "))"',
      '5:67-5:81 "((bad (name))."',
      '5:78-5:80 "))"',
    ],
  );
  assert.match(found[2]!.message, /commas/);
  assert.deepEqual(
    only(lintWith(draft("Dear ((org)), ((urgent??Act now.))")), "notify/placeholder-syntax"),
    [],
  );
});

test("notify/placeholder-no-data: only when CSV columns are given; names match Notify's way", () => {
  const text = draft("Dear ((Org Name)), your ((space)) in ((region)).");
  assert.deepEqual(only(lintWith(text), "notify/placeholder-no-data"), []);
  const { config } = readLintConfig(
    {
      lint: {
        rules: {
          "notify/placeholder-no-data": {
            options: { columns: ["email address", "org_name", "SPACE"] },
          },
        },
      },
    },
    notifyRules,
  );
  const found = only(lintWith(text, config), "notify/placeholder-no-data");
  assert.deepEqual(
    found.map((f) => where(text, f)),
    ['5:38-5:48 "((region))"'],
  );
  assert.match(found[0]!.message, /no "region" column/);
  const viaShared = readLintConfig(
    { lint: { csvColumns: ["org name", "space", "region"] } },
    notifyRules,
  ).config;
  assert.deepEqual(only(lintWith(text, viaShared), "notify/placeholder-no-data"), []);
});

test("notify/size: over 2,000,000 bytes of body is an error, at the limit is fine", () => {
  const at = draft("x".repeat(EMAIL_BODY_MAX_BYTES));
  assert.deepEqual(
    only(
      lintWith(at, undefined, [notifyRules.find((r) => r.meta.id === "notify/size")!]),
      "notify/size",
    ),
    [],
  );
  const over = draft("é".repeat(EMAIL_BODY_MAX_BYTES / 2) + "x");
  const found = only(
    lintWith(over, undefined, [notifyRules.find((r) => r.meta.id === "notify/size")!]),
    "notify/size",
  );
  assert.equal(found.length, 1);
  assert.equal(found[0]!.severity, "error");
  assert.match(found[0]!.message, /2,000,001 bytes/);
});

test("notify rules ignore code", () => {
  const text = draft("```\n**bold** ### <b> www.x.org ((a\n```\n\n`**bold**`");
  const found = lintWith(text).filter(
    (f) => f.ruleId.startsWith("notify/") && f.ruleId !== "notify/code",
  );
  assert.deepEqual(found, []);
});
