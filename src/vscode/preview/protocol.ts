// The messages between the preview panel (extension host) and its webview, in one place for both
// sides: webview/main.ts imports this file too, so the two cannot drift apart.
//
// The webview is treated like any other untrusted input: everything it posts is checked here
// (`parseWebviewMessage`) before the extension looks at it, and so is the state VS Code hands back
// after a window reload (`parsePreviewState`). No `vscode` import: this runs in the browser and
// under `node --test`.

/** Where the placeholder values come from. */
export type PersonalisationMode = "none" | "sample" | "csv";
export const PERSONALISATION_MODES: readonly PersonalisationMode[] = ["none", "sample", "csv"];

export type PreviewTab = "html" | "text";
export const PREVIEW_TABS: readonly PreviewTab[] = ["html", "text"];

export type SendAction = "test" | "notify";
export const SEND_ACTIONS: readonly SendAction[] = ["test", "notify"];

/** Limits on what the webview may send, so a misbehaving page cannot make the host do much. */
export const LIMITS = {
  placeholderName: 200,
  sampleValue: 2_000,
  sampleValues: 200,
  link: 2_048,
  uri: 4_096,
  emailText: 100_000,
  digest: 16,
} as const;

// ---- extension -> webview -------------------------------------------------------------------

export interface PlaceholderInfo {
  /** As first written in the draft. */
  name: string;
  /** The value used, as text (lists joined with ", "); undefined when missing. */
  value?: string;
  /** Used as `((name??text))` somewhere. */
  conditional: boolean;
}

export interface RecipientOption {
  /** Data row number, counting from 1 (as the CSV checker does). */
  row: number;
  label: string;
  valid: boolean;
}

export interface SourceInfo {
  mode: PersonalisationMode;
  /** The CSV in use (mode "csv"). */
  csvUri?: string;
  csvLabel?: string;
  /** A window of rows around the selected one (the dropdown's options). */
  rows: RecipientOption[];
  totalRows: number;
  /** The selected data row (mode "csv"). */
  row?: number;
  /** File-level problems of the CSV, and missing columns. */
  problems: string[];
  /** Values typed in the sample fields, by placeholder name as written. */
  sampleValues: Record<string, string>;
}

export interface RenderMessage {
  type: "render";
  /** Increases with every render posted to this panel; the webview keeps only the newest. */
  seq: number;
  documentUri: string;
  documentVersion: number;
  documentName: string;
  /**
   * Subject and plain text with each filled value between VALUE_START and VALUE_END (when
   * highlighting is on); missing placeholders are left as `((name))`, as Notify shows them.
   */
  subject: string;
  plainText: string;
  /** The whole email document for the iframe's srcdoc. */
  emailHtml: string;
  from: string;
  to: string;
  placeholders: PlaceholderInfo[];
  highlight: boolean;
  source: SourceInfo;
  /** Problems that stop the draft reading as intended (no subject, YAML errors). */
  problems: string[];
}

export interface ScrollMessage {
  type: "scroll";
  /** "header": the editor shows the front matter; "body": `fraction` of the way through. */
  region: "header" | "body";
  fraction: number;
}

export interface NoticeMessage {
  type: "notice";
  level: "info" | "warning" | "error";
  text: string;
}

export type HostMessage = RenderMessage | ScrollMessage | NoticeMessage;

/** Marks around filled values in subject and plain text (Unicode private use characters). */
export const VALUE_START = "\uE000";
export const VALUE_END = "\uE001";

// ---- webview -> extension -------------------------------------------------------------------

