import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { InboxPage } from '#shared/schemas/admin-intakes.ts';
import { inboxItem, json, renderAdmin, type ApiRequest } from '../../../testing/render-admin.tsx';

const isInbox = (request: ApiRequest) => request.method === 'GET' && request.url.pathname === '/api/admin/intakes';

/** The inbox API: `pages` by cursor ('' = the first page); every request is recorded. */
function inboxApi(pages: Record<string, InboxPage> = { '': { items: [inboxItem()], nextCursor: null } }) {
  return (request: ApiRequest) =>
    isInbox(request) ? json(200, pages[request.url.searchParams.get('cursor') ?? ''] ?? { items: [], nextCursor: null }) : undefined;
}

const lastInboxQuery = (requests: ApiRequest[]) => requests.filter(isInbox).at(-1)?.url.searchParams;

describe('/admin inbox: filters in the address bar', () => {
  it('shows the filters the address holds and asks the API for exactly those', async () => {
    const { requests } = renderAdmin('/admin?status=contacted&status=client&q=zoe&sort=name&from=2026-11-01', {
      handle: inboxApi(),
    });
    await screen.findByRole('heading', { level: 1, name: 'Inbox' });
    const filters = screen.getByRole('search', { name: 'Aanvragen filteren' });
    expect(within(filters).getByRole('searchbox', { name: 'Zoek op naam, e-mail of bedrijf' })).toHaveValue('zoe');
    expect(within(filters).getByRole('combobox', { name: 'Sorteren' })).toHaveDisplayValue('Naam (A–Z)');
    expect(within(filters).getByLabelText('Ingestuurd vanaf')).toHaveValue('2026-11-01');
    expect(within(filters).getByLabelText('Tot en met')).toHaveValue('');
    const statuses = within(filters).getByRole('group', { name: 'Status' });
    expect(within(statuses).getByRole('checkbox', { name: 'Contact gehad' })).toBeChecked();
    expect(within(statuses).getByRole('checkbox', { name: 'Klant' })).toBeChecked();
    expect(within(statuses).getByRole('checkbox', { name: 'Nieuw' })).not.toBeChecked();

    await screen.findByRole('table');
    const query = lastInboxQuery(requests);
    expect(query?.getAll('status')).toEqual(['contacted', 'client']);
    expect(query?.get('q')).toBe('zoe');
    expect(query?.get('sort')).toBe('name');
    expect(query?.get('from')).toBe('2026-11-01');
    expect(query?.has('to')).toBe(false);
    // The CSV is exactly this list.
    expect(screen.getByRole('link', { name: /Exporteer CSV/ })).toHaveAttribute(
      'href',
      '/api/admin/intakes/export.csv?status=contacted&status=client&from=2026-11-01&q=zoe&sort=name',
    );
  });

  it('puts every change in the address, and fetches the list for it', async () => {
    const { user, location, requests } = renderAdmin('/admin', { handle: inboxApi() });
    await screen.findByRole('table');

    await user.click(screen.getByRole('checkbox', { name: 'Gesprek gepland' }));
    await user.click(screen.getByRole('checkbox', { name: 'Nieuw' }));
    // Pipeline order, whatever the order of clicking.
    await waitFor(() => expect(location().search).toBe('?status=new&status=call-planned'));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Sorteren' }), 'Meeste uren vrij');
    await waitFor(() => expect(location().search).toBe('?status=new&status=call-planned&sort=hours-freed'));

    // The search waits until typing pauses, then asks once.
    await user.type(screen.getByRole('searchbox', { name: 'Zoek op naam, e-mail of bedrijf' }), 'de vries');
    await waitFor(() => expect(location().search).toBe('?status=new&status=call-planned&q=de+vries&sort=hours-freed'));
    await waitFor(() => expect(lastInboxQuery(requests)?.get('q')).toBe('de vries'));
    expect(requests.filter((request) => isInbox(request) && request.url.searchParams.has('q'))).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    await waitFor(() => expect(location().search).toBe('?sort=hours-freed'));
    expect(screen.getByRole('searchbox', { name: 'Zoek op naam, e-mail of bedrijf' })).toHaveValue('');
    expect(screen.getByRole('checkbox', { name: 'Nieuw' })).not.toBeChecked();
  });

  it('refuses a date range that ends before it starts, without asking the API', async () => {
    const { requests } = renderAdmin('/admin?from=2026-12-01&to=2026-11-01', { handle: inboxApi() });
    await screen.findByRole('heading', { level: 1, name: 'Inbox' });
    expect(screen.getByLabelText('Tot en met')).toHaveAccessibleDescription(
      'Deze datum ligt vóór de begindatum. Kies een latere datum.',
    );
    expect(screen.queryByRole('link', { name: /Exporteer CSV/ })).toBeNull();
    expect(requests.filter(isInbox)).toHaveLength(0);
  });
});

