/**
 * ASVS L2 response headers through the real app (docs/security/asvs-l2.md, V14): API answers are
 * downloads, never pages (14.4.2); HSTS with subdomains (14.4.5) and no-referrer (14.4.6) on every
 * answer; no version details (14.3.3); no CORS headers at all (14.5.3).
 */
import { describe, expect, test } from 'vitest';
import { signInAsVa } from '../setup/admin-session.ts';
import { useTestApp } from '../setup/test-app.ts';

const t = useTestApp();

const OTHER_SITE = 'https://evil.example.com';

describe('API answers are attachments (14.4.2)', () => {
  test('a JSON answer, an error, a 404 and a refused request carry Content-Disposition: attachment', async () => {
    const answers = [
      await t.app.request('/api/health'),
      await t.app.request('/api/admin/intakes'), // 401
      await t.app.request('/api/does-not-exist'), // 404
      await t.app.request('/api/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }), // 422
    ];
    for (const answer of answers) {
      expect(answer.headers.get('content-disposition'), `${answer.url} ${answer.status}`).toBe('attachment; filename="api.json"');
      expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  test("an answer that names its own file keeps it (the CSV export), and the SPA's pages are not attachments", async () => {
    const va = await signInAsVa(t);
    await va.reauthenticate();
    const csv = await va.request('/api/admin/intakes/export.csv');
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="intakes-\d{4}-\d{2}-\d{2}\.csv"$/);
    const me = await va.client.api.admin.me.$get();
    expect(me.status).toBe(200);
    expect(me.headers.get('content-disposition')).toBe('attachment; filename="api.json"');
    expect(await me.json()).toBeTruthy(); // a fetch reads it as ever
    for (const page of ['/', '/admin', '/embed']) expect((await t.app.request(page)).headers.get('content-disposition'), page).toBeNull();
  });
});

describe('every answer', () => {
  const paths = ['/', '/embed', '/api/health', '/api/does-not-exist', '/api/admin/intakes'];

  test('has Strict-Transport-Security with subdomains (14.4.5) and Referrer-Policy no-referrer (14.4.6)', async () => {
    for (const pathname of paths) {
      const answer = await t.app.request(pathname);
      expect(answer.headers.get('strict-transport-security'), pathname).toMatch(/^max-age=(\d+); includeSubDomains/);
      expect(Number(/max-age=(\d+)/.exec(answer.headers.get('strict-transport-security')!)![1])).toBeGreaterThanOrEqual(15_552_000);
      expect(answer.headers.get('referrer-policy'), pathname).toBe('no-referrer');
    }
  });

  test('gives away no server or version (14.3.3)', async () => {
    for (const pathname of paths) {
      const answer = await t.app.request(pathname);
      expect(answer.headers.get('server'), pathname).toBeNull();
      expect(answer.headers.get('x-powered-by'), pathname).toBeNull();
      const body = await answer.text();
      expect(body, pathname).not.toMatch(/node(\.js)?\s*v?\d+\.\d+|hono\/?\d|prisma\s*\d/i);
    }
    expect(await (await t.app.request('/api/health')).json()).toEqual({ ok: true });
  });

  test('carries no CORS header, not for another site and not for Origin: null (14.5.3)', async () => {
    for (const origin of [OTHER_SITE, 'null']) {
      const inits: RequestInit[] = [
        { headers: { origin } },
        { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } },
      ];
      for (const init of inits) {
        for (const pathname of ['/api/health', '/api/auth/login', '/api/admin/intakes']) {
          const answer = await t.app.request(pathname, init);
          for (const header of ['access-control-allow-origin', 'access-control-allow-credentials', 'access-control-allow-methods']) {
            expect(answer.headers.get(header), `${init.method ?? 'GET'} ${pathname} from ${origin}`).toBeNull();
          }
        }
      }
    }
  });
});
