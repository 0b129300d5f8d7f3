import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OutboxPage } from '#shared/schemas/email.ts';
import { SETUP_ITEMS, type SetupStatus } from '#shared/schemas/setup.ts';
import { json, renderAdmin, type ApiRequest } from '../../../testing/render-admin.tsx';
import { outboxItem } from '../testing/outbox-message.ts';
// The routes load these lazily; loaded up front, the first visit is no slower than the finders wait.
import '../../../testing/admin-pages-loaded.ts';
import './outbox-page.tsx';

const isSetup = (request: ApiRequest) => request.method === 'GET' && request.url.pathname === '/api/admin/setup';

/** GET /api/admin/setup with everything but e-mail done. */
function setupWithEmail({ configured }: { configured: boolean }): SetupStatus {
  const items = SETUP_ITEMS.map((key) => ({ key, done: key !== 'email' }));
  return { items, complete: false, email: { configured, sender: 'scan@sannejansen.nl', lastPassedTest: null } };
}

const isOutboxList = (request: ApiRequest) => request.method === 'GET' && request.url.pathname === '/api/admin/outbox';
const listQueries = (requests: ApiRequest[]) => requests.filter(isOutboxList).map((request) => request.url.searchParams);

/** The outbox API: `pages` by cursor ('' = the first page), the same for every status asked. */
function outboxApi(pages: Record<string, OutboxPage>) {
  return (request: ApiRequest) =>
    isOutboxList(request) ? json(200, pages[request.url.searchParams.get('cursor') ?? ''] ?? { items: [], nextCursor: null }) : undefined;
}

const cards = () => within(screen.getByRole('region', { name: 'E-mails' })).getAllByRole('listitem');

