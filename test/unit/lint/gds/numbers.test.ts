import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  ages,
  leadingZero,
  millionBillion,
  money,
  na,
  numberStartsSentence,
  numerals,
  percent,
  rangeTo,
  thousandsSeparator,
  unitsNoSpace,
} from "../../../../src/core/lint/rules/gds/numbers";
import { applyFix, check, context, expectNone, expectOne } from "./helpers";

describe("gds/range-to", () => {
  it("fires on the bad example with fixes, quiet on the good", () => {
    const text = "Call 500-900 times, Monday - Friday.";
    const findings = check(rangeTo, text);
    assert.deepEqual(
      findings.map((f) => [text.slice(f.start, f.end), f.replacement]),
      [
        ["500-900", "500 to 900"],
        ["Monday - Friday", "Monday to Friday"],
      ],
    );
    expectNone(rangeTo, "Call 500 to 900 times, Monday to Friday.");
  });

  it("handles times, years, dashes and addresses", () => {
    expectOne(rangeTo, "Open 10am–11am.", "10am–11am", "10am to 11am");
    expectOne(rangeTo, "In 2011-2012 we grew.", "2011-2012", "2011 to 2012");
    expectOne(rangeTo, "Visit 49-53 Cherry Street.", "49-53", "49 to 53");
    expectOne(rangeTo, "From January—March.", "January—March", "January to March");
  });

  it("leaves phone numbers, sort codes, ISO dates, IDs and version ranges alone", () => {
    expectNone(
      rangeTo,
      "Call 0800-123-456. Sort code 60-70-80. On 2017-03-17 we fixed CVE-2024-1234 and COVID-19 in 1.2.3-1.2.4.",
    );
  });

  it("leaves age ranges to gds/ages, unless that rule is off", () => {
    expectNone(rangeTo, "Children 4-16 years can apply.");
    const ctx = { ...context(), enabledRules: new Set(["gds/range-to"]) };
    const findings = check(rangeTo, "Children 4-16 years can apply.", "paragraph", ctx);
    assert.deepEqual(
      findings.map((f) => f.replacement),
      ["4 to 16"],
    );
  });
});

describe("gds/ages", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    const f = expectOne(ages, "Children 4-16 years can apply.", "4-16 years", "4 to 16 years");
    assert.match(f.message, /aged 4 to 16 years/);
    expectNone(ages, "Children aged 4 to 16 years can apply.");
  });

  it("flags year-olds and 'over 50s'", () => {
    expectOne(ages, "It is for 16-year-old students.", "16-year-old", undefined);
    const f = expectOne(ages, "It is for the over 50s.", "over 50s", undefined);
    assert.match(f.message, /aged 50 and over/);
    expectNone(ages, "We have over 1000s of apps.");
  });
});

describe("gds/numerals", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(numerals, "You need three documents.", "three", "3");
    expectNone(numerals, "You need 3 documents.");
  });

  it("joins tens and units, and leaves 'one', idioms, compounds and sentence starts alone", () => {
    expectOne(numerals, "We sent twenty-one emails.", "twenty-one", "21");
    expectNone(
      numerals,
      "Restart one or two apps. Use two-factor authentication. Two apps failed.",
    );
    expectNone(numerals, "About two-thirds of apps. It takes one minute. We use Ocean's Eleven.");
  });
});

describe("gds/number-starts-sentence", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    const text = "34 people came.";
    assert.equal(
      applyFix(text, expectOne(numberStartsSentence, text, "34", "Thirty-four")),
      "Thirty-four people came.",
    );
    expectNone(numberStartsSentence, "Thirty-four people came.");
  });

  it("finds later sentences, and gives no fix for big numbers", () => {
    expectOne(numberStartsSentence, "It went well. 3 apps failed.", "3", "Three");
    expectOne(numberStartsSentence, "It went well. 250 apps failed.", "250", undefined);
  });

  it("leaves headings, bullets, times, dates and versions alone", () => {
    expectNone(numberStartsSentence, "3 things to do", "heading");
    expectNone(numberStartsSentence, "3 apps", "list-item");
    expectNone(
      numberStartsSentence,
      "9am to 5pm, Monday to Friday. 17 March: we upgraded. 1.2.3 is out.",
    );
  });
});

describe("gds/thousands-separator", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(thousandsSeparator, "We sent 9000 emails.", "9000", "9,000");
    expectNone(thousandsSeparator, "We sent 9,000 emails.");
  });

  it("handles money and big numbers", () => {
    expectOne(thousandsSeparator, "It costs £12500.", "12500", "12,500");
    expectOne(thousandsSeparator, "We have 1250000 rows.", "1250000", "1,250,000");
  });

  it("leaves years, versions, phone numbers, ports, IDs and hashes alone", () => {
    expectNone(
      thousandsSeparator,
      "In 2024 we moved port 8080 to version 1.2.3456 (ticket 12345). Call 0800 123 4567 or 020 7946 0000. Commit 1234abc.",
    );
    expectNone(thousandsSeparator, "Ruby buildpack 1.10.4 adds Ruby 3.3.0 and Go 1.22.10.");
  });
});

describe("gds/leading-zero", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(leadingZero, "It costs .5 pence.", ".5", "0.5");
    expectNone(leadingZero, "It costs 0.5 pence.");
  });

  it("leaves versions, file names and numbers after a dot alone", () => {
    expectNone(leadingZero, "Use 1.5 or v2.5 with file.7z and .NET.");
  });
});

describe("gds/percent", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(percent, "Over 50 percent of apps restarted.", "50 percent", "50%");
    expectNone(percent, "Over 50% of apps restarted.");
  });

  it("fixes 'per cent' after a number, a spaced %, and the one-word spelling", () => {
    expectOne(percent, "Over 50 per cent of apps.", "50 per cent", "50%");
    expectOne(percent, "Over 12.5 % of apps.", "12.5 %", "12.5%");
    expectOne(percent, "The percent is low.", "percent", "per cent");
    expectNone(percent, "The percentage is low, and the per centre cost is too.");
  });
});

describe("gds/money", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(money, "It costs £75.00.", "£75.00", "£75");
    expectNone(money, "It costs £75.");
    expectNone(money, "It costs £75.50.");
    expectOne(money, "It costs £1,200.00 a year.", "£1,200.00", "£1,200");
  });
});

describe("gds/million-billion", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(millionBillion, "It cost £4m.", "£4m", "£4 million");
    expectNone(millionBillion, "It cost £4 million.");
  });

  it("handles bn and fractions of a million, and leaves metres alone", () => {
    expectOne(millionBillion, "It cost £1.4bn.", "£1.4bn", "£1.4 billion");
    expectOne(millionBillion, "It cost £0.4 million.", "£0.4 million", "£400,000");
    expectNone(millionBillion, "The cable is 4m long.");
  });
});

describe("gds/units-no-space", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(unitsNoSpace, "The limit is 3,500 kg.", "3,500 kg", "3,500kg");
    expectNone(unitsNoSpace, "The limit is 3,500kg.");
  });

  it("handles memory sizes and leaves words that start like units alone", () => {
    expectOne(unitsNoSpace, "Apps get 2 GB of memory.", "2 GB", "2GB");
    expectNone(unitsNoSpace, "Ask 2 managers and 3 learners.");
  });
});

describe("gds/na", () => {
  it("fires on the bad example, quiet on the good", () => {
    expectOne(na, "Region: N/A", "N/A", undefined);
    expectNone(na, "Region: not applicable");
  });
});
