// The shapes exportRecipients takes and returns, shared by the CLI and the VS Code command.
import type { TokenSource } from "../cf/auth/token-source";
import type { CfClient } from "../cf/client";
import type { HttpOptions } from "../cf/http";
import type { Audience } from "../draft";
import type { RoleType } from "./audiences";
import type { OrgExclusions } from "./org-filter";
import type { Region } from "./regions";
import type { RecipientRow } from "./rows";

export interface ExportOptions {
  regions: readonly Region[];
  audiences: readonly Audience[];
  /** Extra role types, joined to the audiences as a union. */
  roles?: readonly RoleType[];
  exclusions: OrgExclusions;
  /** How each region signs in (cf CLI session, passcode, CF_ACCESS_TOKEN...). */
  auth: (region: Region, client: CfClient) => TokenSource | Promise<TokenSource>;
  /** fetch, sleep, timeouts, retries: injectable for tests. */
  http?: HttpOptions;
}

export interface ExportProgress {
  region: string;
  step: "connecting" | "roles" | "organizations" | "users" | "done";
  page?: number;
  totalPages?: number;
  /** Ready to show, e.g. "London: roles page 2 of 13". */
  message: string;
}

export interface ExportHooks {
  onProgress?: (progress: ExportProgress) => void;
  signal?: AbortSignal;
}

export interface SkippedUser {
  region: string;
  /** Username, or the client/user id when there is none. */
  user: string;
  userGuid: string;
  orgs: string[];
  roles: RoleType[];
  reason: string;
}

export interface ExcludedOrg {
  region: string;
  guid: string;
  name: string;
  reason: string;
}

export interface RegionCount {
  region: string;
  /** Distinct addresses found in this region. */
  addresses: number;
  /** Roles of the wanted types that were read (before exclusions). */
  roles: number;
  /** HTTP requests made for this region, retries included. */
  requests: number;
}

export interface ExportResult {
  rows: RecipientRow[];
  skipped: SkippedUser[];
  excludedOrgs: ExcludedOrg[];
  regions: RegionCount[];
  /** Addresses found in more than one region. */
  inSeveralRegions: number;
  /** Which roles were asked for and why (states any union). */
  audience: { roles: RoleType[]; description: string };
  /** Any region has an adminUrl: the CSV gets an `admin links` column. */
  adminLinks: boolean;
  requests: number;
  /** "1,234 addresses: Ireland 800, London 500, 66 in both; 3 skipped". */
  summary: string;
}
