import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  blockAllowList,
  click,
  emailSpelling,
  faqs,
  oneWord,
} from "../../../../src/core/lint/rules/gds/terms";
import { applyFix, check, expectNone, expectOne } from "./helpers";

describe("gds/click", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(click, "Click Continue.", "Click", "Select");
    expectNone(click, "Select Continue.");
  });

  it("fixes 'click on', leaves right-click alone and gives no fix for 'click here'", () => {
    const text = "Then click on Save.";
    assert.equal(applyFix(text, expectOne(click, text, "click on", "select")), "Then select Save.");
    expectNone(click, "Right-click the file. Double-click it.");
    expectOne(click, "Click here to apply.", "Click", undefined);
  });
});

describe("gds/faqs", () => {
  it("fires on the bad example, quiet on the good", () => {
    expectOne(faqs, "Read our FAQs.", "FAQs", undefined);
    expectNone(faqs, "Read how to set up your app.");
    expectOne(
      faqs,
      "Frequently asked questions",
      "Frequently asked questions",
      undefined,
      "heading",
    );
  });
});

describe("gds/email-spelling", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(emailSpelling, "Send us an e-mail.", "e-mail", "email");
    expectNone(emailSpelling, "Send us an email.");
  });

  it("keeps the capital and the plural", () => {
    expectOne(emailSpelling, "E-mails go out today.", "E-mails", "Emails");
  });

  it("does not touch email addresses masked by the engine", () => {
    // The engine masks an address to spaces; only the prose is left.
    expectNone(emailSpelling, "Write to                                 today.");
  });
});

describe("gds/one-word", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(oneWord, "Check the web page.", "web page", "webpage");
    expectNone(oneWord, "Check the webpage.");
  });

  it("handles the catalogue's other compounds, lower case mid-sentence", () => {
    expectOne(oneWord, "Use the Wi-Fi.", "Wi-Fi", "wifi");
    expectOne(oneWord, "Wi-Fi is free.", "Wi-Fi", "Wifi");
    expectOne(oneWord, "Apply on-line.", "on-line", "online");
    expectOne(oneWord, "Enter your user names.", "user names", "usernames");
    expectOne(oneWord, "Call the help desk.", "help desk", "helpdesk");
  });

  it("leaves 'on line 5', 'wifi' and 'back end of the week' alone", () => {
    expectNone(oneWord, "The error is on line 5. Use the wifi. By the back end of the week.");
  });
});

describe("gds/block-allow-list", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    const text = "Add the domain to the whitelist.";
    assert.equal(
      applyFix(text, expectOne(blockAllowList, text, "whitelist", "allow list")),
      "Add the domain to the allow list.",
    );
    expectNone(blockAllowList, "Add the domain to the allow list.");
  });

  it("gives no fix for the verb, and fixes plurals", () => {
    expectOne(blockAllowList, "We blacklisted the IP address.", "blacklisted", undefined);
    expectOne(blockAllowList, "Whitelist the domain.", "Whitelist", undefined);
    expectOne(blockAllowList, "Check both blacklists.", "blacklists", "block lists");
    assert.equal(check(blockAllowList, "Use the block list and the allow list.").length, 0);
  });
});
