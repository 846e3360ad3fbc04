// How the CLI signs in to each region, in order:
//   1. the cf CLI's session, but only for the region its Target is (a token goes only to its own API);
//   2. a token from the environment: CF_ACCESS_TOKEN_<REGION> (e.g. CF_ACCESS_TOKEN_LONDON), or
//      CF_ACCESS_TOKEN when exactly one region is exported (so one region's token never reaches another);
//   3. at a terminal, a one-time passcode from {login}/passcode.
// Otherwise a CfNoSessionError says what to run.
import type { CfClient } from "../client";
import { CfNoSessionError } from "../errors";
import { readCfCliSession, sameApi, type CfCliSessionResult } from "./cf-cli-config";
import { cfCliTokenSource, signIn } from "./sign-in";
import { StaticTokenSource, type TokenSource } from "./token-source";

export interface CliAuthContext {
  env: NodeJS.ProcessEnv;
  /** How many regions this run exports (CF_ACCESS_TOKEN is only used for one). */
  regionCount: number;
  interactive: boolean;
  prompt(question: string): Promise<string>;
  /** Where to tell the person what is happening (stderr). */
  say(text: string): void;
  readSession?: () => Promise<CfCliSessionResult>;
  signal?: AbortSignal;
}

export function regionEnvName(region: string): string {
  return `CF_ACCESS_TOKEN_${region.toUpperCase().replace(/[^A-Z0-9]+/g, "_")}`;
}

export function cliAuth(
  context: CliAuthContext,
): (region: { name: string }, client: CfClient) => Promise<TokenSource> {
  let session: Promise<CfCliSessionResult> | undefined;
  // Passcode prompts one region at a time, even though regions are read side by side.
  let promptQueue: Promise<unknown> = Promise.resolve();
  return async (region, client) => {
    session ??= (context.readSession ?? (() => readCfCliSession(context.env)))();
    const found = await session;
    if (found.found && sameApi(found.session.target, client.api)) {
      return cfCliTokenSource(client, found.session);
    }
    const specific = regionEnvName(region.name);
    if (context.env[specific]) {
      return new StaticTokenSource(context.env[specific]!, specific, client.api, region.name);
    }
    if (context.env.CF_ACCESS_TOKEN && context.regionCount === 1) {
      return new StaticTokenSource(
        context.env.CF_ACCESS_TOKEN,
        "CF_ACCESS_TOKEN",
        client.api,
        region.name,
      );
    }
    if (context.interactive) {
      const next = promptQueue.then(async () => {
        const { login } = await client.endpoints(context.signal);
        context.say(`Sign in to ${region.name}: get a one-time passcode at ${login}/passcode\n`);
        const passcode = (await context.prompt(`${region.name} passcode: `)).trim();
        if (!passcode)
          throw new CfNoSessionError(client.api, region.name, "no passcode was entered.");
        return signIn(client, { kind: "passcode", passcode }, { signal: context.signal });
      });
      promptQueue = next.catch(() => undefined);
      return next;
    }
    const where = found.found
      ? `the cf CLI is logged in to ${found.session.target}, not ${client.api}`
      : found.reason;
    const envHint =
      context.regionCount === 1 ? `set CF_ACCESS_TOKEN (or ${specific})` : `set ${specific}`;
    throw new CfNoSessionError(
      client.api,
      region.name,
      `${where}. Run \`cf login -a ${client.api} --sso\`, or ${envHint} to the output of \`cf oauth-token\` for that API.`,
    );
  };
}
