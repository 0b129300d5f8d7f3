import { CSRF_HEADER } from '#shared/schemas/auth.ts';
import { ApiError } from '#shared/schemas/common.ts';

/**
 * How the back office talks to /api/admin (and signs out): `fetch`, plus the session's
 * X-CSRF-Token on every request that changes something. Passed to `hc` as its `fetch`, so
 * the calls stay typed by the server's routes.
 */
export type AdminFetch = typeof fetch;

type AdminFetchOptions = {
  /** The token of the current session, kept in memory (the session query's data). */
  csrfToken: () => string | null;
  /** Asks the server for the session again (e.g. after signing in in another tab): its token, or null. */
  renewCsrfToken: () => Promise<string | null>;
  /** The session has ended (401): the app goes to the sign-in page. */
  onUnauthenticated: () => void;
};

const SAFE_METHODS = new Set(['GET', 'HEAD']);

export function createAdminFetch({ csrfToken, renewCsrfToken, onUnauthenticated }: AdminFetchOptions): AdminFetch {
  return async (input, init) => {
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const needsToken = !SAFE_METHODS.has(method);
    // The global fetch is looked up on every call (tests replace it).
    const send = (token: string | null) => {
      if (!needsToken) return fetch(input, init);
      const headers = new Headers(init?.headers);
      if (token) headers.set(CSRF_HEADER, token);
      return fetch(input, { ...init, headers });
    };

    let response = await send(needsToken ? csrfToken() : null);
    // A token that no longer matches (a new sign-in elsewhere gave this browser a new session):
    // fetch the current one and try once more.
    if (needsToken && response.status === 403 && (await errorCode(response)) === 'csrf_failed') {
      const renewed = await renewCsrfToken();
      if (renewed) response = await send(renewed);
    }
    if (response.status === 401) onUnauthenticated();
    return response;
  };
}

async function errorCode(response: Response): Promise<string | null> {
  const body: unknown = await response
    .clone()
    .json()
    .catch(() => null);
  const parsed = ApiError.safeParse(body);
  return parsed.success ? parsed.data.error.code : null;
}
