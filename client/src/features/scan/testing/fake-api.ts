import { vi } from 'vitest';

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
