// Keys of what the extension remembers per workspace (context.workspaceState), in one place so the
// command that writes a value and the one that reads it cannot drift apart.

/** The recipients CSV that Export Recipients wrote last (a file path); the preview offers it first. */
export const LAST_EXPORT_KEY = "tenantComms.lastExport";
