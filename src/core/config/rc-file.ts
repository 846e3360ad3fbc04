// The settings file the CLI and the editor both read: the same keys as the VS Code settings
// (without the `tenantComms.` prefix), kept in the workspace folder.
export const RC_FILE = ".tenantcommsrc.json";
