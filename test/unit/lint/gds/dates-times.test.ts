import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { dateFormat, noQuarters, ordinalDates } from "../../../../src/core/lint/rules/gds/dates";
import { middayMidnight, time24h, timeFormat } from "../../../../src/core/lint/rules/gds/times";
import { applyFix, check, expectNone, expectOne } from "./helpers";

describe("gds/ordinal-dates", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    const text = "Apps restart on 17th March.";
    assert.equal(
      applyFix(text, expectOne(ordinalDates, text, "17th March", "17 March")),
      "Apps restart on 17 March.",
    );
    expectNone(ordinalDates, "Apps restart on 17 March.");
  });

  it("handles 'the 1st of', month first and the CF upgrade subject", () => {
    expectOne(ordinalDates, "It is on the 1st of June.", "the 1st of June", "1 June");
    expectOne(ordinalDates, "It is on March 17th, 2017.", "March 17th, 2017", "17 March 2017");
    expectOne(
      ordinalDates,
      "GOV.UK PaaS - Cloud Foundry changes - 17th March 2017",
      "17th March",
      "17 March",
      "subject",
    );
  });

  it("leaves other ordinals alone", () => {
    expectNone(ordinalDates, "The 2nd attempt worked. It is the 17th.");
  });
});

describe("gds/date-format", () => {
  it("fires on the bad examples with fixes, quiet on the good", () => {
    expectOne(dateFormat, "Apply by March 17, 2017.", "March 17, 2017", "17 March 2017");
    expectOne(dateFormat, "Apply by 17/03/2017.", "17/03/2017", "17 March 2017");
    expectNone(dateFormat, "Apply by 17 March 2017.");
  });

  it("removes the comma before the year and converts ISO and unambiguous US dates", () => {
    expectOne(dateFormat, "Apply by 4 June, 2017.", "4 June, 2017", "4 June 2017");
    expectOne(dateFormat, "Apply in June, 2017.", "June, 2017", "June 2017");
    expectOne(dateFormat, "Released on 2024-03-07.", "2024-03-07", "7 March 2024");
    expectOne(dateFormat, "Due 03/17/2017.", "03/17/2017", "17 March 2017");
    expectOne(dateFormat, "Due 17.03.2017.", "17.03.2017", "17 March 2017");
  });

  it("gives no fix for an ambiguous or 2-digit-year date", () => {
    expectOne(dateFormat, "Due 05/03/2017.", "05/03/2017", undefined);
    expectOne(dateFormat, "Due 17/03/17.", "17/03/17", undefined);
  });

  it("leaves versions, timestamps, fractions and ratios alone", () => {
    expectNone(
      dateFormat,
      "Use 1.2.3 or 10.12.2. At 2024-03-07T10:00 we ran it. About 3/4 of apps. In June 2017.",
    );
    expectNone(dateFormat, "You may 5 times try.");
    expectNone(dateFormat, "Install v1.2.2024 of the tool.");
  });
});

describe("gds/no-quarters", () => {
  it("fires on the bad example, quiet on the good", () => {
    expectOne(noQuarters, "We will upgrade in Q1 2013.", "Q1", undefined);
    expectNone(noQuarters, "We will upgrade from January to March 2013.");
  });

  it("finds written quarters", () => {
    expectOne(noQuarters, "In the first quarter we upgrade.", "first quarter", undefined);
    expectOne(noQuarters, "In quarter 3 we upgrade.", "quarter 3", undefined);
    expectNone(noQuarters, "A quarter of apps. Quarterly reports. HQ1 building.");
  });
});

describe("gds/time-24h", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(time24h, "Apps restart at 17:30.", "17:30", "5:30pm");
    expectNone(time24h, "Apps restart at 5:30pm.");
  });

  it("converts leading zeros, whole hours and 'hrs'", () => {
    expectOne(time24h, "From 09:00 UTC.", "09:00", "9am");
    expectOne(time24h, "Until 13:00.", "13:00", "1pm");
    expectOne(time24h, "At 1730hrs.", "1730hrs", "5:30pm");
    expectOne(time24h, "At 00:30.", "00:30", "12:30am");
  });

  it("leaves ratios, ambiguous hours and midnight (its own rule) alone", () => {
    expectNone(time24h, "A 5:12 ratio. At 10:30 and 11:45. At 00:00.");
  });
});

describe("gds/time-format", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(timeFormat, "Apps restart at 5:30 PM.", "5:30 PM", "5:30pm");
    expectNone(timeFormat, "Apps restart at 5:30pm.");
  });

  it("fixes dots, spaces and ':00', keeping a full stop that ends the sentence", () => {
    expectOne(timeFormat, "At 5.30 pm we start.", "5.30 pm", "5:30pm");
    expectOne(timeFormat, "At 9:00am we start.", "9:00am", "9am");
    expectOne(timeFormat, "At 5 p.m. we start.", "5 p.m.", "5pm");
    const text = "We start at 5 p.m. Then we stop.";
    assert.equal(applyFix(text, check(timeFormat, text)[0]!), "We start at 5pm. Then we stop.");
    expectOne(timeFormat, "We start at 5 p.m.", "5 p.m.", "5pm.");
  });

  it("leaves good times, 12pm (its own rule) and words like 'I am' alone", () => {
    expectNone(timeFormat, "From 9am to 5:30pm. At 12pm. I am 5 and am here.");
  });
});

describe("gds/midday-midnight", () => {
  it("fires on the bad example with the fix, quiet on the good", () => {
    expectOne(middayMidnight, "The deadline is 12pm.", "12pm", "midday");
    expectNone(middayMidnight, "The deadline is midday.");
  });

  it("handles noon, 12 noon, 12am and 00:00, and leaves 'afternoon' alone", () => {
    expectOne(middayMidnight, "Come at 12 noon.", "12 noon", "midday");
    expectOne(middayMidnight, "Noon is the deadline.", "Noon", "Midday");
    expectOne(middayMidnight, "Ends at 12am.", "12am", "midnight");
    expectOne(middayMidnight, "Ends at 00:00 on Monday.", "00:00", "midnight");
    expectNone(middayMidnight, "This afternoon at 12:30pm.");
  });
});
