import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { genderNeutral, mayBeAble, please } from "../../../../src/core/lint/rules/gds/tone";
import { applyFix, check, expectNone, expectOne } from "./helpers";

describe("gds/please", () => {
  it("fires on the bad example; the fix removes it and moves the capital", () => {
    const text = "Please contact us.";
    const f = expectOne(please, text, "Please c", "C");
    assert.equal(applyFix(text, f), "Contact us.");
    expectNone(please, "Contact us.");
  });

  it("removes 'please note that' and a trailing ', please'", () => {
    const text = "Please note that apps will restart.";
    assert.equal(applyFix(text, check(please, text)[0]!), "Apps will restart.");
    const after = "Restart your apps, please.";
    const f = check(please, after)[0]!;
    assert.equal(after.slice(f.start, f.end), ", please");
    assert.equal(applyFix(after, f), "Restart your apps.");
    const mid = "If you can, please restart.";
    assert.equal(applyFix(mid, check(please, mid)[0]!), "If you can, restart.");
  });

  it("leaves quoted text alone", () => {
    expectNone(please, 'Select "Please send" to send.');
    expectNone(please, "Select 'Please send' to send.");
  });
});

describe("gds/gender-neutral", () => {
  it("fires on the bad example, quiet on the good", () => {
    expectOne(genderNeutral, "If he or she can apply.", "he or she", undefined);
    expectNone(genderNeutral, "If they can apply.");
  });

  it("fixes the forms where the swap is exact", () => {
    expectOne(genderNeutral, "Update his or her details.", "his or her", "their");
    expectOne(genderNeutral, "Tell him/her today.", "him/her", "them");
    expectOne(genderNeutral, "Females can apply.", "Females", "Women");
    expectOne(genderNeutral, "Ask s/he to sign.", "s/he", undefined);
  });
});

describe("gds/may-be-able", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    const text = "You may be able to claim.";
    assert.equal(
      applyFix(text, expectOne(mayBeAble, text, "may be able to", "can")),
      "You can claim.",
    );
    expectNone(mayBeAble, "You can claim.");
  });
});
