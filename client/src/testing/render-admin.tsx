import { vi } from 'vitest';
import { DEFAULT_CATALOGUE } from '#shared/delegation/catalogue.ts';
import { DEFAULT_VA_SETTINGS } from '#shared/delegation/defaults.ts';
import { computeDelegation } from '#shared/delegation/engine.ts';
import type { AdminIntakeDetail, InboxItem } from '#shared/schemas/admin-intakes.ts';
import type { SessionResponse } from '#shared/schemas/auth.ts';
import type { CreateIntakeInput } from '#shared/schemas/intake.ts';
import { renderAppRoutes } from './memory-router.tsx';
import { createQueryClient } from '../lib/query-client.ts';

/**
 * Component tests of the back office: the app's real routes and providers in memory, with the
 * global fetch replaced by `handle` (an API as small as the test needs). Every request is kept
 * in `requests`, and `location()` tells where the app is now, query string included.
 */

export const TEST_SESSION: SessionResponse = {
  va: { name: 'Sanne Jansen', email: 'sanne@example.nl' },
  csrfToken: 'csrf-token-for-tests',
  twoFactorEnabled: false,
};

export type ApiRequest = { method: string; url: URL; headers: Headers; body: unknown };
type ApiHandler = (request: ApiRequest) => Response | Promise<Response> | undefined;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

export function apiError(status: number, code: string, headers: Record<string, string> = {}): Response {
  return json(status, { error: { code, message: code } }, headers);
}

type RenderAdminOptions = {
  /** Who GET /api/auth/session says is signed in; null = nobody (401). */
  session?: SessionResponse | null;
  handle?: ApiHandler;
};

export function renderAdmin(path: string, { session = TEST_SESSION, handle = () => undefined }: RenderAdminOptions = {}) {
  const requests: ApiRequest[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    const body: unknown = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const request: ApiRequest = { method, url, headers: new Headers(init?.headers), body };
    requests.push(request);
    const answer = await handle(request);
    if (answer) return answer;
    if (method === 'GET' && url.pathname === '/api/auth/session') {
      return session ? json(200, session) : apiError(401, 'unauthenticated');
    }
    return apiError(404, 'not_found');
  });
  vi.stubGlobal('fetch', fetchMock);

  const queryClient = createQueryClient();
  const view = renderAppRoutes(path, queryClient);
  return { queryClient, requests, fetchMock, ...view };
}

let nextId = 1;

/** One inbox row; override any part. */
export function inboxItem(overrides: Partial<InboxItem> = {}): InboxItem {
  const id = `intake-${nextId++}`;
  return {
    id,
    status: 'new',
    createdAt: '2026-11-03T10:00:00.000Z',
    name: 'Zoë de Vries',
    email: 'zoe@example.nl',
    company: 'Zoë Coaching',
    freedMinutesPerMonth: 540,
    netGainCentsPerMonth: 44_912,
    topBucket: 'now',
    unread: false,
    ...overrides,
  };
}

/**
 * Intake 'intake-1' of Zoë, sent in with `answers`, as GET /api/admin/intakes/:id answers: read,
 * no notes, only the 'submitted' event; override any part.
 */
export function intakeDetail(answers: CreateIntakeInput, overrides: Partial<AdminIntakeDetail> = {}): AdminIntakeDetail {
  const { contact } = answers;
  const submittedAt = '2026-11-03T10:00:00.000Z';
  return {
    id: 'intake-1',
    status: 'new',
    locale: answers.locale,
    createdAt: submittedAt,
    updatedAt: submittedAt,
    readAt: '2026-11-04T09:00:00.000Z',
    contact: { name: contact.name, email: contact.email, company: contact.company ?? null, phone: contact.phone ?? null },
    consent: {
      privacyConsentAt: submittedAt,
      privacyConsentVersion: '2026-11-privacy-v1',
      followUpConsent: contact.followUpConsent,
      followUpConsentAt: contact.followUpConsent ? submittedAt : null,
    },
    answers,
    resultView: {
      intakeId: 'intake-1',
      locale: answers.locale,
      firstName: 'Zoë',
      company: contact.company ?? null,
      submittedAt,
      result: computeDelegation(answers, { catalogue: DEFAULT_CATALOGUE, ...DEFAULT_VA_SETTINGS }),
      va: { name: 'Sanne Jansen', bookingUrl: 'https://cal.example.nl/sanne', replyEmail: 'sanne@example.nl' },
      emailDelivery: false,
    },
    notes: [],
    timeline: [{ id: 'e1', type: 'submitted', at: submittedAt, data: null }],
    resultOpens: { count: 0, lastOpenedAt: null },
    ...overrides,
  };
}
