import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  inOrderTo,
  metaphors,
  plainWords,
  wordsToAvoid,
  wordsToAvoidUnless,
} from "../../../../src/core/lint/rules/gds/words";
import { applyFix, check, context, expectNone, expectOne } from "./helpers";

describe("gds/words-to-avoid", () => {
  it("fires on the catalogue's bad example and is quiet on the good one", () => {
    expectOne(wordsToAvoid, "We will deliver improvements.", "deliver", undefined);
    expectNone(wordsToAvoid, "We will make improvements.");
  });

  it("matches inflections and fixes the ones with an exact swap, keeping the capital", () => {
    const f = expectOne(wordsToAvoid, "Utilising the API is easy.", "Utilising", "Using");
    assert.equal(applyFix("Utilising the API is easy.", f), "Using the API is easy.");
    expectOne(wordsToAvoid, "We initiated the upgrade.", "initiated", "started");
    expectOne(wordsToAvoid, "We utilise caching.", "utilise", "use");
    expectOne(wordsToAvoid, "We streamlined the process.", "streamlined", "simplified");
    expectOne(wordsToAvoid, "Teams will liaise with us.", "liaise", undefined);
  });

  it("leaves the noun senses the guide does not mean", () => {
    expectNone(
      wordsToAvoid,
      "Tell us in advance. The upgrade is in progress and we made progress.",
    );
    expectNone(wordsToAvoid, "Run git commit and push. We committed the fix.");
  });

  it("leaves quoted text and allowed words alone", () => {
    expectNone(wordsToAvoid, 'The minister said "we will deliver".');
    expectNone(wordsToAvoid, "We deliver emails.", "paragraph", context({}, ["deliver"]));
  });
});

describe("gds/words-to-avoid-unless", () => {
  it("fires on the bad example with the exception in the message, quiet on the good", () => {
    const f = expectOne(wordsToAvoidUnless, "This is a key priority.", "key", undefined);
    assert.match(f.message, /unless it unlocks something/);
    expectNone(wordsToAvoidUnless, "This is an important priority.");
  });

  it("leaves real keys, the noun 'service impact' and software deployment alone", () => {
    expectNone(
      wordsToAvoidUnless,
      "Rotate your API key. Keep the key pair safe. The key is valid.",
    );
    expectNone(wordsToAvoidUnless, "There is no service impact.");
    expectNone(wordsToAvoidUnless, "Deploy your app again after the upgrade.");
  });

  it("flags the verb 'impact' and the option can un-ignore deploy", () => {
    const f = expectOne(
      wordsToAvoidUnless,
      "This will impact your apps.",
      "will impact",
      undefined,
    );
    assert.match(f.message, /collision/);
    const findings = check(
      wordsToAvoidUnless,
      "Deploy troops.",
      "paragraph",
      context({ ignore: [] }),
    );
    assert.equal(findings.length, 1);
    assert.match(findings[0]!.message, /military or software/);
  });
});

describe("gds/metaphors", () => {
  it("fires on the bad example (with a fix for the adverb) and is quiet on the good", () => {
    const text = "Going forward, use the portal.";
    const findings = check(metaphors, text);
    assert.deepEqual(
      findings.map((f) => [f.start, f.end, f.replacement]),
      [
        [0, 13, "From now on"],
        [23, 29, undefined],
      ],
    );
    expectNone(metaphors, "From now on, use the website.");
  });

  it("gives no fix for 'moving forward with' and leaves literal drives and names alone", () => {
    expectOne(metaphors, "We are moving forward with the plan.", "moving forward", undefined);
    expectOne(metaphors, "This will drive growth.", "drive", undefined);
    expectNone(
      metaphors,
      "Copy it to a USB drive. Bring your driving licence. Use the Azure Portal.",
    );
  });
});

describe("gds/in-order-to", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    const f = expectOne(inOrderTo, "Fill in the form in order to apply.", "in order to", "to");
    assert.equal(applyFix("Fill in the form in order to apply.", f), "Fill in the form to apply.");
    expectNone(inOrderTo, "Fill in the form to apply.");
  });

  it("keeps the capital at the start of a sentence, across a line break", () => {
    expectOne(inOrderTo, "In order\nto apply, sign in.", "In order\nto", "To");
  });
});

describe("gds/plain-words", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(plainWords, "Approximately 40 people came.", "Approximately", "About");
    expectNone(plainWords, "About 40 people came.");
  });

  it("fixes exact swaps and only advises on words with a noun sense", () => {
    expectOne(plainWords, "Ensure the app is running.", "Ensure", "Make sure");
    expectOne(plainWords, "We can assist you.", "assist", "help");
    expectOne(plainWords, "Make a purchase.", "purchase", undefined);
    expectOne(plainWords, "The upgrade took place on Monday.", "took place", "happened");
    expectNone(plainWords, "Disabled people can use it. Make an informed decision.");
  });
});

describe("gds/words-to-avoid: deliver", () => {
  it("leaves emails and services that are delivered alone", () => {
    expectNone(wordsToAvoid, "Notify delivered 300 emails. Some messages were not delivered.");
    expectOne(wordsToAvoid, "We will deliver a better platform.", "deliver", undefined);
  });
});
