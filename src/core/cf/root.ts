// The API root document tells us where UAA lives, so the user only ever configures the API address.
import { CfBadResponseError, CfHttpError } from "./errors";
import type { Http } from "./http";
import type { RootDocument } from "./types";

export interface Endpoints {
  api: string;
  /** Where tokens are granted (`/oauth/token`): the login server, else UAA. */
  login: string;
  /** Where SCIM users live (`/Users`). */
  uaa: string;
}

export function trimSlash(url: string): string {
  return url.replace(/\/+$/, "");
}

export async function fetchEndpoints(
  http: Http,
  api: string,
  region?: string,
  signal?: AbortSignal,
): Promise<Endpoints> {
  const url = `${trimSlash(api)}/`;
  const { response, attempts } = await http.send(url, {
    headers: { accept: "application/json" },
    signal,
  });
  if (!response.ok) throw new CfHttpError(response.status, url, "", attempts, region);
  let doc: RootDocument;
  try {
    doc = (await response.json()) as RootDocument;
  } catch {
    throw new CfBadResponseError(url, "the root document is not JSON", region);
  }
  const uaa = doc?.links?.uaa?.href;
  const login = doc?.links?.login?.href ?? uaa;
  if (!uaa || !login) {
    throw new CfBadResponseError(url, "the root document has no UAA link", region);
  }
  return { api: trimSlash(api), login: trimSlash(login), uaa: trimSlash(uaa) };
}
