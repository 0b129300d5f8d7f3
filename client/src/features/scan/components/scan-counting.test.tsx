import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { countingRoutes, json, stubApi } from '../testing/fake-api.ts';
import { completeScanValues, renderScan, seedDraft } from '../testing/render-scan.tsx';
import { DRAFT_STORAGE_KEY } from '../utils/draft-storage.ts';

const STAMP = '1795000000000.signed-by-the-server';

function storedDraft(): { startStamp: string | null; reportedSteps: number[]; idempotencyKey: string } {
  return JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY) ?? 'null');
}

const nextButton = () => screen.getByRole('button', { name: /^volgende/i });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('scan: anonymous counting', () => {
  it('starts with the first answer (not on opening), keeps the stamp, and reports each step once', async () => {
    const api = stubApi(countingRoutes);
    const { user, unmount } = renderScan();
    await screen.findByRole('heading', { level: 1, name: 'Over jou' });
    expect(api.calls).toEqual([]);

    await user.selectOptions(screen.getByLabelText('Wat voor bedrijf heb je?'), 'coach-trainer');
    await user.type(screen.getByLabelText('Hoeveel uur werk je gemiddeld per week?'), '38');
    await waitFor(() => expect(api.callsTo('POST /api/scan/progress')).toHaveLength(1));
    expect(api.callsTo('POST /api/scan/start')).toHaveLength(1);
    expect(api.callsTo('POST /api/scan/progress')[0]!.body).toEqual({ step: 1 });
    await waitFor(() => expect(storedDraft()).toMatchObject({ startStamp: STAMP, reportedSteps: [1] }));

    await user.type(screen.getByLabelText("Uurtarief in euro's"), '82,50');


    await user.click(screen.getByRole('radio', { name: 'Ja, ik reken btw' }));
    await user.click(screen.getByRole('radio', { name: 'Nee, nog nooit' }));
    await user.click(screen.getByRole('radio', { name: 'Mijn administratie stapelt zich op' }));
    await user.click(nextButton());
    await screen.findByRole('heading', { level: 1, name: 'Je taken' });
    await waitFor(() => expect(api.callsTo('POST /api/scan/progress')).toHaveLength(2));
    expect(api.callsTo('POST /api/scan/progress')[1]!.body).toEqual({ step: 2 });

    // Back and forth, and a reload: nothing is counted twice, and no second start.
    await user.click(screen.getByRole('button', { name: /vorige/i }));
    await user.click(await screen.findByRole('button', { name: /^volgende/i }));
    await screen.findByRole('heading', { level: 1, name: 'Je taken' });
    unmount();
    const again = renderScan();
    await again.user.click(await screen.findByRole('checkbox', { name: 'Inbox bijhouden en sorteren' }));
    expect(api.callsTo('POST /api/scan/start')).toHaveLength(1);
    expect(api.callsTo('POST /api/scan/progress')).toHaveLength(2);
    expect(storedDraft().reportedSteps).toEqual([1, 2]);
  });

  it('tries the start again on the next answer when it failed, and counts nothing meanwhile', async () => {
    let startWorks = false;
    const api = stubApi({
      ...countingRoutes,
      'POST /api/scan/start': () => (startWorks ? json(200, { startStamp: STAMP }) : Promise.reject(new TypeError('Failed to fetch'))),
    });
    const { user } = renderScan();
    await user.type(await screen.findByLabelText('Hoeveel uur werk je gemiddeld per week?'), '3');
    await waitFor(() => expect(api.callsTo('POST /api/scan/start')).toHaveLength(1));
    expect(api.callsTo('POST /api/scan/progress')).toHaveLength(0);
    startWorks = true;
    await user.type(screen.getByLabelText('Hoeveel uur werk je gemiddeld per week?'), '8');
    await waitFor(() => expect(api.callsTo('POST /api/scan/progress')).toHaveLength(1));
    expect(api.callsTo('POST /api/scan/start')).toHaveLength(2);
  });
});

