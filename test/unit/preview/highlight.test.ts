import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { normalisePlaceholderName } from "../../../src/core/notify/placeholders";
import { render } from "../../../src/core/notify/render";
import {
  HIGHLIGHT_STYLE,
  markPersonalisation,
  marksToHtml,
  missingTagsToText,
  stripMarks,
} from "../../../src/vscode/preview/highlight";
import { VALUE_END, VALUE_START } from "../../../src/vscode/preview/protocol";
import { buildPreviewContent } from "../../../src/vscode/preview/view-model";

const M = (text: string) => `${VALUE_START}${text}${VALUE_END}`;

describe("markPersonalisation", () => {
  it("marks plain values and list items, not conditionals or values with markdown, links or breaks", () => {
    const marked = markPersonalisation(
      {
        name: "Alex",
        orgs: ["org-a", "[x](https://evil)"],
        show: "yes",
        url: "https://www.gov.uk",
        multi: "a\nb",
        heading: "# x",
        count: 3,
        nothing: null,
      },
      new Set(["show"]),
      normalisePlaceholderName,
    );
    assert.deepEqual(marked, {
      name: M("Alex"),
      orgs: [M("org-a"), "[x](https://evil)"],
      show: "yes",
      url: "https://www.gov.uk",
      multi: "a\nb",
      heading: "# x",
      count: 3,
      nothing: null,
    });
  });
});

describe("marksToHtml", () => {
  it("turns marks in the body into <mark>, drops them from <head> and encoded URLs, and adds the style", () => {
    const html = `<html><head><title>${M("Alex")}</title></head><body><p>Hi ${M("Alex")}</p><a href="https://x/%EE%80%80y%EE%80%81">l</a></body></html>`;
    const out = marksToHtml(html);
    assert.equal(
      out,
      `<html><head><title>Alex</title>${HIGHLIGHT_STYLE}</head><body><p>Hi <mark class="tc-value">Alex</mark></p><a href="https://x/y">l</a></body></html>`,
    );
  });

  it("leaves Notify's rendering of the value otherwise unchanged", () => {
    const input = {
      subject: "Hello ((name))",
      body: "Dear ((name)),\n\nYour org is ((org)).",
      personalisation: { name: "Alex O'Neil", org: "cabinet-office" },
    };
    const plainRender = render(input);
    const marked = render({
      ...input,
      personalisation: markPersonalisation(
        input.personalisation,
        new Set(),
        normalisePlaceholderName,
      ),
    });
    assert.equal(stripMarks(marked.plainText), plainRender.plainText);
    assert.equal(stripMarks(marked.subject), plainRender.subject);
    const unmarkedHtml = marksToHtml(marked.html)
      .replace(HIGHLIGHT_STYLE, "")
      .replace(/<\/?mark[^>]*>/g, "");
    assert.equal(unmarkedHtml, plainRender.html);
  });
});

describe("missingTagsToText", () => {
  it("shows Notify's missing-value markup in subject and plain text as ((name))", () => {
    const missing = render({
      subject: "Hi ((org name)) & <b>",
      body: "Dear ((first name)),\n\n((x??shown)) ok",
    });
    assert.equal(missingTagsToText(missing.subject), "Hi ((org name)) & <b>");
    assert.equal(missingTagsToText(missing.plainText), "Dear ((first name)),\n\n((x??shown)) ok\n");
    assert.equal(missingTagsToText("<span class='x'>((a))</span>"), "<span class='x'>((a))</span>");
  });
});

describe("buildPreviewContent", () => {
  const draft = [
    "---",
    "subject: Upgrade for ((org name))",
    "channel: technical",
    "---",
    "Dear ((First Name)),",
    "",
    "((urgent??This is urgent.))",
    "We are upgrading ((org_name)).",
  ].join("\n");

  it("lists each placeholder once, from the header and the body, with its value", () => {
    const content = buildPreviewContent(
      draft,
      { "org name": "cabinet-office", first_name: "Alex" },
      true,
    );
    assert.deepEqual(content.placeholders, [
      { name: "org name", conditional: false, value: "cabinet-office" },
      { name: "First Name", conditional: false, value: "Alex" },
      { name: "urgent", conditional: true },
    ]);
    assert.deepEqual(content.missing, ["urgent"]);
    assert.equal(content.bodyStartLine, 4);
    assert.equal(content.subject, `Upgrade for ${M("cabinet-office")}`);
    assert.match(content.emailHtml, /Dear <mark class="tc-value">Alex<\/mark>,/);
    assert.match(content.emailHtml, /<span class='placeholder-conditional'>/);
    assert.match(content.plainText, new RegExp(`Dear ${M("Alex")},`));
  });

  it("without highlighting, is exactly Notify's rendering", () => {
    const values = { "org name": "cabinet-office", first_name: "Alex", urgent: "yes" };
    const content = buildPreviewContent(draft, values, false);
    const expected = render({
      subject: "Upgrade for ((org name))",
      body: "Dear ((First Name)),\n\n((urgent??This is urgent.))\nWe are upgrading ((org_name)).",
      personalisation: values,
    });
    assert.equal(content.emailHtml, expected.html);
    assert.equal(content.plainText, expected.plainText);
    assert.equal(content.subject, expected.subject);
    assert.match(content.plainText, /This is urgent\./);
  });

  it("reports header problems instead of failing", () => {
    const content = buildPreviewContent("Dear tenant,\n", {}, true);
    assert.ok(content.problems.length > 0);
    assert.equal(content.subject, "");
    assert.match(content.emailHtml, /Dear tenant/);
  });
});
