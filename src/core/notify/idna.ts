// Python's "idna" codec (IDNA 2003 ToASCII with nameprep), which Notify runs on an address's domain.
// Node's url.domainToASCII follows UTS #46 instead, which rejects or maps some names differently,
// so the address check uses this. Nameprep's tables are reproduced for what matters to an email
// domain: the characters it deletes, lowercasing, NFKC, the prohibited ranges, and the bidi rule
// (right-to-left letters approximated by script, which covers every right-to-left script in use).

/** Label separators IDNA 2003 accepts: full stop and its ideographic/full-width forms. */
const DOTS = /[.\u3002\uFF0E\uFF61]/;

/** Inclusive code point ranges. */
type Ranges = ReadonlyArray<readonly [number, number]>;

function inRanges(codePoint: number, ranges: Ranges): boolean {
  return ranges.some(([low, high]) => codePoint >= low && codePoint <= high);
}

/** RFC 3454 table B.1: characters nameprep maps to nothing (soft hyphen, joiners, selectors). */
const MAPPED_TO_NOTHING: Ranges = [
  [0x00ad, 0x00ad],
  [0x034f, 0x034f],
  [0x1806, 0x1806],
  [0x180b, 0x180d],
  [0x200b, 0x200d],
  [0x2060, 0x2060],
  [0xfe00, 0xfe0f],
  [0xfeff, 0xfeff],
];

/** RFC 3454 tables C.1.2 and C.2.2 to C.9: characters that make a label invalid. */
const PROHIBITED: Ranges = [
  // C.1.2 non-ASCII spaces
  [0x00a0, 0x00a0],
  [0x1680, 0x1680],
  [0x2000, 0x200b],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  // C.2.2 non-ASCII controls
  [0x0080, 0x009f],
  [0x06dd, 0x06dd],
  [0x070f, 0x070f],
  [0x180e, 0x180e],
  [0x200c, 0x200d],
  [0x2060, 0x2063],
  [0x206a, 0x206f],
  [0xfeff, 0xfeff],
  [0xfff9, 0xfffc],
  [0x1d173, 0x1d17a],
  // C.3 private use
  [0xe000, 0xf8ff],
  [0xf0000, 0xffffd],
  [0x100000, 0x10fffd],
  // C.4 non-characters (the last two code points of every plane are added below)
  [0xfdd0, 0xfdef],
  // C.5 surrogates (lone ones, in a JavaScript string)
  [0xd800, 0xdfff],
  // C.6 inappropriate for plain text, C.7 ideographic description characters
  [0xfff9, 0xfffd],
  [0x2ff0, 0x2ffb],
  // C.8 characters that change display direction
  [0x0340, 0x0341],
  [0x200e, 0x200f],
  [0x202a, 0x202e],
  // C.9 tagging characters
  [0xe0001, 0xe0001],
  [0xe0020, 0xe007f],
];

function isProhibited(codePoint: number): boolean {
  const isNonCharacter = (codePoint & 0xfffe) === 0xfffe; // U+nFFFE and U+nFFFF, C.4
  return isNonCharacter || inRanges(codePoint, PROHIBITED);
}

/** Right-to-left characters (RFC 3454 D.1), approximated by the right-to-left scripts. */
const RIGHT_TO_LEFT =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\u200F]/u;
/** Left-to-right letters (RFC 3454 D.2), approximated as letters of any other script. */
const LEFT_TO_RIGHT =
  /(?![\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}])\p{L}/u;

export class IdnaError extends Error {
  override name = "IdnaError";
}

function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (value.charCodeAt(i) > 0x7f) return false;
  return true;
}

function checkLength(label: string): string {
  if (label.length > 0 && label.length < 64) return label;
  throw new IdnaError("label empty or too long");
}

