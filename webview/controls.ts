// Every use of @vscode/webview-ui-toolkit in the preview goes through this file.
//
// The toolkit is deprecated upstream (microsoft/vscode-webview-ui-toolkit#561, archived January
// 2025; last release 1.4.0). Nothing else in webview/ imports it or uses a `vscode-*` tag name:
// the rest of the page asks for a button, a dropdown, a checkbox, a text field or tabs from here,
// so moving to VS Code Elements (@vscode-elements/elements) or plain themed HTML is a change to
// this one file. The controls take their colours from the editor theme (--vscode-* variables),
// which the toolkit reads on its own.
let registered: Promise<void> | undefined;

/**
 * Defines the toolkit's custom elements. Call (and await) it before creating any control: an
 * element created before its definition would keep plain properties that hide the component's.
 * The import is dynamic because the toolkit ships only as an ES module and our type check treats
 * webview/ as CommonJS; esbuild still bundles it into preview.js (no extra file, nothing fetched).
 */
export function registerControls(): Promise<void> {
  // One module per component, so the bundle holds only these (the package index pulls in all).
  registered ??= Promise.all([
    import("@vscode/webview-ui-toolkit/dist/vscode-design-system.js"),
    import("@vscode/webview-ui-toolkit/dist/button/index.js"),
    import("@vscode/webview-ui-toolkit/dist/checkbox/index.js"),
    import("@vscode/webview-ui-toolkit/dist/dropdown/index.js"),
    import("@vscode/webview-ui-toolkit/dist/option/index.js"),
    import("@vscode/webview-ui-toolkit/dist/panels/index.js"),
    import("@vscode/webview-ui-toolkit/dist/text-field/index.js"),
  ]).then(([system, button, checkbox, dropdown, option, panels, textField]) => {
    system
      .provideVSCodeDesignSystem()
      .register(
        button.vsCodeButton(),
        checkbox.vsCodeCheckbox(),
        dropdown.vsCodeDropdown(),
        option.vsCodeOption(),
        panels.vsCodePanels(),
        panels.vsCodePanelTab(),
        panels.vsCodePanelView(),
        textField.vsCodeTextField(),
      );
  });
  return registered;
}

/** Custom elements expose their state as properties; this is the little we use. */
type ValueElement = HTMLElement & { value: string; disabled: boolean };
type CheckedElement = HTMLElement & { checked: boolean };

export interface Button {
  element: HTMLElement;
  setDisabled(disabled: boolean): void;
  onClick(listener: () => void): void;
}

export function createButton(
  label: string,
  options: { id: string; appearance?: "primary" | "secondary"; title?: string },
): Button {
  const element = document.createElement("vscode-button") as ValueElement;
  element.id = options.id;
  element.textContent = label;
  element.setAttribute("appearance", options.appearance ?? "secondary");
  if (options.title) element.title = options.title;
  return {
    element,
    setDisabled: (disabled) => {
      element.disabled = disabled;
      element.toggleAttribute("disabled", disabled);
    },
    onClick: (listener) => element.addEventListener("click", listener),
  };
}

export interface Dropdown {
  element: HTMLElement;
  readonly value: string;
  /** Replaces the options; `selected` is the value to show. */
  setOptions(options: { value: string; label: string }[], selected: string | undefined): void;
  setDisabled(disabled: boolean): void;
  onChange(listener: (value: string) => void): void;
}

export function createDropdown(options: { id: string; label: string }): Dropdown {
  const element = document.createElement("vscode-dropdown") as ValueElement;
  element.id = options.id;
  element.setAttribute("aria-label", options.label);
  let current = "";
  let listener: ((value: string) => void) | undefined;
  let settingOptions = false;
  element.addEventListener("change", () => {
    if (settingOptions) return;
    current = element.value;
    listener?.(current);
  });
  return {
    element,
    get value() {
      return element.value;
    },
    setOptions(list, selected) {
      const key = JSON.stringify(list);
      if (element.dataset.options === key) {
        // Same options: only bring the shown value back in line (say, after a cancelled pick).
        if (selected !== undefined && element.value !== selected) element.value = selected;
        return;
      }
      element.dataset.options = key;
      settingOptions = true;
      element.replaceChildren(
        ...list.map(({ value, label }) => {
          const option = document.createElement("vscode-option");
          option.setAttribute("value", value);
          option.textContent = label;
          if (value === selected) option.setAttribute("selected", "");
          return option;
        }),
      );
      current = selected ?? list[0]?.value ?? "";
      // The element picks up slotted options asynchronously; set the value once it has them.
      queueMicrotask(() => {
        element.value = current;
        settingOptions = false;
      });
    },
    setDisabled(disabled) {
      element.disabled = disabled;
      element.toggleAttribute("disabled", disabled);
    },
    onChange(fn) {
      listener = fn;
    },
  };
}

export interface Checkbox {
  element: HTMLElement;
  checked: boolean;
  onChange(listener: (checked: boolean) => void): void;
}

export function createCheckbox(label: string, options: { id: string; checked: boolean }): Checkbox {
  const element = document.createElement("vscode-checkbox") as CheckedElement;
  element.id = options.id;
  element.textContent = label;
  element.checked = options.checked;
  if (options.checked) element.setAttribute("checked", "");
  return {
    element,
    get checked() {
      return element.checked;
    },
    set checked(value: boolean) {
      element.checked = value;
    },
    onChange: (listener) => element.addEventListener("change", () => listener(element.checked)),
  };
}

export interface TextField {
  element: HTMLElement;
  value: string;
  onInput(listener: (value: string) => void): void;
}

export function createTextField(
  label: string,
  options: { value: string; placeholder?: string },
): TextField {
  const element = document.createElement("vscode-text-field") as ValueElement;
  element.textContent = label;
  element.setAttribute("value", options.value);
  if (options.placeholder) element.setAttribute("placeholder", options.placeholder);
  return {
    element,
    get value() {
      return element.value;
    },
    set value(value: string) {
      if (element.value !== value) element.value = value;
    },
    onInput: (listener) => element.addEventListener("input", () => listener(element.value)),
  };
}

export interface Tabs {
  element: HTMLElement;
  readonly active: string;
  select(id: string): void;
  onChange(listener: (id: string) => void): void;
}

/** Tabs with their views; ids are used for the tab elements (`tab-<id>`) and views (`view-<id>`). */
export function createTabs(
  tabs: { id: string; label: string; view: HTMLElement }[],
  active: string,
): Tabs {
  const element = document.createElement("vscode-panels") as HTMLElement & { activeid: string };
  element.setAttribute("activeid", `tab-${active}`);
  for (const tab of tabs) {
    const tabElement = document.createElement("vscode-panel-tab");
    tabElement.id = `tab-${tab.id}`;
    tabElement.textContent = tab.label;
    element.append(tabElement);
  }
  for (const tab of tabs) {
    const view = document.createElement("vscode-panel-view");
    view.id = `view-${tab.id}`;
    view.append(tab.view);
    element.append(view);
  }
  const idOf = () => (element.activeid ?? "").replace(/^tab-/, "");
  return {
    element,
    get active() {
      return idOf();
    },
    select(id) {
      element.activeid = `tab-${id}`;
    },
    onChange: (listener) =>
      element.addEventListener("change", (event) => {
        if (event.target === element) listener(idOf());
      }),
  };
}
