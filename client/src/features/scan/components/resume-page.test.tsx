import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, stubApi } from '../testing/fake-api.ts';
import { completeScanValues, renderScan, seedDraft } from '../testing/render-scan.tsx';
import { DRAFT_STORAGE_KEY } from '../utils/draft-storage.ts';
import { emptyScanFormValues } from '../utils/form-values.ts';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUv';
const STAMP = '1795000000000.signed-by-the-server';

afterEach(() => {
  vi.unstubAllGlobals();
});

function savedDraft(locale: 'nl' | 'en' = 'en') {
  const values = completeScanValues();
  return {
    answers: {
      values: { about: values.about, tasks: values.tasks },
      idempotencyKey: 'saved-key-0123456789abcdef',
      startStamp: STAMP,
      reportedSteps: [1, 2],
    },
    step: 2,
    locale,
  };
}

describe('/resume/:token', () => {
  it('loads the saved draft into this browser and opens the scan at its step, in its language', async () => {
    // Whatever this browser had is replaced by what the link holds.
    seedDraft(0, emptyScanFormValues());
    const api = stubApi({ [`GET /api/drafts/${TOKEN}`]: () => json(200, savedDraft('en')) });
    const { pathname } = renderScan({ path: `/resume/${TOKEN}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Your tasks' })).toBeInTheDocument();
    expect(pathname()).toBe('/');
    expect(screen.getByRole('progressbar', { name: 'Step 2 of 4' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Inbox triage' })).toBeChecked();
    expect(api.callsTo(`GET /api/drafts/${TOKEN}`)).toHaveLength(1);

    const stored = JSON.parse(localStorage.getItem(DRAFT_STORAGE_KEY) ?? 'null');
    expect(stored).toMatchObject({
      step: 1,
      idempotencyKey: 'saved-key-0123456789abcdef',
      startStamp: STAMP,
      reportedSteps: [1, 2],
      values: { about: completeScanValues().about, contact: emptyScanFormValues().contact },
    });
  });

  it('keeps the language the visitor chose on this device', async () => {
    localStorage.setItem('delegatiescan:locale-chosen', '1');
    stubApi({ [`GET /api/drafts/${TOKEN}`]: () => json(200, savedDraft('en')) });
    renderScan({ path: `/resume/${TOKEN}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Je taken' })).toBeInTheDocument();
  });

  it('shows a friendly page for an expired, unknown or tampered link, with a way to start again', async () => {
    stubApi({
      [`GET /api/drafts/${TOKEN}`]: () => json(404, { error: { code: 'not_found', message: 'This link is unknown or has expired.' } }),
    });
    const { user, pathname } = renderScan({ path: `/resume/${TOKEN}` });
    const heading = await screen.findByRole('heading', { level: 1, name: 'Deze link werkt niet meer' });
    await waitFor(() => expect(heading).toHaveFocus());
    expect(screen.getByText(/werkt 30 dagen/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Begin opnieuw aan de scan' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Over jou' })).toBeInTheDocument();
    expect(pathname()).toBe('/');
  });

  it('does not even ask the server about a link that cannot be one', async () => {
    const api = stubApi({});
    renderScan({ path: '/resume/not-a-token' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Deze link werkt niet meer' })).toBeInTheDocument();
    expect(api.calls).toEqual([]);
  });

  it('offers to try again when the server cannot be reached', async () => {
    let reachable = false;
    stubApi({
      [`GET /api/drafts/${TOKEN}`]: () => (reachable ? json(200, savedDraft('nl')) : json(503, { error: { code: 'http_error', message: 'Down.' } })),
    });
    const { user } = renderScan({ path: `/resume/${TOKEN}` });
    expect(await screen.findByRole('heading', { level: 1, name: 'Je antwoorden konden niet worden opgehaald' }, { timeout: 5000 })).toBeInTheDocument();
    reachable = true;
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Je taken' })).toBeInTheDocument();
  });
});
