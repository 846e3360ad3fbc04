import { test } from "node:test";
import assert from "node:assert/strict";
import {
  DEFAULT_RECIPIENTS_CONFIG,
  readRecipientsConfig,
} from "../../../src/core/recipients/config";

test("no file or no recipients section gives the defaults", () => {
  assert.deepEqual(readRecipientsConfig(undefined).config, DEFAULT_RECIPIENTS_CONFIG);
  assert.deepEqual(readRecipientsConfig({ lint: {} }).config, DEFAULT_RECIPIENTS_CONFIG);
  assert.equal(DEFAULT_RECIPIENTS_CONFIG.excludeSuspendedOrgs, true);
});

test("nested and dotted keys are both read", () => {
  const nested = readRecipientsConfig({
    recipients: {
      regions: [
        { name: "Test", api: "https://api.test.example/", adminUrl: "https://admin/{orgGuid}" },
      ],
      excludeOrgs: ["admin"],
      excludeSuspendedOrgs: false,
    },
  });
  assert.deepEqual(nested.config, {
    regions: [
      { name: "Test", api: "https://api.test.example", adminUrl: "https://admin/{orgGuid}" },
    ],
    excludeOrgs: ["admin"],
    excludeSuspendedOrgs: false,
  });
  assert.deepEqual(nested.warnings, []);
  const dotted = readRecipientsConfig({ "recipients.excludeOrgs": ["smoke-*"] });
  assert.deepEqual(dotted.config.excludeOrgs, ["smoke-*"]);
});

test("a bad region list is an error, never a quiet fallback to the default regions", () => {
  const result = readRecipientsConfig({
    recipients: { regions: [{ name: "Test", api: "http://api.test" }] },
  });
  assert.match(
    result.regionsProblem!,
    /^\.tenantcommsrc\.json: recipients\.regions: Region Test: the API address must start with https/,
  );
  assert.match(
    readRecipientsConfig({ recipients: { regions: "London" } }).regionsProblem!,
    /must be a list/,
  );
});

test("other bad values are ignored with a warning that names them", () => {
  const result = readRecipientsConfig({
    recipients: { excludeOrgs: "admin", excludeSuspendedOrgs: "yes", regoins: [] },
  });
  assert.deepEqual(result.config, DEFAULT_RECIPIENTS_CONFIG);
  assert.deepEqual(result.warnings, [
    ".tenantcommsrc.json: recipients.excludeOrgs must be a list of org name patterns; ignored.",
    ".tenantcommsrc.json: recipients.excludeSuspendedOrgs must be true or false; using true.",
    ".tenantcommsrc.json: recipients.regoins is not a recipients setting (regions, excludeOrgs, excludeSuspendedOrgs); ignored.",
  ]);
});
