// The rules behind the renderer, one by one, on inputs the golden vectors do not cover.
import { test } from "node:test";
import assert from "node:assert/strict";
import { render } from "../../../src/core/notify/render";
import {
  fillPlaceholders,
  findPlaceholders,
  normalisePlaceholderName,
  placeholderNames,
  str2bool,
} from "../../../src/core/notify/placeholders";
import { escapeHtml, pythonUnescape } from "../../../src/core/notify/html-escape";
import { pythonStr } from "../../../src/core/notify/python-str";
import { doNiceTypography } from "../../../src/core/notify/typography";
import { unlinkGovuk } from "../../../src/core/notify/govuk-unlink";
import { createSanitisedHtmlForUrl, pythonQuote } from "../../../src/core/notify/links";
import { expandTabs } from "../../../src/core/notify/python-regex";
import { contentSizeInBytes, messageTooLongError } from "../../../src/core/notify/message-size";
import { EMAIL_BODY_MAX_BYTES } from "../../../src/core/notify/limits";

test("findPlaceholders gives names, offsets and conditionals", () => {
  const text = "Hi ((First Name)), ((flag??shown ?? too))!";
  const found = findPlaceholders(text);
  assert.deepEqual(found, [
    { name: "First Name", body: "First Name", start: 3, end: 17, conditional: false },
    {
      name: "flag",
      body: "flag??shown ?? too",
      start: 19,
      end: 41,
      conditional: true,
      conditionalText: "shown ?? too",
    },
  ]);
  assert.equal(text.slice(found[0]!.start, found[0]!.end), "((First Name))");
  // A body cannot contain a parenthesis, so "((a(b))" is not a placeholder at all.
  assert.deepEqual(findPlaceholders("((a(b)) (((c)))"), [
    { name: "c", body: "c", start: 9, end: 14, conditional: false },
  ]);
});

test("names match ignoring case, spaces, underscores and hyphens; first spelling kept", () => {
  assert.equal(normalisePlaceholderName("First_Name-X y"), "firstnamexy");
  assert.deepEqual(placeholderNames("((Org Name))", "((org_name)) ((other))"), [
    "Org Name",
    "other",
  ]);
  const r = render({ subject: "S", body: "((FIRST-name))", personalisation: { first_name: "Bo" } });
  assert.equal(r.plainText, "Bo\n");
  assert.deepEqual(r.missing, []);
});

test("conditionals show their text only for Notify's yes values", () => {
  for (const yes of ["yes", "Y", "true", "T", "1", "include", "SHOW"])
    assert.ok(str2bool(yes), yes);
  for (const no of ["", "no", "0", "false", "nope"]) assert.ok(!str2bool(no), no);
  const shown = render({ subject: "S", body: "a ((x??b)) c", personalisation: { x: true } });
  assert.equal(shown.plainText, "a b c\n");
  const hidden = render({ subject: "S", body: "a ((x??b)) c", personalisation: { x: false } });
  assert.equal(hidden.plainText, "a  c\n");
  const missing = render({ subject: "S", body: "a ((x??b)) c", personalisation: {} });
  assert.deepEqual(missing.missing, ["x"]);
  assert.match(
    missing.htmlBody,
    /<span class='placeholder-conditional'>&#40;&#40;x\?\?<\/span>b&#41;&#41;/,
  );
});

test("values are HTML-escaped in the HTML part and passed through in the text part", () => {
  const r = render({
    subject: "For ((org))",
    body: "Org: ((org))",
    personalisation: { org: "<b>A & B</b>" },
  });
  assert.match(r.htmlBody, /Org: &lt;b&gt;A &amp; B&lt;\/b&gt;/);
  assert.equal(r.plainText, "Org: <b>A & B</b>\n");
  assert.equal(r.subject, "For <b>A & B</b>");
  assert.match(r.html, /<title>For &lt;b&gt;A &amp; B&lt;\/b&gt;<\/title>/);
});

test("lists: bullets in the body, 'a, b and c' in the subject, empty items dropped", () => {
  const r = render({
    subject: "Apps: ((apps))",
    body: "((apps))",
    personalisation: { apps: ["web", " ", null, "api", "worker"] },
  });
  assert.equal(r.subject, "Apps: web, api and worker");
  assert.equal(r.plainText, "• web\n• api\n• worker\n");
  assert.equal(
    fillPlaceholders("((a))", { a: ["x"] }, { html: "passthrough", markdownLists: false }),
    "x",
  );
  assert.equal(
    fillPlaceholders("((a))", { a: [] }, { html: "passthrough", markdownLists: true }),
    "",
  );
});

