// GOV.UK's spellings of particular terms: select not click, no FAQs, email, one-word compounds,
// allow list and block list.
import type { BlockRule } from "../../rule";
import { ONE_WORD } from "./data/compounds";
import { az } from "./data/sources";
import { gdsRule } from "./define";
import { isSentenceStart, matchesOf, nextWord, previousWord } from "./text";
import { compileWordList, findWords, type WordEntry } from "./word-list";

const clickList = compileWordList([
  {
    forms: [
      "click",
      "clicks",
      "clicked",
      "clicking",
      "click on",
      "clicks on",
      "clicked on",
      "clicking on",
    ],
    message: (found) => `Say "select" instead of "${found}" (people do not all use a mouse).`,
    fixes: {
      click: "select",
      clicks: "selects",
      clicked: "selected",
      clicking: "selecting",
      "click on": "select",
      "clicks on": "selects",
      "clicked on": "selected",
      "clicking on": "selecting",
    },
  },
]);

export const click = gdsRule({
  name: "click",
  needs: /click/i,
  description: 'Flags "click" for interface actions and suggests "select" ("right-click" is fine).',
  defaultLevel: "warning",
  source: az("click"),
  examples: { bad: "Click Continue.", good: "Select Continue." },
  check: (block) =>
    findWords(clickList, block.text).map((f) => {
      // "Click here" needs rewriting as descriptive link text, not "Select here".
      if (["here", "this"].includes(nextWord(block.text, f.end).toLowerCase()))
        delete f.replacement;
      return f;
    }),
});

const FAQS = /(?<![\p{L}])(?:FAQs?|frequently\s+asked\s+questions)(?![\p{L}])/giu;

export const faqs = gdsRule({
  name: "faqs",
  needs: /faq|frequently/i,
  description:
    "Flags FAQs and 'frequently asked questions': answer the need in the content instead.",
  defaultLevel: "warning",
  source: az("faqs-frequently-asked-questions"),
  examples: { bad: "Read our FAQs.", good: "Read how to set up your app." },
  check: (block) =>
    [...matchesOf(FAQS, block.text)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      message: "Do not use FAQs: put the answers in the content where people need them.",
    })),
});

const emailList = compileWordList([
  {
    forms: ["e-mail", "e-mails", "e-mailed", "e-mailing"],
    message: (found) => `Write "email" with no hyphen, not "${found}".`,
    fixes: {
      "e-mail": "email",
      "e-mails": "emails",
      "e-mailed": "emailed",
      "e-mailing": "emailing",
    },
  },
]);

export const emailSpelling = gdsRule({
  name: "email-spelling",
  needs: /e-mail/i,
  description: 'Flags "e-mail": GOV.UK writes "email" as one word with no hyphen.',
  defaultLevel: "warning",
  source: az("email"),
  examples: { bad: "Send us an e-mail.", good: "Send us an email." },
  check: (block) => findWords(emailList, block.text),
});

const oneWordList = compileWordList(ONE_WORD);

export const oneWord = gdsRule({
  name: "one-word",
  description:
    "Flags compounds GOV.UK writes as one word (online, webpage, username, wifi, website...).",
  defaultLevel: "warning",
  source: az("webpage"),
  examples: { bad: "Check the web page.", good: "Check the webpage." },
  check: (block) =>
    findWords(oneWordList, block.text).flatMap((f) => {
      // These words are lower case mid-sentence even when written "Wi-Fi" or "Web Page".
      const found = block.text.slice(f.start, f.end);
      if (f.replacement !== undefined) {
        const lower = f.replacement.toLowerCase();
        f.replacement = isSentenceStart(block.text, f.start)
          ? lower[0]!.toUpperCase() + lower.slice(1)
          : lower;
        if (f.replacement === found) return [];
      }
      return [f];
    }),
});

const DETERMINERS = new Set([
  "the",
  "a",
  "an",
  "your",
  "our",
  "this",
  "that",
  "its",
  "their",
  "my",
]);

function listEntry(colour: "black" | "white", instead: "block" | "allow"): WordEntry {
  const forms = [`${colour}list`, `${colour} list`, `${colour}-list`];
  const all = forms.flatMap((f) => [f, `${f}s`, `${f}ed`, `${f}ing`]);
  return {
    forms: all,
    message: (found) =>
      `Say "${instead} list" instead of "${found}" (for the verb, say "add to the ${instead} list").`,
    fixes: Object.fromEntries(forms.map((f) => [`${f}s`, `${instead} lists`])),
  };
}

const colourList = compileWordList([listEntry("black", "block"), listEntry("white", "allow")]);

export const blockAllowList = gdsRule({
  name: "block-allow-list",
  needs: /(?:black|white)[\s-]?list/i,
  description: 'Flags blacklist and whitelist: say "block list" and "allow list".',
  defaultLevel: "warning",
  source: az("allow-list"),
  examples: { bad: "Add the domain to the whitelist.", good: "Add the domain to the allow list." },
  check: (block) =>
    findWords(colourList, block.text).map((f) => {
      // The singular is only safe to swap as a noun ("the whitelist"); "whitelist the domain" is a
      // verb and needs rewording.
      const found = block.text.slice(f.start, f.end).toLowerCase();
      if (/list$/.test(found) && DETERMINERS.has(previousWord(block.text, f.start).toLowerCase())) {
        f.replacement = found.startsWith("black") ? "block list" : "allow list";
      }
      return f;
    }),
});

export const termRules: BlockRule[] = [click, faqs, emailSpelling, oneWord, blockAllowList];
