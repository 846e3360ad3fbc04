// The preview page's script (bundled to dist/webview/preview.js). It shows what the extension
// renders, reports back what it shows (the render receipt), turns control use into messages, and
// keeps its state with getState/setState so a window reload restores the same view.
import {
  digest,
  parsePreviewState,
  defaultPreviewState,
  type HostMessage,
  type PreviewState,
  type RenderMessage,
  type WebviewMessage,
} from "../src/vscode/preview/protocol";
import { scrollYForTarget } from "../src/vscode/preview/scroll-map";
import { registerControls } from "./controls";
import { PreviewView } from "./view";

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const meta = document.getElementById("tenant-comms-preview");
const documentUri = meta?.dataset.documentUri ?? "";
const saved = parsePreviewState(vscode.getState());
let state: PreviewState =
  saved && saved.documentUri === documentUri ? saved : defaultPreviewState(documentUri);

const post = (message: WebviewMessage) => vscode.postMessage(message);
const save = () => vscode.setState(state);

// The controls must be defined before the page is built (see controls.ts).
async function start(): Promise<void> {
  await registerControls();
  const view = new PreviewView(
    document.getElementById("app")!,
    {
      setMode: (mode) => post({ type: "setMode", mode }),
      chooseCsv: () => post({ type: "chooseCsv" }),
      selectRow: (row) => Number.isSafeInteger(row) && row >= 1 && post({ type: "selectRow", row }),
      stepRow: (delta) => post({ type: "stepRow", delta }),
      setSampleValue: (name, value) => post({ type: "setSampleValue", name, value }),
      fillSamples: () => post({ type: "fillSamples" }),
      setHighlight: (highlight) => post({ type: "setHighlight", highlight }),
      send: (action) => post({ type: "send", action }),
      openLink: (href) => post({ type: "openLink", href }),
      tabChanged: (tab) => {
        state = { ...state, tab };
        save();
      },
    },
    state.tab,
  );

  let latestSeq = 0;
  let firstRender = true;

  async function onRender(message: RenderMessage): Promise<void> {
    // Messages arrive in order, but a slow frame load can overlap the next render: keep the newest.
    if (message.seq <= latestSeq) return;
    latestSeq = message.seq;
    view.update(message);
    const { source } = message;
    state = {
      ...state,
      documentUri: message.documentUri,
      mode: source.mode,
      csvUri: source.csvUri,
      row: source.row,
      sampleValues: source.sampleValues,
      highlight: message.highlight,
    };
    save();
    await view.frame.show(message.emailHtml);
    if (message.seq !== latestSeq) return;
    if (firstRender) {
      firstRender = false;
      window.scrollTo(0, state.scrollY);
    }
    // The receipt: what the page shows now, read from its DOM, not echoed from the message.
    const shown = view.receipt();
    post({
      type: "rendered",
      seq: message.seq,
      documentVersion: message.documentVersion,
      srcdocDigest: view.frame.srcdocDigest(),
      emailText: view.frame.text().slice(0, 100_000),
      subjectText: shown.subjectText,
      toText: shown.toText.slice(0, 4_096),
      plainTextDigest: digest(shown.plainText),
    });
  }

  window.addEventListener("message", (event: MessageEvent<HostMessage>) => {
    const message = event.data;
    switch (message?.type) {
      case "render":
        void onRender(message);
        break;
      case "scroll": {
        const target = view.scrollTarget();
        window.scrollTo({
          top: scrollYForTarget(message, target.top, target.height, window.innerHeight),
          behavior: "auto",
        });
        break;
      }
      case "notice":
        view.showNotice(message.level, message.text);
        break;
    }
  });

  let scrollTimer: ReturnType<typeof setTimeout> | undefined;
  window.addEventListener("scroll", () => {
    clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => {
      state = { ...state, scrollY: window.scrollY };
      save();
    }, 200);
  });

  save();
  post({ type: "ready" });
}

void start();
