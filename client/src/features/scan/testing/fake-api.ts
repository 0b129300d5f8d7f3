import { act, waitFor } from '@testing-library/react';
import { expect, vi } from 'vitest';

/**
 * The network boundary for component tests (there is no server in jsdom): `fetch` answers per
 * "METHOD /path" from `routes`, and records every call. A request without a route never
 * answers (as a slow network would), so a test only sees what it set up.
 */

export type FakeCall = { method: string; path: string; body: unknown };
type Route = (call: FakeCall) => Response | Promise<Response>;

export function json(status: number, body?: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
  });
}

export function stubApi(routes: Record<string, Route>) {
  const calls: FakeCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = new URL(input instanceof Request ? input.url : String(input), 'http://localhost');
      const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
      const text = typeof init?.body === 'string' ? init.body : null;
      const call = { method, path: url.pathname, body: text ? JSON.parse(text) : undefined };
      calls.push(call);
      const route = routes[`${method} ${url.pathname}`];
      return route ? route(call) : new Promise<Response>(() => {});
    }),
  );
  return {
    calls,
    /** The calls to one route, e.g. callsTo('POST /api/scan/progress'). */
    callsTo: (key: string) => calls.filter((call) => `${call.method} ${call.path}` === key),
  };
}

/** The scan's own counting endpoints, answering as the server does. */
export const countingRoutes: Record<string, Route> = {
  'POST /api/scan/start': () => json(200, { startStamp: '1795000000000.signed-by-the-server' }),
  'POST /api/scan/progress': () => json(204),
};

type Deferred = { resolve: (response: Response) => void; reject: (error: unknown) => void };

/**
 * Only the scan's send (POST /api/intakes) answers, and only when the test says so: `respond`
 * with a status and body, or `fail` as a lost connection does. Anything else (e.g. the result
 * page loading after navigation) stays pending.
 */
export function stubSubmit() {
  const pending: Deferred[] = [];
  const fetchMock = vi.fn((input: RequestInfo | URL, _init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    return new Promise<Response>((resolve, reject) => {
      if (url.includes('/api/intakes')) pending.push({ resolve, reject });
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  const respond = async (status: number, body: unknown) => {
    await waitFor(() => expect(pending.length).toBeGreaterThan(0));
    await act(async () => pending.shift()!.resolve(json(status, body)));
  };
  const fail = async () => {
    await waitFor(() => expect(pending.length).toBeGreaterThan(0));
    await act(async () => pending.shift()!.reject(new TypeError('Failed to fetch')));
  };
  /** The sends so far, as [input, init]. */
  const intakeCalls = () => fetchMock.mock.calls.filter(([input]) => String(input).includes('/api/intakes'));
  return { respond, fail, intakeCalls };
}
