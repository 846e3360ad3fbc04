// `tenant-comms render`: the email exactly as GOV.UK Notify would send it, from a draft or from a
// JSON case `{subject, body, personalisation}`. Exit 0 rendered; 2 unreadable file, bad JSON or a
// usage mistake.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseDraft } from "../../core/draft";
import type { Personalisation, PersonalisationValue } from "../../core/notify/placeholders";
import { render, type RenderResult } from "../../core/notify/render";
import { emailContent } from "../../core/notify/email-content";
import { LineIndex } from "../../core/text/line-index";
import { UsageError, type CliCommand, type CliIO } from "../command";
import { parseCommandArgs } from "../args";

const FORMATS = ["json", "html", "text"] as const;
type Format = (typeof FORMATS)[number];

const usage = `Usage: tenant-comms render <draft.notify.md> [options]
       tenant-comms render --input case.json [options]

Renders an email exactly as GOV.UK Notify would: the subject line, the HTML body, the plain-text
part and the whole HTML email in Notify's look. Placeholders with no value are shown as Notify's
preview shows them, ((like this)), and listed on stderr.

Options:
  --input FILE            A JSON file {"subject": "...", "body": "...", "personalisation": {...}}
                          instead of a draft.
  --personalisation FILE  A JSON object of placeholder values, e.g. {"org name": "acme"}; a value
                          may be text, a number, true/false or a list. Overrides the input's values.
  --format FORMAT         json (default): {subject, htmlBody, plainText, html, placeholders, missing}
                          html: the whole email document
                          text: the subject line, a blank line, then the plain-text part

Exit status: 0 rendered, 2 unreadable file, bad JSON or usage mistake.
`;

/** Reads a file named on the command line; a missing or unreadable file is the user's to fix. */
export async function readInputFile(io: CliIO, path: string, what: string): Promise<Buffer> {
  try {
    return await readFile(resolve(io.cwd, path));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "there is no such file"
        : code === "EISDIR"
          ? "it is a folder, not a file"
          : code === "EACCES" || code === "EPERM"
            ? "permission denied"
            : ((error as Error).message ?? String(error));
    throw new UsageError(`cannot read ${what} ${path}: ${reason}. Check the path and try again.`);
  }
}

async function readJson(io: CliIO, path: string, what: string): Promise<unknown> {
  const text = (await readInputFile(io, path, what)).toString("utf8").replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(
      `${what} ${path} is not valid JSON (${(error as Error).message}). Fix the JSON and try again.`,
    );
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isPersonalisationValue(value: unknown): value is PersonalisationValue {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPersonalisationValue);
  return isPlainObject(value) && Object.values(value).every(isPersonalisationValue);
}

function checkPersonalisation(value: unknown, where: string): Personalisation {
  if (!isPlainObject(value)) {
    throw new UsageError(
      `${where} must be a JSON object of placeholder values, like {"name": "Ann"}.`,
    );
  }
  for (const [key, item] of Object.entries(value)) {
    if (!isPersonalisationValue(item)) {
      throw new UsageError(
        `${where}: the value of "${key}" is not text, a number, true/false or a list.`,
      );
    }
  }
  return value as Personalisation;
}

interface Source {
  subject: string;
  body: string;
  personalisation: Personalisation;
}

async function fromInput(io: CliIO, path: string): Promise<Source> {
  const input = await readJson(io, path, "input");
  if (!isPlainObject(input)) {
    throw new UsageError(`input ${path} must be a JSON object {"subject": "...", "body": "..."}.`);
  }
  for (const key of ["subject", "body"] as const) {
    if (typeof input[key] !== "string") {
      throw new UsageError(`input ${path} needs "${key}" as a string.`);
    }
  }
  return {
    subject: input.subject as string,
    body: input.body as string,
    personalisation:
      input.personalisation === undefined
        ? {}
        : checkPersonalisation(input.personalisation, `"personalisation" in ${path}`),
  };
}

async function fromDraft(io: CliIO, path: string): Promise<Source> {
  const text = (await readInputFile(io, path, "draft")).toString("utf8");
  const draft = parseDraft(text);
  const lines = new LineIndex(text);
  for (const problem of draft.problems) {
    const { line, character } = lines.positionAt(problem.span.start);
    io.stderr(`${path}:${line + 1}:${character + 1}: ${problem.severity}: ${problem.message}\n`);
  }
  if (draft.subject === undefined) {
    io.stderr(`${path}: rendering with an empty subject until the draft has one.\n`);
  }
  return { ...emailContent(draft), personalisation: {} };
}

function output(result: RenderResult, format: Format): string {
  switch (format) {
    case "json":
      return JSON.stringify(result, null, 2) + "\n";
    case "html":
      return result.html;
    case "text":
      return `${result.subject}\n\n${result.plainText}`;
  }
}

export const renderCommand: CliCommand = {
  name: "render",
  summary: "Render a draft (or a JSON case) exactly as GOV.UK Notify would send it",
  usage,
  async run(argv, io) {
    const parsed = parseCommandArgs("render", {
      args: argv,
      allowPositionals: true,
      options: {
        input: { type: "string" },
        personalisation: { type: "string" },
        format: { type: "string", default: "json" },
      },
    });
    const { values, positionals } = parsed;
    const format = values.format as Format;
    if (!FORMATS.includes(format)) {
      throw new UsageError(
        `--format must be one of ${FORMATS.join(", ")}, not "${values.format}".`,
      );
    }
    if (positionals.length > 1) {
      throw new UsageError(
        `give one draft, not ${positionals.length} (${positionals.join(", ")}).`,
      );
    }
    if (positionals.length === 1 && values.input) {
      throw new UsageError("give either a draft or --input, not both.");
    }
    if (positionals.length === 0 && !values.input) {
      throw new UsageError(
        "give a draft to render (or --input case.json). Run `tenant-comms render --help`.",
      );
    }

    const source = values.input
      ? await fromInput(io, values.input)
      : await fromDraft(io, positionals[0]!);
    if (values.personalisation) {
      const extra = checkPersonalisation(
        await readJson(io, values.personalisation, "personalisation"),
        `personalisation ${values.personalisation}`,
      );
      source.personalisation = { ...source.personalisation, ...extra };
    }

    const result = render(source);
    if (result.missing.length > 0) {
      io.stderr(
        `No value for ${result.missing.map((name) => `((${name}))`).join(", ")}: shown as Notify's ` +
          "preview shows it. Notify would refuse to send without a value; pass --personalisation.\n",
      );
    }
    io.stdout(output(result, format));
    return 0;
  },
};
