// `npm run bench`: runs every bench/<area>.bench.ts and prints one table. Speed is measured here,
// never in a timed test. `npm run bench -- lint` runs only the suites whose name contains "lint".
import { readdirSync } from "node:fs";
import { join } from "node:path";
import type { BenchRow, BenchSuite } from "./bench-row";

function table(rows: (BenchRow & { suite: string })[]): string {
  const header = ["suite", "case", "value", "baseline", "target", "met"];
  const cells = rows.map((r) => [
    r.suite,
    r.case,
    r.value,
    r.baseline ?? "",
    r.target ?? "",
    r.met === undefined ? "" : r.met ? "yes" : "NO",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? "").length)));
  const line = (c: string[]) => "| " + c.map((v, i) => v.padEnd(widths[i] ?? 0)).join(" | ") + " |";
  return [
    line(header),
    "|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|",
    ...cells.map(line),
  ].join("\n");
}

async function main(): Promise<void> {
  const filter = process.argv[2];
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith(".bench.ts"))
    .sort();
  const rows: (BenchRow & { suite: string })[] = [];
  for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { suite } = require(join(__dirname, file)) as { suite: BenchSuite };
    if (filter && !suite.name.includes(filter)) continue;
    process.stderr.write(`running ${suite.name}...\n`);
    const started = Date.now();
    for (const row of await suite.run()) rows.push({ suite: suite.name, ...row });
    process.stderr.write(`  ${suite.name} took ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }
  console.log(table(rows));
  const missed = rows.filter((r) => r.met === false);
  if (missed.length > 0) {
    console.log(`\n${missed.length} target(s) not met.`);
    process.exitCode = 1;
  }
}

void main();
