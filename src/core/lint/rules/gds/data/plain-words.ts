// Everyday words GOV.UK prefers to long or formal ones: the "Use clear language" page's examples
// (purchase, assist, approximately) and the technical A to Z's words to avoid. Fixes are offered
// only where the swap is exact in every sense of the word ("approximately" -> "about"); "purchase"
// is also a noun, so it gets advice but no automatic fix.
import { verbFixes, verbForms, type WordEntry } from "../word-list";

function prefer(
  forms: readonly string[],
  instead: string,
  fixes?: Record<string, string>,
): WordEntry {
  const entry: WordEntry = {
    forms,
    message: (found) => `Use plain English: ${instead} instead of "${found}".`,
  };
  if (fixes) entry.fixes = fixes;
  return entry;
}

const assist = verbForms("assist");
const commence = verbForms("commence");
const obtain = verbForms("obtain");
const ensure = verbForms("ensure");
const takePlace = ["take place", "takes place", "took place", "taking place", "taken place"];

export const PLAIN_WORDS: readonly WordEntry[] = [
  prefer(["approximately"], 'say "about"', { approximately: "about" }),
  prefer([...assist, "assistance"], 'say "help"', {
    ...verbFixes(assist, ["help", "helps", "helped", "helping"]),
    assistance: "help",
  }),
  prefer(["purchase", "purchases", "purchased", "purchasing"], 'say "buy"', {
    purchased: "bought",
    purchasing: "buying",
  }),
  prefer(commence, 'say "start"', verbFixes(commence, verbForms("start"))),
  prefer(obtain, 'say "get"', verbFixes(obtain, ["get", "gets", "got", "getting"])),
  prefer(["prior to"], 'say "before"', { "prior to": "before" }),
  prefer(["in accordance with"], 'say "in line with"', { "in accordance with": "in line with" }),
  prefer(["in the event that"], 'say "if"', { "in the event that": "if" }),
  prefer(
    ensure,
    'say "make sure"',
    verbFixes(ensure, ["make sure", "makes sure", "made sure", "making sure"]),
  ),
  prefer(["require", "requires"], 'say "need"', { require: "need", requires: "needs" }),
  prefer(
    takePlace,
    'say "happen"',
    verbFixes(takePlace, ["happen", "happens", "happened", "happening", "happened"]),
  ),
  // "informed" is left alone: "an informed decision" is plain English.
  prefer(["inform", "informs", "informing"], 'say "tell"', {
    inform: "tell",
    informs: "tells",
    informing: "telling",
  }),
  prefer(verbForms("examine"), 'say "check", "assess" or "review"'),
  prefer(["fulfil", "fulfils", "fulfilled", "fulfilling"], 'say "meet"', {
    fulfil: "meet",
    fulfils: "meets",
    fulfilling: "meeting",
  }),
  prefer(verbForms("enable"), 'say "turn on", or "help" or "let" for people'),
  // "disabled" is left alone: "disabled people" is the term GOV.UK uses.
  prefer(["disable", "disables", "disabling"], 'say "turn off"'),
];
