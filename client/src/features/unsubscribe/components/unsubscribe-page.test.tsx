import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoute } from '../../../testing/render-route.tsx';
// The route loads it lazily; loaded up front, the first visit is no slower than the finders wait.
import './unsubscribe-page.tsx';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUv';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The public API as this page meets it: the VA's branding, and /api/unsubscribe/:token answering in turn. */
function stubApi(answers: { get?: Response[]; post?: Response[] }) {
  const unsubscribeCalls: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://localhost');
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    if (url.pathname === '/api/scan/config') {
      const va = { name: 'Sanne Jansen', email: 'sanne@example.nl', brandColor: '#0f766e', logoDataUrl: null };
      return json(200, { catalogue: null, privacyTextVersion: 'v1', va });
    }
    if (url.pathname.startsWith('/api/unsubscribe/')) {
      unsubscribeCalls.push(`${method} ${url.pathname}`);
      const queue = method === 'POST' ? answers.post : answers.get;
      return queue?.shift() ?? json(500, { error: { code: 'internal', message: 'No answer left' } });
    }
    return json(404, { error: { code: 'not_found', message: 'Not found' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { unsubscribeCalls };
}

const notFound = () => json(404, { error: { code: 'not_found', message: 'This link does not exist (any more).' } });
const subscribed = () => json(200, { unsubscribed: false, vaName: 'Sanne Jansen' });
const unsubscribed = () => json(200, { unsubscribed: true, vaName: 'Sanne Jansen' });

describe('/u/:token', () => {
  it('opening the link changes nothing: only the button unsubscribes, and the page says so warmly', async () => {
    const { unsubscribeCalls } = stubApi({ get: [subscribed()], post: [unsubscribed()] });
    const { user } = renderRoute(`/u/${TOKEN}`);
    const question = await screen.findByRole('heading', { level: 1, name: 'Afmelden voor follow-upmails?' });
    await waitFor(() => expect(question).toHaveFocus());
    expect(screen.getByText(/geen follow-upmails meer van Sanne Jansen/)).toBeInTheDocument();
    // A mail scanner that opens the link (and runs the page) gets this far, and no further.
    expect(unsubscribeCalls).toEqual([`GET /api/unsubscribe/${TOKEN}`]);

    await user.click(screen.getByRole('button', { name: 'Ja, meld me af' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Je bent afgemeld' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/Je krijgt van Sanne Jansen geen follow-upmails meer/)).toBeInTheDocument();
    expect(screen.getByText(/de link in je eerdere e-mail blijft werken/)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Mail Sanne Jansen' })).toHaveAttribute('href', 'mailto:sanne@example.nl');
    expect(unsubscribeCalls).toEqual([`GET /api/unsubscribe/${TOKEN}`, `POST /api/unsubscribe/${TOKEN}`]);
  });

  it('a click by mistake is one click to take back', async () => {
    const { unsubscribeCalls } = stubApi({ get: [subscribed()], post: [unsubscribed(), subscribed()] });
    const { user } = renderRoute(`/u/${TOKEN}`);
    await user.click(await screen.findByRole('button', { name: 'Ja, meld me af' }));
    await user.click(await screen.findByRole('button', { name: 'Toch niet afmelden' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Je afmelding is teruggedraaid.');
    expect(screen.getByRole('heading', { level: 1, name: 'Afmelden voor follow-upmails?' })).toBeInTheDocument();
    expect(unsubscribeCalls).toEqual([
      `GET /api/unsubscribe/${TOKEN}`,
      `POST /api/unsubscribe/${TOKEN}`,
      `POST /api/unsubscribe/${TOKEN}/undo`,
    ]);
  });

  it('someone who unsubscribed already is told so, without a button', async () => {
    const { unsubscribeCalls } = stubApi({ get: [unsubscribed()] });
    renderRoute(`/u/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Je bent afgemeld' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ja, meld me af' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Toch niet afmelden' })).toBeInTheDocument();
    expect(unsubscribeCalls).toEqual([`GET /api/unsubscribe/${TOKEN}`]);
  });

  it('says kindly that it does not know a link the server does not know', async () => {
    stubApi({ get: [notFound()] });
    renderRoute(`/u/${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze afmeldlink kan ik niet vinden' })).toBeInTheDocument();
    expect(screen.getByText(/Kopieer hem nog eens uit je e-mail/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de scan' })).toHaveAttribute('href', '/');
  });

  it('does not ask the server about a link that cannot be one', async () => {
    const { unsubscribeCalls } = stubApi({});
    renderRoute('/u/not-a-token');
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze afmeldlink kan ik niet vinden' })).toBeInTheDocument();
    expect(unsubscribeCalls).toEqual([]);
  });

  it('offers to try again when the server fails', async () => {
    const { unsubscribeCalls } = stubApi({
      get: [subscribed()],
      post: [json(500, { error: { code: 'internal', message: 'Boom' } }), unsubscribed()],
    });
    const { user } = renderRoute(`/u/${TOKEN}`);
    await user.click(await screen.findByRole('button', { name: 'Ja, meld me af' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Er ging iets mis' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Je bent afgemeld' })).toBeInTheDocument();
    expect(unsubscribeCalls.filter((call) => call.startsWith('POST'))).toHaveLength(2);
  });
});