describe('/admin/outbox', () => {
  it('shows each message: subject, status, kind, recipient, attempts, when, last error and its intake', async () => {
    renderAdmin('/admin/outbox', {
      handle: outboxApi({
        '': {
          items: [
            outboxItem({
              kind: 'follow-up',
              subject: 'Even bijpraten over je scan?',
              status: 'queued',
              attempts: 0,
              nextAttemptAt: '2031-01-10T09:00:00.000Z',
              sentAt: null,
            }),
            outboxItem({
              kind: 'va-new-intake',
              to: 'sanne@example.nl',
              subject: 'Nieuwe aanvraag van Zoë de Vries',
              status: 'failed',
              attempts: 8,
              sentAt: null,
              lastError: '550 mailbox unavailable',
            }),
            outboxItem(),
          ],
          nextCursor: null,
        },
      }),
    });
    await screen.findByRole('heading', { level: 1, name: 'Outbox' });
    expect(await screen.findByText('3 e-mails')).toHaveAttribute('role', 'status');
    const [scheduled, failed, sent] = cards();

    expect(within(scheduled!).getByRole('heading', { level: 3, name: 'Even bijpraten over je scan?' })).toBeInTheDocument();
    expect(scheduled).toHaveTextContent('In de wachtrij');
    expect(scheduled).toHaveTextContent('Follow-up');
    expect(scheduled).toHaveTextContent('Gepland voor 10 jan 2031, 10:00');

    expect(failed).toHaveTextContent('Mislukt');
    expect(failed).toHaveTextContent('Melding nieuwe aanvraag');
    expect(failed).toHaveTextContent('Niet gelukt na 8 pogingen');
    expect(failed).toHaveTextContent('Aansanne@example.nl');
    expect(failed).toHaveTextContent('Pogingen8');
    expect(failed).toHaveTextContent('Laatste fout: 550 mailbox unavailable');

    expect(sent).toHaveTextContent('Verstuurd op 3 nov 2026, 11:00');
    const subject = within(sent!).getByRole('link', { name: 'Je delegatiescan: de link naar je uitslag' });
    expect(subject.getAttribute('href')).toMatch(/^\/admin\/outbox\/message-\d+$/);
    expect(within(sent!).getByRole('link', { name: 'Zoë de Vries' })).toHaveAttribute('href', '/admin/intakes/intake-1');

    // Nothing waits untried here: no word about a missing mail server.
    expect(screen.queryByText(/geen mailserver ingesteld/)).toBeNull();
  });

  it('says why nothing leaves while no mail server is set up, and that the e-mails wait safely', async () => {
    renderAdmin('/admin/outbox', {
      handle: (request) =>
        isSetup(request)
          ? json(200, setupWithEmail({ configured: false }))
          : outboxApi({ '': { items: [outboxItem({ status: 'queued', attempts: 0, sentAt: null })], nextCursor: null } })(request),
    });
    expect(await screen.findByText(/Klaar om te versturen sinds 3 nov 2026, 11:00/)).toBeInTheDocument();
    expect(
      await screen.findByText(/^Er gaat nu niets de deur uit: er is nog geen mailserver ingesteld \(SMTP_URL\)\. De e-mails blijven hier veilig staan/),
    ).toBeInTheDocument();
    // Said for sure, so not also as a guess.
    expect(screen.queryByText(/waarschijnlijk \(nog\) geen mailserver/)).toBeNull();
  });

  it('names the sender when a mail server is set up, and does not guess that none is', async () => {
    renderAdmin('/admin/outbox', {
      handle: (request) =>
        isSetup(request)
          ? json(200, setupWithEmail({ configured: true }))
          : outboxApi({ '': { items: [outboxItem({ status: 'queued', attempts: 0, sentAt: null })], nextCursor: null } })(request),
    });
    expect(await screen.findByText('E-mails gaan uit van scan@sannejansen.nl.')).toBeInTheDocument();
    expect(screen.queryByText(/geen mailserver ingesteld/)).toBeNull();
  });

  it('guesses gently when the setup status cannot be read and a message waits untried', async () => {
    renderAdmin('/admin/outbox', {
      handle: outboxApi({
        '': { items: [outboxItem({ status: 'queued', attempts: 0, sentAt: null })], nextCursor: null },
      }),
    });
    expect(await screen.findByText(/Klaar om te versturen sinds 3 nov 2026, 11:00/)).toBeInTheDocument();
    expect(screen.getByText(/waarschijnlijk \(nog\) geen mailserver ingesteld \(SMTP_URL\)/)).toBeInTheDocument();
  });

  it('keeps the status filter in the address and asks the API for exactly that', async () => {
    const { user, location, requests } = renderAdmin('/admin/outbox?status=failed', {
      handle: outboxApi({ '': { items: [outboxItem({ status: 'failed', sentAt: null })], nextCursor: null } }),
    });
    const filter = await screen.findByRole('combobox', { name: 'Status' });
    expect(filter).toHaveDisplayValue('Mislukt');
    await screen.findByText('1 e-mail');
    expect(listQueries(requests).at(-1)?.get('status')).toBe('failed');

    await user.selectOptions(filter, 'Verstuurd');
    await waitFor(() => expect(location().search).toBe('?status=sent'));
    await waitFor(() => expect(listQueries(requests).at(-1)?.get('status')).toBe('sent'));

    await user.selectOptions(filter, 'Alle e-mails');
    await waitFor(() => expect(location().search).toBe(''));
    await waitFor(() => expect(listQueries(requests).at(-1)?.has('status')).toBe(false));
  });

  it('drops a status the API would refuse, and offers all e-mails when a status has none', async () => {
    const { user, location, requests } = renderAdmin('/admin/outbox?status=bounced', {
      handle: (request) => {
        if (!isOutboxList(request)) return undefined;
        const status = request.url.searchParams.get('status');
        return json(200, { items: status ? [] : [outboxItem()], nextCursor: null });
      },
    });
    await screen.findByText('1 e-mail');
    expect(listQueries(requests).every((query) => !query.has('status'))).toBe(true);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Geannuleerd');
    expect(await screen.findByText('Er zijn geen e-mails met deze status.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Toon alle e-mails' }));
    await waitFor(() => expect(location().search).toBe(''));
    expect(await screen.findByText('1 e-mail')).toBeInTheDocument();
  });

  it('loads more, newest first, and moves focus to the first new message', async () => {
    const first = Array.from({ length: 2 }, (_, index) => outboxItem({ subject: `Nieuw ${index + 1}` }));
    const older = outboxItem({ subject: 'Ouder bericht' });
    const { user, requests } = renderAdmin('/admin/outbox', {
      handle: outboxApi({ '': { items: first, nextCursor: 'cursor-2' }, 'cursor-2': { items: [older], nextCursor: null } }),
    });
    expect(await screen.findByText('De nieuwste 2 e-mails; er zijn er meer')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Meer e-mails laden' }));
    await waitFor(() => expect(screen.getByRole('link', { name: 'Ouder bericht' })).toHaveFocus());
    expect(cards().map((card) => within(card).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Nieuw 1',
      'Nieuw 2',
      'Ouder bericht',
    ]);
    expect(screen.getByText('3 e-mails')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Meer e-mails laden' })).toBeNull();
    expect(listQueries(requests).map((query) => query.get('cursor'))).toEqual([null, 'cursor-2']);
  });

  it('says so when the outbox cannot be loaded, and tries again', async () => {
    let failing = true;
    const { user } = renderAdmin('/admin/outbox', {
      handle: (request) => {
        if (!isOutboxList(request)) return undefined;
        return failing ? json(500, { error: { code: 'internal', message: 'Boom' } }) : json(200, { items: [], nextCursor: null });
      },
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('De outbox kon niet worden geladen.');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Probeer opnieuw' }));
    expect(await screen.findByText(/Er staan nog geen e-mails in de outbox/)).toBeInTheDocument();
  });
});

describe('the back office navigation', () => {
  it('leads to every section and marks the one the VA is in', async () => {
    const { user, location } = renderAdmin('/admin/outbox', { handle: outboxApi({ '': { items: [], nextCursor: null } }) });
    await screen.findByRole('heading', { level: 1, name: 'Outbox' });
    const nav = screen.getByRole('navigation', { name: 'Backoffice' });
    // (Other sections sit between these; the menu is theirs to extend.)
    const links = within(nav).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')]);
    const mine = ['Inbox', 'Outbox', 'E-mailsjablonen', 'Instellingen'];
    expect(links.filter(([text]) => mine.includes(text ?? ''))).toEqual([
      ['Inbox', '/admin'],
      ['Outbox', '/admin/outbox'],
      ['E-mailsjablonen', '/admin/email-templates'],
      ['Instellingen', '/admin/settings'],
    ]);
    expect(within(nav).getByRole('link', { name: 'Outbox' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Inbox' })).not.toHaveAttribute('aria-current');

    await user.click(within(nav).getByRole('link', { name: 'Inbox' }));
    await waitFor(() => expect(location().pathname).toBe('/admin'));
    expect(within(nav).getByRole('link', { name: 'Inbox' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Outbox' })).not.toHaveAttribute('aria-current');
  });
});