test("values become text as Python's str() writes them", () => {
  assert.equal(pythonStr(3), "3");
  assert.equal(pythonStr(2.5), "2.5");
  assert.equal(pythonStr(1e-7), "1e-07");
  assert.equal(pythonStr(true), "True");
  assert.equal(pythonStr(["a", 1, null]), "['a', 1, None]");
  assert.equal(pythonStr({ k: "it's" }), "{'k': \"it's\"}");
});

test("escape_html keeps typed entities and escapes the rest", () => {
  assert.equal(
    escapeHtml("a &lt; b & c &amp; d &nbsp; <e>"),
    "a &lt; b &amp; c &amp; d &nbsp; &lt;e&gt;",
  );
  assert.equal(
    pythonUnescape("&copy &amp; &#8217; &#x41; &notit; &bogus;"),
    "© & ’ A ¬it; &bogus;",
  );
});

test("typography: punctuation spacing, curly quotes (not in addresses or links), en dashes", () => {
  assert.equal(doNiceTypography('He said "it\'s fine" , ok .'), "He said “it’s fine”, ok.");
  assert.equal(doNiceTypography("Contact o'neil@example.com"), "Contact o'neil@example.com");
  assert.equal(doNiceTypography('<a href="x">"q"</a> "q"'), '<a href="x">"q"</a> “q”');
  assert.equal(doNiceTypography("a - b -- c \u2014 d"), "a \u2013 b \u2013 c \u2013 d");
});

test("GOV.UK gets a zero-width space unless it is part of a URL", () => {
  assert.equal(unlinkGovuk("Visit GOV.UK today"), "Visit GOV.\u200BUK today");
  assert.equal(unlinkGovuk("gov.uk/x"), "gov.uk/x");
});

test("autolinks are percent-encoded like Python's quote and get http:// when needed", () => {
  assert.equal(pythonQuote('a "b"é', ":/"), "a%20%22b%22%C3%A9");
  assert.match(
    createSanitisedHtmlForUrl('example.com/"x"'),
    /href="http:\/\/example.com\/%22x%22"/,
  );
});

test("tabs expand to the next multiple of four columns, as mistune does", () => {
  assert.equal(expandTabs("ab\tc\n\td", 4), "ab  c\n    d");
});

test("the whole document has the GOV.UK banner, 580px column, fonts and hidden preheader", () => {
  const r = render({
    subject: "Planned maintenance",
    body: "# Heading\n\nWe will upgrade [Cloud Foundry](https://example.com) soon.",
  });
  assert.match(r.html, /^<!DOCTYPE html>\n<html lang="en">/);
  assert.match(r.html, /bgcolor="#1d70b8"/);
  assert.match(r.html, /max-width: 580px/);
  assert.match(r.html, /font-family: Helvetica, Arial, sans-serif/);
  assert.match(r.html, /govuk-logotype-tudor-crown\.png/);
  assert.match(
    r.html,
    /<span style="display: none;[^"]*">Heading We will upgrade Cloud Foundry soon\.…<\/span>/,
  );
  assert.doesNotMatch(r.html, /<script/i);
  const noCrown = render({ subject: "S", body: "B" }, { crownImageUrl: null });
  assert.doesNotMatch(noCrown.html, /<img/);
});

test("the preheader stops at 256 characters", () => {
  const r = render({ subject: "S", body: "word ".repeat(100) });
  const preheader = /<span style="display: none;[^"]*">([^<]*)…<\/span>/.exec(r.html)![1]!;
  assert.equal(preheader.length, 256);
  assert.ok(preheader.endsWith(" word w"), preheader.slice(-10)); // cut mid-word
});

test("message size is measured as Notify measures it", () => {
  assert.equal(contentSizeInBytes("  é ((x))  ", { x: "ab" }), 5);
  assert.equal(messageTooLongError("short", {}), null);
  const big = "a".repeat(EMAIL_BODY_MAX_BYTES + 1);
  assert.match(messageTooLongError(big, {})!, /Emails cannot be longer than 2000000 bytes/);
});

test("smartypants skips tags and real comments, but educates a 'comment' containing --", () => {
  assert.equal(doNiceTypography('<!-- "a" --> "b"'), '<!-- "a" --> “b”');
  assert.equal(doNiceTypography('<!-- "a" -- "b" -->'), "<!-- “a” – “b” -->");
  // A "<" with no ">" after it is text.
  assert.equal(doNiceTypography('a < "b"'), "a < “b”");
  // Long text with no tags at all (the plain-text part) is one text token.
  const long = "word ".repeat(20_000);
  assert.equal(doNiceTypography(long), long);
});

test("the document title shows a missing placeholder as ((name)), without markup", () => {
  const r = render({ subject: "For ((org))", body: "B" });
  assert.match(r.html, /<title>For &#40;&#40;org&#41;&#41;<\/title>/);
});
