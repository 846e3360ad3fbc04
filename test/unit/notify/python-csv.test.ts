// Python's csv.reader(skipinitialspace=True) results, as CPython 3.11 printed them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readPythonCsv } from "../../../src/core/notify/python-csv";

const PYTHON: [string, string[][]][] = [
  ['"q,r" x,y', [["q,r x", "y"]]],
  ['"q,r"  x', [["q,r  x"]]],
  ['"a"b"c', [['ab"c']]],
  [' "a", "b"', [["a", "b"]]],
  ['x "y" z', [['x "y" z']]],
  ['"a""b"', [['a"b']]],
  ["a\r\nb", [["a"], ["b"]]],
  ['"a\nb"\nc', [["a\nb"], ["c"]]],
  ['""', [[""]]],
  ['"" x', [[" x"]]],
  ['"a" "b"', [['a "b"']]],
  ["a,b\n\n1,2", [["a", "b"], [], ["1", "2"]]],
  [
    "a,\n,",
    [
      ["a", ""],
      ["", ""],
    ],
  ],
];

test("reads as Python's csv module does", () => {
  for (const [text, rows] of PYTHON) {
    assert.deepEqual(readPythonCsv(text), { rows }, JSON.stringify(text));
  }
});

test("a quote never closed takes the rest of the file, and says where it opened", () => {
  assert.deepEqual(readPythonCsv('h\n"abc\nd'), {
    rows: [["h"], ["abc\nd"]],
    unclosedQuoteLine: 2,
  });
  assert.deepEqual(readPythonCsv('a,"b'), { rows: [["a", "b"]], unclosedQuoteLine: 1 });
});

test("a carriage return inside a row is where Python gives up", () => {
  assert.deepEqual(readPythonCsv("h\na\rb\nc"), { rows: [["h"]], carriageReturnLine: 2 });
});
