import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { OutboxMessageDetail } from '#shared/schemas/email.ts';
import { SETUP_ITEMS } from '#shared/schemas/setup.ts';
import { setLocale } from '../../../paraglide/runtime.js';
import { TEST_SESSION, json, renderAdmin, type ApiRequest } from '../../../testing/render-admin.tsx';
import { outboxItem, outboxMessage } from '../testing/outbox-message.ts';
// The routes load these lazily; loaded up front, the first visit is no slower than the finders wait.
import '../../../testing/admin-pages-loaded.ts';
import './outbox-message-page.tsx';
import './outbox-page.tsx';

/** The outbox API over one message held in memory; a retry puts a failed one back in the queue. */
function messageApi(start: OutboxMessageDetail) {
  let message: OutboxMessageDetail | null = start;
  return (request: ApiRequest) => {
    const { method, url } = request;
    if (method === 'GET' && url.pathname === '/api/admin/outbox') return json(200, { items: message ? [message] : [], nextCursor: null });
    if (!url.pathname.startsWith(`/api/admin/outbox/${start.id}`)) return undefined;
    if (!message) return json(404, { error: { code: 'not_found', message: 'No such message.' } });
    if (method === 'GET') return json(200, message);
    if (method === 'POST' && url.pathname.endsWith('/retry')) {
      message = { ...message, status: 'queued', attempts: 0, nextAttemptAt: new Date().toISOString() };
      return json(200, message);
    }
    return undefined;
  };
}

