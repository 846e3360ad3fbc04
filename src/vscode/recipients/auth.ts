// Signing in to a region from the editor, in order: the cf CLI's session (when it targets this
// region's API and still works), a refresh token kept in SecretStorage from an earlier sign-in,
// then asking: a one-time passcode (SSO) or username and password. Tokens go only to SecretStorage,
// never to settings or the output channel.
import * as vscode from "vscode";
import { readCfCliSession, sameApi } from "../../core/cf/auth/cf-cli-config";
import { cfCliTokenSource, savedSignIn, signIn } from "../../core/cf/auth/sign-in";
import type { TokenSource } from "../../core/cf/auth/token-source";
import type { TokenGrant } from "../../core/cf/auth/uaa";
import type { CfClient } from "../../core/cf/client";
import { CfNoSessionError, CfSessionExpiredError } from "../../core/cf/errors";
import type { Region } from "../../core/recipients/regions";
import { outputChannel } from "../output";

const secretKey = (api: string) => `tenantComms.cf.refreshToken:${api.toLowerCase()}`;

export interface AuthChoices {
  /** Regions whose cf CLI session failed mid-run: don't offer it again this time. */
  skipCfSession: Set<string>;
  /** Regions the person asked to sign in to afresh ("Sign in to London"). */
  forceSignIn: Set<string>;
}

export function editorAuth(
  secrets: vscode.SecretStorage,
  choices: AuthChoices,
): (region: Region, client: CfClient) => Promise<TokenSource> {
  const log = outputChannel();
  // One sign-in prompt at a time, even though regions are read side by side.
  let queue: Promise<unknown> = Promise.resolve();
  const keep = (api: string) => async (grant: TokenGrant) => {
    if (grant.refreshToken) await secrets.store(secretKey(api), grant.refreshToken);
  };

  return async (region, client) => {
    if (!choices.forceSignIn.has(region.name) && !choices.skipCfSession.has(region.name)) {
      const found = await readCfCliSession(process.env);
      if (found.found && sameApi(found.session.target, client.api)) {
        const source = cfCliTokenSource(client, found.session);
        if (await works(source)) {
          log.info(`${region.name}: using the cf CLI session (${found.session.path}).`);
          return source;
        }
        log.info(`${region.name}: the cf CLI session has expired; trying a saved sign-in.`);
      }
    }
    const saved = choices.forceSignIn.has(region.name)
      ? undefined
      : await secrets.get(secretKey(client.api));
    if (saved) {
      const source = savedSignIn(client, saved, { onGrant: keep(client.api) });
      if (await works(source)) {
        log.info(`${region.name}: using the saved sign-in.`);
        return source;
      }
      await secrets.delete(secretKey(client.api));
      log.info(`${region.name}: the saved sign-in has expired.`);
    }
    const next = queue.then(() => signInInteractively(region, client, keep(client.api)));
    queue = next.catch(() => undefined);
    return next;
  };
}

/** Asks for the token now, so an expired session falls through to the next way of signing in. */
async function works(source: TokenSource): Promise<boolean> {
  try {
    await source.token();
    return true;
  } catch (error) {
    if (error instanceof CfSessionExpiredError) return false;
    throw error;
  }
}

async function signInInteractively(
  region: Region,
  client: CfClient,
  onGrant: (grant: TokenGrant) => Promise<void>,
): Promise<TokenSource> {
  const cancelled = () => new CfNoSessionError(client.api, region.name, "sign-in was cancelled.");
  const { login } = await client.endpoints();
  const method = await vscode.window.showQuickPick(
    [
      {
        label: "$(key) One-time passcode (SSO)",
        detail: `Get a passcode at ${login}/passcode`,
        id: "passcode" as const,
      },
      {
        label: "$(account) Username and password",
        detail: "For accounts that do not use single sign-on",
        id: "password" as const,
      },
    ],
    { title: `Sign in to ${region.name} (${client.api})`, ignoreFocusOut: true },
  );
  if (!method) throw cancelled();
  if (method.id === "passcode") {
    void vscode.env.openExternal(vscode.Uri.parse(`${login}/passcode`));
    const passcode = await vscode.window.showInputBox({
      title: `Sign in to ${region.name}`,
      prompt: `Paste the one-time passcode from ${login}/passcode (opened in your browser).`,
      password: true,
      ignoreFocusOut: true,
      validateInput: (v) =>
        v.trim() ? undefined : "Paste the passcode, or press Escape to cancel.",
    });
    if (!passcode) throw cancelled();
    return signIn(client, { kind: "passcode", passcode: passcode.trim() }, { onGrant });
  }
  const username = await vscode.window.showInputBox({
    title: `Sign in to ${region.name}`,
    prompt: "Username (usually your email address)",
    ignoreFocusOut: true,
  });
  if (!username) throw cancelled();
  const password = await vscode.window.showInputBox({
    title: `Sign in to ${region.name}`,
    prompt: `Password for ${username}`,
    password: true,
    ignoreFocusOut: true,
  });
  if (!password) throw cancelled();
  return signIn(client, { kind: "password", username: username.trim(), password }, { onGrant });
}

/** Keeps a refresh token for an API (as a sign-in does); used by the test-only command. */
export async function saveSignIn(
  secrets: vscode.SecretStorage,
  api: string,
  refreshToken: string,
): Promise<void> {
  await secrets.store(secretKey(api.replace(/\/+$/, "")), refreshToken);
}
