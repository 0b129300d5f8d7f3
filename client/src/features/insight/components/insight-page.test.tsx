import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_CATALOGUE } from '#shared/delegation/catalogue.ts';
import type { Insight } from '#shared/schemas/insight.ts';
import { setLocale } from '../../../paraglide/runtime.js';
import { apiError, json, renderAdmin, type ApiRequest } from '../../../testing/render-admin.tsx';

// 7 November 2026, 10:00 in the Netherlands: "the last 30 days" are 9 October – 7 November.
const NOW = new Date('2026-11-07T09:00:00.000Z');

const [inboxTriage, routineEmails, calendar] = DEFAULT_CATALOGUE.tasks;

function buildInsight(from: string, to: string, overrides: Partial<Insight> = {}): Insight {
  const days: Insight['days'] = [];
  for (let day = new Date(`${from}T00:00:00Z`); day <= new Date(`${to}T00:00:00Z`); day.setUTCDate(day.getUTCDate() + 1)) {
    days.push({ day: day.toISOString().slice(0, 10), started: 0, finished: 0 });
  }
  days[1] = { ...days[1]!, started: 12, finished: 3 };
  days[2] = { ...days[2]!, started: 4, finished: 1 };
  return {
    period: { from, to, days: days.length },
    started: 16,
    finished: 4,
    conversionPercent: 25,
    steps: [
      { step: 1, reached: 15, left: 2 },
      { step: 2, reached: 13, left: 6 },
      { step: 3, reached: 7, left: 1 },
      { step: 4, reached: 6, left: 2 },
    ],
    averageFreedMinutesPerMonth: 750,
    averageNetGainCentsPerMonth: 1_234_56,
    days,
    mostPicked: [
      { taskId: inboxTriage!.id, label: inboxTriage!.label, picks: 4, delegablePicks: 3, delegablePercent: 75 },
      { taskId: calendar!.id, label: calendar!.label, picks: 2, delegablePicks: 2, delegablePercent: 100 },
    ],
    mostDelegable: [{ taskId: routineEmails!.id, label: routineEmails!.label, picks: 3, delegablePicks: 2, delegablePercent: 67 }],
    minPicksForDelegable: 3,
    rejected: {
      total: 5,
      byReason: [
        { reason: 'honeypot', count: 3 },
        { reason: 'too-fast', count: 2 },
        { reason: 'rate-limit.submit', count: 0 },
        { reason: 'rate-limit.resume', count: 0 },
      ],
    },
    ...overrides,
  };
}

const isInsight = (request: ApiRequest) => request.method === 'GET' && request.url.pathname === '/api/admin/insight';

/** The insight API: answers every period with figures for it (or what `answer` says). */
function insightApi(answer: (from: string, to: string) => Response = (from, to) => json(200, buildInsight(from, to))) {
  return (request: ApiRequest) =>
    isInsight(request) ? answer(request.url.searchParams.get('from') ?? '', request.url.searchParams.get('to') ?? '') : undefined;
}

/** The page's code loads lazily: the first test in a run waits for the chunk. */
const pageHeading = (name = 'Inzicht') => screen.findByRole('heading', { level: 1, name }, { timeout: 10_000 });
const kpis = async () => {
  await pageHeading();
  return screen.findByRole('region', { name: 'In het kort' });
};

const insightQueries = (requests: ApiRequest[]) =>
  requests.filter(isInsight).map((request) => `${request.url.searchParams.get('from')}..${request.url.searchParams.get('to')}`);

beforeEach(() => {
  // Only the clock: the page's "today" is fixed, timers run as usual.
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] });
});

afterEach(() => {
  vi.useRealTimers();
  setLocale('nl', { reload: false });
});

