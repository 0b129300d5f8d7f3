import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CATALOGUE } from '#shared/delegation/catalogue.ts';
import { DEFAULT_VA_SETTINGS } from '#shared/delegation/defaults.ts';
import { computeDelegation } from '#shared/delegation/engine.ts';
import type { ResultView } from '#shared/schemas/result.ts';
import { buildShortScanAnswers } from '../../../../../tests/factories/scan-answers.ts';
import { renderRoute } from '../../../testing/render-route.tsx';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUv';

const view: ResultView = {
  intakeId: 'intake-1',
  locale: 'nl',
  firstName: 'Zoë',
  company: null,
  submittedAt: '2026-11-03T10:00:00.000Z',
  result: computeDelegation(buildShortScanAnswers(), { catalogue: DEFAULT_CATALOGUE, ...DEFAULT_VA_SETTINGS }),
  va: { name: 'Sanne Jansen', bookingUrl: 'https://cal.example.nl/sanne', replyEmail: 'sanne@example.nl' },
  emailDelivery: true,
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The result API for one token; "e-mail me this link" answers in turn with `emailAnswers`. */
function stubResultApi(emailAnswers: Response[], served: ResultView = view) {
  const emailRequests: { body: unknown }[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://localhost');
    const method = (init?.method ?? 'GET').toUpperCase();
    if (method === 'GET' && url.pathname === `/api/results/${TOKEN}`) return json(200, served);
    if (method === 'POST' && url.pathname === `/api/results/${TOKEN}/email`) {
      emailRequests.push({ body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined });
      return emailAnswers.shift() ?? json(500, { error: { code: 'internal', message: 'No answer left' } });
    }
    return json(404, { error: { code: 'not_found', message: 'Not found' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { emailRequests };
}

describe('/r/:token', () => {
  it('shows a friendly not-found for a malformed link, without asking the server', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    renderRoute('/r/not-a-token');
    const heading = await screen.findByRole('heading', { level: 1, name: 'Dit resultaat kan ik niet vinden' });
    // The page moves focus in an effect, after the heading appears.
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/Kopieer de link nog eens uit je e-mail/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar de scan' })).toHaveAttribute('href', '/');
    // The layout may fetch the VA's branding; the result itself is never asked for.
    const urls = fetchSpy.mock.calls.map(([input]) => String(input instanceof Request ? input.url : input));
    expect(urls.filter((url) => url.includes('/api/results'))).toEqual([]);
  });

  it('e-mails the link to the address of the scan, without showing it, and says so', async () => {
    const { emailRequests } = stubResultApi([
      json(202, { queued: true }),
      json(429, { error: { code: 'result_email_limit', message: 'Already e-mailed.' } }),
    ]);
    const { user } = renderRoute(`/r/${TOKEN}`);
    const button = await screen.findByRole('button', { name: 'Mail mij deze link' });
    expect(button).toHaveAccessibleDescription('De link gaat naar het e-mailadres waarmee je de scan hebt ingestuurd.');
    expect(screen.queryByRole('textbox')).toBeNull();

    await user.click(button);
    // Said in a live region, so a screen reader hears it too.
    expect(await screen.findByText('Verstuurd naar je e-mailadres. Kijk zo even in je inbox.')).toHaveAttribute('role', 'status');
    // In the language the page is read in; the address is the server's to know.
    expect(emailRequests).toEqual([{ body: { locale: 'nl' } }]);

    // Again, too soon: the server refuses kindly and the page says where to look.
    await user.click(button);
    expect(await screen.findByText(/Deze link is net al naar je gemaild/)).toHaveAttribute('role', 'status');
    expect(emailRequests).toHaveLength(2);
  });

  it('says so when sending the link failed, and can try again', async () => {
    stubResultApi([json(500, { error: { code: 'internal', message: 'Boom' } }), json(202, { queued: true })]);
    const { user } = renderRoute(`/r/${TOKEN}`);
    await user.click(await screen.findByRole('button', { name: 'Mail mij deze link' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Het versturen lukte niet. Probeer het zo nog een keer.');
    await user.click(screen.getByRole('button', { name: 'Mail mij deze link' }));
    expect(await screen.findByText(/Verstuurd naar je e-mailadres/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
  it('hands over the link to keep where the installation sends no e-mail, and offers no e-mail', async () => {
    const { emailRequests } = stubResultApi([], { ...view, emailDelivery: false });
    const { user } = renderRoute(`/r/${TOKEN}`);
    const link = await screen.findByRole('textbox', { name: 'Link naar je resultaat' });
    expect(link).toHaveValue(`${window.location.origin}/r/${TOKEN}`);
    expect(screen.getByText(/Mailen kan hier nog niet/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mail mij deze link' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Kopieer link' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/r/${TOKEN}`);
    expect(screen.getByText(/^Gekopieerd\./)).toHaveAttribute('role', 'status');
    expect(emailRequests).toEqual([]);
  });
});
