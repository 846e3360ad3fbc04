import { test } from "node:test";
import assert from "node:assert/strict";
import { draft, lintWith, only } from "./helpers";

const PASSIVE = "write-good/passive";
const WEASEL = "write-good/weasel";

function lines(text: string, ruleId: string): number[] {
  return only(lintWith(text), ruleId).map((f) => text.slice(0, f.start).split("\n").length);
}

test("disable-next-line silences the named rule on the next line only", () => {
  const text = draft(
    `<!-- tenant-comms-disable-next-line ${PASSIVE} -->\nApps were restarted. Many apps.\nApps were restarted.`,
  );
  assert.deepEqual(lines(text, PASSIVE), [7]);
  assert.deepEqual(lines(text, WEASEL), [6], "other rules still report on the silenced line");
});

test("disable-next-line tolerates one blank line a formatter inserts", () => {
  const text = draft(
    `<!-- tenant-comms-disable-next-line ${PASSIVE} -->\n\nApps were restarted.\n\nApps were restarted.`,
  );
  assert.deepEqual(lines(text, PASSIVE), [9]);
});

test("disable-next-line without an id silences every rule on that line", () => {
  const text = draft(
    `<!-- tenant-comms-disable-next-line -->\nApps were restarted. Many apps.\nMany apps were restarted.`,
  );
  assert.deepEqual(lines(text, PASSIVE), [7]);
  assert.deepEqual(lines(text, WEASEL), [7]);
});

test("disable and enable bracket a region; ids are matched exactly", () => {
  const text = draft(
    [
      "Apps were restarted.",
      `<!-- tenant-comms-disable ${PASSIVE} -->`,
      "Apps were restarted. Many apps.",
      `<!-- tenant-comms-enable ${PASSIVE} -->`,
      "Apps were restarted.",
    ].join("\n\n"),
  );
  assert.deepEqual(lines(text, PASSIVE), [5, 13]);
  assert.deepEqual(lines(text, WEASEL), [9]);
});

test("disable with no id silences everything; enable of one id brings only that one back", () => {
  const text = draft(
    [
      "<!-- tenant-comms-disable -->",
      "Many apps were restarted.",
      `<!-- tenant-comms-enable ${WEASEL} -->`,
      "Many apps were restarted.",
    ].join("\n\n"),
  );
  assert.deepEqual(lines(text, PASSIVE), []);
  assert.deepEqual(lines(text, WEASEL), [11]);
});

test("a disable at the top of the body also covers the subject (disable for this file)", () => {
  const text = `---\nsubject: Many apps were restarted\nchannel: announcement\n---\n<!-- tenant-comms-disable ${WEASEL} -->\nMany apps.\n`;
  assert.deepEqual(lines(text, WEASEL), []);
  const without = text.replace(/<!--.*-->\n/, "");
  assert.deepEqual(lines(without, WEASEL), [2, 5]);
});

test("a reason after -- is not read as a rule id", () => {
  const text = draft(
    `<!-- tenant-comms-disable-next-line ${PASSIVE} -- quoting the incident report -->\nApps were restarted.`,
  );
  assert.deepEqual(lines(text, PASSIVE), []);
});

test("other HTML comments do nothing", () => {
  const text = draft(`<!-- tenant-comms-disabled ${PASSIVE} -->\nApps were restarted.`);
  assert.deepEqual(lines(text, PASSIVE), [6]);
});
