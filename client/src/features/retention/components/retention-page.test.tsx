import { screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RetentionOverview } from '#shared/schemas/retention.ts';
import { setLocale } from '../../../paraglide/runtime.js';
import { apiError, json, renderAdmin, type ApiRequest } from '../../../testing/render-admin.tsx';

const NOW = new Date('2026-11-28T10:00:00.000Z');

const overview = (overrides: Partial<RetentionOverview> = {}): RetentionOverview => ({
  retentionMonths: 12,
  lookaheadDays: 30,
  total: 2,
  upcoming: [
    {
      id: 'intake-overdue',
      name: 'Femke van Dijk',
      status: 'archived',
      createdAt: '2025-11-20T08:00:00.000Z',
      eraseAt: '2026-11-20T08:00:00.000Z',
    },
    {
      id: 'intake-soon',
      name: 'Zoë de Vries',
      status: 'contacted',
      createdAt: '2025-12-05T14:30:00.000Z',
      eraseAt: '2026-12-05T14:30:00.000Z',
    },
  ],
  ...overrides,
});

const retentionApi = (answer: () => Response) => (request: ApiRequest) =>
  request.method === 'GET' && request.url.pathname === '/api/admin/retention' ? answer() : undefined;

const pageHeading = (name = 'Bewaartermijn') => screen.findByRole('heading', { level: 1, name }, { timeout: 10_000 });

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  setLocale('nl', { reload: false });
});

describe('/admin/retention', { timeout: 20_000 }, () => {
  it('says how long intakes are kept, how to keep one, and which go in the next 30 days', async () => {
    renderAdmin('/admin/retention', { handle: retentionApi(() => json(200, overview())) });
    await pageHeading();

    expect(
      screen.getByText('Aanvragen die niet als klant zijn gemarkeerd, worden automatisch gewist 12 maanden nadat ze zijn ingestuurd.'),
    ).toBeInTheDocument();
    expect(screen.getByText(/Zet de status op ‘Klant’: klanten worden nooit automatisch gewist\./)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Bewaartermijn aanpassen in je instellingen' })).toHaveAttribute('href', '/admin/settings');
    expect(within(screen.getByRole('navigation', { name: 'Backoffice' })).getByRole('link', { name: 'Bewaartermijn' })).toHaveAttribute(
      'aria-current',
      'page',
    );

    const upcoming = within(screen.getByRole('region', { name: 'Wordt gewist in de komende 30 dagen' }));
    expect(upcoming.getByText('2 aanvragen')).toBeInTheDocument();
    const rows = upcoming.getByRole('table', { name: 'Wordt gewist in de komende 30 dagen' }).querySelectorAll('tbody tr');
    expect([...rows].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent))).toEqual([
      // Its moment has passed: it goes at the job's next daily run.
      ['Femke van Dijk', 'Gearchiveerd', '20 november 2025', 'bij de eerstvolgende ronde'],
      ['Zoë de Vries', 'Contact gehad', '5 december 2025', '5 december 2026'],
    ]);
    expect(within(rows[1] as HTMLElement).getByRole('link', { name: 'Zoë de Vries' })).toHaveAttribute('href', '/admin/intakes/intake-soon');
    // On a phone the same list comes as cards, each under its name.
    expect(upcoming.getByRole('heading', { level: 3, name: 'Zoë de Vries' })).toBeInTheDocument();
  });

  it('says so when nothing goes, and names one month as one month', async () => {
    renderAdmin('/admin/retention', { handle: retentionApi(() => json(200, overview({ retentionMonths: 1, total: 0, upcoming: [] }))) });
    await pageHeading();
    expect(screen.getByText(/worden automatisch gewist 1 maand nadat ze zijn ingestuurd\./)).toBeInTheDocument();
    expect(screen.getByText('De komende 30 dagen wordt er niets gewist.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says when the list shows only the first of many', async () => {
    renderAdmin('/admin/retention', { handle: retentionApi(() => json(200, overview({ total: 250 }))) });
    await pageHeading();
    expect(screen.getByText('De eerste 2 van 250 aanvragen, de eerstvolgende bovenaan.')).toBeInTheDocument();
  });

  it('offers to try again when the overview does not load', async () => {
    let fail = true;
    const { user } = renderAdmin('/admin/retention', {
      handle: retentionApi(() => (fail ? apiError(500, 'internal') : json(200, overview()))),
    });
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('Het overzicht kon niet worden geladen.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    await screen.findByRole('table');
  });

  it('speaks English after a switch', async () => {
    const { user } = renderAdmin('/admin/retention', { handle: retentionApi(() => json(200, overview())) });
    await pageHeading();
    await user.click(screen.getByRole('button', { name: /^EN/ }));
    expect(screen.getByRole('heading', { level: 1, name: 'Data retention' })).toBeInTheDocument();
    expect(screen.getByText('Intakes not marked as client are erased automatically 12 months after they were sent.')).toBeInTheDocument();
    const upcoming = within(screen.getByRole('region', { name: 'To be erased in the next 30 days' }));
    expect(upcoming.getByRole('table')).toHaveTextContent('5 December 2026');
    expect(upcoming.getByRole('table')).toHaveTextContent('at the next run');
  });
});
