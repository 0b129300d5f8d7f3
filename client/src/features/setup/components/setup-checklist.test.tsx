import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SETUP_ITEMS, type SetupItemKey, type SetupStatus, type TestEmailResult } from '#shared/schemas/setup.ts';
import { json, renderAdmin, type ApiRequest } from '../../../testing/render-admin.tsx';
// The routes load these lazily; loaded up front, the first visit is no slower than the finders wait.
import '../../../testing/admin-pages-loaded.ts';

/** GET /api/admin/setup as the server answers it: `done` items ticked, e-mail as given. */
function setupStatus(done: SetupItemKey[], email: Partial<SetupStatus['email']> = {}): SetupStatus {
  const items = SETUP_ITEMS.map((key) => ({ key, done: done.includes(key) }));
  return {
    items,
    complete: items.every((item) => item.done),
    email: { configured: false, sender: 'scan@sannejansen.nl', lastPassedTest: null, ...email },
  };
}

const isSetup = (request: ApiRequest) => request.method === 'GET' && request.url.pathname === '/api/admin/setup';
const isTestEmail = (request: ApiRequest) => request.method === 'POST' && request.url.pathname === '/api/admin/setup/test-email';

/** The inbox (empty) and the setup status from `status()`, asked again on every request. */
function backOfficeApi(status: () => SetupStatus, testEmail?: () => TestEmailResult) {
  return (request: ApiRequest) => {
    if (isSetup(request)) return json(200, status());
    if (testEmail && isTestEmail(request)) return json(200, testEmail());
    if (request.method === 'GET' && request.url.pathname === '/api/admin/intakes') return json(200, { items: [], nextCursor: null });
    return undefined;
  };
}

const checklist = () => screen.getByRole('region', { name: 'Zet je scan klaar' });

describe('the first-run checklist on the inbox', () => {
  it('lists what is left, each a link to its part of the settings, and says that no e-mail can leave', async () => {
    const { user, location } = renderAdmin('/admin', { handle: backOfficeApi(() => setupStatus(['rate', 'offers'])) });
    await screen.findByRole('heading', { level: 2, name: 'Zet je scan klaar' });
    const list = checklist();
    expect(within(list).getByText('2 van de 8 klaar')).toBeInTheDocument();

    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(8);
    expect(items[0]).toHaveTextContent(/Nog te doen: Je naam/);
    expect(items[2]).toHaveTextContent(/Klaar: Je uurtarief/);
    // Done items are no longer links; the rest lead to their section.
    expect(within(items[2]!).queryByRole('link')).toBeNull();
    expect(within(list).getByRole('link', { name: 'Je naam' })).toHaveAttribute('href', '/admin/settings#settings-about');
    expect(within(list).getByRole('link', { name: 'Je foto of logo' })).toHaveAttribute('href', '/admin/settings#settings-branding');
    expect(within(list).getByRole('link', { name: 'Je link om een kennismaking te plannen' })).toHaveAttribute(
      'href',
      '/admin/settings#settings-about',
    );
    expect(within(list).getByRole('link', { name: 'Je antwoordadres' })).toHaveAttribute('href', '/admin/settings#settings-about');
    expect(within(list).getByRole('link', { name: 'De scan op je eigen website' })).toHaveAttribute('href', '/admin/settings#settings-embed');

    // No mail server: said in the list, no test button that can only fail, and a banner on every page.
    expect(items[6]).toHaveTextContent('Er is nog geen mailserver ingesteld (SMTP_URL)');
    expect(within(list).queryByRole('button', { name: 'Stuur mij een test-e-mail' })).toBeNull();
    expect(screen.getByText('E-mail is nog niet ingesteld: er gaat geen e-mail de deur uit.')).toBeInTheDocument();

    await user.click(within(list).getByRole('link', { name: 'Je naam' }));
    await waitFor(() => expect(location().pathname).toBe('/admin/settings#settings-about'));
  });

  it('sends a test e-mail and shows the mail server’s answer: a refusal word for word, then an acceptance that ticks the item', async () => {
    let passed = false;
    const accepted: TestEmailResult = { ok: true, to: 'sanne@example.nl', answer: '250 2.0.0 Ok: queued as 4F2A1' };
    const answers: TestEmailResult[] = [{ ok: false, to: 'sanne@example.nl', answer: '550 Sender address rejected: not owned by user' }, accepted];
    const { user, requests } = renderAdmin('/admin', {
      handle: backOfficeApi(
        () =>
          setupStatus(passed ? ['name', 'email'] : ['name'], {
            configured: true,
            lastPassedTest: passed ? { at: '2026-12-07T10:00:00.000Z', answer: accepted.answer } : null,
          }),
        () => {
          const answer = answers.shift()!;
          passed ||= answer.ok;
          return answer;
        },
      ),
    });
    const button = await screen.findByRole('button', { name: 'Stuur mij een test-e-mail' });
    expect(checklist()).toHaveTextContent('E-mails gaan uit van scan@sannejansen.nl.');
    // A mail server is set up: no banner.
    expect(screen.queryByText(/E-mail is nog niet ingesteld/)).toBeNull();

    await user.click(button);
    const refusal = await screen.findByRole('alert');
    expect(refusal).toHaveTextContent('De mailserver heeft de test-e-mail niet aangenomen.');
    expect(refusal).toHaveTextContent('Antwoord van de mailserver: 550 Sender address rejected: not owned by user');
    expect(requests.filter(isTestEmail)[0]?.headers.get('x-csrf-token')).toBe('csrf-token-for-tests');

    await user.click(screen.getByRole('button', { name: 'Stuur mij een test-e-mail' }));
    const statuses = await screen.findAllByRole('status');
    await waitFor(() =>
      expect(statuses.map((status) => status.textContent).join(' ')).toContain(
        'De mailserver heeft de test-e-mail aangenomen voor sanne@example.nl.',
      ),
    );
    expect(screen.getByText(/Antwoord van de mailserver:/)).toHaveTextContent('250 2.0.0 Ok: queued as 4F2A1');
    // The refusal is gone: only this answer shows.
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
    // The checklist is read again and ticks the e-mail item, with the date of the test.
    await waitFor(() => expect(within(checklist()).getByText('2 van de 8 klaar')).toBeInTheDocument());
    expect(within(checklist()).getAllByRole('listitem')[6]).toHaveTextContent(/Klaar: E-mail versturen/);
    expect(checklist()).toHaveTextContent('Laatste geslaagde test: 7 dec 2026, 11:00.');
  });

  it('is gone once everything is done, and so is the banner', async () => {
    const { requests } = renderAdmin('/admin', { handle: backOfficeApi(() => setupStatus([...SETUP_ITEMS], { configured: true })) });
    await screen.findByRole('heading', { level: 1, name: 'Inbox' });
    await waitFor(() => expect(requests.some(isSetup)).toBe(true));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Zet je scan klaar' })).toBeNull());
    expect(screen.queryByText(/E-mail is nog niet ingesteld/)).toBeNull();
  });

  it('shows the banner on every back-office page while no mail server is set up, linking to the outbox', async () => {
    const { user, location } = renderAdmin('/admin/retention', {
      handle: backOfficeApi(() => setupStatus(['name'])),
    });
    const banner = (await screen.findByText('E-mail is nog niet ingesteld: er gaat geen e-mail de deur uit.')).parentElement!;
    expect(banner).toHaveTextContent('Prospects krijgen hun links op het scherm; jouw berichten wachten in de outbox.');
    await user.click(within(banner).getByRole('link', { name: 'Naar de outbox' }));
    await waitFor(() => expect(location().pathname).toBe('/admin/outbox'));
  });
});
