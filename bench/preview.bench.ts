// The preview's end-to-end update time: from a document change to the updated HTML shown in the
// webview. Only a real VS Code has a webview, so this runs the Preview integration suite in
// code-server (the harness `npm test` uses) and reads the times its bench test prints
// ("BENCH preview: ..."). Reported, not asserted: the number depends on the machine's load.
import { spawn } from "node:child_process";
import { join } from "node:path";
import type { BenchRow, BenchSuite } from "./bench-row";

const ROOT = join(__dirname, "..");
const LINE = /BENCH preview: (.+?): (median .+)$/;

function runPreviewSuite(): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "test:integration", "--", "--grep", "^Preview"], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

export const suite: BenchSuite = {
  name: "preview",
  async run(): Promise<BenchRow[]> {
    const { code, output } = await runPreviewSuite();
    const rows: BenchRow[] = [];
    for (const line of output.split("\n")) {
      const match = LINE.exec(line.trim());
      if (match) rows.push({ case: match[1]!, value: match[2]!, target: "reported, not asserted" });
    }
    if (code !== 0 || rows.length === 0) {
      const tail = output.trim().split("\n").slice(-3).join(" / ");
      rows.push({
        case: "preview update time (integration harness)",
        value: `not measured: the Preview suite exited ${code} (${tail})`,
        met: false,
      });
    }
    return rows;
  },
};
