import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginInput, SecondStepInput, SecondStepRequired, SessionResponse } from '#shared/schemas/auth.ts';
import { api } from '../../../lib/api-client.ts';
import { ApiRequestError, throwIfFailed } from '../../../lib/api-error.ts';
import { rememberSession } from '../../../lib/admin/get-session.ts';

/** Too many failed sign-ins: the server says when the next try may be. */
export class SignInThrottledError extends ApiRequestError {
  constructor(
    error: ApiRequestError,
    /** Seconds from `at` (Retry-After), or null when the server did not say. */
    readonly retryAfterSeconds: number | null,
    readonly at: Date = new Date(),
  ) {
    super(error.status, error.code, error.message, error.issues);
  }

  /** When a new try is allowed, or null when unknown. */
  get retryAt(): Date | null {
    return this.retryAfterSeconds === null ? null : new Date(this.at.getTime() + this.retryAfterSeconds * 1000);
  }
}

/** Retry-After in seconds (a number of seconds or an HTTP date), or null. */
function parseRetryAfter(value: string | null, now: Date = new Date()): number | null {
  if (value === null || value.trim() === '') return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - now.getTime()) / 1000));
}

async function throwIfSignInFailed(response: Response): Promise<void> {
  try {
    await throwIfFailed(response);
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 429) {
      throw new SignInThrottledError(error, parseRetryAfter(response.headers.get('Retry-After')));
    }
    throw error;
  }
}

/**
 * POST /api/auth/login: the new session (cookie set by the server) and its CSRF token, or, with
 * two-factor sign-in on, the pending token for the second step (signInSecondStep).
 */
export async function signIn(input: LoginInput): Promise<SessionResponse | SecondStepRequired> {
  const response = await api.api.auth.login.$post({ json: input });
  await throwIfSignInFailed(response);
  const answer: SessionResponse | SecondStepRequired = await response.json();
  return answer;
}

export function needsSecondStep(answer: SessionResponse | SecondStepRequired): answer is SecondStepRequired {
  return 'secondStep' in answer;
}

/** POST /api/auth/login/second-step: a code from the authenticator app, or a recovery code. */
export async function signInSecondStep(input: SecondStepInput): Promise<SessionResponse> {
  const response = await api.api.auth.login['second-step'].$post({ json: input });
  await throwIfSignInFailed(response);
  const session: SessionResponse = await response.json();
  return session;
}

/** Signs in; a session (with its CSRF token) goes straight into the session query. */
export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (answer) => {
      if (!needsSecondStep(answer)) rememberSession(queryClient, answer);
    },
  });
}

export function useSignInSecondStep() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signInSecondStep,
    onSuccess: (session) => rememberSession(queryClient, session),
  });
}
