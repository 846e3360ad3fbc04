// Every address vector produced by Notify's own validator must come out the same here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  validateEmailAddress,
  INVALID_EMAIL_MESSAGE,
} from "../../../src/core/notify/email-address";
import { punycodeEncode } from "../../../src/core/notify/idna";

interface AddressCase {
  input: string;
  valid: boolean;
  normalised?: string;
  error?: string;
}

const cases = JSON.parse(
  readFileSync(join(__dirname, "../../fixtures/notify-golden/email-addresses.json"), "utf8"),
) as AddressCase[];

test("the golden file has address cases", () => {
  assert.ok(cases.length >= 50, `only ${cases.length} cases`);
});

cases.forEach((c, i) => {
  test(`address #${i} ${JSON.stringify(c.input).slice(0, 60)}`, () => {
    const expected = c.valid
      ? { valid: true, normalised: c.normalised }
      : { valid: false, error: c.error };
    assert.deepEqual(validateEmailAddress(c.input), expected);
  });
});

test("unicode domains are IDNA-encoded before the label checks", () => {
  assert.deepEqual(validateEmailAddress("Anne@Bücher.de"), {
    valid: true,
    normalised: "anne@bücher.de",
  });
  assert.deepEqual(validateEmailAddress("a@例え.テスト"), {
    valid: true,
    normalised: "a@例え.テスト",
  });
  // A label that is already punycode cannot also be non-ASCII.
  assert.equal(validateEmailAddress("a@xn--ü.com").valid, false);
});

test("the 320-character limit counts characters", () => {
  const domain = "@" + "d".repeat(60) + ".com";
  const ok = "a".repeat(320 - domain.length) + domain;
  assert.equal(validateEmailAddress(ok).valid, true);
  assert.deepEqual(validateEmailAddress("a" + ok), { valid: false, error: INVALID_EMAIL_MESSAGE });
});

test("punycode matches RFC 3492 samples", () => {
  assert.equal(punycodeEncode("bücher"), "bcher-kva");
  assert.equal(punycodeEncode("💩"), "ls8h");
  assert.equal(punycodeEncode("例え"), "r8jz45g");
  assert.equal(punycodeEncode("テスト"), "zckzah");
});

test("nameprep's prohibited characters make the domain invalid", () => {
  assert.equal(validateEmailAddress("a@x\uE000y.com").valid, false); // private use
  assert.equal(validateEmailAddress("a@x\u202Ey.com").valid, false); // direction override
  // Soft hyphen is deleted by nameprep, so the domain is fine.
  assert.equal(validateEmailAddress("a@ex\u00ADample\u00E9.com").valid, true);
});

// Verdicts of Notify's own validate_and_format_email_address (Python 3.11's idna codec) on
// addresses from a differential run over 10,000 random addresses, which all agreed.
const PYTHON_VERDICTS: [string, string | null][] = [
  ["c_@\u216b\uff0estra\u00dfe\uff0estra\u00dfe", "c_@\u217b\uff0estra\u00dfe\uff0estra\u00dfe"],
  [
    "0++.++@\u30c6\u30b9\u30c8.\u03c3.\u05d0\u05d1.gov",
    "0++.++@\u30c6\u30b9\u30c8.\u03c3.\u05d0\u05d1.gov",
  ],
  ["+0@123.\ud83d\udca9", "+0@123.\ud83d\udca9"],
  [
    "aa.YX9@\u0130\uff0e\u05d0\u05d1\uff0elocalhost",
    "aa.yx9@i\u0307\uff0e\u05d0\u05d1\uff0elocalhost",
  ],
  ["0@museum..\ufe0f..\ud83d\udca9..museum", null],
  ["----_+@\u30c6\u30b9\u30c8.\u202e", null],
  ["Y@a\u0627\uff0e\ud83d\udca9", null],
  ["b@co\uff0eexample\uff0e1", null],
  [".YY@123.\ue000.a.a_b", null],
  ["a@\u202e", null],
];

test("unicode domains get the verdict Python's IDNA 2003 codec gives", () => {
  for (const [input, normalised] of PYTHON_VERDICTS) {
    const result = validateEmailAddress(input);
    assert.deepEqual(
      result,
      normalised === null
        ? { valid: false, error: INVALID_EMAIL_MESSAGE }
        : { valid: true, normalised },
      JSON.stringify(input),
    );
  }
});
