import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  abbrFullStops,
  ampersand,
  complexContractions,
  egIeEtc,
  exclamation,
  negativeContractions,
  pluralBrackets,
  semicolon,
  singleSpace,
  slashOr,
} from "../../../../src/core/lint/rules/gds/punctuation";
import { applyFix, block, check, context, expectNone, expectOne } from "./helpers";

describe("gds/ampersand", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(ampersand, "Terms & conditions", "&", "and");
    expectNone(ampersand, "Terms and conditions");
  });

  it("leaves initialism names, entities and allowed names alone", () => {
    expectNone(ampersand, "Shop at M&S or AT&T. Use &amp; in HTML.");
    const ctx = context({ allow: ["Marks & Spencer"] });
    assert.equal(check(ampersand, "Marks & Spencer sells food.", "paragraph", ctx).length, 0);
  });

  it("fixes words joined by a bare ampersand with spaces", () => {
    const text = "Read the terms&conditions.";
    assert.equal(
      applyFix(text, expectOne(ampersand, text, "&", " and ")),
      "Read the terms and conditions.",
    );
  });
});

describe("gds/eg-ie-etc", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    const text = "Use forms, e.g. P45.";
    assert.equal(
      applyFix(text, expectOne(egIeEtc, text, "e.g.", "for example")),
      "Use forms, for example P45.",
    );
    expectNone(egIeEtc, "Use forms, for example P45.");
  });

  it("handles eg, ie, i.e. and etc, with the capital at a sentence start", () => {
    expectOne(egIeEtc, "E.g. this one.", "E.g.", "For example");
    expectOne(egIeEtc, "Use forms, eg P45.", "eg", "for example");
    expectOne(egIeEtc, "The stack, i.e. cflinuxfs4.", "i.e.", "that is");
    expectOne(egIeEtc, "Forms, files etc.", "etc.", undefined);
  });

  it("leaves 'IE', words containing the letters and file paths alone", () => {
    expectNone(egIeEtc, "Internet Explorer (IE) is not supported. Begin the pie. Edit /etc/hosts.");
  });
});

describe("gds/abbr-full-stops", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(abbrFullStops, "Contact the B.B.C. today.", "B.B.C.", "BBC");
    expectNone(abbrFullStops, "Contact the BBC today.");
  });

  it("keeps the sentence's full stop at the end and fixes titles", () => {
    expectOne(abbrFullStops, "We moved to the U.K.", "U.K.", "UK.");
    expectOne(abbrFullStops, "Ask the Rt. Hon. member.", "Rt.", "Rt");
  });

  it("leaves GOV.UK, versions and single initials alone", () => {
    expectNone(abbrFullStops, "Go to GOV.UK for version 1.2.3, says J. Smith.");
  });
});

describe("gds/exclamation", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(exclamation, "Apply now!", "!", ".");
    expectNone(exclamation, "Apply now.");
  });

  it("fixes a run, keeps a question mark, and leaves quotes alone", () => {
    expectOne(exclamation, "It works!!! Great.", "!!!", ".");
    expectOne(exclamation, "Really?! No.", "?!", "?");
    expectNone(exclamation, 'They wrote "Thanks!" in the ticket.');
  });
});

describe("gds/semicolon", () => {
  it("fires on the bad example, quiet on the good", () => {
    expectOne(semicolon, "You must pay; otherwise you get a fine.", ";", undefined);
    expectNone(semicolon, "You must pay. If you do not, you get a fine.");
  });

  it("leaves entities and a bullet's trailing semicolon (gds/bullets reports it) alone", () => {
    expectNone(semicolon, "Use &amp; and &#38; in HTML.");
    expectNone(semicolon, "your passport; and", "list-item");
  });
});

describe("gds/single-space", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(singleSpace, "Apps will restart.  You do not need to do anything.", "  ", " ");
    expectNone(singleSpace, "Apps will restart. You do not need to do anything.");
  });

  it("ignores masked code and placeholders, which are spaces in the masked text", () => {
    const source = "Done. ((name)) will restart.";
    const masked = "Done.          will restart.";
    assert.equal(
      singleSpace.checkBlock(block(masked, "paragraph", { source }), context()).length,
      0,
    );
    const codeSource = "Run `cf push`. Then wait.";
    const codeMasked = "Run         . Then wait.";
    assert.equal(
      singleSpace.checkBlock(block(codeMasked, "paragraph", { source: codeSource }), context())
        .length,
      0,
    );
  });
});

describe("gds/plural-brackets", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(pluralBrackets, "Upload your document(s).", "document(s)", "documents");
    expectNone(pluralBrackets, "Upload your documents.");
    expectOne(pluralBrackets, "Check the box(es).", "box(es)", "boxes");
  });
});

describe("gds/slash-or", () => {
  it("fires on the bad example, quiet on the good", () => {
    expectOne(slashOr, "Tell us and/or your manager.", "and/or", undefined);
    expectNone(slashOr, "Tell us, your manager, or both.");
  });

  it("flags word pairs and chains, leaves terms, paths and numbers alone", () => {
    expectOne(slashOr, "Answer yes/no.", "yes/no", undefined);
    expectOne(slashOr, "For CF/stemcell/buildpack upgrades.", "CF/stemcell/buildpack", undefined);
    expectNone(
      slashOr,
      "Use TCP/IP and I/O. Edit /etc/hosts and api/v3. Open 24/7 on 17/03/2017. N/A",
    );
  });
});

describe("gds/negative-contractions", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(negativeContractions, "You can't apply.", "can't", "cannot");
    expectNone(negativeContractions, "You cannot apply.");
  });

  it("expands curly apostrophes and keeps the capital; leaves positive ones and quotes", () => {
    expectOne(negativeContractions, "Don’t restart.", "Don’t", "Do not");
    expectOne(negativeContractions, "It won't restart.", "won't", "will not");
    expectNone(negativeContractions, "You'll see it. We're ready. It's done.");
    expectNone(negativeContractions, 'The error says "can\'t connect".');
  });
});

describe("gds/complex-contractions", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(complexContractions, "You should've applied.", "should've", "should have");
    expectNone(complexContractions, "You should have applied.");
    expectOne(complexContractions, "They’ve gone.", "They’ve", "They have");
  });
});
