/**
 * A signed-in VA for API tests of the back office (/api/admin/...).
 *
 *   const t = useTestApp();
 *   test('...', async () => {
 *     const va = await signInAsVa(t);
 *     const res = await va.client.api.admin.settings.$get();                   // typed, cookie + X-CSRF-Token added
 *     await va.request('/api/admin/settings');                                  // the same, untyped: cookie added
 *     await va.request('/api/admin/intakes/x/notes', { method: 'POST', json: { text: 'Hi' } });
 *     //                                             cookie + X-CSRF-Token + JSON body added
 *   });
 *
 * The account is created through the auth service (as `npm run va:create` does) and signed in
 * through the real POST /api/auth/login, so the session is exactly what a browser gets.
 */
import { CSRF_HEADER } from '#shared/schemas/auth.ts';
import { saveVa } from '../../server/features/auth/auth.service.ts';
import type { useTestApp } from './test-app.ts';
import { clientOf, sessionOf, type TestClient } from './test-client.ts';

type TestApp = Pick<ReturnType<typeof useTestApp>, 'app' | 'db' | 'log'>;

export type VaRequestInit = RequestInit & {
  /** Sent as the JSON body (with `content-type: application/json`). */
  json?: unknown;
  /** Leave out the X-CSRF-Token header (to test the guard). */
  withoutCsrf?: boolean;
};

export interface SignedInTestVa {
  /** The account: `userId` is VaUser.id. */
  va: { userId: string; email: string; name: string };
  /** The password it signed in with. */
  password: string;
  /** `ds_session=<token>`: the value of a Cookie header. */
  cookie: string;
  /** The session's CSRF token, as the SPA gets it from login / GET /api/auth/session. */
  csrfToken: string;
  /** The app as a typed client (tests/setup/test-client.ts) with the session cookie and the CSRF token. */
  client: TestClient;
  /** `t.app.request(path, init)` with the session cookie and the CSRF token added. */
  request(path: string, init?: VaRequestInit): Promise<Response>;
  /**
   * POST /api/auth/reauth with the password (and `code` when two-factor is on): what the CSV
   * export and erasure need within the last 5 minutes. Throws unless it answers 200.
   */
  reauthenticate(code?: string): Promise<void>;
}

export const TEST_VA_PASSWORD = 'correct horse battery staple';

/**
 * Signs a VA in through the HTTP API, creating the account first when the address is new
 * (default sanne@example.nl / "Sanne Jansen" / TEST_VA_PASSWORD). Calling it twice gives two
 * sessions of one account; pass another `email` for a second VA.
 */
export async function signInAsVa(
  t: TestApp,
  account: { email?: string; name?: string; password?: string } = {},
): Promise<SignedInTestVa> {
  const email = (account.email ?? 'sanne@example.nl').toLowerCase();
  const name = account.name ?? 'Sanne Jansen';
  const password = account.password ?? TEST_VA_PASSWORD;
  // An existing account is reused as it is (saving it again would end its other sessions).
  const va =
    (await t.db.prisma.vaUser.findUnique({ where: { email }, select: { id: true, email: true, name: true } })) ??
    (await saveVa(t, { email, name, password })).va;

  const login = await clientOf(t.app).api.auth.login.$post({ json: { email, password } });
  if (login.status !== 200) throw new Error(`signInAsVa: login answered ${login.status}: ${await login.text()}`);
  const { csrfToken } = await sessionOf(login);
  const cookie = sessionCookieOf(login);

  const signedIn: SignedInTestVa = {
    va: { userId: va.id, email: va.email, name: va.name },
    password,
    cookie,
    csrfToken,
    client: clientOf(t.app, { cookie, [CSRF_HEADER]: csrfToken }),
    async reauthenticate(code) {
      const response = await signedIn.request('/api/auth/reauth', { method: 'POST', json: { password, ...(code ? { code } : {}) } });
      if (response.status !== 200) throw new Error(`reauthenticate: answered ${response.status}: ${await response.text()}`);
    },
    async request(path, init = {}) {
      const { json, withoutCsrf, ...rest } = init;
      const headers = new Headers(rest.headers);
      headers.set('cookie', cookie);
      if (!withoutCsrf && !headers.has(CSRF_HEADER)) headers.set(CSRF_HEADER, csrfToken);
      if (json !== undefined) {
        headers.set('content-type', 'application/json');
        rest.body = JSON.stringify(json);
      }
      return t.app.request(path, { ...rest, headers });
    },
  };
  return signedIn;
}

/** `ds_session=<token>` from a response's Set-Cookie header (throws when there is none). */
export function sessionCookieOf(response: { headers: Headers }): string {
  const setCookie = response.headers.getSetCookie().find((value) => value.startsWith('ds_session='));
  const pair = setCookie?.split(';')[0];
  if (!pair || pair === 'ds_session=') throw new Error('no ds_session cookie in the response');
  return pair;
}
