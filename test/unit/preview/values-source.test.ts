import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { defaultPreviewState } from "../../../src/vscode/preview/protocol";
import { ValuesSource, type CsvData } from "../../../src/vscode/preview/values-source";

const csv: CsvData = {
  uri: "file:///w/recipients.csv",
  label: "recipients.csv",
  errors: ["Your file is missing a column called ‘region’."],
  rows: [
    {
      row: 1,
      emailAddress: "Alex@Example.gov.uk",
      valid: true,
      normalised: "alex@example.gov.uk",
      values: { "first name": "Alex" },
    },
    {
      row: 2,
      emailAddress: "not-an-address",
      valid: false,
      error: "Not a valid email address",
      values: { "first name": "Sam" },
    },
    { row: 3, emailAddress: "", valid: false, error: "Missing", values: {} },
  ],
};

const fresh = () => new ValuesSource(defaultPreviewState("file:///w/a.notify.md"));

describe("ValuesSource", () => {
  it("starts with no values", () => {
    const values = fresh();
    assert.deepEqual(values.personalisation(), {});
    assert.match(values.toText(), /choose a CSV/);
    assert.equal(values.setMode("csv"), false, "csv needs a file first");
    assert.equal(values.mode, "none");
  });

  it("takes values and the To line from the chosen CSV row", () => {
    const values = fresh();
    values.useCsv(csv);
    assert.equal(values.mode, "csv");
    assert.deepEqual(values.personalisation(), { "first name": "Alex" });
    assert.equal(values.toText(), "alex@example.gov.uk (row 1 of 3)");
    values.stepRow(1);
    assert.equal(values.toText(), "not-an-address (row 2 of 3: Not a valid email address)");
    values.selectRow(99);
    assert.equal(values.row, 3, "clamped to the last row");
    assert.equal(values.toText(), "(empty) (row 3 of 3: Missing)");
    values.stepRow(1);
    assert.equal(values.row, 3);
    const info = values.info();
    assert.equal(info.totalRows, 3);
    assert.equal(info.row, 3);
    assert.deepEqual(info.problems, csv.errors);
    assert.deepEqual(
      info.rows.map((r) => r.label),
      ["1: Alex@Example.gov.uk", "2: not-an-address ⚠", "3: (no address) ⚠"],
    );
  });

  it("uses typed sample values, an empty one counting as missing", () => {
    const values = fresh();
    values.setSampleValue("first name", "Jo");
    values.setSampleValue("org", "");
    assert.equal(values.mode, "sample");
    assert.deepEqual(values.personalisation(), { "first name": "Jo" });
    values.fillSamples(
      [
        { name: "first name", conditional: false },
        { name: "org", conditional: false },
      ],
      new Date(Date.UTC(2026, 11, 4)),
    );
    assert.deepEqual(values.personalisation(), {
      "first name": "Jo",
      org: "cabinet-office-digital",
    });
  });

  it("falls back to no values when the CSV cannot be read, and says so while it loads", () => {
    const values = new ValuesSource({ mode: "csv", csvUri: csv.uri, row: 2, sampleValues: {} });
    assert.equal(values.toText(), "Reading the recipients CSV…");
    values.dropCsv();
    assert.equal(values.mode, "none");
    assert.equal(values.csvUri, undefined);
  });
});
