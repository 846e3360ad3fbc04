// Notify reads an uploaded CSV with Python's csv module (csv.reader with skipinitialspace=True,
// QUOTE_MINIMAL, not strict). This is that reader's state machine (CPython Modules/_csv.c), so a
// file with odd quoting is read exactly as Notify reads it: a quote opens a quoted field only at
// the start of a field; text after a closing quote is kept; a quote inside an unquoted field is an
// ordinary character; a quote never closed takes the rest of the file. (csv-parse, tried first,
// read half of a set of generated files with stray quotes differently.)

export interface PythonCsvResult {
  rows: string[][];
  /** Python raises on a carriage return in the middle of a row; the 1-based line where it did. */
  carriageReturnLine?: number;
  /** The 1-based line where a quoted field started that is never closed, if any. */
  unclosedQuoteLine?: number;
}

type State =
  "startRecord" | "startField" | "inField" | "inQuotedField" | "quoteInQuotedField" | "eatCrnl";

/** End of a line as Python's reader sees it (its EOL marker after each line's characters). */
const EOL = null;

export function readPythonCsv(text: string): PythonCsvResult {
  const rows: string[][] = [];
  let fields: string[] = [];
  let field = "";
  let fieldLength = 0;
  let state: State;
  let quoteLine = 0;
  let lineNumber = 0;

  const saveField = () => {
    fields.push(field);
    field = "";
    fieldLength = 0;
  };
  const addChar = (c: string) => {
    field += c;
    fieldLength++;
  };
  const startField = (c: string | typeof EOL) => {
    if (c === "\n" || c === "\r" || c === EOL) {
      saveField();
      state = c === EOL ? "startRecord" : "eatCrnl";
    } else if (c === '"') {
      state = "inQuotedField";
      quoteLine = lineNumber;
    } else if (c === " ") {
      // skipinitialspace: spaces before a field are dropped
      state = "startField";
    } else if (c === ",") {
      saveField();
      state = "startField";
    } else {
      addChar(c);
      state = "inField";
    }
  };

  // Python iterates the text line by line, splitting after each "\n" (StringIO does not translate).
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  let index = 0;
  while (index < lines.length) {
    // One record: lines until the state machine is back at the start of a record.
    fields = [];
    field = "";
    fieldLength = 0;
    state = "startRecord";
    do {
      if (index >= lines.length) {
        // End of input inside a record: not strict, so the field so far is kept.
        if (fieldLength === 0 && state !== "inQuotedField") return { rows };
        saveField();
        break;
      }
      const line = lines[index++]!;
      lineNumber++;
      for (let i = 0; i <= line.length; i++) {
        // Code units are enough: every character the machine acts on is ASCII.
        const c = i < line.length ? line[i]! : EOL;
        switch (state) {
          case "startRecord":
            if (c === EOL) break;
            if (c === "\n" || c === "\r") {
              state = "eatCrnl";
              break;
            }
            // Any other character starts the first field.
            startField(c);
            break;
          case "startField":
            startField(c);
            break;
          case "inField":
            if (c === "\n" || c === "\r" || c === EOL) {
              saveField();
              state = c === EOL ? "startRecord" : "eatCrnl";
            } else if (c === ",") {
              saveField();
              state = "startField";
            } else {
              addChar(c);
            }
            break;
          case "inQuotedField":
            if (c === EOL) break;
            if (c === '"') state = "quoteInQuotedField";
            else addChar(c);
            break;
          case "quoteInQuotedField":
            if (c === '"') {
              addChar(c);
              state = "inQuotedField";
            } else if (c === ",") {
              saveField();
              state = "startField";
            } else if (c === "\n" || c === "\r" || c === EOL) {
              saveField();
              state = c === EOL ? "startRecord" : "eatCrnl";
            } else {
              addChar(c);
              state = "inField";
            }
            break;
          case "eatCrnl":
            if (c === "\n" || c === "\r") break;
            if (c === EOL) {
              state = "startRecord";
              break;
            }
            // Python: "new-line character seen in unquoted field".
            return { rows, carriageReturnLine: lineNumber };
        }
      }
    } while (state !== "startRecord");
    rows.push(fields);
    if (state === "inQuotedField") return { rows, unclosedQuoteLine: quoteLine };
  }
  return { rows };
}
