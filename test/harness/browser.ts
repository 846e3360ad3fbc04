// Debian's Chromium driven by playwright-core (which never downloads a browser of its own).
// A fresh profile per run, and XDG_CONFIG_HOME inside the run folder: Chromium writes
// "Crash Reports" under it even with a fresh profile.
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { onCleanup } from "./cleanup";
import { CHROMIUM } from "./paths";

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

export async function launchBrowser(runDir: string): Promise<BrowserSession> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM}. Install it with: apt-get update && apt-get install -y chromium\n` +
        `(or point TENANT_COMMS_CHROMIUM at another Chromium build).`,
    );
  }
  const profile = join(runDir, "chromium-profile");
  const xdgConfig = join(runDir, "xdg-config");
  mkdirSync(profile, { recursive: true });
  mkdirSync(xdgConfig, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    env: { ...process.env, XDG_CONFIG_HOME: xdgConfig } as Record<string, string>,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await context.close().catch(() => undefined);
  };
  onCleanup(close);
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page, close };
}
