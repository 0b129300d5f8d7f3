import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../../app/testing/render-route.tsx';
// The route loads it lazily; loaded up front, the first visit is no slower than the finders wait.
import './unsubscribe-page.tsx';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUv';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The public API as this page meets it: the VA's branding, and POST /api/unsubscribe/:token answering in turn. */
function stubApi(unsubscribeAnswers: Response[]) {
  const unsubscribeCalls: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    if (url.pathname === '/api/scan/config') {
      const va = { name: 'Sanne Jansen', email: 'sanne@example.nl', brandColor: '#0f766e', logoDataUrl: null };
      return json(200, { catalogue: null, privacyTextVersion: 'v1', va });
    }
    if (url.pathname.startsWith('/api/unsubscribe/')) {
      unsubscribeCalls.push(`${method} ${url.pathname}`);
      return unsubscribeAnswers.shift() ?? json(500, { error: { code: 'internal', message: 'No answer left' } });
    }
    return json(404, { error: { code: 'not_found', message: 'Not found' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { unsubscribeCalls };
}

const notFound = () => json(404, { error: { code: 'not_found', message: 'This link does not exist (any more).' } });

describe('/u/:token', () => {
  it('unsubscribes once on arrival and says so warmly, with a way back in touch', async () => {
    const { unsubscribeCalls } = stubApi([json(200, { unsubscribed: true, vaName: 'Sanne Jansen' })]);
    renderRoute(`/u/${TOKEN}`);
    const heading = await screen.findByRole('heading', { level: 1, name: 'Je bent afgemeld' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/Je krijgt van Sanne Jansen geen follow-upmails meer/)).toBeInTheDocument();
    expect(screen.getByText(/de link in je eerdere e-mail blijft werken/)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Mail Sanne Jansen' })).toHaveAttribute('href', 'mailto:sanne@example.nl');
    expect(unsubscribeCalls).toEqual([`POST /api/unsubscribe/${TOKEN}`]);
  });

  it('says kindly that it does not know a link the server does not know', async () => {
    stubApi([notFound()]);
    renderRoute(`/u/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze afmeldlink kan ik niet vinden' })).toBeInTheDocument();
    expect(screen.getByText(/Kopieer hem nog eens uit je e-mail/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de scan' })).toHaveAttribute('href', '/');
  });

  it('does not ask the server about a link that cannot be one', async () => {
    const { unsubscribeCalls } = stubApi([]);
    renderRoute('/u/not-a-token');
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze afmeldlink kan ik niet vinden' })).toBeInTheDocument();
    expect(unsubscribeCalls).toEqual([]);
  });

  it('offers to try again when the server fails', async () => {
    const { unsubscribeCalls } = stubApi([
      json(500, { error: { code: 'internal', message: 'Boom' } }),
      json(200, { unsubscribed: true, vaName: 'Sanne Jansen' }),
    ]);
    const { user } = renderRoute(`/u/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Er ging iets mis' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Je bent afgemeld' })).toBeInTheDocument();
    expect(unsubscribeCalls).toHaveLength(2);
  });
});
