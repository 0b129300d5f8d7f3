import { randomBytes } from 'node:crypto';
import { DEFAULT_CATALOGUE } from '#shared/delegation/catalogue.ts';
import type { SaveDraftInput } from '#shared/schemas/draft.ts';
import type { CreateIntakeInput } from '#shared/schemas/intake.ts';
import { buildAboutAnswers } from './scan-answers.ts';

/** A realistic, valid scan; override any part. Task ids come from the real catalogue. */
export function buildIntakeInput(overrides: Partial<CreateIntakeInput> = {}): CreateIntakeInput {
  const [first, second, third] = DEFAULT_CATALOGUE.tasks;
  return {
    locale: 'nl',
    about: buildAboutAnswers(),
    tasks: {
      catalogueTasks: [
        { taskId: first!.id, minutesPerMonth: 8 * 60, feeling: 'drains', skill: 'others-better', needsMe: 'no' },
        { taskId: second!.id, minutesPerMonth: 4 * 60, feeling: 'neutral', skill: 'fine', needsMe: 'no' },
        { taskId: third!.id, minutesPerMonth: 2 * 60, feeling: 'enjoy', skill: 'great', needsMe: 'yes' },
      ],
      customTasks: [
        {
          label: 'Offertes uitwerken',
          categoryId: DEFAULT_CATALOGUE.categories[0]!.id,
          minutesPerMonth: 3 * 60,
          feeling: 'drains',
          skill: 'fine',
          needsMe: 'no',
        },
      ],
    },
    collaboration: {
      channels: ['email', 'video'],
      updateFrequency: 'weekly',
      concerns: ['control', 'cost'],
      startPreference: 'monthly-hours',
    },
    contact: {
      name: 'Zoë de Vries',
      email: 'zoe@example.nl',
      company: 'Zoë Coaching',
      privacyConsent: true,
      followUpConsent: true,
    },
    ...overrides,
  };
}

export function newIdempotencyKey(): string {
  return randomBytes(16).toString('base64url');
}

/** A "later verder" request as the scan sends it: the browser's draft after step 2. */
export function buildSaveDraftInput(overrides: Partial<SaveDraftInput> = {}): SaveDraftInput {
  return {
    email: 'zoe@example.nl',
    privacyConsent: true,
    locale: 'nl',
    step: 2,
    answers: {
      values: {
        about: { businessKind: 'coach-trainer', hoursPerWeek: '40', rateKind: 'current', hourlyRate: '85' },
        tasks: { catalogueTasks: [{ taskId: 'inbox-triage', hours: '6', feeling: 'drains', skill: '', needsMe: '' }], customTasks: [] },
      },
      idempotencyKey: newIdempotencyKey(),
      reportedSteps: [1, 2],
    },
    ...overrides,
  };
}
