import { test } from "node:test";
import assert from "node:assert/strict";
import { parseDraft } from "../../../src/core/draft";
import { emailContent } from "../../../src/core/notify/email-content";
import { render } from "../../../src/core/notify/render";
import { main } from "../../../src/cli";
import { fakeIO } from "../../support/fake-io";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const DRAFT = [
  "---",
  "subject: Hello",
  "---",
  "<!-- tenant-comms-disable gds/please -->",
  "Please read this.",
  "<!-- tenant-comms-enable gds/please -->",
  "<!-- tenant-comms-disable-next-line -->",
  "Second line.",
  "",
].join("\n");

test("lint comments are the editor's: the email Notify gets has none", () => {
  const content = emailContent(parseDraft(DRAFT));
  assert.equal(content.subject, "Hello");
  assert.equal(content.body, "Please read this.\nSecond line.\n");
  assert.doesNotMatch(render(content).plainText, /tenant-comms/);
});

test("tenant-comms render shows the email without the lint comments", async () => {
  const dir = mkdtempSync(join(tmpdir(), "tc-content-"));
  const file = join(dir, "d.notify.md");
  writeFileSync(file, DRAFT);
  const io = fakeIO();
  assert.equal(await main(["render", file, "--format", "text"], io), 0);
  assert.match(io.out, /Please read this\./);
  assert.doesNotMatch(io.out, /tenant-comms|&lt;!--/);
});
