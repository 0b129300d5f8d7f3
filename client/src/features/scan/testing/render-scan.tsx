import { DEFAULT_CATALOGUE } from '#shared/delegation/catalogue.ts';
import { PRIVACY_TEXT_VERSION } from '#shared/schemas/intake.ts';
import { getBrandingQueryOptions } from '../../../lib/get-branding.ts';
import { renderRoute } from '../../../testing/render-route.tsx';
import { createQueryClient } from '../../../lib/query-client.ts';
import { getScanConfigQueryOptions, type ScanConfig } from '../../../lib/get-scan-config.ts';
import { saveDraft, type ScanDraft } from '../utils/draft-storage.ts';
import { emptyScanFormValues, type ScanFormValues } from '../utils/form-values.ts';

/** Test helpers for the scan: render the real routes with the scan config (and the header's branding) already loaded. */

export const testScanConfig: ScanConfig = {
  catalogue: DEFAULT_CATALOGUE,
  privacyTextVersion: PRIVACY_TEXT_VERSION,
  emailDelivery: true,
  va: { name: 'Sanne de Vries', email: 'sanne@example.nl', brandColor: '#0f766e', logoDataUrl: null },
};

export function renderScan({ path = '/', config = testScanConfig }: { path?: string; config?: ScanConfig | null } = {}) {
  const queryClient = createQueryClient();
  if (config) {
    queryClient.setQueryData(getScanConfigQueryOptions().queryKey, config);
    queryClient.setQueryData(getBrandingQueryOptions().queryKey, { name: config.va.name, brandColor: config.va.brandColor, logoUrl: null });
  }
  return renderRoute(path, { queryClient });
}

/** A scan with every step answered validly, for seeding a draft at a later step. */
export function completeScanValues(): ScanFormValues {
  const empty = emptyScanFormValues();
  return {
    about: {
      ...empty.about,
      businessKind: 'coach-trainer',
      hoursPerWeek: '40',
      hourlyRate: '85',
      vatStatus: 'normal',
      delegationExperience: 'never',
      mainPain: 'admin-piles-up',
    },
    tasks: {
      catalogueTasks: [{ taskId: 'inbox-triage', hours: '6', feeling: 'drains', skill: 'fine', needsMe: 'no' }],
      customTasks: [],
    },
    collaboration: { channels: ['email'], updateFrequency: 'weekly', concerns: ['control'], startPreference: 'trial-task' },
    contact: { ...empty.contact, name: 'Eva Jansen', email: 'eva@example.nl', privacyConsent: true },
  };
}

/** Put a draft in localStorage as the scan would have saved it (by default, not started yet). */
export function seedDraft(
  step: number,
  values: ScanFormValues = completeScanValues(),
  idempotencyKey = 'test-key-0123456789abcdef',
  counting: Pick<ScanDraft, 'startStamp' | 'reportedSteps'> = { startStamp: null, reportedSteps: [] },
) {
  saveDraft({ step, idempotencyKey, values, ...counting });
}
