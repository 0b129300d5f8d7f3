import type { ApiFieldIssue } from '#shared/schemas/common.ts';

/** A failed API call with the server's code and per-field issues, whatever the status. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiFieldIssue[] = [],
  ) {
    super(message);
  }
}

/**
 * Turns any non-2xx response into an ApiRequestError; the one place that reads error bodies.
 * The error schema (and zod with it) is imported only when a call failed: the scan's first load
 * stays without zod (docs/decisions/0016-scan-first-load-budget.md).
 */
export async function throwIfFailed(response: Response): Promise<void> {
  if (response.ok) return;
  const body: unknown = await response.json().catch(() => null);
  const parsed = await import('#shared/schemas/common.ts').then(
    ({ ApiError }) => ApiError.safeParse(body),
    () => null, // the schema's code could not load (offline, a new release): the status still counts
  );
  if (parsed?.success) {
    const { code, message, issues } = parsed.data.error;
    throw new ApiRequestError(response.status, code, message, issues);
  }
  throw new ApiRequestError(response.status, 'http_error', response.statusText);
}

/** The API answered 404: what was asked for does not exist (or no longer). */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 404;
}
