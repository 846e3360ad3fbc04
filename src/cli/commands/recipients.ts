// `tenant-comms recipients`: Notify-ready CSVs of tenant addresses by audience, across regions.
// Exit 0 written; 1 an API failed after retries (nothing written); 2 a usage mistake.
import { readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { cliAuth } from "../../core/cf/auth/cli-auth";
import { CfError } from "../../core/cf/errors";
import { retryText } from "../../core/cf/http";
import { parseDraft, type Audience } from "../../core/draft";
import { readRecipientsConfig } from "../../core/recipients/config";
import {
  AUDIENCE_NAMES,
  AUDIENCE_ROLES,
  isAudience,
  parseRoleList,
  ROLE_LABELS,
  ROLE_TYPES,
  type RoleType,
} from "../../core/recipients/audiences";
import { recipientsCsv, skippedCsv, writeFilesAtomically } from "../../core/recipients/csv";
import { exportRecipients } from "../../core/recipients/export";
import type { ExportResult } from "../../core/recipients/export-types";
import {
  checkRegions,
  DEFAULT_REGIONS,
  ORG_GUID_PLACEHOLDER,
  narrowRegions,
  parseRegionArg,
  type Region,
} from "../../core/recipients/regions";
import { splitByRegion } from "../../core/recipients/rows";
import { UsageError, type CliCommand, type CliIO } from "../command";
import { parseCommandArgs } from "../args";
import { readRcFile } from "../rc-file";

const usage = `Usage: tenant-comms recipients --audience developers|critical|management [options]

Exports a CSV of tenant email addresses from Cloud Foundry, one row per address, ready to upload
to GOV.UK Notify (column "email address", plus orgs, roles and regions).

Audiences:
${AUDIENCE_NAMES.map((a) => `  ${a.padEnd(11)} ${AUDIENCE_ROLES[a].map((r) => ROLE_LABELS[r]).join(", ")}`).join("\n")}

Options:
  --audience NAME        developers, critical or management. Repeat (or a,b) for a union.
  --roles A,B            Role types to add (union with the audience): ${ROLE_TYPES.join(", ")}.
  --region NAME=API      A region to export (repeatable). Default: ${DEFAULT_REGIONS.map((r) => `${r.name}=${r.api}`).join(", ")}.
  --admin-url NAME=URL   Admin page of an org in region NAME, with ${ORG_GUID_PLACEHOLDER}: adds an "admin links" column.
  --out FILE             Where to write the CSV. Default: recipients.csv.
  --split-regions        One file per region (FILE-<region>.csv). A person in several regions is
                         listed only in the first region's file, so nobody is emailed twice.
  --exclude-org PATTERN  Leave out orgs whose name matches (* and ? wildcards, any case). Repeatable.
  --include-suspended    Keep suspended orgs (left out by default).
  --draft FILE           Take the audience (unless --audience/--roles) and regions from a draft's
                         front matter.

Settings: regions, excludeOrgs and excludeSuspendedOrgs are read from "recipients" in
.tenantcommsrc.json in the current folder (the same keys as the VS Code settings); --region
replaces the regions, --exclude-org adds to the patterns.

Signing in, for each region in turn:
  1. your cf CLI session (\`cf login -a API --sso\`), when the cf CLI targets that region's API;
  2. CF_ACCESS_TOKEN_<REGION> (e.g. CF_ACCESS_TOKEN_LONDON), or CF_ACCESS_TOKEN for a single region,
     holding the output of \`cf oauth-token\`;
  3. at a terminal, a one-time passcode from the region's login page.

Exit status: 0 written, 1 Cloud Foundry failed after retries (nothing written), 2 usage mistake.
`;

export const recipientsCommand: CliCommand = {
  name: "recipients",
  summary: "Export tenant email addresses from Cloud Foundry as a Notify-ready CSV",
  usage,
  async run(argv, io) {
    const options = parseOptions(argv, io);
    const progressSeen = new Set<string>();
    let result: ExportResult;
    try {
      result = await exportRecipients(
        {
          regions: options.regions,
          audiences: options.audiences,
          roles: options.roles,
          exclusions: {
            patterns: options.excludeOrgs,
            excludeSuspended: !options.includeSuspended,
          },
          http: { onRetry: (r) => io.stderr(`${retryText(r)}\n`) },
          auth: cliAuth({
            env: io.env,
            regionCount: options.regions.length,
            interactive: io.interactive,
            prompt: (q) => io.prompt(q),
            say: (t) => io.stderr(t),
            signal: io.signal,
          }),
        },
        {
          signal: io.signal,
          onProgress: (p) => {
            // Each message once: retries and repeated pages stay quiet.
            if (!progressSeen.has(p.message)) io.stderr(`${p.message}\n`);
            progressSeen.add(p.message);
          },
        },
      );
    } catch (error) {
      if (error instanceof CfError) {
        io.stderr(`tenant-comms recipients: ${error.message}\nNothing was written.\n`);
        return 1;
      }
      throw error;
    }

    const names = options.regions.map((r) => r.name);
    const files: { path: string; content: string }[] = [];
    const base = options.out.replace(/\.csv$/i, "");
    if (options.splitRegions) {
      for (const [region, rows] of splitByRegion(result.rows, names)) {
        files.push({
          path: `${base}-${region.toLowerCase().replace(/[^a-z0-9]+/g, "-")}.csv`,
          content: recipientsCsv(rows, {
            multiRegion: names.length > 1,
            adminLinks: result.adminLinks,
          }),
        });
      }
    } else {
      files.push({
        path: options.out,
        content: recipientsCsv(result.rows, {
          multiRegion: names.length > 1,
          adminLinks: result.adminLinks,
        }),
      });
    }
    const skippedPath = `${base}-skipped.csv`;
    if (result.skipped.length > 0)
      files.push({ path: skippedPath, content: skippedCsv(result.skipped) });
    try {
      await writeFilesAtomically(files);
    } catch (error) {
      io.stderr(
        `tenant-comms recipients: could not write ${files.map((f) => f.path).join(", ")}: ${(error as Error).message}\nNothing was written.\n`,
      );
      return 1;
    }

    io.stdout(`${result.summary}\n`);
    io.stdout(`Audience: ${result.audience.description}\n`);
    for (const f of files) io.stdout(`Wrote ${f.path}\n`);
    if (options.splitRegions && result.inSeveralRegions > 0) {
      io.stdout(
        `${result.inSeveralRegions} ${result.inSeveralRegions === 1 ? "person is" : "people are"} in more than one region and listed only in the first region's file.\n`,
      );
    }
    for (const s of result.skipped) io.stderr(`skipped (${s.region}) ${s.user}: ${s.reason}\n`);
    for (const o of result.excludedOrgs)
      io.stderr(`left out org (${o.region}) ${o.name}: ${o.reason}\n`);
    io.stderr(`${result.requests} requests to Cloud Foundry.\n`);
    return 0;
  },
};

interface Options {
  audiences: Audience[];
  roles: RoleType[];
  regions: Region[];
  out: string;
  splitRegions: boolean;
  excludeOrgs: string[];
  includeSuspended: boolean;
}

function parseOptions(argv: string[], io: CliIO): Options {
  const { values } = parseCommandArgs("recipients", {
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      audience: { type: "string", multiple: true },
      roles: { type: "string", multiple: true },
      region: { type: "string", multiple: true },
      "admin-url": { type: "string", multiple: true },
      out: { type: "string" },
      "split-regions": { type: "boolean", default: false },
      "exclude-org": { type: "string", multiple: true },
      "include-suspended": { type: "boolean", default: false },
      draft: { type: "string" },
    },
  });

  const audiences: Audience[] = [];
  for (const name of (values.audience ?? [])
    .flatMap((a) => a.split(","))
    .map((a) => a.trim())
    .filter(Boolean)) {
    if (!isAudience(name)) {
      throw new UsageError(`Unknown audience "${name}". Use one of: ${AUDIENCE_NAMES.join(", ")}.`);
    }
    if (!audiences.includes(name)) audiences.push(name);
  }
  const roles: RoleType[] = [];
  for (const list of values.roles ?? []) {
    const parsed = parseRoleList(list);
    if (!parsed.ok) {
      throw new UsageError(`Unknown role "${parsed.unknown}". Roles: ${ROLE_TYPES.join(", ")}.`);
    }
    roles.push(...parsed.roles.filter((r) => !roles.includes(r)));
  }
  const rc = readRecipientsConfig(readRcFile(io.cwd));
  if (rc.regionsProblem && !values.region?.length) throw new UsageError(rc.regionsProblem);
  for (const warning of rc.warnings) io.stderr(`warning: ${warning}\n`);

  // A draft gives the audience (unless --audience/--roles say otherwise) and narrows the regions.
  let draftRegions: string[] | undefined;
  if (values.draft) {
    const path = resolve(io.cwd, values.draft);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch {
      throw new UsageError(`Cannot read the draft ${path}: check the path.`);
    }
    const draft = parseDraft(text);
    if (audiences.length === 0 && roles.length === 0) audiences.push(draft.audience);
    draftRegions = draft.regions;
  }
  if (audiences.length === 0 && roles.length === 0) {
    throw new UsageError(
      `Choose who to export: --audience ${AUDIENCE_NAMES.join("|")} (or --roles, or --draft FILE).`,
    );
  }

  let regions: Region[] = [];
  for (const arg of values.region ?? []) {
    const region = parseRegionArg(arg);
    if ("error" in region) throw new UsageError(region.error);
    regions.push(region);
  }
  if (regions.length === 0) regions.push(...rc.config.regions.map((r) => ({ ...r })));
  if (draftRegions) {
    const narrowed = narrowRegions(regions, draftRegions);
    if ("error" in narrowed) throw new UsageError(`The draft's regions: ${narrowed.error}`);
    regions = narrowed;
  }
  for (const arg of values["admin-url"] ?? []) {
    const eq = arg.indexOf("=");
    const region = regions.find(
      (r) => r.name.toLowerCase() === arg.slice(0, eq).trim().toLowerCase(),
    );
    if (eq <= 0 || !region) {
      throw new UsageError(
        `--admin-url takes REGION=URL for one of the regions (${regions.map((r) => r.name).join(", ")}), for example London=https://admin.london.cloud.service.gov.uk/organisations/${ORG_GUID_PLACEHOLDER}.`,
      );
    }
    region.adminUrl = arg.slice(eq + 1).trim();
  }
  const problem = checkRegions(regions);
  if (problem) throw new UsageError(problem);

  // Checked before asking Cloud Foundry anything, so a typo costs nothing.
  const out = resolve(io.cwd, values.out ?? "recipients.csv");
  if (!isDirectory(dirname(out))) {
    throw new UsageError(
      `The folder ${dirname(out)} does not exist: create it, or choose another --out.`,
    );
  }

  return {
    audiences,
    roles,
    regions,
    out,
    splitRegions: values["split-regions"] ?? false,
    excludeOrgs: [...rc.config.excludeOrgs, ...(values["exclude-org"] ?? [])],
    includeSuspended: (values["include-suspended"] ?? false) || !rc.config.excludeSuspendedOrgs,
  };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