/** RFC 3491 nameprep, as Python's encodings.idna.nameprep applies it. */
function nameprep(label: string): string {
  // B.1 map to nothing, B.2 case fold (lowercase, plus the two folds lowercasing misses), NFKC.
  const mapped = [...label]
    .filter((c) => !inRanges(c.codePointAt(0)!, MAPPED_TO_NOTHING))
    .join("")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/ς/g, "σ")
    .normalize("NFKC");
  for (const c of mapped) {
    if (isProhibited(c.codePointAt(0)!)) throw new IdnaError("prohibited character");
  }
  if (RIGHT_TO_LEFT.test(mapped)) {
    const chars = [...mapped];
    if (LEFT_TO_RIGHT.test(mapped)) throw new IdnaError("mixed-direction label");
    if (!RIGHT_TO_LEFT.test(chars[0]!) || !RIGHT_TO_LEFT.test(chars[chars.length - 1]!)) {
      throw new IdnaError("right-to-left label must start and end with a right-to-left character");
    }
  }
  return mapped;
}

/** RFC 3492 punycode encoding of one label (code points, not UTF-16 units). */
export function punycodeEncode(input: string): string {
  const base = 36;
  const tMin = 1;
  const tMax = 26;
  const skew = 38;
  const damp = 700;
  const codePoints = [...input].map((c) => c.codePointAt(0)!);
  const digit = (d: number) => String.fromCharCode(d < 26 ? 97 + d : 22 + d);
  const adapt = (delta: number, numPoints: number, first: boolean) => {
    delta = first ? Math.floor(delta / damp) : delta >> 1;
    delta += Math.floor(delta / numPoints);
    let k = 0;
    while (delta > ((base - tMin) * tMax) >> 1) {
      delta = Math.floor(delta / (base - tMin));
      k += base;
    }
    return k + Math.floor(((base - tMin + 1) * delta) / (delta + skew));
  };

  let output = codePoints
    .filter((c) => c < 0x80)
    .map((c) => String.fromCharCode(c))
    .join("");
  const basicCount = output.length;
  let handled = basicCount;
  if (basicCount > 0) output += "-";
  let n = 0x80;
  let delta = 0;
  let bias = 72;
  while (handled < codePoints.length) {
    const m = Math.min(...codePoints.filter((c) => c >= n));
    delta += (m - n) * (handled + 1);
    n = m;
    for (const c of codePoints) {
      if (c < n) delta++;
      if (c !== n) continue;
      let q = delta;
      for (let k = base; ; k += base) {
        const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
        if (q < t) break;
        output += digit(t + ((q - t) % (base - t)));
        q = Math.floor((q - t) / (base - t));
      }
      output += digit(q);
      bias = adapt(delta, handled + 1, handled === basicCount);
      delta = 0;
      handled++;
    }
    delta++;
    n++;
  }
  return output;
}

/** IDNA 2003 ToASCII for one label (RFC 3490 section 4.1, UseSTD3ASCIIRules off). */
function labelToAscii(label: string): string {
  if (isAscii(label)) return checkLength(label);
  const prepared = nameprep(label);
  if (isAscii(prepared)) return checkLength(prepared);
  if (prepared.toLowerCase().startsWith("xn--")) throw new IdnaError("label starts with xn--");
  return checkLength("xn--" + punycodeEncode(prepared));
}

/**
 * Python's `hostname.encode("idna").decode("ascii")`. Throws IdnaError where Python raises
 * UnicodeError. An all-ASCII name takes Python's fast path: only label lengths are checked.
 */
export function domainToAsciiIdna2003(hostname: string): string {
  if (hostname === "") return "";
  if (isAscii(hostname)) {
    const labels = hostname.split(".");
    labels.slice(0, -1).forEach(checkLength);
    if (labels[labels.length - 1]!.length >= 64) throw new IdnaError("label too long");
    return hostname;
  }
  const labels = hostname.split(DOTS);
  let trailingDot = "";
  if (labels.length > 0 && labels[labels.length - 1] === "") {
    trailingDot = ".";
    labels.pop();
  }
  return labels.map(labelToAscii).join(".") + trailingDot;
}