export type WebviewMessage =
  | { type: "ready" }
  | {
      /** The webview's receipt for a render: what it now shows, read back from its own DOM. */
      type: "rendered";
      seq: number;
      documentVersion: number;
      /** digest() of the iframe's srcdoc attribute as the DOM holds it. */
      srcdocDigest: string;
      /** The email frame's body text after it loaded (whitespace collapsed). */
      emailText: string;
      subjectText: string;
      toText: string;
      /** digest() of the plain-text tab's text. */
      plainTextDigest: string;
    }
  | { type: "setMode"; mode: PersonalisationMode }
  | { type: "chooseCsv" }
  | { type: "selectRow"; row: number }
  | { type: "stepRow"; delta: 1 | -1 }
  | { type: "setSampleValue"; name: string; value: string }
  | { type: "fillSamples" }
  | { type: "setHighlight"; highlight: boolean }
  | { type: "send"; action: SendAction }
  | { type: "openLink"; href: string };

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isShortString(value: unknown, max: number): value is string {
  return typeof value === "string" && value.length <= max;
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

const DIGEST = /^[0-9a-f]{8}$/;

/** A placeholder name usable as a plain object key (never `__proto__`). */
function isPlaceholderName(value: unknown): value is string {
  return (
    isShortString(value, LIMITS.placeholderName) && value.trim() !== "" && value !== "__proto__"
  );
}

/** Checks a message from the webview; anything unexpected is refused with the reason. */
export function parseWebviewMessage(data: unknown): Parsed<WebviewMessage> {
  const fail = (error: string): Parsed<WebviewMessage> => ({ ok: false, error });
  if (!isRecord(data) || typeof data.type !== "string") return fail("not a message object");
  switch (data.type) {
    case "ready":
    case "chooseCsv":
    case "fillSamples":
      return { ok: true, value: { type: data.type } };
    case "rendered": {
      const {
        seq,
        documentVersion,
        srcdocDigest,
        emailText,
        subjectText,
        toText,
        plainTextDigest,
      } = data;
      if (!isCount(seq) || !isCount(documentVersion)) return fail("rendered: bad seq or version");
      if (!isShortString(srcdocDigest, LIMITS.digest) || !DIGEST.test(srcdocDigest)) {
        return fail("rendered: bad srcdocDigest");
      }
      if (!isShortString(plainTextDigest, LIMITS.digest) || !DIGEST.test(plainTextDigest)) {
        return fail("rendered: bad plainTextDigest");
      }
      if (
        !isShortString(emailText, LIMITS.emailText) ||
        !isShortString(subjectText, LIMITS.emailText) ||
        !isShortString(toText, LIMITS.uri)
      ) {
        return fail("rendered: bad text");
      }
      return {
        ok: true,
        value: {
          type: "rendered",
          seq,
          documentVersion,
          srcdocDigest,
          emailText,
          subjectText,
          toText,
          plainTextDigest,
        },
      };
    }
    case "setMode":
      if (!PERSONALISATION_MODES.includes(data.mode as PersonalisationMode)) {
        return fail("setMode: unknown mode");
      }
      return { ok: true, value: { type: "setMode", mode: data.mode as PersonalisationMode } };
    case "selectRow":
      if (!isCount(data.row) || data.row < 1)
        return fail("selectRow: row must be a whole number from 1");
      return { ok: true, value: { type: "selectRow", row: data.row } };
    case "stepRow":
      if (data.delta !== 1 && data.delta !== -1) return fail("stepRow: delta must be 1 or -1");
      return { ok: true, value: { type: "stepRow", delta: data.delta } };
    case "setSampleValue":
      if (!isPlaceholderName(data.name)) return fail("setSampleValue: bad name");
      if (!isShortString(data.value, LIMITS.sampleValue)) return fail("setSampleValue: bad value");
      return { ok: true, value: { type: "setSampleValue", name: data.name, value: data.value } };
    case "setHighlight":
      if (typeof data.highlight !== "boolean") return fail("setHighlight: not a boolean");
      return { ok: true, value: { type: "setHighlight", highlight: data.highlight } };
    case "send":
      if (!SEND_ACTIONS.includes(data.action as SendAction)) return fail("send: unknown action");
      return { ok: true, value: { type: "send", action: data.action as SendAction } };
    case "openLink":
      if (!isShortString(data.href, LIMITS.link)) return fail("openLink: bad href");
      return { ok: true, value: { type: "openLink", href: data.href } };
    default:
      return fail(`unknown message type "${data.type.slice(0, 40)}"`);
  }
}

/** Links from the email that may be opened outside the editor; anything else is refused. */
export function isOpenableLink(href: string): boolean {
  try {
    const url = new URL(href);
    return ["http:", "https:", "mailto:"].includes(url.protocol);
  } catch {
    return false;
  }
}

// ---- state kept by the webview (getState/setState), handed back after a reload -------------------

export interface PreviewState {
  documentUri: string;
  tab: PreviewTab;
  mode: PersonalisationMode;
  csvUri?: string;
  row?: number;
  sampleValues: Record<string, string>;
  highlight: boolean;
  scrollY: number;
}

export function defaultPreviewState(documentUri: string): PreviewState {
  return {
    documentUri,
    tab: "html",
    mode: "none",
    sampleValues: {},
    highlight: true,
    scrollY: 0,
  };
}

/**
 * Reads state saved by the webview. Unknown or bad fields fall back to defaults; only a missing
 * document URI makes the state unusable (there is nothing to show then).
 */
export function parsePreviewState(data: unknown): PreviewState | undefined {
  if (!isRecord(data) || !isShortString(data.documentUri, LIMITS.uri) || !data.documentUri) {
    return undefined;
  }
  const state = defaultPreviewState(data.documentUri);
  if (PREVIEW_TABS.includes(data.tab as PreviewTab)) state.tab = data.tab as PreviewTab;
  if (PERSONALISATION_MODES.includes(data.mode as PersonalisationMode)) {
    state.mode = data.mode as PersonalisationMode;
  }
  if (isShortString(data.csvUri, LIMITS.uri) && data.csvUri) state.csvUri = data.csvUri;
  if (isCount(data.row) && data.row >= 1) state.row = data.row;
  if (typeof data.highlight === "boolean") state.highlight = data.highlight;
  if (typeof data.scrollY === "number" && Number.isFinite(data.scrollY) && data.scrollY >= 0) {
    state.scrollY = data.scrollY;
  }
  if (isRecord(data.sampleValues)) {
    for (const [name, value] of Object.entries(data.sampleValues).slice(0, LIMITS.sampleValues)) {
      if (isPlaceholderName(name) && isShortString(value, LIMITS.sampleValue)) {
        state.sampleValues[name] = value;
      }
    }
  }
  if (state.mode === "csv" && !state.csvUri) state.mode = "none";
  return state;
}

/**
 * A short fingerprint (32-bit FNV-1a over UTF-16 code units, 8 hex digits) so the webview can say
 * which HTML it shows without sending it all back. Not for security: only to match a receipt to
 * what was posted.
 */
export function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
