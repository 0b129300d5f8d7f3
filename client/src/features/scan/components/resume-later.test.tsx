import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, stubApi } from '../testing/fake-api.ts';
import { completeScanValues, renderScan, seedDraft, testScanConfig } from '../testing/render-scan.tsx';
import { emptyScanFormValues } from '../utils/form-values.ts';

const STAMP = '1795000000000.signed-by-the-server';

afterEach(() => {
  vi.unstubAllGlobals();
});

async function openDialog(user: ReturnType<typeof renderScan>['user']) {
  await user.click(await screen.findByRole('button', { name: 'Later verder' }));
  return screen.findByRole('dialog', { name: 'Later verder gaan' });
}

describe('scan: later verder', () => {
  it('asks for an address and consent, then sends the draft and says where the link went', async () => {
    const values = { ...completeScanValues(), collaboration: emptyScanFormValues().collaboration };
    seedDraft(2, values, 'test-key-0123456789abcdef', { startStamp: STAMP, reportedSteps: [1, 2, 3] });
    const api = stubApi({ 'POST /api/drafts': () => json(202, { expiresAt: '2026-12-28T10:00:00.000Z' }) });
    const { user } = renderScan();
    await screen.findByRole('heading', { level: 1, name: 'Samenwerken' });
    // An answer typed just now goes with it.
    await user.click(screen.getByRole('checkbox', { name: 'WhatsApp' }));

    const dialog = await openDialog(user);
    expect(dialog).toHaveAccessibleDescription(/stuur ik je een link .* De link werkt 30 dagen\./);
    const email = within(dialog).getByRole('textbox', { name: 'Je e-mailadres' });
    // The address already given in the scan is filled in.
    expect(email).toHaveValue('eva@example.nl');
    expect(email).toHaveFocus();

    // Consent is required; a wrong address is named.
    await user.clear(email);
    await user.type(email, 'eva@');
    await user.click(within(dialog).getByRole('button', { name: 'Stuur me de link' }));
    expect(email).toHaveAccessibleDescription(/geldig e-mailadres/);
    expect(email).toHaveFocus();
    const consent = within(dialog).getByRole('checkbox', { name: /30 dagen bewaard/ });
    expect(consent).toHaveAccessibleDescription('Zonder jouw akkoord kan ik je antwoorden niet voor je bewaren.');
    await user.type(email, 'example.nl');
    expect(email).not.toHaveAttribute('aria-invalid');
    await user.click(within(dialog).getByRole('button', { name: 'Stuur me de link' }));
    expect(consent).toHaveFocus();
    expect(api.callsTo('POST /api/drafts')).toHaveLength(0);

    await user.click(consent);
    await user.click(within(dialog).getByRole('button', { name: 'Stuur me de link' }));
    const done = await within(dialog).findByRole('heading', { name: 'Kijk in je inbox' });
    await waitFor(() => expect(done).toHaveFocus());
    expect(dialog).toHaveTextContent('Ik heb een link gestuurd naar eva@example.nl.');

    const [call] = api.callsTo('POST /api/drafts');
    expect(call!.body).toEqual({
      email: 'eva@example.nl',
      privacyConsent: true,
      locale: 'nl',
      step: 3,
      answers: {
        values: { ...values, collaboration: { ...values.collaboration, channels: ['whatsapp'] } },
        idempotencyKey: 'test-key-0123456789abcdef',
        startStamp: STAMP,
        reportedSteps: [1, 2, 3],
      },
    });

    // Closing returns to the scan, with focus on the button that opened the dialog.
    await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Later verder' })).toHaveFocus();
    expect(screen.getByRole('checkbox', { name: 'WhatsApp' })).toBeChecked();
  });

  it('shows the link to keep where the installation sends no e-mail, and never claims one was sent', async () => {
    seedDraft(2);
    stubApi({ 'POST /api/drafts': () => json(202, { expiresAt: '2026-12-28T10:00:00.000Z', resumePath: '/resume/AbCdEfGhIjKlMnOpQrStUv' }) });
    const { user } = renderScan({ config: { ...testScanConfig, emailDelivery: false } });
    await screen.findByRole('heading', { level: 1, name: 'Samenwerken' });

    const dialog = await openDialog(user);
    expect(dialog).toHaveAccessibleDescription(/Je krijgt meteen hier een link/);
    await user.click(within(dialog).getByRole('checkbox', { name: /30 dagen bewaard/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Maak mijn link' }));

    const done = await within(dialog).findByRole('heading', { name: 'Bewaar deze link' });
    await waitFor(() => expect(done).toHaveFocus());
    expect(dialog).not.toHaveTextContent(/inbox|gestuurd/);
    const link = within(dialog).getByRole('textbox', { name: 'Jouw link om verder te gaan' });
    expect(link).toHaveValue(`${window.location.origin}/resume/AbCdEfGhIjKlMnOpQrStUv`);
    await user.click(within(dialog).getByRole('button', { name: 'Kopieer link' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/resume/AbCdEfGhIjKlMnOpQrStUv`);
    expect(within(dialog).getByRole('status')).toHaveTextContent('Gekopieerd.');
  });

  it('closes with Escape or Cancel, and sends nothing', async () => {
    const api = stubApi({});
    const { user } = renderScan();
    await openDialog(user);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Later verder' })).toHaveFocus();

    const dialog = await openDialog(user);
    expect(within(dialog).getByRole('textbox', { name: 'Je e-mailadres' })).toHaveValue('');
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(api.calls).toEqual([]);
  });

  it('says so when the limit is reached or the connection is gone, and keeps what was typed', async () => {
    let answer: () => Response | Promise<Response> = () =>
      json(429, { error: { code: 'rate_limited', message: 'Too many requests.' } });
    stubApi({ 'POST /api/drafts': () => answer() });
    const { user } = renderScan();
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByRole('textbox', { name: 'Je e-mailadres' }), 'eva@example.nl');
    await user.click(within(dialog).getByRole('checkbox', { name: /30 dagen bewaard/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Stuur me de link' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/over een uur nog eens/);

    answer = () => Promise.reject(new TypeError('Failed to fetch'));
    await user.click(within(dialog).getByRole('button', { name: 'Stuur me de link' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(/geen verbinding/);
    expect(within(dialog).getByRole('textbox', { name: 'Je e-mailadres' })).toHaveValue('eva@example.nl');

    answer = () =>
      json(422, { error: { code: 'validation_failed', message: 'Invalid.', issues: [{ path: 'email', message: 'Invalid email' }] } });
    await user.click(within(dialog).getByRole('button', { name: 'Stuur me de link' }));
    const email = within(dialog).getByRole('textbox', { name: 'Je e-mailadres' });
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    await waitFor(() => expect(email).toHaveFocus());
    expect(email).toHaveAccessibleDescription(/geldig e-mailadres/);
    expect(within(dialog).queryByRole('alert')).toBeNull();

    // What the prospect cannot correct here is said in general words.
    answer = () =>
      json(422, { error: { code: 'validation_failed', message: 'Invalid.', issues: [{ path: 'answers.values', message: 'Invalid input' }] } });
    await user.click(within(dialog).getByRole('button', { name: 'Stuur me de link' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('Het versturen lukte niet.');
  });

  it('is offered on every step, in English too', async () => {
    stubApi({});
    seedDraft(3);
    const { user } = renderScan();
    await screen.findByRole('heading', { level: 1, name: 'Je gegevens' });
    expect(screen.getByRole('button', { name: 'Later verder' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /english/i }));
    await user.click(screen.getByRole('button', { name: 'Continue later' }));
    const dialog = await screen.findByRole('dialog', { name: 'Continue later' });
    expect(within(dialog).getByRole('textbox', { name: 'Your email address' })).toHaveValue('eva@example.nl');
    expect(within(dialog).getByRole('button', { name: 'Send me the link' })).toBeInTheDocument();
  });
});
