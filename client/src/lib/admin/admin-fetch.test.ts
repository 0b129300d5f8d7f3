import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAdminFetch } from './admin-fetch.ts';

const answer = (status: number, code?: string) =>
  new Response(code ? JSON.stringify({ error: { code, message: code } }) : null, {
    status,
    headers: { 'content-type': 'application/json' },
  });

function setup(responses: Response[]) {
  const fetchMock = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => responses.shift() ?? answer(200));
  vi.stubGlobal('fetch', fetchMock);
  const onUnauthenticated = vi.fn();
  const renewCsrfToken = vi.fn(async () => 'renewed-token');
  const adminFetch = createAdminFetch({ csrfToken: () => 'current-token', renewCsrfToken, onUnauthenticated });
  const sentToken = (call: number) => new Headers(fetchMock.mock.calls[call]?.[1]?.headers).get('X-CSRF-Token');
  return { adminFetch, fetchMock, onUnauthenticated, renewCsrfToken, sentToken };
}

afterEach(() => vi.unstubAllGlobals());

describe('the back office fetch', () => {
  it('sends the CSRF token with every change, never with a read', async () => {
    const { adminFetch, sentToken } = setup([answer(200), answer(200)]);
    await adminFetch('/api/admin/intakes/x/notes', { method: 'POST', headers: { 'content-type': 'application/json' } });
    await adminFetch('/api/admin/intakes');
    expect(sentToken(0)).toBe('current-token');
    expect(sentToken(1)).toBeNull();
  });

  it('fetches the session again and retries once when the token no longer matches', async () => {
    const { adminFetch, fetchMock, renewCsrfToken, sentToken } = setup([answer(403, 'csrf_failed'), answer(200)]);
    const response = await adminFetch('/api/admin/intakes/x/status', { method: 'PATCH' });
    expect(response.status).toBe(200);
    expect(renewCsrfToken).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(sentToken(1)).toBe('renewed-token');
  });

  it('does not retry another refusal', async () => {
    const { adminFetch, fetchMock } = setup([answer(403, 'forbidden')]);
    expect((await adminFetch('/api/admin/intakes/x', { method: 'DELETE' })).status).toBe(403);
    expect(fetchMock).toHaveBeenCalledTimes(1);
  });

  it('reports an ended session (401), for reads and changes alike', async () => {
    const { adminFetch, onUnauthenticated } = setup([answer(401, 'unauthenticated'), answer(401, 'unauthenticated')]);
    await adminFetch('/api/admin/intakes');
    await adminFetch('/api/auth/logout', { method: 'POST' });
    expect(onUnauthenticated).toHaveBeenCalledTimes(2);
  });
});
