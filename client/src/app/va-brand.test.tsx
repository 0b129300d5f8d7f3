import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DEFAULT_CATALOGUE } from '#shared/delegation/catalogue.ts';
import { DEFAULT_VA_SETTINGS } from '#shared/delegation/defaults.ts';
import { computeDelegation } from '#shared/delegation/engine.ts';
import type { PublicBranding } from '#shared/schemas/branding.ts';
import type { ResultView } from '#shared/schemas/result.ts';
import { buildShortScanAnswers } from '../../../tests/factories/scan-answers.ts';
import { renderRoute } from '../testing/render-route.tsx';

const TOKEN = 'AbCdEfGhIjKlMnOpQrStUv';

const view: ResultView = {
  intakeId: 'intake-1',
  locale: 'nl',
  firstName: 'Zoë',
  company: null,
  submittedAt: '2026-11-03T10:00:00.000Z',
  result: computeDelegation(buildShortScanAnswers(), { catalogue: DEFAULT_CATALOGUE, ...DEFAULT_VA_SETTINGS }),
  va: { name: 'Sanne Jansen', bookingUrl: null, replyEmail: 'sanne@example.nl' },
  emailDelivery: true,
};

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The server as the result page meets it; records every path asked for. */
function stubServer(branding: PublicBranding) {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => {
      const url = new URL(String(input instanceof Request ? input.url : input), 'http://localhost');
      asked.push(url.pathname);
      if (url.pathname === '/api/branding') return json(branding);
      if (url.pathname === `/api/results/${TOKEN}`) return json(view);
      return json({ error: { code: 'not_found', message: 'Not found' } }, 404);
    }),
  );
  return asked;
}

describe('the VA’s branding on the result page', () => {
  it('shows her logo and colour from the small branding answer, never downloading the scan’s catalogue', async () => {
    const asked = stubServer({ name: 'Sanne Jansen', brandColor: '#7c3aed', logoUrl: '/api/branding/logo?v=0123456789ab' });
    renderRoute(`/r/${TOKEN}`);

    const logo = await screen.findByRole('img', { name: 'Sanne Jansen' });
    expect(logo).toHaveAttribute('src', '/api/branding/logo?v=0123456789ab');
    expect(document.documentElement.style.getPropertyValue('--color-brand-600')).not.toBe('');
    await screen.findByRole('heading', { level: 1 });
    expect(asked).toContain('/api/branding');
    expect(asked).not.toContain('/api/scan/config');
  });

  it('without a logo: the scan’s name in the header', async () => {
    stubServer({ name: null, brandColor: '#0f766e', logoUrl: null });
    renderRoute(`/r/${TOKEN}`);
    await screen.findByRole('heading', { level: 1 });
    const header = screen.getByRole('banner');
    expect(within(header).queryByRole('img')).toBeNull();
    expect(header).toHaveTextContent('Delegatiescan');
  });
});