// Whole routes with lazily loaded pages, and dates typed key by key: slower than most component tests.
describe('/admin/insight', { timeout: 20_000 }, () => {
  it('shows the last 30 days by default: tiles, the drop-off, the days, the tasks and what was held back', async () => {
    const { requests } = renderAdmin('/admin/insight', { handle: insightApi() });

    await kpis();
    expect(insightQueries(requests)).toEqual(['2026-10-09..2026-11-07']);
    expect(screen.getByText(/geen cookiebanner nodig/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('9 oktober 2026 tot en met 7 november 2026 (30 dagen)');
    const nav = screen.getByRole('navigation', { name: 'Backoffice' });
    expect(within(nav).getByRole('link', { name: 'Inzicht' })).toHaveAttribute('aria-current', 'page');
    expect(within(screen.getByRole('navigation', { name: 'Periode' })).getByRole('link', { name: '30 dagen' })).toHaveAttribute(
      'aria-current',
      'true',
    );

    // The headline figures.
    const tiles = within(screen.getByRole('region', { name: 'In het kort' }));
    const tile = (term: string) => tiles.getByText(term).closest('div')!;
    expect(tile('Begonnen')).toHaveTextContent('16');
    expect(tile('Verstuurd')).toHaveTextContent('4');
    expect(tile('Conversie')).toHaveTextContent('25%');
    expect(tile('Gemiddeld vrij per maand')).toHaveTextContent('12,5 uur');
    expect(tile('Gemiddelde netto opbrengst')).toHaveTextContent('€ 1.235');

    // The drop-off, as a table for screen readers (the bars are for the eye).
    const funnel = within(screen.getByRole('region', { name: 'Waar haken mensen af?' }));
    const rows = within(funnel.getByRole('table', { name: 'Aantal mensen per stap van de scan' })).getAllByRole('row');
    expect(rows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))).toEqual([
      ['Stap', 'Bereikt', 'Daarna gestopt'],
      ['Begonnen', '16', ''],
      ['Stap 1 · Over jou', '15', '2'],
      ['Stap 2 · Taken', '13', '6'],
      ['Stap 3 · Samenwerken', '7', '1'],
      ['Stap 4 · Contact', '6', '2'],
      ['Verstuurd', '4', ''],
    ]);

    // Per day: the chart's name sums it up, the table has every day.
    const daily = within(screen.getByRole('region', { name: 'Per dag' }));
    expect(
      daily.getByRole('img', {
        name: 'Staafdiagram per dag van 9 oktober 2026 tot en met 7 november 2026: in totaal 16 begonnen en 4 verstuurd. De drukste dag was 10 oktober 2026, met 12 begonnen en 3 verstuurd.',
      }),
    ).toBeInTheDocument();
    const dayRows = within(daily.getByRole('table', { name: 'Begonnen en verstuurd per dag' })).getAllByRole('row');
    expect(dayRows).toHaveLength(31);
    expect(dayRows[2]).toHaveTextContent('10 oktober 2026123');

    // The tasks, by their Dutch names.
    const picked = within(screen.getByRole('region', { name: 'Meest gekozen taken' }));
    const pickedRows = picked.getAllByRole('row').slice(1);
    expect(pickedRows.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))).toEqual([
      [inboxTriage!.label.nl, '4×', '75%'],
      [calendar!.label.nl, '2×', '100%'],
    ]);
    const delegable = screen.getByRole('region', { name: 'Best over te dragen' });
    expect(delegable).toHaveTextContent('minstens 3 keer gekozen');
    expect(within(delegable).getByRole('row', { name: `${routineEmails!.label.nl} 67% 3×` })).toBeInTheDocument();

    const rejected = within(screen.getByRole('region', { name: 'Tegengehouden' }));
    expect(rejected.getByText('In totaal 5 tegengehouden.')).toBeInTheDocument();
    expect(rejected.getByText('Verborgen spamveld ingevuld (bijna altijd een bot)').nextElementSibling).toHaveTextContent('3');
  });

  it('puts a preset in the address and asks for its days', async () => {
    const { user, location, requests } = renderAdmin('/admin/insight', { handle: insightApi() });
    await kpis();

    await user.click(screen.getByRole('link', { name: '7 dagen' }));

    await waitFor(() => expect(location()).toEqual({ pathname: '/admin/insight', search: '?period=7' }));
    await waitFor(() => expect(insightQueries(requests)).toEqual(['2026-10-09..2026-11-07', '2026-11-01..2026-11-07']));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 november 2026 tot en met 7 november 2026 (7 dagen)'));
    expect(screen.getByRole('link', { name: '7 dagen' })).toHaveAttribute('aria-current', 'true');
    // The fields show the period on screen.
    expect(screen.getByLabelText('Van')).toHaveValue('2026-11-01');
    expect(screen.getByLabelText('Tot en met')).toHaveValue('2026-11-07');
  });

  it('opens the period in the address, and takes a range of her own', async () => {
    const { user, location, requests } = renderAdmin('/admin/insight?period=90', { handle: insightApi() });
    await kpis();
    expect(insightQueries(requests)).toEqual(['2026-08-10..2026-11-07']);

    await user.clear(screen.getByLabelText('Van'));
    await user.type(screen.getByLabelText('Van'), '2026-01-01');
    await user.clear(screen.getByLabelText('Tot en met'));
    await user.type(screen.getByLabelText('Tot en met'), '2026-03-31');
    await user.click(screen.getByRole('button', { name: 'Toon deze periode' }));

    await waitFor(() => expect(location().search).toBe('?from=2026-01-01&to=2026-03-31'));
    await waitFor(() => expect(insightQueries(requests).at(-1)).toBe('2026-01-01..2026-03-31'));
    expect(screen.getByRole('navigation', { name: 'Periode' }).querySelector('[aria-current]')).toBeNull();
  });

  it('says what is wrong with a range it cannot show, and asks nothing', async () => {
    const { user, location, requests } = renderAdmin('/admin/insight?from=2026-11-07&to=2026-11-01', { handle: insightApi() });
    await pageHeading();
    const to = screen.getByLabelText('Tot en met');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    expect(to).toHaveAccessibleDescription('De einddatum ligt vóór de begindatum. Kies een einddatum op of na 7 november 2026.');
    expect(screen.queryByRole('region', { name: 'In het kort' })).toBeNull();

    // Over a year, typed: the field says so and keeps focus; the address stays.
    await user.clear(screen.getByLabelText('Van'));
    await user.type(screen.getByLabelText('Van'), '2024-01-01');
    await user.click(screen.getByRole('button', { name: 'Toon deze periode' }));
    expect(to).toHaveAccessibleDescription('Kies een periode van hoogstens een jaar (366 dagen).');
    expect(to).toHaveFocus();
    expect(location().search).toBe('?from=2026-11-07&to=2026-11-01');
    expect(insightQueries(requests)).toEqual([]);
  });

  it('offers to try again when the figures do not load', async () => {
    let fail = true;
    const { user } = renderAdmin('/admin/insight', {
      handle: insightApi((from, to) => (fail ? apiError(500, 'internal') : json(200, buildInsight(from, to)))),
    });
    // One retry first (the query client's), then the message.
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('Je cijfers konden niet worden geladen.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Opnieuw proberen' }));
    await kpis();
  });

  it('shows a quiet period without dividing by zero', async () => {
    renderAdmin('/admin/insight?period=7', {
      handle: insightApi((from, to) =>
        json(
          200,
          buildInsight(from, to, {
            started: 0,
            finished: 0,
            conversionPercent: null,
            averageFreedMinutesPerMonth: null,
            averageNetGainCentsPerMonth: null,
            steps: [1, 2, 3, 4].map((step) => ({ step, reached: 0, left: 0 })),
            days: buildInsight(from, to).days.map((day) => ({ ...day, started: 0, finished: 0 })),
            mostPicked: [],
            mostDelegable: [],
            rejected: { total: 0, byReason: [] },
          }),
        ),
      ),
    });
    const tiles = within(await kpis());
    expect(tiles.getByText('Conversie').closest('div')).toHaveTextContent('nog niet te berekenen: niemand begon in deze periode');
    expect(tiles.getByText('Gemiddeld vrij per maand').closest('div')).toHaveTextContent('nog niets verstuurd in deze periode');
    expect(screen.getByRole('img', { name: /in totaal 0 begonnen en 0 verstuurd\.$/ })).toBeInTheDocument();
    expect(screen.getByText('In deze periode zijn nog geen taken gekozen.')).toBeInTheDocument();
    expect(screen.getByText('Nog geen taak is in deze periode minstens 3 keer gekozen.')).toBeInTheDocument();
    expect(screen.getByText('Niets tegengehouden in deze periode.')).toBeInTheDocument();
  });

  it('speaks English after a switch, task names included', async () => {
    const { user } = renderAdmin('/admin/insight', { handle: insightApi() });
    await kpis();
    await user.click(screen.getByRole('button', { name: /^EN/ }));

    expect(screen.getByRole('heading', { level: 1, name: 'Insight' })).toBeInTheDocument();
    expect(screen.getByText(/needs no cookie banner/)).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('9 October 2026 up to and including 7 November 2026 (30 days)');
    const tiles = within(screen.getByRole('region', { name: 'At a glance' }));
    expect(tiles.getByText('Average freed per month').closest('div')).toHaveTextContent('12.5 hours');
    expect(tiles.getByText('Average net gain').closest('div')).toHaveTextContent('€1,235');
    expect(within(screen.getByRole('region', { name: 'Most picked tasks' })).getByText(inboxTriage!.label.en)).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Number of people per step of the scan' })).toHaveTextContent('Step 2 · Tasks');
    expect(screen.getByText('Hidden spam field filled in (nearly always a bot)')).toBeInTheDocument();
  });
});
