// Typed Cloud Foundry / UAA errors. Each message says what happened and what to do next, and is
// built only from fixed text, addresses and CF's own error details: never from tokens, passwords or
// request bodies, so any message is safe to show, log or put in a report.

export type CfErrorCode =
  | "session-expired"
  | "no-session"
  | "bad-credentials"
  | "forbidden"
  | "http"
  | "network"
  | "bad-response"
  | "cancelled";

export abstract class CfError extends Error {
  abstract readonly code: CfErrorCode;
  /** Region name when known, so adapters can offer "Sign in to London". */
  region?: string;
}

/** The token has expired and could not be refreshed (or there was nothing to refresh with). */
export class CfSessionExpiredError extends CfError {
  override name = "CfSessionExpiredError";
  readonly code = "session-expired";
  constructor(
    readonly api: string,
    region?: string,
    /** What to do instead of the default "cf login" advice (e.g. for CF_ACCESS_TOKEN). */
    hint?: string,
  ) {
    super(
      `Your cf session${region ? ` for ${region}` : ""} has expired: ` +
        (hint ??
          `run \`cf login -a ${api} --sso\` and try again, or sign in with a one-time passcode.`),
    );
    this.region = region;
  }
}

/** No way to authenticate was found for a region. */
export class CfNoSessionError extends CfError {
  override name = "CfNoSessionError";
  readonly code = "no-session";
  constructor(
    readonly api: string,
    region: string | undefined,
    hint: string,
  ) {
    super(`No Cloud Foundry sign-in${region ? ` for ${region}` : ""} (${api}): ${hint}`);
    this.region = region;
  }
}

/** UAA rejected a username/password or passcode. */
export class CfBadCredentialsError extends CfError {
  override name = "CfBadCredentialsError";
  readonly code = "bad-credentials";
  constructor(what: "password" | "passcode", loginUrl: string, region?: string) {
    super(
      what === "passcode"
        ? `That one-time passcode was not accepted${region ? ` by ${region}` : ""}. Passcodes work once and expire after a few minutes: get a new one at ${loginUrl}/passcode and try again.`
        : `The username or password was not accepted${region ? ` by ${region}` : ""}. Check them, or sign in with a one-time passcode from ${loginUrl}/passcode.`,
    );
    this.region = region;
  }
}

/** 403: signed in, but not allowed. Typically not a platform admin. */
export class CfForbiddenError extends CfError {
  override name = "CfForbiddenError";
  readonly code = "forbidden";
  constructor(
    readonly url: string,
    detail: string,
    region?: string,
  ) {
    super(
      `Cloud Foundry${region ? ` (${region})` : ""} refused ${pathOf(url)}: ${detail || "forbidden"}. ` +
        `Exporting recipients needs an account that can read every org's roles (a platform admin or global auditor).`,
    );
    this.region = region;
  }
}

/** A non-retryable or exhausted HTTP failure. */
export class CfHttpError extends CfError {
  override name = "CfHttpError";
  readonly code = "http";
  constructor(
    readonly status: number,
    readonly url: string,
    detail: string,
    attempts: number,
    region?: string,
  ) {
    super(
      `Cloud Foundry${region ? ` (${region})` : ""} answered ${status} for ${pathOf(url)}` +
        `${detail ? `: ${detail}` : ""}` +
        (attempts > 1
          ? ` (after ${attempts} attempts). The platform may be having problems: try again later.`
          : "."),
    );
    this.region = region;
  }
}

/** The server could not be reached (DNS, refused, reset, timeout) even after retries. */
export class CfNetworkError extends CfError {
  override name = "CfNetworkError";
  readonly code = "network";
  constructor(
    readonly url: string,
    reason: string,
    attempts: number,
    region?: string,
  ) {
    super(
      `Could not reach ${originOf(url)}${region ? ` (${region})` : ""}: ${reason}` +
        ` (after ${attempts} attempt${attempts === 1 ? "" : "s"}). Check the API address and your network or VPN, then try again.`,
    );
    this.region = region;
  }
}

/** The server answered, but not with what the API promises (not JSON, missing fields). */
export class CfBadResponseError extends CfError {
  override name = "CfBadResponseError";
  readonly code = "bad-response";
  constructor(
    readonly url: string,
    reason: string,
    region?: string,
  ) {
    super(
      `Unexpected answer from ${pathOf(url)}${region ? ` (${region})` : ""}: ${reason}. Is the API address a Cloud Foundry API?`,
    );
    this.region = region;
  }
}

/** The caller's AbortSignal fired. */
export class CfCancelledError extends CfError {
  override name = "CfCancelledError";
  readonly code = "cancelled";
  constructor() {
    super("Cancelled.");
  }
}

/** `https://host/path` without the query string (queries carry no secrets, but can be very long). */
export function pathOf(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return "(invalid address)";
  }
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return "(invalid address)";
  }
}
