// The pure parts of the page and its inputs: the shell's CSP and escaping, the highlight runs,
// sample values and the CSV row window.
import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  contentSecurityPolicy,
  escapeHtml,
  previewShellHtml,
} from "../../../src/vscode/preview/html-shell";
import { createNonce } from "../../../src/vscode/preview/nonce";
import { VALUE_END, VALUE_START } from "../../../src/vscode/preview/protocol";
import { clampRow, rowWindow } from "../../../src/vscode/preview/row-window";
import { fillSamples, sampleValueFor } from "../../../src/vscode/preview/samples";
import { plain, segments } from "../../../webview/segments";

describe("previewShellHtml", () => {
  const html = previewShellHtml({
    cspSource: "https://x.vscode-cdn.net",
    nonce: "abc123==",
    scriptUri: "https://x.vscode-cdn.net/dist/webview/preview.js",
    styleUri: "https://x.vscode-cdn.net/media/preview.css",
    documentUri: 'file:///w/"><script>alert(1)</script>.notify.md',
    title: "Preview <b>x</b>.notify.md",
  });

  it("has a strict policy: nothing by default, scripts by nonce only, no forms", () => {
    const csp = contentSecurityPolicy("https://x.vscode-cdn.net", "abc123==");
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, /script-src 'nonce-abc123=='(;|$)/);
    assert.doesNotMatch(csp, /script-src[^;]*(unsafe|https:|\*)/);
    assert.match(csp, /form-action 'none'/);
    assert.match(csp, /frame-src 'none'/);
    assert.ok(html.includes(`content="${escapeHtml(csp)}"`));
  });

  it("escapes every value it writes", () => {
    assert.ok(!html.includes("<script>alert(1)"), "document URI not escaped");
    assert.ok(html.includes("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert.ok(html.includes("<title>Preview &lt;b&gt;x&lt;/b&gt;.notify.md</title>"));
    // Exactly one script, ours, carrying the nonce.
    assert.equal(html.match(/<script/g)?.length, 1);
    assert.match(
      html,
      /<script nonce="abc123==" src="https:\/\/x\.vscode-cdn\.net\/dist\/webview\/preview\.js"><\/script>/,
    );
  });

  it("gets a fresh 128-bit nonce each time", () => {
    const a = createNonce();
    assert.equal(Buffer.from(a, "base64").length, 16);
    assert.notEqual(a, createNonce());
  });
});

describe("segments", () => {
  it("splits values and missing placeholders from text", () => {
    const text = `Dear ${VALUE_START}Alex${VALUE_END}, about ((org)) and ${VALUE_START}x${VALUE_END}.`;
    assert.deepEqual(segments(text), [
      { kind: "text", text: "Dear " },
      { kind: "value", text: "Alex" },
      { kind: "text", text: ", about " },
      { kind: "missing", text: "((org))" },
      { kind: "text", text: " and " },
      { kind: "value", text: "x" },
      { kind: "text", text: "." },
    ]);
    assert.equal(plain(text), "Dear Alex, about ((org)) and x.");
  });

  it("drops an unpaired mark rather than showing it", () => {
    assert.deepEqual(segments(`a${VALUE_START}b`), [{ kind: "text", text: "ab" }]);
  });
});

describe("sample values", () => {
  const today = new Date(Date.UTC(2026, 11, 4, 12));
  it("reads like the real thing for common names", () => {
    assert.equal(sampleValueFor("email address", today), "alex.morgan@example.gov.uk");
    assert.equal(sampleValueFor("First_Name", today), "Alex");
    assert.equal(sampleValueFor("upgrade date", today), "4 December 2026");
    assert.equal(sampleValueFor("org name", today), "cabinet-office-digital");
    assert.equal(sampleValueFor("Widget", today), "example widget");
  });

  it("keeps typed values, fills the rest, and says yes to conditionals", () => {
    const filled = fillSamples(
      [
        { name: "first name", conditional: false },
        { name: "org", conditional: false },
        { name: "urgent", conditional: true },
      ],
      { "first name": "Sam", org: "" },
      today,
    );
    assert.deepEqual(filled, { "first name": "Sam", org: "cabinet-office-digital", urgent: "yes" });
  });
});

describe("rowWindow", () => {
  it("centres on the selected row within the file", () => {
    assert.deepEqual(rowWindow(0, 1), { first: 1, last: 0 });
    assert.deepEqual(rowWindow(3, 2), { first: 1, last: 3 });
    assert.deepEqual(rowWindow(1000, 500, 200), { first: 400, last: 599 });
    assert.deepEqual(rowWindow(1000, 1, 200), { first: 1, last: 200 });
    assert.deepEqual(rowWindow(1000, 1000, 200), { first: 801, last: 1000 });
  });

  it("clamps requested rows", () => {
    assert.equal(clampRow(0, 5), 1);
    assert.equal(clampRow(9, 5), 5);
    assert.equal(clampRow(3.7, 5), 3);
    assert.equal(clampRow(2, 0), 1);
  });
});
