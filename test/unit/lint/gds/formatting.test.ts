import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  blockCapitals,
  headingQuestion,
  linkText,
  sentenceCaseHeadings,
} from "../../../../src/core/lint/rules/gds/formatting";
import { paragraphLength, sentenceLength } from "../../../../src/core/lint/rules/gds/sentences";
import { ukSpelling } from "../../../../src/core/lint/rules/gds/spelling";
import { block, check, context, expectNone, expectOne } from "./helpers";

describe("gds/block-capitals", () => {
  it("fires on the bad example, quiet on the good", () => {
    expectOne(blockCapitals, "DO NOT SEND ORIGINALS.", "DO NOT SEND ORIGINALS", undefined);
    expectNone(blockCapitals, "Do not send originals.");
    expectOne(
      blockCapitals,
      "Turn on 2FA NOW OR LOSE ACCESS.",
      "2FA NOW OR LOSE ACCESS",
      undefined,
    );
  });

  it("leaves runs of known acronyms, short runs and quotes alone", () => {
    expectNone(blockCapitals, "The CF API URL is on GOV.UK PaaS. Use NHS UK VAT numbers.");
    expectNone(blockCapitals, "You MUST NOT do this.");
    expectNone(blockCapitals, 'The sign says "NO ENTRY FOR STAFF".');
    assert.equal(
      check(
        blockCapitals,
        "ACME WIDGET CORP is here.",
        "paragraph",
        context({ known: ["ACME", "WIDGET", "CORP"] }),
      ).length,
      0,
    );
  });
});

describe("gds/sentence-case-headings", () => {
  it("fires on the bad example, quiet on the good", () => {
    const f = expectOne(
      sentenceCaseHeadings,
      "Apply For A Driving Licence",
      "Apply For A Driving Licence",
      undefined,
      "heading",
    );
    assert.match(f.message, /"For", "Driving", "Licence"/);
    expectNone(sentenceCaseHeadings, "Apply for a driving licence", "heading");
  });

  it("allows names, acronyms and a capital after a dash or colon", () => {
    expectNone(
      sentenceCaseHeadings,
      "GOV.UK PaaS - Cloud Foundry changes - 17 March 2017",
      "subject",
    );
    expectNone(
      sentenceCaseHeadings,
      "Changes to the Ruby and Python buildpacks on Monday",
      "heading",
    );
    expectNone(sentenceCaseHeadings, "Highlights: New features in the CF API", "heading");
  });

  it("reads extra names from the option and ignores paragraphs", () => {
    const ctx = context({ properNouns: ["Acme", "Widgets"] });
    assert.equal(check(sentenceCaseHeadings, "Moving to Acme Widgets", "heading", ctx).length, 0);
    expectNone(sentenceCaseHeadings, "We Like Title Case In Paragraphs.");
  });

  it("finds the heading's text inside its masked marker", () => {
    const text = "   Summary Of Buildpack Changes";
    const findings = sentenceCaseHeadings.checkBlock(
      block(text, "heading", { source: "## Summary Of Buildpack Changes" }),
      context(),
    );
    assert.equal(findings.length, 1);
    assert.equal(text.slice(findings[0]!.start, findings[0]!.end), "Summary Of Buildpack Changes");
  });
});

describe("gds/heading-question", () => {
  it("fires on the bad example, quiet on the good", () => {
    expectOne(headingQuestion, "How do I apply?", "How do I apply?", undefined, "heading");
    expectNone(headingQuestion, "How to apply", "heading");
    expectNone(headingQuestion, "Do you use it?", "paragraph");
  });
});

