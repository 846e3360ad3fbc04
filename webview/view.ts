// The preview page's layout and how a render message updates it. All text is put in with
// textContent or text nodes; the only HTML this page ever parses is the email, inside its
// sandboxed frame.
import type {
  PersonalisationMode,
  PlaceholderInfo,
  PreviewTab,
  RenderMessage,
  SendAction,
} from "../src/vscode/preview/protocol";
import {
  createButton,
  createCheckbox,
  createDropdown,
  createTabs,
  createTextField,
  type TextField,
} from "./controls";
import { EmailFrame } from "./email-frame";
import { plain, segments } from "./segments";

export interface ViewEvents {
  setMode(mode: PersonalisationMode): void;
  chooseCsv(): void;
  selectRow(row: number): void;
  stepRow(delta: 1 | -1): void;
  setSampleValue(name: string, value: string): void;
  fillSamples(): void;
  setHighlight(highlight: boolean): void;
  send(action: SendAction): void;
  openLink(href: string): void;
  tabChanged(tab: PreviewTab): void;
}

const MODE_LABELS: Record<PersonalisationMode, string> = {
  none: "No values: show the ((placeholders))",
  sample: "Sample values",
  csv: "Recipients CSV",
};

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (className) element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

/** Writes marked text as text nodes and highlight spans. */
function writeSegments(target: HTMLElement, text: string, highlight: boolean): void {
  if (!highlight) {
    target.textContent = plain(text);
    return;
  }
  target.replaceChildren(
    ...segments(text).map((segment) => {
      if (segment.kind === "text") return document.createTextNode(segment.text);
      const span = el("span", segment.kind === "value" ? "value" : "missing", segment.text);
      span.title =
        segment.kind === "value"
          ? "A value from the chosen source"
          : "No value for this placeholder";
      return span;
    }),
  );
}

export class PreviewView {
  readonly frame: EmailFrame;
  private readonly problems = el("div", "problems");
  private readonly notice = el("div", "notice");
  private readonly subject = el("h1", "subject");
  private readonly from = el("span", "from");
  private readonly to = el("span", "to");
  private readonly mode = createDropdown({
    id: "values-mode",
    label: "Where placeholder values come from",
  });
  private readonly csvGroup = el("div", "group csv");
  private readonly csvLabel = el("span", "csv-label");
  private readonly rows = createDropdown({ id: "csv-row", label: "Recipient row" });
  private readonly previous = createButton("‹ Previous", {
    id: "row-previous",
    title: "Previous row",
  });
  private readonly next = createButton("Next ›", { id: "row-next", title: "Next row" });
  private readonly csvProblems = el("ul", "csv-problems");
  private readonly highlight = createCheckbox("Highlight placeholders", {
    id: "highlight",
    checked: true,
  });
  private readonly samples = el("section", "samples");
  private readonly sampleFields = el("div", "sample-fields");
  private sampleKey = "";
  private fields = new Map<string, TextField>();
  private readonly plainText = el("pre", "plain-text");
  private readonly placeholderList = el("ul", "placeholder-list");
  private readonly tabs;

  constructor(
    root: HTMLElement,
    private readonly events: ViewEvents,
    initialTab: PreviewTab,
  ) {
    this.frame = new EmailFrame((href) => events.openLink(href));
    this.problems.setAttribute("role", "alert");
    this.notice.setAttribute("role", "status");
    this.notice.title = "Click to dismiss";
    this.notice.addEventListener("click", () => this.notice.replaceChildren());

    const envelope = el("header", "envelope");
    const line = (label: string, value: HTMLElement) => {
      const row = el("div", "envelope-row");
      row.append(el("span", "envelope-label", label), value);
      return row;
    };
    envelope.append(line("Subject", this.subject), line("From", this.from), line("To", this.to));

    this.mode.setOptions(
      (Object.keys(MODE_LABELS) as PersonalisationMode[]).map((value) => ({
        value,
        label: MODE_LABELS[value],
      })),
      "none",
    );
    this.mode.onChange((value) => events.setMode(value as PersonalisationMode));
    const choose = createButton("Choose CSV…", { id: "choose-csv" });
    choose.onClick(() => events.chooseCsv());
    this.previous.onClick(() => events.stepRow(-1));
    this.next.onClick(() => events.stepRow(1));
    this.rows.onChange((value) => events.selectRow(Number(value)));
    this.csvGroup.append(
      choose.element,
      this.csvLabel,
      this.previous.element,
      this.rows.element,
      this.next.element,
    );
    this.highlight.onChange((checked) => events.setHighlight(checked));

    const sendTest = createButton("Send test email", {
      id: "send-test",
      title: "Send this draft to yourself",
    });
    sendTest.onClick(() => events.send("test"));
    const sendNotify = createButton("Send via Notify", {
      id: "send-notify",
      appearance: "primary",
      title: "Send this draft to the recipients through GOV.UK Notify",
    });
    sendNotify.onClick(() => events.send("notify"));

    const toolbar = el("div", "toolbar");
    const values = el("div", "group");
    values.append(el("span", "group-label", "Values"), this.mode.element);
    const sends = el("div", "group sends");
    sends.append(sendTest.element, sendNotify.element);
    toolbar.append(values, this.csvGroup, this.highlight.element, sends);

    const fill = createButton("Fill with samples", { id: "fill-samples" });
    fill.onClick(() => events.fillSamples());
    this.samples.append(el("h2", undefined, "Sample values"), this.sampleFields, fill.element);

    const textView = el("div", "text-view");
    textView.append(this.plainText);
    this.tabs = createTabs(
      [
        { id: "html", label: "Email", view: this.frame.element },
        { id: "text", label: "Plain text", view: textView },
      ],
      initialTab,
    );
    this.tabs.onChange((id) => events.tabChanged(id === "text" ? "text" : "html"));

    const placeholders = el("section", "placeholders");
    placeholders.append(el("h2", undefined, "Placeholders"), this.placeholderList);

    root.replaceChildren(
      this.problems,
      this.notice,
      envelope,
      toolbar,
      this.csvProblems,
      this.samples,
      this.tabs.element,
      placeholders,
    );
    root.removeAttribute("aria-busy");
  }

