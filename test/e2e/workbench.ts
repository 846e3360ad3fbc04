// Page helpers for driving the VS Code workbench the way a person does: Quick Open, the command
// palette, the status bar, the Problems panel, notifications and webviews. Each capability's e2e
// checks are written with these, so selectors live in one place.
//
// Selectors are VS Code 1.100's (code-server 4.100.3); if an upgrade moves them, fix them here.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { FrameLocator, Locator, Page } from "playwright-core";
import { TEST_RESULTS_DIR } from "../harness/paths";

export const SCREENSHOT_DIR = join(TEST_RESULTS_DIR, "e2e");

/** How long a step may take on a loaded 2-core machine. */
const STEP_TIMEOUT = 15_000;

export class Workbench {
  constructor(readonly page: Page) {}

  /** Waits until the workbench is drawn and the extension host is up (status bar filled in). */
  async waitUntilReady(): Promise<void> {
    await this.page.locator(".monaco-workbench").waitFor({ timeout: 60_000 });
    await this.page.locator(".part.statusbar").waitFor({ timeout: STEP_TIMEOUT });
    // The explorer shows the workspace once the remote file system is connected.
    await this.page
      .locator(".explorer-folders-view .monaco-list-row")
      .first()
      .waitFor({ timeout: STEP_TIMEOUT });
  }

  /** Opens a workspace file with Quick Open (Ctrl+P), as a person would. */
  async openFile(fileName: string): Promise<void> {
    // Quick Open's file list can lag behind files created moments ago: ask again if needed.
    await this.quickInputWithRetry("Control+P", fileName, fileName);
    await waitForText(this.activeTab(), fileName, "the active editor tab");
  }

  /**
   * Runs a command from the palette (F1) by its full title, e.g. "Tenant Comms: New Notification".
   * Returns once the palette has accepted it (the command may go on to show its own quick pick).
   */
  async runCommand(title: string): Promise<void> {
    // A command with a `when` clause (say, on the editor's language) is listed only once the
    // workbench has caught up with the focus change; ask again if it is not listed yet.
    await this.quickInputWithRetry("F1", `>${title}`, title);
  }

  private async quickInputWithRetry(key: string, query: string, rowText: string): Promise<void> {
    const attempts = 3;
    for (let attempt = 1; ; attempt++) {
      await this.focusWorkbench();
      await this.page.keyboard.press(key);
      const input = this.quickInput().locator("input");
      await input.waitFor({ timeout: STEP_TIMEOUT });
      await input.fill(query);
      try {
        // Click the item whose label is exactly `rowText`: Enter would take whichever item is
        // highlighted, and "Open Preview" also matches "Open Preview to the Side".
        const item = this.quickInputItem(rowText).first();
        await item.waitFor({ timeout: STEP_TIMEOUT / attempts });
        await item.click();
        return;
      } catch (error) {
        if (attempt === attempts) {
          const rows = await this.quickInput().locator(".monaco-list-row").allInnerTexts();
          throw new Error(
            `"${rowText}" is not offered for "${query}" after ${attempts} tries; ` +
              `the list shows: ${JSON.stringify(rows.slice(0, 10))}`,
            { cause: error },
          );
        }
        await this.page.waitForTimeout(500 * attempt);
      }
    }
  }

  /** Picks an item in the quick pick that is showing (a command's question). */
  async pick(label: string): Promise<void> {
    const input = this.quickInput().locator("input");
    await input.waitFor({ timeout: STEP_TIMEOUT });
    await input.fill(label);
    const item = this.quickInputItem(label).first();
    await item.waitFor({ timeout: STEP_TIMEOUT });
    await item.click();
    await this.quickInput().waitFor({ state: "hidden", timeout: STEP_TIMEOUT });
  }

  /** The quick input (Quick Open, palette or a command's quick pick). */
  quickInput(): Locator {
    return this.page.locator(".quick-input-widget");
  }

  /** Rows of the quick input whose text contains `text`. */
  quickInputRow(text: string): Locator {
    return this.quickInput().locator(".quick-input-list .monaco-list-row", { hasText: text });
  }

