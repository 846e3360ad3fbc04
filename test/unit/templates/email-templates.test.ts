import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { parseDraft } from "../../../src/core/draft";
import {
  EMAIL_TEMPLATES,
  PIECE_SNIPPETS,
  snippetDefaults,
  templateForChannel,
  toSnippetBody,
  toSnippetForDate,
} from "../../../src/core/templates/email-templates";
import {
  BODY_COPY_SLOT,
  FOOTER,
  HEADER,
  headerWith,
} from "../../../src/core/templates/tenant-texts";
import { formatGdsDate } from "../../../src/core/text/gds-date";

describe("email templates", () => {
  for (const template of EMAIL_TEMPLATES) {
    test(`${template.name}: a draft made today parses clean with its channel and kind`, () => {
      const text = snippetDefaults(toSnippetForDate(template.text, "4 December 2026"));
      const draft = parseDraft(text);
      assert.deepEqual(draft.problems, []);
      assert.equal(draft.channel, template.channel);
      assert.equal(draft.kind, template.kind);
      assert.ok(draft.subject && draft.subject.length > 0);
      assert.doesNotMatch(text, /\{\{|\}\}/, "no token left unexpanded");
      if (template.channel === "technical") {
        assert.ok(
          draft.body.startsWith(HEADER),
          "technical emails start with the mandatory header",
        );
        assert.ok(
          draft.body.trimEnd().endsWith(FOOTER),
          "technical emails end with the mandatory footer",
        );
      }
    });
  }

  test("the CF upgrade subject carries today's date in GOV.UK style", () => {
    const cf = EMAIL_TEMPLATES.find((t) => t.kind === "cf-upgrade");
    assert.ok(cf);
    const draft = parseDraft(
      snippetDefaults(toSnippetForDate(cf.text, formatGdsDate(new Date(2027, 2, 17)))),
    );
    assert.equal(draft.subject, "GOV.UK PaaS - Cloud Foundry changes - 17 March 2027");
  });

  test("snippets use VS Code's date variables, without a leading zero", () => {
    const cf = EMAIL_TEMPLATES.find((t) => t.kind === "cf-upgrade");
    assert.ok(cf);
    assert.match(
      toSnippetBody(cf.text),
      /Cloud Foundry changes - \$\{1:\$\{CURRENT_DATE\/\^0\/\/\} \$CURRENT_MONTH_NAME \$CURRENT_YEAR\}/,
    );
  });

  test("the header snippet puts a tab stop on the body copy slot", () => {
    const header = PIECE_SNIPPETS.find((s) => s.prefix === "tc-header");
    assert.ok(header);
    const body = toSnippetBody(header.text);
    assert.ok(body.includes(`\${1:${BODY_COPY_SLOT}}`), body);
    assert.equal(snippetDefaults(body), HEADER + "\n");
  });

  test("each channel has a template for New Notification", () => {
    assert.equal(templateForChannel("technical").kind, "technical");
    assert.equal(templateForChannel("announcement").kind, "announcement");
    assert.equal(templateForChannel("incident").kind, "incident");
  });

  test("headerWith fills the slot", () => {
    assert.equal(
      headerWith("a change to Cloud Foundry"),
      "Dear GOV.UK PaaS tenant,\n\nWe (GOV.UK Platform as a Service - PaaS) are contacting you to inform you of a change to Cloud Foundry.",
    );
  });

  test("snippetDefaults keeps escaped characters and nested defaults", () => {
    assert.equal(snippetDefaults("a \\$ b ${1:x ${2:y}} $3 c\\}"), "a $ b x y  c}");
  });

  test("formatGdsDate writes no leading zero and no ordinal", () => {
    assert.equal(formatGdsDate(new Date(2026, 11, 4)), "4 December 2026");
  });
});
