// What goes in `body`: the draft's markdown with the recipient's placeholders filled. Proof that it
// is right: Notify rendering the one-template email ((subject))/((body)) with this personalisation
// gives exactly what Notify would give for the draft as its own template with the row's values.
// Both sides go through render(), which matches Notify byte for byte on Notify's own vectors.
import { test } from "node:test";
import assert from "node:assert/strict";
import { render } from "../../../src/core/notify/render";
import { stripDirectives } from "../../../src/core/notify/email-content";
import { buildPersonalisation } from "../../../src/core/notify/send/personalisation";

const cases: {
  name: string;
  subject: string;
  body: string;
  values: Record<string, string | string[] | null>;
}[] = [
  {
    name: "headings, bullets, inset, links, rule",
    subject: "Changes to ((org)) on ((date))",
    body:
      "Dear GOV.UK PaaS tenant,\n\n# What is changing\n\nYour org ((org)) moves.\n\n* one\n* two\n\n" +
      "^ Do this by ((date)).\n\n---\n\n[Read more](https://www.gov.uk/paas) or https://example.com.\n",
    values: { org: "alpha", date: "5 January 2027" },
  },
  {
    name: "values with HTML and markdown characters, ampersands, quotes",
    subject: "Org ((org)) & <you>",
    body: 'Hello ((org)), it\'s "quoted" & <b>bold</b>? ((note))\n',
    values: { org: "R&D <team>", note: "[x](https://evil.example) *y*" },
  },
  {
    name: "conditionals and lists (repeated columns)",
    subject: "Services: ((services))",
    body: "Intro\n\n((services))\n\n((urgent??This is urgent.))\n",
    values: { services: ["postgres", "redis", "s3"], urgent: "yes" },
  },
  {
    name: "conditional off, numbers, insensitive names",
    subject: "((First Name)) ((count))",
    body: "Hi ((first_name)) you have ((COUNT)) apps.\n((flag??shown))\n",
    values: { "first name": "Ann", count: "3", flag: "no" },
  },
];

for (const c of cases) {
  test(`one template ((subject))/((body)) renders as the draft itself: ${c.name}`, () => {
    const direct = render({ subject: c.subject, body: c.body, personalisation: c.values });
    assert.deepEqual(direct.missing, []);
    const { personalisation, missing } = buildPersonalisation(
      { subject: c.subject, body: c.body },
      c.values,
    );
    assert.deepEqual(missing, []);
    const viaTemplate = render({ subject: "((subject))", body: "((body))", personalisation });
    assert.equal(viaTemplate.subject, direct.subject);
    assert.equal(viaTemplate.htmlBody, direct.htmlBody);
    assert.equal(viaTemplate.plainText, direct.plainText);
  });
}

test("the row's other columns are passed, but never one that would replace subject or body", () => {
  const { personalisation } = buildPersonalisation(
    { subject: "S ((org))", body: "B" },
    { org: "alpha", Subject: "evil", "B O D Y": "evil", region: "london" },
  );
  assert.equal(personalisation.subject, "S alpha");
  assert.equal(personalisation.body, "B");
  assert.equal(personalisation.region, "london");
  assert.equal(personalisation.org, "alpha");
  assert.ok(!("Subject" in personalisation) && !("B O D Y" in personalisation));
});

test("a missing value is reported, not sent as an empty string", () => {
  const { missing } = buildPersonalisation(
    { subject: "((a))", body: "((b))" },
    { a: "x", b: null },
  );
  assert.deepEqual(missing, ["b"]);
});

test("lint suppression comments are removed from the body before sending", () => {
  const body =
    "<!-- tenant-comms-disable gds/click -->\nDear tenant,\n\n<!-- tenant-comms-disable-next-line write-good/passive -->\nIt was done.\n<!-- tenant-comms-enable -->\n";
  assert.equal(stripDirectives(body), "Dear tenant,\n\nIt was done.\n");
  // Other comments stay (the linter reports raw HTML; we do not silently change the email).
  assert.equal(stripDirectives("a\n<!-- note -->\nb"), "a\n<!-- note -->\nb");
});