  /** Rows of the quick input whose label is exactly `label` (a command title, a file name). */
  quickInputItem(label: string): Locator {
    const exact = new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
    return this.quickInput()
      .locator(".quick-input-list .monaco-list-row")
      .filter({ has: this.page.locator(".label-name", { hasText: exact }) });
  }

  activeTab(): Locator {
    return this.page.locator(".tabs-container .tab.active");
  }

  /** The status bar's language mode, e.g. "Notify email". */
  languageMode(): Locator {
    return this.page.locator('[id="status.editor.mode"]');
  }

  /** The active editor's visible lines, as text (Monaco draws spaces as no-break spaces). */
  async editorText(): Promise<string> {
    const lines = this.page.locator(".editor-instance .monaco-editor .view-lines .view-line");
    const tops = await lines.evaluateAll((elements) =>
      elements.map((element) => ({
        top: parseFloat((element as HTMLElement).style.top || "0"),
        text: element.textContent ?? "",
      })),
    );
    return tops
      .sort((a, b) => a.top - b.top)
      .map((line) => line.text.replace(/\u00a0/g, " "))
      .join("\n");
  }

  /** Waits until the active editor shows `expected`; returns the text it shows. */
  async waitForEditorText(expected: string, timeoutMs = STEP_TIMEOUT): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const text = await this.editorText();
      if (text.includes(expected)) return text;
      if (Date.now() > deadline) {
        throw new Error(
          `Timed out after ${timeoutMs} ms waiting for the editor to show ${JSON.stringify(expected)}; ` +
            `it shows:\n${text}`,
        );
      }
      await this.page.waitForTimeout(100);
    }
  }

  /** A notification toast containing `text`. */
  notification(text: string): Locator {
    return this.page.locator(".notifications-toasts .notification-toast", { hasText: text });
  }

  /** Opens the Problems panel (Ctrl+Shift+M) and returns its rows' locator. */
  async problems(): Promise<Locator> {
    await this.focusWorkbench();
    const panel = this.page.locator(".markers-panel");
    if (!(await panel.isVisible())) await this.page.keyboard.press("Control+Shift+M");
    await panel.waitFor({ timeout: STEP_TIMEOUT });
    return panel.locator(".monaco-list-row");
  }

  /** The content frame of the webview that is showing (VS Code nests it in two iframes). */
  webviewFrame(): FrameLocator {
    return this.page.frameLocator("iframe.webview.ready").frameLocator("iframe#active-frame");
  }

  /** Closes every editor without saving (a dirty one would otherwise ask "Save changes?"). */
  async closeAllEditors(): Promise<void> {
    for (let i = 0; i < 20 && (await this.page.locator(".tabs-container .tab").count()) > 0; i++) {
      await this.runCommand("View: Revert and Close Editor");
      await this.quickInput().waitFor({ state: "hidden", timeout: STEP_TIMEOUT });
    }
  }

  /** Saves a screenshot under test-results/e2e/ and returns its path. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, "-")}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /** Leaves any open quick input or menu, so keyboard shortcuts reach the workbench. */
  private async focusWorkbench(): Promise<void> {
    if (await this.quickInput().isVisible()) {
      await this.page.keyboard.press("Escape");
      await this.quickInput().waitFor({ state: "hidden", timeout: STEP_TIMEOUT });
    }
  }
}

/**
 * Waits until `locator` shows `expected` (a substring or a pattern). On timeout, the error says
 * what it showed instead, which is what a person needs to see in a failed run.
 */
export async function waitForText(
  locator: Locator,
  expected: string | RegExp,
  what: string,
  timeoutMs = STEP_TIMEOUT,
): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const seen = (await locator.allInnerTexts().catch(() => [] as string[])).join("\n");
    const found = typeof expected === "string" ? seen.includes(expected) : expected.test(seen);
    if (found) return seen;
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what} to show ${String(expected)}; ` +
          `it showed: ${JSON.stringify(seen.slice(0, 500))}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
