// The recipients CSV checker against Notify's upload rules.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkRecipientsCsv } from "../../../src/core/notify/recipients-csv";

test("a clean file: heading found loosely, BOM and surrounding blank lines ignored", () => {
  const r = checkRecipientsCsv(
    "\uFEFF\n Email_Address ,Org Name\nAnn@Example.COM , acme\nbob@example.org,beta\n\n,,\n",
    {
      placeholders: ["org name"],
    },
  );
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.warnings, []);
  assert.equal(r.clean, true);
  assert.equal(r.emailColumn, "Email_Address");
  assert.deepEqual(r.columns, ["Email_Address", "Org Name"]);
  assert.deepEqual(r.rows[0], {
    row: 1,
    emailAddress: "Ann@Example.COM",
    valid: true,
    normalised: "ann@example.com",
    values: { "Org Name": "acme" },
  });
  assert.deepEqual(
    r.recipients.map((x) => [x.row, x.emailAddress, x.personalisation]),
    [
      [1, "ann@example.com", { "Org Name": "acme" }],
      [2, "bob@example.org", { "Org Name": "beta" }],
    ],
  );
});

test("no email address column: says which columns there are and what to call it", () => {
  const r = checkRecipientsCsv("mail,name\na@b.com,x\n");
  assert.equal(r.clean, false);
  assert.equal(r.errors.length, 1);
  assert.match(r.errors[0]!, /needs a column called ‘email address’/);
  assert.match(r.errors[0]!, /‘mail’ and ‘name’/);
  assert.equal(r.rows[0]!.valid, false);
  assert.equal(r.rows[0]!.error, undefined);
});

test("two email address columns are an error", () => {
  const r = checkRecipientsCsv("Email Address,email-address\na@b.com,c@d.com\n");
  assert.match(
    r.errors[0]!,
    /more than one column called ‘email address’ \(‘Email Address’ and ‘email-address’\)/,
  );
});

test("bad and missing addresses are reported per row with Notify's message", () => {
  const r = checkRecipientsCsv("email address\nnot-an-address\n\nok@example.com\n");
  assert.equal(r.rows.length, 3);
  assert.equal(r.rows[0]!.valid, false);
  assert.match(r.rows[0]!.error!, /^Not a valid email address: /);
  assert.match(r.rows[1]!.error!, /^Missing email address/);
  assert.equal(r.rows[2]!.valid, true);
  assert.ok(
    r.errors.some((e) => /fix 2 email addresses \(rows 1, 2\)/.test(e)),
    r.errors.join("\n"),
  );
  assert.equal(r.recipients.length, 1);
});

test("repeated addresses are warned about and sent once", () => {
  const r = checkRecipientsCsv("email address\nA@x.com\na@X.com \nb@x.com\n");
  assert.equal(r.rows[1]!.duplicateOf, 1);
  assert.equal(r.warnings.length, 1);
  assert.match(r.warnings[0]!, /1 row repeats an address of an earlier row \(2\)/);
  assert.equal(r.clean, false);
  assert.deepEqual(
    r.recipients.map((x) => x.emailAddress),
    ["a@x.com", "b@x.com"],
  );
});

test("placeholders need columns and values", () => {
  const r = checkRecipientsCsv("email address,org\na@x.com,\nb@x.com,beta\n", {
    placeholders: ["org", "space_name", "Space Name"],
  });
  assert.ok(
    r.errors.some((e) => /missing a column called ‘space_name’\./.test(e)),
    r.errors.join("\n"),
  );
  assert.deepEqual(r.rows[0]!.missing, ["org"]);
  assert.ok(r.errors.some((e) => /Enter missing data in 1 row \(1\)/.test(e)));
  assert.deepEqual(
    r.recipients.map((x) => x.row),
    [2],
  );
});

test("identical headings become a list, as Notify sends them", () => {
  const r = checkRecipientsCsv("email address,app,app,app\na@x.com,web,,api\n");
  assert.deepEqual(r.recipients[0]!.personalisation, { app: ["web", "api"] });
  assert.deepEqual(r.rows[0]!.values, { app: "web" });
});

test("quoted values, CRLF, extra cells; an unclosed quote is explained", () => {
  const r = checkRecipientsCsv('email address,name\r\n"a@x.com", "Smith, Jo",extra\r\n');
  assert.deepEqual(r.rows[0]!.values, { name: "Smith, Jo" });
  const bad = checkRecipientsCsv('email address,name\na@x.com,"unclosed\nb@x.com,b\n');
  // Notify reads the rest of the file into the value; we say so, and the file is not clean.
  assert.equal(bad.rows.length, 1);
  assert.equal(bad.rows[0]!.values.name, "unclosed\nb@x.com,b");
  assert.match(bad.errors[0]!, /quote \("\) at the start of a value on line 2 is never closed/);
  assert.equal(bad.clean, false);
  const cr = checkRecipientsCsv("email address,name\na@x.com,a\rb\n");
  assert.match(cr.errors[0]!, /Line 2 has a carriage return \(CR\) in the middle of a row/);
});

test("an empty file or headings only", () => {
  assert.match(
    checkRecipientsCsv("").errors.join(" "),
    /needs a column called ‘email address’.*It has no column headings/,
  );
  assert.match(checkRecipientsCsv("email address\n").errors.join(" "), /at least one row of data/);
});

test("headings that differ only in case are separate columns; a placeholder reads the last", () => {
  const r = checkRecipientsCsv("email address,org,ORG\na@x.com,acme,\nb@x.com,,beta\n", {
    placeholders: ["Org"],
  });
  // Notify's row lookup ignores case and the later column wins, even when it is empty.
  assert.deepEqual(r.rows[0]!.missing, ["Org"]);
  assert.equal(r.rows[1]!.missing, undefined);
  assert.deepEqual(
    r.recipients.map((x) => x.row),
    [2],
  );
});