describe("gds/link-text", () => {
  it("fires on the bad example, quiet on the good", () => {
    // The engine masks the brackets and the target; the source still has them.
    const source = "[Click here](https://www.gov.uk/apply) to apply.";
    const masked = " Click here                           to apply.";
    const findings = linkText.checkBlock(block(masked, "paragraph", { source }), context());
    assert.equal(findings.length, 1);
    assert.deepEqual([findings[0]!.start, findings[0]!.end], [1, 11]);
    const goodSource = "[Apply for a licence](https://www.gov.uk/apply).";
    const goodMasked = " Apply for a licence                           .";
    assert.equal(
      linkText.checkBlock(block(goodMasked, "paragraph", { source: goodSource }), context()).length,
      0,
    );
  });

  it("flags 'here' and 'read more' but not text that merely contains them", () => {
    const source =
      "Read [more](https://a.b). See [here.](https://a.b) Read [where to find more](https://a.b).";
    const findings = linkText.checkBlock(block(source, "paragraph", { source }), context());
    assert.deepEqual(
      findings.map((f) => source.slice(f.start, f.end)),
      ["more", "here."],
    );
  });
});

describe("gds/sentence-length", () => {
  const bad =
    "We are contacting you because we are going to upgrade the platform next week and this means that some of your apps will restart more than once while the upgrade runs.";
  it("fires on the bad example, quiet on the good", () => {
    const f = expectOne(sentenceLength, bad, bad, undefined);
    assert.match(f.message, /31 words/);
    expectNone(
      sentenceLength,
      "We will upgrade the platform next week. Some of your apps will restart more than once while the upgrade runs.",
    );
  });

  it("reports only the long sentence, counts masked code as one word, and reads max", () => {
    const text = `Short one. ${bad} Short two.`;
    expectOne(sentenceLength, text, bad, undefined);
    const source =
      "Run `cf push my-app --strategy rolling --no-wait --instances 3 --memory 512M --disk 1G` now.";
    const masked = "Run " + " ".repeat(source.length - 9) + " now.";
    assert.equal(
      sentenceLength.checkBlock(block(masked, "paragraph", { source }), context()).length,
      0,
    );
    assert.equal(
      check(sentenceLength, "One two three four five six.", "paragraph", context({ max: 5 }))
        .length,
      1,
    );
  });

  it("does not split at e.g., GOV.UK, versions or decimals", () => {
    const text =
      "Use GOV.UK Notify version 1.2.3, e.g. for 2.5 times more emails, and the sentence goes on and on with many more words until it is longer than twenty-five.";
    assert.equal(check(sentenceLength, text).length, 1);
  });
});

describe("gds/paragraph-length", () => {
  it("fires on the bad example from the sixth sentence, quiet on the good", () => {
    expectOne(
      paragraphLength,
      "Apps will restart. Check them. Tell us. Plan ahead. Test first. Read the notes.",
      "Read the notes.",
      undefined,
    );
    expectNone(
      paragraphLength,
      "Apps will restart. Check them and tell us. Plan ahead. Test first. Read the notes.",
    );
  });

  it("does not count abbreviations as sentence ends and skips headings", () => {
    expectNone(paragraphLength, "Mr. Smith, e.g. here. One. Two. Three. Four.");
    expectNone(paragraphLength, "A. B. C. D. E. F. G.", "heading");
  });
});

describe("gds/uk-spelling", () => {
  it("fires on the bad example with fixes, quiet on the good", () => {
    const text = "Organize your apps and fill out the form.";
    const findings = check(ukSpelling, text);
    assert.deepEqual(
      findings.map((f) => [text.slice(f.start, f.end), f.replacement]),
      [
        ["Organize", "Organise"],
        ["fill out", "fill in"],
      ],
    );
    expectNone(ukSpelling, "Organise your apps and fill in the form.");
  });

  it("handles -yze, -ization and common American spellings", () => {
    expectOne(ukSpelling, "We analyzed it.", "analyzed", "analysed");
    expectOne(ukSpelling, "Check your organization.", "organization", "organisation");
    expectOne(ukSpelling, "The upgrade was canceled.", "canceled", "cancelled");
    expectOne(ukSpelling, "Pick a color.", "color", "colour");
  });

  it("leaves z-words, names and utilize (words-to-avoid reports it) alone", () => {
    expectNone(
      ukSpelling,
      "Resize the disk to win a prize. Seize the day. Use the Authorization header. Utilize it.",
    );
    expectNone(ukSpelling, "Ask Gray about the Center.");
  });
});
