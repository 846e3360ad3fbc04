// The email, in an iframe of its own: `srcdoc` holds Notify's whole email document and `sandbox`
// has no allow-scripts, so nothing in a draft or a CSV value can run. allow-same-origin (safe
// without allow-scripts) lets this page read the frame: to size it to its content (the page
// scrolls as one, which scroll sync relies on), to read back the text it shows (the render
// receipt), and to catch link clicks, which go to the extension to open outside the editor
// instead of navigating the frame.
import { digest } from "../src/vscode/preview/protocol";

export class EmailFrame {
  readonly element: HTMLIFrameElement;
  private shown: string | undefined;
  private waiting: (() => void)[] = [];

  constructor(private readonly onLink: (href: string) => void) {
    const frame = document.createElement("iframe");
    frame.className = "email-frame";
    frame.title = "The email as the recipient sees it";
    frame.setAttribute("sandbox", "allow-same-origin");
    frame.setAttribute("referrerpolicy", "no-referrer");
    frame.addEventListener("load", () => this.loaded());
    this.element = frame;
    window.addEventListener("resize", () => this.fit());
  }

  /** Shows `html`; resolves when the frame has loaded it (at once when it already shows it). */
  show(html: string): Promise<void> {
    if (html === this.shown && this.element.contentDocument?.readyState === "complete") {
      return Promise.resolve();
    }
    this.shown = html;
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.element.srcdoc = html;
    });
  }

  private loaded(): void {
    const doc = this.element.contentDocument;
    if (doc) {
      doc.addEventListener("click", (event) => {
        const link = (event.target as Element | null)?.closest?.("a[href]");
        if (!link) return;
        event.preventDefault();
        this.onLink(link.getAttribute("href") ?? "");
      });
      this.fit();
    }
    for (const resolve of this.waiting.splice(0)) resolve();
  }

  /** Sizes the frame to its content so it never scrolls on its own. */
  fit(): void {
    // The body's own height: the root element's would never shrink below the frame's height.
    const body = this.element.contentDocument?.body;
    if (!body) return;
    const height = Math.ceil(Math.max(body.scrollHeight, body.getBoundingClientRect().height));
    if (height > 0) this.element.style.height = `${height + 2}px`;
  }

  /** The text the frame shows, whitespace collapsed (the render receipt). */
  text(): string {
    const body = this.element.contentDocument?.body;
    return (body?.textContent ?? "").replace(/\s+/g, " ").trim();
  }

  srcdocDigest(): string {
    return digest(this.element.getAttribute("srcdoc") ?? "");
  }

  get top(): number {
    return this.element.getBoundingClientRect().top + window.scrollY;
  }

  get height(): number {
    return this.element.getBoundingClientRect().height;
  }
}
