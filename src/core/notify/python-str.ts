// Notify turns personalisation values into text with Python's `str()`. The API receives JSON, so a
// value is what Python's json module makes of it: this reproduces `str()` of that, so numbers,
// booleans and nested values read in the email exactly as Notify would write them.
// (JSON `3.0` parses to the JavaScript number 3, so it prints "3" where Python prints "3.0".)

export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Python's repr() of a float: shortest round-trip digits, exponent below 1e-4 and from 1e16. */
function pythonFloat(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  if (Number.isInteger(value) && Math.abs(value) < 1e16) return String(value);
  const [mantissa, exponentText] = value.toExponential().split("e") as [string, string];
  const exponent = Number(exponentText);
  if (exponent < -4 || exponent >= 16) {
    const sign = exponent < 0 ? "-" : "+";
    const digits = String(Math.abs(exponent)).padStart(2, "0");
    return `${mantissa}e${sign}${digits}`;
  }
  // Positional notation with the same shortest digits.
  const text = String(value);
  return text.includes("e") ? value.toFixed(Math.max(0, -exponent + 16)) : text;
}

function pythonNumber(value: number): string {
  // JSON integers are Python ints, printed in full.
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return BigInt(value).toString();
  return pythonFloat(value);
}

/** Python's repr() of a str: single quotes unless the text has a single quote and no double one. */
function pythonStringRepr(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let out = "";
  for (const ch of value) {
    if (ch === "\\") out += "\\\\";
    else if (ch === quote) out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (ch.codePointAt(0)! < 0x20 || ch.codePointAt(0) === 0x7f) {
      out += "\\x" + ch.codePointAt(0)!.toString(16).padStart(2, "0");
    } else out += ch;
  }
  return quote + out + quote;
}

function pythonRepr(value: JsonValue): string {
  if (typeof value === "string") return pythonStringRepr(value);
  return pythonStr(value);
}

/** Python's `str()` of a value decoded from JSON. */
export function pythonStr(value: JsonValue): string {
  if (value === null) return "None";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return value ? "True" : "False";
  if (typeof value === "number") return pythonNumber(value);
  if (Array.isArray(value)) return "[" + value.map(pythonRepr).join(", ") + "]";
  const entries = Object.entries(value).map(([k, v]) => `${pythonStringRepr(k)}: ${pythonRepr(v)}`);
  return "{" + entries.join(", ") + "}";
}
