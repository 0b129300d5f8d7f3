/**
 * The app as a typed client for API tests: Hono's `testClient`, the same `hc` calls the SPA makes
 * (client/src/lib/api-client.ts), straight into `app.request` without a network.
 *
 *   const t = useTestApp();
 *   const res = await t.client.api.intakes.$post({ json: buildCreateIntakeInput() });
 *   const { resultToken } = await res.json();                // typed from the route's c.json(...)
 *   const va = await signInAsVa(t);
 *   await va.client.api.admin.settings.$get();               // session cookie + X-CSRF-Token added
 *   expect((await errorOf(refused)).code).toBe('not_found'); // the error body, its shape checked
 *
 * Errors are thrown (AppError) and answered by the one error handler, so a route's type knows
 * only its successful answers: read an error answer with `errorOf`.
 */
import { hc } from 'hono/client';
import { testClient } from 'hono/testing';
import { ApiError } from '#shared/schemas/common.ts';
import type { AppType } from '../../server/app.ts';

/** A typed client of `app`; `headers` go with every request (a call's own headers win). */
export function clientOf(app: AppType, headers: Record<string, string> = {}) {
  return testClient(app, undefined, undefined, { headers });
}

export type TestClient = ReturnType<typeof clientOf>;

/** The same typed client over HTTP, for a server running as a process (tests/setup/server-process.ts). */
export function serverClientOf(port: number) {
  return hc<AppType>(`http://127.0.0.1:${port}`);
}

type SignInResponse = Awaited<ReturnType<TestClient['api']['auth']['login']['$post']>>;

/** The answer of a sign-in that made a session (not one that asks for the second step); throws otherwise. */
export async function sessionOf(response: SignInResponse) {
  const answer = await response.json();
  if (!('csrfToken' in answer)) throw new Error('the sign-in asked for a second step');
  return answer;
}

/** The body of an error answer (`{ error: { code, message, issues? } }`); throws when it is not that shape. */
export async function errorBodyOf(response: { json(): Promise<unknown> }): Promise<ApiError> {
  const body: unknown = await response.json();
  assertApiError(body);
  return body;
}

/** The `error` of an error answer: `(await errorOf(response)).code`. */
export async function errorOf(response: { json(): Promise<unknown> }): Promise<ApiError['error']> {
  return (await errorBodyOf(response)).error;
}

/** Checks the shape without copying: a key the schema does not know is still there for `toEqual` to see. */
function assertApiError(body: unknown): asserts body is ApiError {
  ApiError.parse(body);
}
