// The code-server command line rejects --extensionDevelopmentPath and --extensionTestsPath
// ("Unknown option"); the web workbench takes them from the URL's `payload` instead, as
// vscode-remote URIs whose authority is the server the page was loaded from.

export interface WorkbenchUrlOptions {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Folder to open (absolute path on the server). */
  folder: string;
  /** Absolute path of the extension to load in development mode. */
  extensionDevelopmentPath?: string;
  /** Absolute path of the compiled test entry (exports `run()`). */
  extensionTestsPath?: string;
}

export function workbenchUrl(options: WorkbenchUrlOptions): string {
  const authority = new URL(options.origin).host;
  const remote = (path: string) => `vscode-remote://${authority}${path}`;
  const payload: [string, string][] = [];
  if (options.extensionDevelopmentPath) {
    payload.push(["extensionDevelopmentPath", remote(options.extensionDevelopmentPath)]);
  }
  if (options.extensionTestsPath) {
    payload.push(["extensionTestsPath", remote(options.extensionTestsPath)]);
  }
  const url = new URL(options.origin);
  url.searchParams.set("folder", options.folder);
  if (payload.length > 0) url.searchParams.set("payload", JSON.stringify(payload));
  return url.toString();
}
