/**
 * Every route under /api/admin, read from the app itself (Hono's `app.routes`), is behind the
 * guard: 401 without a session, and 403 for a state-changing request with a forged CSRF token.
 * A route added later is covered without touching this file; one mounted outside adminRoutes()
 * (so without requireVa) fails here.
 */
import { describe, expect, test } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Db } from '../../server/lib/db.ts';
import { signInAsVa } from '../setup/admin-session.ts';
import { useTestApp } from '../setup/test-app.ts';

const t = useTestApp();

const STATE_CHANGING = ['POST', 'PUT', 'PATCH', 'DELETE'];

type AdminRoute = { method: string; /** as registered */ pattern: string; /** to request */ path: string };

/**
 * Each (method, concrete path) under /api/admin; middleware entries (`ALL`) as GET and POST.
 * Read while the test file is collected, from an app built over no database at all (building
 * the routes must not touch it); the tests then run against the real app over a real one.
 */
function adminRoutes(): AdminRoute[] {
  const noDatabase = new Proxy({} as Db, {
    get(_target, property) {
      throw new Error(`createApp() used the database (${String(property)}) while building its routes`);
    },
  });
  const seen = new Map<string, AdminRoute>();
  for (const route of createApp({ db: noDatabase, env: t.env, log: t.log }).routes) {
    if (route.path !== '/api/admin' && !route.path.startsWith('/api/admin/')) continue;
    const methods = route.method === 'ALL' ? ['GET', 'POST'] : [route.method];
    const path = concretePath(route.path);
    for (const method of methods) seen.set(`${method} ${path}`, { method, pattern: route.path, path });
  }
  return [...seen.values()];
}

/** `/api/admin/intakes/:id{[a-z0-9]+}/notes` → `/api/admin/intakes/c0000000000000000000000/notes`. */
function concretePath(path: string): string {
  return path
    .replace(/:[A-Za-z_]\w*(\{[^}]*\})?\??/g, 'c0000000000000000000000')
    .replace(/\*/g, 'anything');
}

const routes = adminRoutes();
const stateChanging = routes.filter((route) => STATE_CHANGING.includes(route.method));

async function errorCode(response: Response): Promise<string | undefined> {
  const body = (await response.json().catch(() => null)) as { error?: { code?: string } } | null;
  return body?.error?.code;
}

test('the enumeration finds the admin routes', () => {
  expect(routes).toContainEqual({ method: 'GET', pattern: '/api/admin/me', path: '/api/admin/me' });
  expect(stateChanging.length).toBeGreaterThan(0); // at least the guard's own ALL entry as POST
});

describe.each(routes)('$method $pattern', ({ method, path }) => {
  test('answers 401 without a session', async () => {
    const response = await t.app.request(path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: method === 'GET' || method === 'HEAD' ? undefined : '{}',
    });
    expect(response.status).toBe(401);
    expect(await errorCode(response)).toBe('unauthenticated');
  });

  test('answers 401 for a forged session cookie', async () => {
    const response = await t.app.request(path, {
      method,
      headers: { cookie: 'ds_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', 'x-csrf-token': 'x' },
    });
    expect(response.status).toBe(401);
  });
});

describe.each(stateChanging)('$method $pattern with a valid session', ({ method, path }) => {
  test('answers 403 csrf_failed without a CSRF token or with a forged one', async () => {
    const va = await signInAsVa(t);
    for (const init of [{ withoutCsrf: true }, { headers: { 'x-csrf-token': 'forged-token' } }]) {
      const response = await va.request(path, { method, json: {}, ...init });
      expect(response.status).toBe(403);
      expect(await errorCode(response)).toBe('csrf_failed');
    }
  });

  test('answers 403 csrf_failed for a cross-site request even with the right token', async () => {
    const va = await signInAsVa(t);
    const response = await va.request(path, { method, json: {}, headers: { origin: 'https://evil.example' } });
    expect(response.status).toBe(403);
    expect(await errorCode(response)).toBe('csrf_failed');
  });
});
