import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DEFAULT_VA_SETTINGS } from '#shared/delegation/defaults.ts';
import type { VaSettings } from '#shared/schemas/admin-settings.ts';
import { LocaleProvider } from '../../../i18n/locale.tsx';
import { createQueryClient } from '../../../lib/query-client.ts';
import { AdminClientContext, createAdminClient } from '../../../lib/admin/admin-client.ts';
import { createAdminFetch } from '../../../lib/admin/admin-fetch.ts';
import { settingsQueryKey } from '../api/get-settings.ts';
import { SettingsPage } from '../components/settings-page.tsx';

export const TEST_CSRF_TOKEN = 'csrf-token-for-tests';

/** A 1×1 PNG. */
export const TINY_PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

export function testSettings(overrides: Partial<VaSettings> = {}): VaSettings {
  return {
    vaName: 'Sanne de Vries',
    logoDataUrl: null,
    brandColor: '#0f766e',
    hourlyRateCents: 47_50,
    packages: DEFAULT_VA_SETTINGS.packages.map((pkg) => ({ ...pkg })),
    offers: structuredClone(DEFAULT_VA_SETTINGS.offers) as VaSettings['offers'],
    briefingSharePercent: 10,
    bookingUrl: 'https://cal.example.nl/sanne',
    replyEmail: 'sanne@example.nl',
    emailSignature: 'Hartelijke groet,\nSanne',
    trustTexts: structuredClone(DEFAULT_VA_SETTINGS.trustTexts),
    embedOrigins: [],
    retentionMonths: 12,
    updatedAt: '2026-03-02T09:30:00.000Z',
    embed: { scanUrl: 'https://scan.example.nl/embed', scriptUrl: 'https://scan.example.nl/embed.js' },
    ...overrides,
  };
}

/**
 * The settings page as the back office shows it: the real providers and the back office's real
 * client (its fetch adds the CSRF token), with the settings already loaded. Stub the global
 * fetch to see what is sent.
 */
export function renderSettingsPage(settings: VaSettings = testSettings()) {
  const queryClient = createQueryClient();
  queryClient.setQueryData(settingsQueryKey, settings);
  const adminFetch = createAdminFetch({
    csrfToken: () => TEST_CSRF_TOKEN,
    renewCsrfToken: async () => null,
    onUnauthenticated: () => {},
  });
  const user = userEvent.setup();
  const view = render(
    <QueryClientProvider client={queryClient}>
      <LocaleProvider>
        <AdminClientContext.Provider value={createAdminClient(adminFetch)}>
          <SettingsPage />
        </AdminClientContext.Provider>
      </LocaleProvider>
    </QueryClientProvider>,
  );
  return { user, queryClient, ...view };
}
