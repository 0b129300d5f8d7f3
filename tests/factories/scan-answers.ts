import type { DelegationAnswers } from '#shared/delegation/engine.ts';
import type { CreateIntakeInput } from '#shared/schemas/intake.ts';

/** The scan's first step as a typical owner answers it: a coach, 40 hours a week, € 85 an hour now. */
export function buildAboutAnswers(overrides: Partial<CreateIntakeInput['about']> = {}): CreateIntakeInput['about'] {
  return {
    businessKind: 'coach-trainer',
    hoursPerWeek: 40,
    rateKind: 'current',
    hourlyRateCents: 85_00,
    vatStatus: 'normal',
    delegationExperience: 'never',
    mainPain: 'admin-piles-up',
    ...overrides,
  };
}

/** A short scan: those answers and one task she would hand over (4 hours of scheduling a month). */
export function buildShortScanAnswers(): DelegationAnswers {
  return {
    about: buildAboutAnswers(),
    tasks: {
      catalogueTasks: [{ taskId: 'meeting-scheduling', minutesPerMonth: 240, feeling: 'drains', skill: 'others-better', needsMe: 'no' }],
      customTasks: [],
    },
    collaboration: { channels: ['email'], updateFrequency: 'weekly', concerns: [], startPreference: 'trial-task' },
  };
}
