// How Notify writes a link it found in the text (formatters.create_sanitised_html_for_url):
// "http://" is added when the link does not start with "http", and the href is percent-encoded
// as Python's urllib.parse.quote(link, safe=":/?#=&;%") does, so quotes cannot break out of it.

/** Colour and wrapping of every link in Notify's emails. */
export const LINK_STYLE = "word-wrap: break-word; color: #1D70B8;";

const ALWAYS_SAFE = /[A-Za-z0-9_.\-~]/;

/** Python's urllib.parse.quote(value, safe): UTF-8 bytes, unsafe ones as %XX. */
export function pythonQuote(value: string, safe: string): string {
  let out = "";
  for (const ch of value) {
    if (ALWAYS_SAFE.test(ch) || safe.includes(ch)) {
      out += ch;
      continue;
    }
    for (const byte of Buffer.from(ch, "utf8")) {
      out += "%" + byte.toString(16).toUpperCase().padStart(2, "0");
    }
  }
  return out;
}

export function createSanitisedHtmlForUrl(link: string, style = LINK_STYLE): string {
  const text = link;
  const href = link.toLowerCase().startsWith("http") ? link : `http://${link}`;
  const styleAttribute = style ? `style="${style}" ` : "";
  return `<a ${styleAttribute}href="${pythonQuote(href, ":/?#=&;%")}">${text}</a>`;
}
