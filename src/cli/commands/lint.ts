// `tenant-comms lint`: the editor's linter from a terminal or CI.
// Exit 0 no error-severity finding; 1 at least one; 2 a usage or input mistake (a file that cannot
// be read, a bad config), reported as a message, never a stack.
import { readdirSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import {
  allRules,
  createLinter,
  fixAll,
  readLintConfig,
  ruleDocsAnchor,
  RULES_DOC_PATH,
  type Finding,
  type LintConfig,
} from "../../core/lint/index";
import { LineIndex } from "../../core/text/line-index";
import { UsageError, type CliCommand, type CliIO } from "../command";
import { readInputFile } from "./render";
import { parseCommandArgs } from "../args";
import { RC_FILE } from "../../core/config/rc-file";

const FORMATS = ["text", "json", "sarif"] as const;
type Format = (typeof FORMATS)[number];
const DRAFT_SUFFIX = ".notify.md";

const usage = `Usage: tenant-comms lint [files...] [--format text|json|sarif] [--config FILE] [--fix]

Lints email drafts (${DRAFT_SUFFIX}) with the same rules as the editor: GOV.UK style (gds/*),
write-good (write-good/*), what Notify will not render (notify/*) and the manual's required
structure (tenant/*). With no files, lints every ${DRAFT_SUFFIX} under the current folder; a folder
argument means every draft in it.

Options:
  --format FORMAT  text (default), json: [{file, line, column, endLine, endColumn, ruleId,
                   severity, message, fixes: [{range, text}]}] with 1-based lines and columns,
                   or sarif (SARIF 2.1.0, for code scanning)
  --config FILE    Settings file (default: ${RC_FILE} in the current folder, if there is one),
                   e.g. {"lint": {"rules": {"write-good/passive": "off"}, "allowWords": ["Concourse"]}}
  --fix            Apply every safe fix in place (each file rewritten atomically), then report
                   what is left

Exit status: 0 no error-severity problem, 1 at least one, 2 a usage or input error.
Rules and their ids: ${RULES_DOC_PATH}.
`;

interface Position1 {
  line: number;
  column: number;
}

interface FileResult {
  file: string;
  text: string;
  findings: Finding[];
  fixed: number;
}

export const lintCommand: CliCommand = {
  name: "lint",
  summary: "Check drafts against GOV.UK style, Notify's formatting and the required structure",
  usage,
  async run(argv, io) {
    const { values, positionals } = parse(argv);
    const format = (values.format ?? "text") as Format;
    if (!FORMATS.includes(format)) {
      throw new UsageError(
        `--format must be one of ${FORMATS.join(", ")}, not "${values.format}".`,
      );
    }
    const config = await loadConfig(io, values.config);
    const files = findDrafts(io, positionals);
    const linter = createLinter();
    const results: FileResult[] = [];
    const unreadable: string[] = [];
    for (const file of files) {
      let text: string;
      try {
        text = (await readInputFile(io, file, "draft")).toString("utf8");
      } catch (error) {
        unreadable.push(error instanceof Error ? error.message : String(error));
        continue;
      }
      if (values.fix) {
        const outcome = fixAll(text, (t) => linter.lint(t, config));
        if (outcome.applied > 0) writeAtomically(resolve(io.cwd, file), outcome.text);
        results.push({
          file,
          text: outcome.text,
          findings: outcome.remaining,
          fixed: outcome.applied,
        });
      } else {
        results.push({ file, text, findings: linter.lint(text, config), fixed: 0 });
      }
    }
    if (format === "json") io.stdout(JSON.stringify(toJson(results), null, 2) + "\n");
    else if (format === "sarif") io.stdout(JSON.stringify(toSarif(results), null, 2) + "\n");
    else io.stdout(toText(results));
    for (const message of unreadable) io.stderr(`tenant-comms lint: ${message}\n`);
    if (unreadable.length > 0) return 2;
    return results.some((r) => r.findings.some((f) => f.severity === "error")) ? 1 : 0;
  },
};

function parse(argv: string[]) {
  return parseCommandArgs("lint", {
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: "string" },
      config: { type: "string" },
      fix: { type: "boolean" },
    },
  });
}