describe('/admin inbox: the list', () => {
  it('shows each intake with its figures, and an unread one with a visible word', async () => {
    renderAdmin('/admin', {
      handle: inboxApi({
        '': {
          items: [
            inboxItem({ name: 'Zoë de Vries', unread: true }),
            inboxItem({ name: 'Bram Smit', company: null, status: 'call-planned', netGainCentsPerMonth: -4_588, topBucket: 'consider' }),
          ],
          nextCursor: null,
        },
      }),
    });
    const table = await screen.findByRole('table', { name: 'Aanvragen' });
    expect(within(table).getAllByRole('columnheader').map((cell) => cell.textContent)).toEqual([
      'Status', 'Ingestuurd', 'Naam', 'Bedrijf', 'Uren vrij per maand', 'Netto per maand', 'Beste kans',
    ]);
    const [, zoe, bram] = within(table).getAllByRole('row');
    // Intl puts a no-break space after € (and, depending on its version, U+2212 U+2060 before a
    // negative amount): compared as plain spaces and a hyphen.
    const cells = (row: HTMLElement) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent.replace(/\s+/g, ' ').replace(/\u2212\u2060?/g, '-'));
    expect(cells(zoe!)).toEqual([
      'Nieuw', '3 nov 2026, 11:00', 'Zoë de VriesOngelezenzoe@example.nl', 'Zoë Coaching', '9 uur', '€ 449', 'Nu overdragen',
    ]);
    expect(within(zoe!).getByRole('link', { name: 'Zoë de Vries' })).toHaveAttribute('href', expect.stringMatching(/^\/admin\/intakes\/intake-/));
    expect(cells(bram!)).toEqual([
      'Gesprek gepland', '3 nov 2026, 11:00', 'Bram Smitzoe@example.nl', '—niet ingevuld', '9 uur', '€ -46', 'Samen bespreken',
    ]);
    expect(within(bram!).queryByText('Ongelezen')).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('2 aanvragen');
  });

  it('loads the next page with the cursor and moves focus to the first new intake', async () => {
    const { user, requests } = renderAdmin('/admin?sort=oldest', {
      handle: inboxApi({
        '': { items: [inboxItem({ name: 'Eerste' }), inboxItem({ name: 'Tweede' })], nextCursor: 'cursor-2' },
        'cursor-2': { items: [inboxItem({ name: 'Derde' })], nextCursor: null },
      }),
    });
    await screen.findByRole('table');
    expect(screen.getByRole('status')).toHaveTextContent('2 aanvragen getoond, er zijn er meer');
    await user.click(screen.getByRole('button', { name: 'Meer laden' }));

    const table = screen.getByRole('table');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    const next = lastInboxQuery(requests);
    expect(next?.get('cursor')).toBe('cursor-2');
    expect(next?.get('sort')).toBe('oldest');
    // jsdom shows both layouts; in a browser only one is displayed and focus goes there.
    await waitFor(() => expect(screen.getAllByRole('link', { name: 'Derde' })).toContain(document.activeElement));
    expect(screen.queryByRole('button', { name: 'Meer laden' })).toBeNull();
    expect(screen.getByRole('status')).toHaveTextContent('3 aanvragen');
  });

  it('says when nothing matches, and offers to clear the filters', async () => {
    const { user, location } = renderAdmin('/admin?q=niemand', {
      handle: inboxApi({ '': { items: [], nextCursor: null } }),
    });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Geen aanvragen gevonden met deze filters.'));
    const clear = screen.getAllByRole('button', { name: 'Filters wissen' });
    await user.click(clear.at(-1)!);
    await waitFor(() => expect(location().search).toBe(''));
  });
});
