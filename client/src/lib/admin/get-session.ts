import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query';
import type { SessionResponse } from '#shared/schemas/auth.ts';
import { api } from '../api-client.ts';
import { throwIfFailed } from '../api-error.ts';
import { adminQueryRoot } from './query-keys.ts';

/** Why there is no session (any more): shown on the sign-in page. null = never signed in here. */
export type SessionEnd = 'signed-out' | 'signed-out-everywhere' | 'expired';

/**
 * Who is signed in with the session's CSRF token, or why nobody is. The back office's one
 * source of truth about signing in: the gate, the header and the sign-in page all read it.
 */
export type SessionState = SessionResponse | { ended: SessionEnd | null };

export function isSignedIn(state: SessionState | undefined): state is SessionResponse {
  return state !== undefined && 'va' in state;
}

/** GET /api/auth/session. A 401 is an answer here (nobody is signed in), not a failure. */
export async function getSession(): Promise<SessionState> {
  const response = await api.api.auth.session.$get();
  const status: number = response.status; // the route's type lists only its 200
  if (status === 401) return { ended: null };
  await throwIfFailed(response);
  const session: SessionResponse = await response.json();
  return session;
}

export function getSessionQueryOptions() {
  return queryOptions({
    queryKey: ['auth', 'session'] as const,
    queryFn: getSession,
    // Changes only by signing in or out, which set it, or by a 401 elsewhere, which ends it.
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useSession() {
  return useQuery(getSessionQueryOptions());
}

/** A session from signing in. */
export function rememberSession(queryClient: QueryClient, session: SessionResponse): void {
  queryClient.setQueryData(getSessionQueryOptions().queryKey, session);
}

/** The session has ended: the gate sends the VA to the sign-in page, and her data leaves memory. */
export function forgetSession(queryClient: QueryClient, ended: SessionEnd): void {
  const state: SessionState = { ended };
  queryClient.setQueryData(getSessionQueryOptions().queryKey, state);
  queryClient.removeQueries({ queryKey: adminQueryRoot });
}

/** The current session's CSRF token, or null. */
export function currentCsrfToken(queryClient: QueryClient): string | null {
  const state = queryClient.getQueryData(getSessionQueryOptions().queryKey);
  return isSignedIn(state) ? state.csrfToken : null;
}