async function loadConfig(io: CliIO, path: string | undefined): Promise<LintConfig> {
  const file = path ?? RC_FILE;
  let raw: unknown;
  if (path === undefined) {
    try {
      statSync(resolve(io.cwd, RC_FILE));
    } catch {
      return readLintConfig(undefined, allRules).config;
    }
  }
  const text = (await readInputFile(io, file, "config file"))
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${file} is not valid JSON (${(error as Error).message}). Fix the JSON and try again.`,
    );
  }
  const { config, problems } = readLintConfig(raw, allRules, file);
  if (problems.length > 0) {
    throw new UsageError(
      `the lint settings have mistakes:\n${problems.map((p) => `  ${p}`).join("\n")}`,
    );
  }
  return config;
}

/** The drafts to lint: the files named, the drafts inside folders named, or every draft here. */
function findDrafts(io: CliIO, args: string[]): string[] {
  const roots = args.length > 0 ? args : ["."];
  const files: string[] = [];
  for (const arg of roots) {
    let isFolder: boolean;
    try {
      isFolder = statSync(resolve(io.cwd, arg)).isDirectory();
    } catch {
      files.push(arg); // reading it reports the problem in the user's words
      continue;
    }
    if (!isFolder) {
      files.push(arg);
      continue;
    }
    const found = walk(resolve(io.cwd, arg)).map((f) => relative(io.cwd, f) || basename(f));
    if (found.length === 0 && args.length > 0) {
      throw new UsageError(
        `there are no ${DRAFT_SUFFIX} drafts in ${arg}. Name the drafts to lint.`,
      );
    }
    files.push(...found);
  }
  if (files.length === 0) {
    throw new UsageError(
      `there are no ${DRAFT_SUFFIX} drafts under ${io.cwd}. Name the drafts to lint, e.g. tenant-comms lint drafts/upgrade${DRAFT_SUFFIX}`,
    );
  }
  return files;
}

function walk(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const path = join(folder, entry.name);
    if (entry.isDirectory()) found.push(...walk(path));
    else if (entry.name.endsWith(DRAFT_SUFFIX)) found.push(path);
  }
  return found.sort();
}

/** Writes beside the file, then renames over it, so a crash never leaves half a draft. */
function writeAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text, { mode: statSync(path).mode });
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // nothing to clean up
    }
    throw new UsageError(`cannot write the fixed draft ${path}: ${(error as Error).message}`);
  }
}

function position(index: LineIndex, offset: number): Position1 {
  const p = index.positionAt(offset);
  return { line: p.line + 1, column: p.character + 1 };
}

function posixPath(file: string): string {
  return file.split(sep).join("/");
}

function toJson(results: FileResult[]) {
  return results.flatMap(({ file, text, findings }) => {
    const index = new LineIndex(text);
    return findings.map((f) => {
      const start = position(index, f.start);
      const end = position(index, f.end);
      return {
        file: posixPath(file),
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        ruleId: f.ruleId,
        severity: f.severity,
        message: f.message,
        fixes: f.fixes.flatMap((fix) =>
          fix.edits.map((e) => {
            const a = position(index, e.start);
            const b = position(index, e.end);
            return {
              title: fix.title,
              range: { line: a.line, column: a.column, endLine: b.line, endColumn: b.column },
              text: e.text,
            };
          }),
        ),
      };
    });
  });
}

function toText(results: FileResult[]): string {
  const lines: string[] = [];
  const counts = { error: 0, warning: 0, info: 0 };
  let fixed = 0;
  for (const { file, text, findings, fixed: applied } of results) {
    const index = new LineIndex(text);
    fixed += applied;
    for (const f of findings) {
      const p = position(index, f.start);
      counts[f.severity]++;
      lines.push(`${file}:${p.line}:${p.column}: ${f.severity} ${f.message} [${f.ruleId}]`);
    }
  }
  const total = counts.error + counts.warning + counts.info;
  const fixedNote = fixed > 0 ? ` Fixed ${fixed} problem${fixed === 1 ? "" : "s"}.` : "";
  if (total === 0) {
    lines.push(
      `No problems in ${results.length} draft${results.length === 1 ? "" : "s"}.${fixedNote}`,
    );
  } else {
    const fixable = results.reduce(
      (n, r) => n + r.findings.filter((f) => f.fixes.length > 0).length,
      0,
    );
    lines.push(
      `${total} problem${total === 1 ? "" : "s"} (${counts.error} error${counts.error === 1 ? "" : "s"}, ${counts.warning} warning${counts.warning === 1 ? "" : "s"}, ${counts.info} info).${fixedNote}` +
        (fixable > 0 ? ` ${fixable} can be fixed with --fix.` : ""),
    );
  }
  return lines.join("\n") + "\n";
}

const SARIF_LEVEL = { error: "error", warning: "warning", info: "note" } as const;

function toSarif(results: FileResult[]) {
  const used = new Set(results.flatMap((r) => r.findings.map((f) => f.ruleId)));
  const rules = allRules.filter((r) => used.has(r.meta.id));
  const ruleIndex = new Map(rules.map((r, i) => [r.meta.id, i]));
  const region = (index: LineIndex, start: number, end: number) => {
    const a = position(index, start);
    const b = position(index, end);
    return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column };
  };
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "tenant-comms",
            informationUri: "https://www.gov.uk/guidance/style-guide",
            rules: rules.map(({ meta }) => ({
              id: meta.id,
              shortDescription: { text: meta.description },
              help: { text: `See ${RULES_DOC_PATH}#${ruleDocsAnchor(meta.id)}.` },
              defaultConfiguration: {
                level: meta.defaultLevel === "off" ? "none" : SARIF_LEVEL[meta.defaultLevel],
              },
            })),
          },
        },
        results: results.flatMap(({ file, text, findings }) => {
          const index = new LineIndex(text);
          const artifactLocation = { uri: posixPath(file) };
          return findings.map((f) => ({
            ruleId: f.ruleId,
            ruleIndex: ruleIndex.get(f.ruleId),
            level: SARIF_LEVEL[f.severity],
            message: { text: f.message },
            locations: [
              { physicalLocation: { artifactLocation, region: region(index, f.start, f.end) } },
            ],
            ...(f.fixes.length > 0
              ? {
                  fixes: f.fixes.map((fix) => ({
                    description: { text: fix.title },
                    artifactChanges: [
                      {
                        artifactLocation,
                        replacements: fix.edits.map((e) => ({
                          deletedRegion: region(index, e.start, e.end),
                          insertedContent: { text: e.text },
                        })),
                      },
                    ],
                  })),
                }
              : {}),
          }));
        }),
      },
    ],
  };
}