describe('/admin/outbox/:id', () => {
  it('shows the rendered e-mail in a sandboxed frame, the plain text on request, and its details', async () => {
    const message = outboxMessage({ templateName: null });
    const { user } = renderAdmin(`/admin/outbox/${message.id}`, { handle: messageApi(message) });
    await screen.findByRole('heading', { level: 1, name: 'Je delegatiescan: de link naar je uitslag' });

    const preview = screen.getByRole('region', { name: 'Zo ziet de e-mail eruit' });
    const frame = within(preview).getByTitle('Voorbeeld van de e-mail ‘Je delegatiescan: de link naar je uitslag’');
    expect(frame.tagName).toBe('IFRAME');
    // Every restriction on: the e-mail's own markup can never run script in the back office.
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame).toHaveAttribute('srcdoc', message.html);
    expect(within(preview).getByRole('button', { name: 'Opgemaakt' })).toHaveAttribute('aria-pressed', 'true');

    await user.click(within(preview).getByRole('button', { name: 'Platte tekst' }));
    expect(within(preview).getByRole('button', { name: 'Platte tekst' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(preview).queryByTitle(/Voorbeeld van de e-mail/)).toBeNull();
    expect(within(preview).getByText(/Hier is je uitslag: https:\/\/example\.nl\/r\/preview/)).toBeInTheDocument();

    const details = screen.getByRole('region', { name: 'Gegevens' });
    expect(details).toHaveTextContent('StatusVerstuurd');
    expect(details).toHaveTextContent('VerzendingVerstuurd op 3 nov 2026, 11:00');
    expect(details).toHaveTextContent('Aanzoe@example.nl');
    expect(details).toHaveTextContent('SoortLink naar de uitslag');
    expect(details).toHaveTextContent('TaalNederlands');
    expect(within(details).getByRole('link', { name: 'Zoë de Vries' })).toHaveAttribute('href', '/admin/intakes/intake-1');
    // Only a failed message can be tried again.
    expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).toBeNull();
  });

  it('tries a failed message again with the CSRF token, says so and moves focus there', async () => {
    const message = outboxMessage({
      kind: 'follow-up',
      subject: 'Even bijpraten?',
      status: 'failed',
      attempts: 8,
      sentAt: null,
      lastError: '550 mailbox unavailable',
      templateName: 'Na drie dagen',
    });
    const { user, requests } = renderAdmin(`/admin/outbox/${message.id}`, { handle: messageApi(message) });
    await screen.findByRole('heading', { level: 1, name: 'Even bijpraten?' });
    const details = screen.getByRole('region', { name: 'Gegevens' });
    expect(details).toHaveTextContent('Laatste fout550 mailbox unavailable');
    expect(details).toHaveTextContent('SjabloonNa drie dagen');
    const retry = screen.getByRole('region', { name: 'Opnieuw versturen' });
    expect(retry).toHaveTextContent('Na 8 mislukte pogingen probeert de app het niet meer vanzelf.');

    await user.click(within(retry).getByRole('button', { name: 'Opnieuw proberen' }));
    const notice = await within(retry).findByText('De e-mail staat weer in de wachtrij en gaat zo opnieuw de deur uit.');
    await waitFor(() => expect(notice).toHaveFocus());
    const post = requests.find((request) => request.method === 'POST');
    expect(post?.url.pathname).toBe(`/api/admin/outbox/${message.id}/retry`);
    expect(post?.headers.get('X-CSRF-Token')).toBe(TEST_SESSION.csrfToken);
    // The message was fetched again: it is queued now, and there is nothing left to retry.
    await waitFor(() => expect(details).toHaveTextContent('StatusIn de wachtrij'));
    expect(within(retry).queryByRole('button', { name: 'Opnieuw proberen' })).toBeNull();
  });

  it('without a mail server, a retry says the e-mail is back in the queue, not that it goes out', async () => {
    const message = outboxMessage({ status: 'failed', attempts: 8, sentAt: null, lastError: 'connect ECONNREFUSED' });
    const api = messageApi(message);
    const { user } = renderAdmin(`/admin/outbox/${message.id}`, {
      handle: (request) =>
        request.url.pathname === '/api/admin/setup'
          ? json(200, {
              items: SETUP_ITEMS.map((key) => ({ key, done: key !== 'email' })),
              complete: false,
              email: { configured: false, sender: 'scan@sannejansen.nl', lastPassedTest: null },
            })
          : api(request),
    });
    const retry = await screen.findByRole('region', { name: 'Opnieuw versturen' });
    await waitFor(() => expect(screen.getByText(/E-mail is nog niet ingesteld/)).toBeInTheDocument());
    await user.click(within(retry).getByRole('button', { name: 'Opnieuw proberen' }));
    expect(
      await within(retry).findByText(
        'De e-mail staat weer in de wachtrij. Er is nog geen mailserver ingesteld: hij gaat pas de deur uit zodra die er is.',
      ),
    ).toBeInTheDocument();
  });

  it('goes back to the outbox with the filter the VA came from', async () => {
    const message = outboxItem({ status: 'failed', sentAt: null });
    const { user, location } = renderAdmin('/admin/outbox?status=failed', {
      handle: messageApi(outboxMessage({ ...message })),
    });
    await user.click(await screen.findByRole('link', { name: message.subject }));
    await screen.findByRole('heading', { level: 1, name: message.subject });
    expect(location().pathname).toBe(`/admin/outbox/${message.id}`);
    const back = screen.getByRole('link', { name: /Terug naar de outbox/ });
    expect(back).toHaveAttribute('href', '/admin/outbox?status=failed');
    await user.click(back);
    await waitFor(() => expect(location()).toEqual({ pathname: '/admin/outbox', search: '?status=failed' }));
  });

  it('says kindly when the message does not exist (any more)', async () => {
    renderAdmin('/admin/outbox/gone', { handle: () => undefined });
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze e-mail kan ik niet vinden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Terug naar de outbox/ })).toHaveAttribute('href', '/admin/outbox');
    expect(screen.queryByRole('button', { name: 'Probeer opnieuw' })).toBeNull();
  });

  it('speaks English too', async () => {
    setLocale('en', { reload: false });
    const message = outboxMessage({ status: 'failed', attempts: 8, sentAt: null, lastError: '550 mailbox unavailable' });
    renderAdmin(`/admin/outbox/${message.id}`, { handle: messageApi(message) });
    await screen.findByRole('heading', { level: 1, name: message.subject });
    const details = screen.getByRole('region', { name: 'Details' });
    expect(details).toHaveTextContent('StatusFailed');
    expect(details).toHaveTextContent('DeliveryGave up after 8 attempts');
    expect(details).toHaveTextContent('TypeResult link');
    expect(details).toHaveTextContent('Last error550 mailbox unavailable');
    expect(screen.getByRole('region', { name: 'What the e-mail looks like' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Plain text' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Send again' })).toHaveTextContent('After 8 failed attempts');
    expect(screen.getByRole('link', { name: /Back to the outbox/ })).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Back office' })).getByRole('link', { name: 'E-mail templates' })).toBeInTheDocument();
  });
});
