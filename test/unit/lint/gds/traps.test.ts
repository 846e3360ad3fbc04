// The reference's implementation traps: text that looks like a style mistake to a naive pattern
// but is not one. Every gds block rule runs on each, and none may report anything.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { gdsRules } from "../../../../src/core/lint/rules/gds/index";
import type { ProseBlock } from "../../../../src/core/lint/rule";
import { block, context } from "./helpers";

function findingsOn(b: ProseBlock): string[] {
  return gdsRules.flatMap((rule) =>
    rule.checkBlock(b, context()).map((f) => `${rule.meta.id} "${b.text.slice(f.start, f.end)}"`),
  );
}

const TRAPS: { name: string; text: string; kind?: ProseBlock["kind"]; source?: string }[] = [
  { name: "GOV.UK and PaaS", text: "Sign in to GOV.UK PaaS and GOV.UK Notify." },
  {
    name: "the subject of a CF upgrade email",
    text: "GOV.UK PaaS - Cloud Foundry changes - 17 March 2027",
    kind: "subject",
  },
  {
    name: "Cloud Foundry capitalised in a heading",
    text: "Changes to Cloud Foundry and the Ruby buildpack",
    kind: "heading",
  },
  { name: "version numbers", text: "Upgrade from version 1.2.3 to 1.10.12 before 2.0.0 is out." },
  {
    name: "buildpack version lines",
    text: "Ruby buildpack 1.10.4: removes Ruby 3.1.5, adds Ruby 3.4.2 and Bundler 2.5.22.",
    kind: "list-item",
  },
  { name: "a bare version as a bullet", text: "  22.14.0", kind: "list-item", source: "* 22.14.0" },
  {
    name: "Node.js versions",
    text: "Move your apps from Node.js 18 to Node.js 20 or 22 before you next push them.",
  },
  {
    name: "times and numbers in masked code",
    text: "Run                          at   :   to check.",
    source: "Run `cf logs --recent | tail` at 17:30 to check.",
  },
  {
    name: "a masked placeholder after a full stop",
    text: "Done.               will restart.",
    source: "Done. ((first_name)) will restart.",
  },
  { name: "quoted text", text: 'The error says "Can\'t connect!!! Please retry & wait".' },
  {
    name: "an interface label in single quotes",
    text: "Select 'Send 3 emails' and then 'Yes, I'm sure'.",
  },
  { name: "ratios and years", text: "Use a 16:9 image. It started in 2024 and ends in 2026." },
  {
    name: "phone numbers and sort codes",
    text: "Call 0800 123 4567 or 020 7946 0000. Sort code 60 70 80.",
  },
  { name: "ISO timestamps", text: "The log line says 2027-03-17T17:30:00Z." },
  { name: "a stack name", text: "Apps on the cflinuxfs4 stack use Ubuntu 22.04." },
  {
    name: "positive contractions",
    text: "You'll see the change when it's done, and we're here to help.",
  },
  {
    name: "right-click and an API key",
    text: "Right-click the file. Rotate the API key every 90 days.",
  },
  {
    name: "in progress and in advance",
    text: "The upgrade is in progress. Tell us in advance if you need help.",
  },
  { name: "one or two", text: "You may see one or two short delays." },
  { name: "RFC words in capitals", text: "You MUST NOT share your token." },
  { name: "an email sent", text: "Notify delivered the emails at 9am." },
];

describe("gds rules stay quiet on the reference's traps", () => {
  for (const trap of TRAPS) {
    it(trap.name, () => {
      const b = block(
        trap.text,
        trap.kind ?? "paragraph",
        trap.source ? { source: trap.source } : {},
      );
      assert.deepEqual(findingsOn(b), []);
    });
  }
});
