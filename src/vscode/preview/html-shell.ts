// The preview webview's page: a strict Content-Security-Policy, our stylesheet and script, and an
// empty app element the script fills. The email itself never goes into this page's HTML: the
// script puts it in a sandboxed iframe's `srcdoc`. Every value written here is escaped.
// No `vscode` import: the caller passes the webview's cspSource and resource URIs as strings.

export interface ShellOptions {
  /** `webview.cspSource`: the origin the webview serves local resources from. */
  cspSource: string;
  /** A fresh random nonce for this page (see nonce.ts). */
  nonce: string;
  scriptUri: string;
  styleUri: string;
  documentUri: string;
  title: string;
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** Notify's crown image, the only remote resource the email may load. */
export const NOTIFY_IMAGE_ORIGIN = "https://static.notifications.service.gov.uk";

/**
 * The policy, one directive a line:
 * - nothing by default; scripts only with this page's nonce (ours; the email has none and its
 *   frame is sandboxed without allow-scripts anyway);
 * - styles from the extension and inline: Notify's email is styled with inline `style`
 *   attributes and a `<style>` block, and a srcdoc frame inherits this policy, so without
 *   'unsafe-inline' the email would not look like the email (the markdown preview does the same);
 * - images from the extension, data: and Notify's static host (the GOV.UK crown);
 * - frames: the srcdoc frame is about:srcdoc, which `frame-src` does not restrict; nothing else;
 * - no forms, no <base>.
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource} 'unsafe-inline'`,
    `img-src ${cspSource} data: ${NOTIFY_IMAGE_ORIGIN}`,
    `font-src ${cspSource}`,
    "frame-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join("; ");
}

export function previewShellHtml(options: ShellOptions): string {
  const csp = contentSecurityPolicy(options.cspSource, options.nonce);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta id="tenant-comms-preview" data-document-uri="${escapeHtml(options.documentUri)}">
<link rel="stylesheet" href="${escapeHtml(options.styleUri)}">
<title>${escapeHtml(options.title)}</title>
</head>
<body>
<main id="app" aria-busy="true"><p class="loading">Rendering the preview…</p></main>
<script nonce="${escapeHtml(options.nonce)}" src="${escapeHtml(options.scriptUri)}"></script>
</body>
</html>
`;
}
