// CF v3 pagination: ask for the largest page (5000) and follow `pagination.next.href` until null.
import type { CfClient } from "./client";
import { CfBadResponseError } from "./errors";
import type { V3Page } from "./types";

export const MAX_PER_PAGE = 5000;

export interface PageInfo {
  /** 1-based. */
  page: number;
  totalPages: number;
  totalResults: number;
}

/** Adds (or replaces) `per_page` on a path or URL. */
export function withPerPage(pathOrUrl: string, perPage = MAX_PER_PAGE): string {
  const [path, query = ""] = pathOrUrl.split("?", 2) as [string, string?];
  const params = new URLSearchParams(query);
  params.set("per_page", String(perPage));
  return `${path}?${params.toString()}`;
}

export async function* pages<T, I = Record<string, unknown[]>>(
  client: CfClient,
  first: string,
  signal?: AbortSignal,
): AsyncGenerator<V3Page<T, I> & { info: PageInfo }> {
  let url: string | null = withPerPage(first);
  let page = 0;
  // Bounded: never more pages than the server said exist (plus one, for a list that grew meanwhile).
  let limit = Infinity;
  while (url && page < limit) {
    const body: V3Page<T, I> = await client.get<V3Page<T, I>>(url, signal);
    if (!body || !Array.isArray(body.resources) || !body.pagination) {
      throw new CfBadResponseError(client.api + first, "not a paginated list", client.region);
    }
    page++;
    const totalPages = Math.max(body.pagination.total_pages ?? 1, 1);
    limit = totalPages + 1;
    yield {
      ...body,
      info: {
        page,
        totalPages,
        totalResults: body.pagination.total_results ?? body.resources.length,
      },
    };
    const next: string | undefined = body.pagination.next?.href ?? undefined;
    if (next && new URL(next).origin !== new URL(client.api).origin) {
      // Never send our token to another host, whatever a response says.
      throw new CfBadResponseError(next, "the next page is on another host", client.region);
    }
    url = next ?? null;
  }
}
