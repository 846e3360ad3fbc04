import assert from "node:assert/strict";
import { describe, it } from "node:test";
import {
  LIMITS,
  defaultPreviewState,
  digest,
  isOpenableLink,
  parsePreviewState,
  parseWebviewMessage,
} from "../../../src/vscode/preview/protocol";

const receipt = {
  type: "rendered",
  seq: 3,
  documentVersion: 7,
  srcdocDigest: "0123abcd",
  emailText: "Dear tenant",
  subjectText: "Subject",
  toText: "a@example.gov.uk",
  plainTextDigest: "deadbeef",
};

describe("parseWebviewMessage", () => {
  it("accepts each well-formed message and returns only the known fields", () => {
    const good: unknown[] = [
      { type: "ready" },
      { type: "chooseCsv" },
      { type: "fillSamples" },
      receipt,
      { type: "setMode", mode: "csv" },
      { type: "selectRow", row: 2 },
      { type: "stepRow", delta: -1 },
      { type: "setSampleValue", name: "first name", value: "" },
      { type: "setHighlight", highlight: false },
      { type: "send", action: "test" },
      { type: "openLink", href: "https://www.gov.uk" },
    ];
    for (const message of good) {
      const parsed = parseWebviewMessage(message);
      assert.ok(parsed.ok, `refused ${JSON.stringify(message)}: ${parsed.ok ? "" : parsed.error}`);
      assert.deepEqual(parsed.value, message);
    }
    const extra = parseWebviewMessage({ type: "send", action: "notify", command: "rm -rf" });
    assert.ok(extra.ok);
    assert.deepEqual(extra.value, { type: "send", action: "notify" });
  });

  it("refuses malformed and unknown messages with a reason", () => {
    const bad: [unknown, RegExp][] = [
      [null, /not a message/],
      ["ready", /not a message/],
      [[{ type: "ready" }], /not a message/],
      [{ type: "executeCommand", command: "x" }, /unknown message type/],
      [{ type: "setMode", mode: "everyone" }, /unknown mode/],
      [{ type: "selectRow", row: 0 }, /row/],
      [{ type: "selectRow", row: 1.5 }, /row/],
      [{ type: "selectRow", row: "2" }, /row/],
      [{ type: "stepRow", delta: 5 }, /delta/],
      [{ type: "setSampleValue", name: "", value: "x" }, /name/],
      [{ type: "setSampleValue", name: "__proto__", value: "x" }, /name/],
      [{ type: "setSampleValue", name: "a", value: "x".repeat(LIMITS.sampleValue + 1) }, /value/],
      [{ type: "setHighlight", highlight: "yes" }, /boolean/],
      [{ type: "send", action: "everyone" }, /action/],
      [{ type: "openLink", href: 42 }, /href/],
      [{ ...receipt, seq: -1 }, /seq/],
      [{ ...receipt, srcdocDigest: "not hex!" }, /srcdocDigest/],
      [{ ...receipt, emailText: 5 }, /text/],
    ];
    for (const [message, reason] of bad) {
      const parsed = parseWebviewMessage(message);
      assert.equal(parsed.ok, false, `accepted ${JSON.stringify(message)?.slice(0, 80)}`);
      if (!parsed.ok) assert.match(parsed.error, reason);
    }
  });
});

describe("isOpenableLink", () => {
  it("opens web and mail links only", () => {
    assert.ok(isOpenableLink("https://www.gov.uk/x?y=1"));
    assert.ok(isOpenableLink("http://example.gov.uk"));
    assert.ok(isOpenableLink("mailto:support@example.gov.uk"));
    for (const href of [
      "command:workbench.action.quit",
      "file:///etc/passwd",
      "javascript:alert(1)",
      "vscode://x",
      "not a url",
      "",
    ]) {
      assert.equal(isOpenableLink(href), false, href);
    }
  });
});

describe("parsePreviewState", () => {
  it("needs a document URI", () => {
    assert.equal(parsePreviewState(undefined), undefined);
    assert.equal(parsePreviewState({ tab: "text" }), undefined);
    assert.equal(parsePreviewState({ documentUri: "" }), undefined);
  });

  it("keeps good fields and replaces bad ones with defaults", () => {
    const state = parsePreviewState({
      documentUri: "file:///w/a.notify.md",
      tab: "text",
      mode: "csv",
      csvUri: "file:///w/r.csv",
      row: 4,
      highlight: false,
      scrollY: 120,
      sampleValues: { "first name": "Alex", bad: 3, __proto__: "x" },
    });
    assert.deepEqual(state, {
      documentUri: "file:///w/a.notify.md",
      tab: "text",
      mode: "csv",
      csvUri: "file:///w/r.csv",
      row: 4,
      highlight: false,
      scrollY: 120,
      sampleValues: { "first name": "Alex" },
    });
    const bad = parsePreviewState({
      documentUri: "file:///w/a.notify.md",
      tab: "pdf",
      mode: "csv", // no csvUri: falls back to no values
      row: -2,
      scrollY: Number.NaN,
      highlight: "no",
    });
    assert.deepEqual(bad, defaultPreviewState("file:///w/a.notify.md"));
  });
});

describe("digest", () => {
  it("is 8 hex digits, stable, and differs for different text", () => {
    assert.match(digest(""), /^[0-9a-f]{8}$/);
    assert.equal(digest(""), "811c9dc5"); // FNV-1a offset basis
    assert.equal(digest("a"), "e40c292c"); // published FNV-1a 32 value for "a"
    assert.equal(digest("<p>x</p>"), digest("<p>x</p>"));
    assert.notEqual(digest("<p>x</p>"), digest("<p>y</p>"));
  });
});