describe('scan: spam defences on sending', () => {
  const submitButton = () => screen.getByRole('button', { name: /bekijk mijn uitslag|even geduld/i });
  const seedStarted = () =>
    seedDraft(3, completeScanValues(), 'test-key-0123456789abcdef', { startStamp: STAMP, reportedSteps: [1, 2, 3, 4] });

  it('sends the start stamp and an empty honeypot is left out; the honeypot is out of everyone\'s way', async () => {
    seedStarted();
    const api = stubApi({ 'POST /api/intakes': () => new Promise<Response>(() => {}) });
    const { user } = renderScan();
    await screen.findByRole('heading', { level: 1, name: 'Je gegevens' });

    const honeypot = document.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(honeypot).toHaveAttribute('tabindex', '-1');
    expect(honeypot).toHaveAttribute('autocomplete', 'off');
    expect(honeypot.closest('[aria-hidden="true"]')).not.toBeNull();
    // Not in the accessibility tree, and Tab never reaches it.
    expect(screen.queryByRole('textbox', { name: /laat dit veld leeg/i })).not.toBeInTheDocument();
    for (let i = 0; i < 15; i++) {
      await user.tab();
      expect(honeypot).not.toHaveFocus();
    }

    await user.click(submitButton());
    await waitFor(() => expect(api.callsTo('POST /api/intakes')).toHaveLength(1));
    const body = api.callsTo('POST /api/intakes')[0]!.body as Record<string, unknown>;
    expect(body.startStamp).toBe(STAMP);
    expect(body).not.toHaveProperty('website');
    expect(api.callsTo('POST /api/scan/progress')).toHaveLength(0);
  });

  it('sends what a robot put in the honeypot, so the server can refuse it', async () => {
    seedStarted();
    const api = stubApi({
      'POST /api/intakes': () =>
        json(422, { error: { code: 'submission_refused', message: 'This submission could not be accepted.' } }),
    });
    const { user } = renderScan();
    await screen.findByRole('heading', { level: 1, name: 'Je gegevens' });
    document.querySelector<HTMLInputElement>('input[name="website"]')!.value = 'https://spam.example';
    await user.click(submitButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(/kon niet worden verstuurd/i);
    expect(api.callsTo('POST /api/intakes')[0]!.body).toMatchObject({ website: 'https://spam.example' });
  });

  it('asks to wait a moment when the server finds it too fast, and sends again later', async () => {
    seedStarted();
    let answer = json(422, { error: { code: 'too_fast', message: 'Too fast.', issues: [{ path: 'startStamp', message: 'x' }] } });
    const api = stubApi({ 'POST /api/intakes': () => answer });
    const { user, pathname } = renderScan();
    await screen.findByRole('heading', { level: 1, name: 'Je gegevens' });
    await user.click(submitButton());
    expect(await screen.findByRole('alert')).toHaveTextContent('Wacht een halve minuut en probeer het dan nog een keer.');
    expect(api.callsTo('POST /api/scan/start')).toHaveLength(0);

    answer = json(201, { intakeId: 'i1', resultToken: 'AbCdEfGhIjKlMnOpQrStUv', resultPath: '/r/AbCdEfGhIjKlMnOpQrStUv' });
    await user.click(submitButton());
    await waitFor(() => expect(pathname()).toBe('/r/AbCdEfGhIjKlMnOpQrStUv'));
    const stamps = api.callsTo('POST /api/intakes').map((call) => (call.body as { startStamp: string }).startStamp);
    expect(stamps).toEqual([STAMP, STAMP]);
  });

  it('gets a fresh start when the server does not know the stamp', async () => {
    seedStarted();
    const api = stubApi({
      ...countingRoutes,
      'POST /api/scan/start': () => json(200, { startStamp: '1795000099999.a-fresh-one' }),
      'POST /api/intakes': () =>
        json(422, { error: { code: 'scan_start_invalid', message: 'No valid start.', issues: [{ path: 'startStamp', message: 'x' }] } }),
    });
    const { user } = renderScan();
    await screen.findByRole('heading', { level: 1, name: 'Je gegevens' });
    await user.click(submitButton());
    expect(await screen.findByRole('alert')).toHaveTextContent(/wacht een halve minuut/i);
    await waitFor(() => expect(storedDraft().startStamp).toBe('1795000099999.a-fresh-one'));
    expect(api.callsTo('POST /api/scan/start')).toHaveLength(1);
  });
});
