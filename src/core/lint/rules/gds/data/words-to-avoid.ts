// GOV.UK's "words to avoid" (A to Z style guide, #words-to-avoid), paraphrased: the word, what to
// say instead, and for the second list the sense in which the word is fine. Inflections are listed
// because the guide asks writers to avoid the word, not one spelling of it. Noun senses that the
// guide does not mean ("in advance", "in progress", "API key", "service impact") are skipped.
import { isSentenceStart, isUpper, nextWord, previousWord } from "../text";
import { verbFixes, verbForms, type WordEntry } from "../word-list";

const DELIVERABLE = new Set([
  "email",
  "emails",
  "message",
  "messages",
  "letter",
  "letters",
  "post",
  "parcel",
  "parcels",
  "notification",
  "notifications",
  "text",
  "texts",
  "inbox",
  "service",
  "services",
]);

/** True when one of `words` is among the 3 words either side of [start, end). */
function nearAny(text: string, start: number, end: number, words: ReadonlySet<string>): boolean {
  const before =
    text
      .slice(Math.max(0, start - 40), start)
      .toLowerCase()
      .match(/[\p{L}']+/gu) ?? [];
  const after =
    text
      .slice(end, end + 40)
      .toLowerCase()
      .match(/[\p{L}']+/gu) ?? [];
  return [...before.slice(-3), ...after.slice(0, 3)].some((w) => words.has(w));
}

/** A capital letter that does not start a sentence marks a name ("the Azure Portal"). */
const isName = (text: string, start: number): boolean =>
  isUpper(text[start]) && !isSentenceStart(text, start);

function avoid(
  forms: readonly string[],
  instead: string,
  extra: Partial<WordEntry> = {},
): WordEntry {
  return {
    forms,
    message: (found) => `Avoid "${found}": ${instead}.`,
    ...extra,
  };
}

const utilise = verbForms("utilise");
const utilize = verbForms("utilize");
const initiate = verbForms("initiate");
const streamline = verbForms("streamline");
const incentivise = verbForms("incentivise");
const disincentivise = verbForms("disincentivise");

/** Words to avoid with no exception in the guide. */
export const WORDS_TO_AVOID: readonly WordEntry[] = [
  avoid(["advance", "advances", "advancing"], 'say "improve" or what you will do', {
    // "in advance", "advance notice" are plain English; the guide means "advance the agenda".
    skip: (text, start, end) =>
      previousWord(text, start).toLowerCase() === "in" ||
      nextWord(text, end).toLowerCase() === "notice",
  }),
  avoid(verbForms("collaborate", ["collaboration"]), 'say "work with"'),
  avoid(
    ["commit to", "commits to", "committed to", "committing to"],
    'say "plan to" or "we\'re going to"',
  ),
  avoid(verbForms("pledge"), 'say "plan to" or "we\'re going to"'),
  avoid(["countered", "countering", "counters the", "counter the"], 'say "prevent"'),
  avoid(
    verbForms("deliver"),
    'say "make", "create" or "provide" (post and services are delivered, ideas are not)',
    // Emails, messages and services really are delivered.
    { skip: (text, start, end) => nearAny(text, start, end, DELIVERABLE) },
  ),
  avoid(["dialogue", "dialogues"], 'say "spoke to" or "discussion"'),
  avoid(disincentivise, 'say "discourage" or "deter"', {
    fixes: verbFixes(disincentivise, verbForms("discourage")),
  }),
  avoid(verbForms("empower"), 'say "allow" or "give permission"'),
  avoid(verbForms("facilitate"), "say what you are actually doing"),
  avoid(
    ["focus", "focuses", "focused", "focusing", "focussed", "focussing"],
    'say "work on" or "concentrate on"',
  ),
  avoid(incentivise, 'say "encourage" or "motivate"', {
    fixes: verbFixes(incentivise, verbForms("encourage")),
  }),
  avoid(initiate, 'say "start" or "begin"', { fixes: verbFixes(initiate, verbForms("start")) }),
  avoid(verbForms("liaise"), 'say "work with" or "work alongside"'),
  avoid(["overarching"], 'leave it out or say "encompassing"'),
  avoid(
    ["progress", "progresses", "progressed", "progressing"],
    'say "work on", "develop" or "make progress"',
    {
      // "in progress", "make progress", "progress bar" use the noun the guide is happy with.
      skip: (text, start, end) =>
        ["in", "make", "makes", "made", "making", "of", "your", "our", "the"].includes(
          previousWord(text, start).toLowerCase(),
        ) || nextWord(text, end).toLowerCase() === "bar",
    },
  ),
  avoid(streamline, 'say "simplify"', {
    fixes: verbFixes(streamline, ["simplify", "simplifies", "simplified", "simplifying"]),
  }),
  avoid(verbForms("transform"), "describe what is changing and why"),
  avoid([...utilise, ...utilize, "utilisation", "utilization"], 'say "use"', {
    fixes: verbFixes([...utilise, ...utilize], [...verbForms("use"), ...verbForms("use")]),
  }),
];

function unless(
  forms: readonly string[],
  instead: string,
  exception: string,
  extra: Partial<WordEntry> = {},
): WordEntry {
  return {
    forms,
    message: (found) => `Avoid "${found}" unless ${exception}: ${instead}.`,
    ...extra,
  };
}

/** Words to avoid unless they mean what the guide allows; the message carries the exception. */
export const WORDS_TO_AVOID_UNLESS: readonly WordEntry[] = [
  unless(["agenda", "agendas"], 'say "plan"', "it is for a meeting"),
  unless(
    ["combat", "combats", "combated", "combating", "combatted", "combatting"],
    'say "solve", "fix" or what you are doing',
    "it is military",
  ),
  unless(
    verbForms("deploy", ["deployment", "deployments"]),
    'say "use", "build" or "put into place"',
    "it is military or software",
  ),
  unless(verbForms("foster"), 'say "encourage" or "help"', "it is about children"),
  unless(
    // The noun in "service impact" is left alone; the verb is what the guide warns about.
    [
      "impacts",
      "impacted",
      "impacting",
      "impactful",
      "impact on",
      "will impact",
      "may impact",
      "could impact",
      "to impact",
      "might impact",
    ],
    'say "have an effect on" or "influence"',
    "it is about a collision",
  ),
  unless(["key"], 'say "important" or "significant", or leave it out', "it unlocks something", {
    // Only the adjective: "a key priority". "API key", "SSH key", "key pair" are real keys.
    skip: (text, start, end) =>
      !/^[a-z]/.test(nextWord(text, end)) ||
      [
        "pair",
        "pairs",
        "value",
        "values",
        "rotation",
        "store",
        "file",
        "files",
        "id",
        "and",
        "or",
        "is",
        "was",
        "are",
        "for",
        "in",
        "of",
        "from",
        "with",
        "that",
        "which",
        "will",
        "must",
        "can",
        "should",
        "you",
        "we",
        "it",
        "as",
        "to",
        "on",
        "at",
        "by",
        "has",
        "have",
        "name",
        "vault",
        "management",
        "expires",
        "expired",
      ].includes(nextWord(text, end)) ||
      [
        "api",
        "ssh",
        "access",
        "secret",
        "private",
        "public",
        "signing",
        "encryption",
        "gpg",
        "aws",
        "new",
        "your",
        "the",
      ].includes(previousWord(text, start).toLowerCase()),
  }),
  unless(verbForms("land"), 'say "get" or "achieve"', "it is about aircraft", {
    skip: (text, start, end) =>
      ["page", "pages", "registry"].includes(nextWord(text, end).toLowerCase()) ||
      isName(text, start),
  }),
  unless(verbForms("leverage"), 'say "influence" or "use"', "it is about finance"),
  unless(verbForms("promote"), 'say "recommend" or "support"', "it is about an advert or a career"),
  unless(["robust"], 'say "well thought out" or "comprehensive"', "it is about a physical object"),
  unless(
    ["slim down", "slims down", "slimmed down", "slimming down"],
    'say "make smaller"',
    "it is about a person",
  ),
  unless(
    ["strengthening"],
    'say "increase funding", "concentrate on" or "add staff"',
    "it is about a structure",
  ),
  unless(verbForms("tackle"), 'say "stop", "solve" or "deal with"', "it is about sport or fishing"),
];

const drivenThings = [
  "up",
  "down",
  "out",
  "forward",
  "growth",
  "change",
  "changes",
  "improvement",
  "improvements",
  "innovation",
  "efficiency",
  "efficiencies",
  "value",
  "adoption",
  "better",
  "more",
  "greater",
  "real",
  "results",
  "engagement",
  "demand",
  "behaviour",
  "performance",
  "savings",
  "uptake",
  "transformation",
  "this",
  "these",
  "our",
];

/** Metaphors the guide lists: say what you mean instead. */
export const METAPHORS: readonly WordEntry[] = [
  {
    forms: ["drive out", "drives out", "driving out", "drove out", "driven out"],
    message: (found) => `Avoid the metaphor "${found}": say "stop", "avoid" or "prevent".`,
  },
  {
    // Only the figurative verb ("drive growth"); a USB drive or a driving licence is literal.
    forms: ["drive", "drives", "driving", "drove", "driven"],
    message: (found) => `Avoid the metaphor "${found}": say "create", "cause" or "encourage".`,
    skip: (text, _start, end) => !drivenThings.includes(nextWord(text, end).toLowerCase()),
  },
  {
    forms: ["going forward", "moving forward", "go forward", "move forward", "moves forward"],
    message: (found) => `Avoid the metaphor "${found}": say "from now on" or "in the future".`,
    fixes: { "going forward": "from now on", "moving forward": "from now on" },
  },
  {
    forms: ["hub", "hubs", "portal", "portals", "one-stop shop", "one stop shop", "one-stop-shop"],
    message: (found) => `Avoid "${found}" unless it is a name: say "website" or "service".`,
    // A capital mid-sentence means a name ("the Azure Portal").
    skip: isName,
  },
  {
    forms: [
      "ring fencing",
      "ring-fencing",
      "ring fenced",
      "ring-fenced",
      "ring fence",
      "ring-fence",
    ],
    message: (found) =>
      `Avoid the metaphor "${found}": say "separate" or say what the money will be spent on.`,
  },
];

// Fixes for the metaphors are only exact when the phrase is an adverb on its own ("Going forward,
// use..."), which the rule checks before offering them.
export const METAPHOR_ADVERBS = new Set(["going forward", "moving forward"]);