  get tab(): PreviewTab {
    return this.tabs.active === "text" ? "text" : "html";
  }

  showNotice(level: "info" | "warning" | "error", text: string): void {
    this.notice.className = `notice ${level}`;
    this.notice.textContent = text;
  }

  /** Updates everything but the email frame (the caller awaits the frame). */
  update(message: RenderMessage): void {
    this.problems.replaceChildren(...message.problems.map((p) => el("p", undefined, p)));
    writeSegments(
      this.subject,
      message.subject || "(no subject: add `subject:` to the header)",
      message.highlight,
    );
    this.from.textContent = message.from;
    this.to.textContent = message.to;
    writeSegments(this.plainText, message.plainText, message.highlight);
    this.highlight.checked = message.highlight;

    const { source } = message;
    this.mode.setOptions(
      (Object.keys(MODE_LABELS) as PersonalisationMode[]).map((value) => ({
        value,
        label: MODE_LABELS[value],
      })),
      source.mode,
    );
    this.csvGroup.hidden = source.mode !== "csv";
    this.csvLabel.textContent = source.csvLabel
      ? `${source.csvLabel} (${source.totalRows} ${source.totalRows === 1 ? "row" : "rows"})`
      : "";
    this.rows.setOptions(
      source.rows.map((r) => ({ value: String(r.row), label: r.label })),
      source.row === undefined ? undefined : String(source.row),
    );
    this.rows.setDisabled(source.rows.length === 0);
    this.previous.setDisabled(!source.row || source.row <= 1);
    this.next.setDisabled(!source.row || source.row >= source.totalRows);
    this.csvProblems.hidden = source.mode !== "csv" || source.problems.length === 0;
    this.csvProblems.replaceChildren(...source.problems.map((p) => el("li", undefined, p)));

    this.samples.hidden = source.mode !== "sample";
    this.updateSampleFields(message.placeholders, source.sampleValues);
    this.updatePlaceholderList(message.placeholders);
  }

  private updateSampleFields(
    placeholders: PlaceholderInfo[],
    values: Record<string, string>,
  ): void {
    const key = JSON.stringify(placeholders.map((p) => p.name));
    if (key !== this.sampleKey) {
      this.sampleKey = key;
      this.fields = new Map();
      const fields = placeholders.map((p) => {
        const field = createTextField(`((${p.name}))`, {
          value: values[p.name] ?? "",
          placeholder: p.conditional ? "yes or no" : "",
        });
        field.onInput((value) => this.events.setSampleValue(p.name, value));
        this.fields.set(p.name, field);
        return field.element;
      });
      this.sampleFields.replaceChildren(
        ...(fields.length > 0 ? fields : [el("p", "hint", "This draft has no ((placeholders)).")]),
      );
      return;
    }
    // Same fields: refresh values, except in the one being typed in.
    for (const [name, field] of this.fields) {
      if (!field.element.matches(":focus-within")) field.value = values[name] ?? "";
    }
  }

  private updatePlaceholderList(placeholders: PlaceholderInfo[]): void {
    if (placeholders.length === 0) {
      this.placeholderList.replaceChildren(el("li", "hint", "No ((placeholders)) in this draft."));
      return;
    }
    this.placeholderList.replaceChildren(
      ...placeholders.map((p) => {
        const item = el("li");
        item.append(
          el("code", "placeholder-name", `((${p.name}${p.conditional ? "??…" : ""}))`),
          " ",
        );
        if (p.value === undefined) item.append(el("span", "missing", "no value"));
        else item.append(el("span", "value", p.value === "" ? "(empty)" : p.value));
        return item;
      }),
    );
  }

  /** Text of the parts the receipt reports. */
  receipt(): { subjectText: string; toText: string; plainText: string } {
    return {
      subjectText: this.subject.textContent ?? "",
      toText: this.to.textContent ?? "",
      plainText: this.plainText.textContent ?? "",
    };
  }

  /** The element that scrolls with the editor in the current tab. */
  scrollTarget(): { top: number; height: number } {
    if (this.tab === "html") return { top: this.frame.top, height: this.frame.height };
    const rect = this.plainText.getBoundingClientRect();
    return { top: rect.top + window.scrollY, height: rect.height };
  }
}
