import { describe, expect, test } from 'vitest';
import { CreateIntakeInput } from '../schemas/intake.ts';
import { DelegationResult } from '../schemas/result.ts';
import type { Catalogue } from './catalogue-types.ts';
import { DEFAULT_CATALOGUE } from './catalogue.ts';
import { DEFAULT_VA_SETTINGS } from './defaults.ts';
import {
  DelegationInputError,
  ENGINE_VERSION,
  UnknownCategoryError,
  UnknownTaskError,
  bucketFor,
  computeDelegation,
  scoreTask,
  suggestPackage,
} from './engine.ts';
import type { DelegationAnswers, DelegationContext } from './engine.ts';

/**
 * A small fixed catalogue, so the worked example does not change when the default catalogue
 * is tuned. The numbers match the default catalogue's tasks of the same id.
 */
const catalogue: Catalogue = {
  version: 'test-1',
  categories: [
    { id: 'email-agenda', label: { nl: 'E-mail & agenda', en: 'Email & calendar' } },
    { id: 'admin-invoicing', label: { nl: 'Administratie', en: 'Admin' } },
    { id: 'customer-contact', label: { nl: 'Klantcontact', en: 'Customer contact' } },
    { id: 'social-newsletters', label: { nl: 'Social media', en: 'Social media' } },
  ],
  tasks: [
    task('inbox-triage', 'email-agenda', 85, 'low', 'medium', 80),
    task('meeting-scheduling', 'email-agenda', 90, 'low', 'low', 70),
    task('payment-reminders', 'admin-invoicing', 90, 'low', 'high', 80),
    task('quotes', 'admin-invoicing', 65, 'medium', 'medium', 85),
    task('social-scheduling', 'social-newsletters', 85, 'medium', 'low', 75),
  ],
};

function task(
  id: string,
  categoryId: string,
  delegability: number,
  setupEffort: 'low' | 'medium' | 'high',
  sensitivity: 'low' | 'medium' | 'high',
  vaEfficiencyPercent: number,
): Catalogue['tasks'][number] {
  return {
    id,
    categoryId,
    label: { nl: `${id} (nl)`, en: `${id} (en)` },
    hint: { nl: 'hint', en: 'hint' },
    delegability,
    setupEffort,
    sensitivity,
    vaEfficiencyPercent,
  };
}

const context: DelegationContext = {
  catalogue,
  vaRateCents: 4750,
  packages: DEFAULT_VA_SETTINGS.packages,
  trustTexts: DEFAULT_VA_SETTINGS.trustTexts,
};

/** A coach at €85 an hour; every field also passes the real intake schema. */
const answers: DelegationAnswers = {
  about: {
    businessKind: 'coach-trainer',
    hoursPerWeek: 36,
    rateKind: 'current',
    hourlyRateCents: 8500,
    delegationExperience: 'never',
    mainPain: 'admin-piles-up',
  },
  tasks: {
    catalogueTasks: [
      { taskId: 'inbox-triage', minutesPerMonth: 240, feeling: 'drains', skill: 'fine', needsMe: false },
      { taskId: 'meeting-scheduling', minutesPerMonth: 75, feeling: 'neutral', skill: 'others-better', needsMe: false },
      { taskId: 'payment-reminders', minutesPerMonth: 45, feeling: 'drains', skill: 'fine', needsMe: false },
      { taskId: 'quotes', minutesPerMonth: 180, feeling: 'neutral', skill: 'great', needsMe: true },
      { taskId: 'social-scheduling', minutesPerMonth: 200, feeling: 'enjoy', skill: 'fine', needsMe: false },
    ],
    customTasks: [
      {
        label: 'Podcastafleveringen uploaden',
        categoryId: 'social-newsletters',
        minutesPerMonth: 100,
        feeling: 'drains',
        skill: 'others-better',
        needsMe: false,
      },
    ],
  },
  collaboration: {
    channels: ['email', 'whatsapp'],
    updateFrequency: 'weekly',
    concerns: ['cost', 'control'],
    startPreference: 'prepaid-bundle',
  },
};

describe('computeDelegation: worked example', () => {
  test('the answers are a valid intake', () => {
    const intake = {
      locale: 'nl',
      ...answers,
      contact: { name: 'Sanne', email: 'sanne@example.nl', privacyConsent: true, followUpConsent: false },
    };
    expect(CreateIntakeInput.safeParse(intake).success).toBe(true);
  });

  const result = computeDelegation(answers, context);

  test('per task: score, bucket, reasons, minutes and money, by hand', () => {
    const row = (key: string) => {
      const found = result.tasks.find((t) => t.key === key);
      if (!found) throw new Error(`no ${key}`);
      const { score, bucket, reasons, freedMinutes, vaMinutes, freedValueCents, vaCostCents } = found;
      return { score, bucket, reasons, freedMinutes, vaMinutes, freedValueCents, vaCostCents };
    };

    // 85 + 20 (drains) = 105 → 100. Low set-up but medium sensitivity → after onboarding.
    // VA 240 × 80% = 192 min; value 240 × 8500 / 60 = 34000; cost 192 × 4750 / 60 = 15200.
    expect(row('inbox-triage')).toEqual({
      score: 100, bucket: 'after-onboarding', reasons: ['highly-delegable', 'drains', 'sensitive'],
      freedMinutes: 240, vaMinutes: 192, freedValueCents: 34000, vaCostCents: 15200,
    });
    // 90 + 15 (others better) = 105 → 100. Low / low → now.
    // VA 75 × 70% = 52.5 → 53; value 75 × 8500 / 60 = 10625; cost 53 × 4750 / 60 = 4195.83 → 4196.
    expect(row('meeting-scheduling')).toEqual({
      score: 100, bucket: 'now', reasons: ['highly-delegable', 'others-better'],
      freedMinutes: 75, vaMinutes: 53, freedValueCents: 10625, vaCostCents: 4196,
    });
    // 90 + 20 = 110 → 100. High sensitivity → after onboarding.
    // VA 45 × 80% = 36; value 45 × 8500 / 60 = 6375; cost 36 × 4750 / 60 = 2850.
    expect(row('payment-reminders')).toEqual({
      score: 100, bucket: 'after-onboarding', reasons: ['highly-delegable', 'drains', 'sensitive'],
      freedMinutes: 45, vaMinutes: 36, freedValueCents: 6375, vaCostCents: 2850,
    });
    // 65 − 20 (great) − 35 (needs me) = 10 → keep.
    expect(row('quotes')).toEqual({
      score: 10, bucket: 'keep', reasons: ['great-at-it', 'needs-owner'],
      freedMinutes: 0, vaMinutes: 0, freedValueCents: 0, vaCostCents: 0,
    });
    // 85 − 25 (enjoys) = 60 → consider.
    expect(row('social-scheduling')).toEqual({
      score: 60, bucket: 'consider', reasons: ['highly-delegable', 'enjoys'],
      freedMinutes: 0, vaMinutes: 0, freedValueCents: 0, vaCostCents: 0,
    });
    // Own task: 50 + 20 + 15 = 85; set-up and sensitivity medium → after onboarding.
    // VA 100 × 90% = 90; value 100 × 8500 / 60 = 14166.67 → 14167; cost 90 × 4750 / 60 = 7125.
    expect(row('custom-0')).toEqual({
      score: 85, bucket: 'after-onboarding',
      reasons: ['drains', 'others-better', 'needs-instruction', 'sensitive', 'own-task'],
      freedMinutes: 100, vaMinutes: 90, freedValueCents: 14167, vaCostCents: 7125,
    });
  });

  test('tasks keep the input order and copy the catalogue data', () => {
    expect(result.tasks.map((t) => t.key)).toEqual([
      'inbox-triage', 'meeting-scheduling', 'payment-reminders', 'quotes', 'social-scheduling', 'custom-0',
    ]);
    expect(result.tasks[0]).toMatchObject({
      custom: false,
      label: { nl: 'inbox-triage (nl)', en: 'inbox-triage (en)' },
      categoryId: 'email-agenda',
      minutesPerMonth: 240,
      feeling: 'drains',
      skill: 'fine',
      needsMe: false,
      delegability: 85,
      setupEffort: 'low',
      sensitivity: 'medium',
    });
    expect(result.tasks[5]).toMatchObject({
      custom: true,
      label: { nl: 'Podcastafleveringen uploaden', en: 'Podcastafleveringen uploaden' },
      categoryId: 'social-newsletters',
      delegability: 50,
      setupEffort: 'medium',
      sensitivity: 'medium',
    });
  });

  test('totals are the sums of the task figures', () => {
    expect(result.totals).toEqual({
      enteredMinutesPerMonth: 840, // 240 + 75 + 45 + 180 + 200 + 100
      freedMinutesPerMonth: 460, // 240 + 75 + 45 + 100
      vaMinutesPerMonth: 371, // 192 + 53 + 36 + 90
      freedValueCentsPerMonth: 65167, // 34000 + 10625 + 6375 + 14167
      vaCostCentsPerMonth: 29371, // 15200 + 4196 + 2850 + 7125
      netGainCentsPerMonth: 35796,
      netGainCentsPerYear: 429552,
    });
  });

  test('categories in catalogue order, only those with picked tasks', () => {
    expect(result.categories).toEqual([
      { categoryId: 'email-agenda', label: { nl: 'E-mail & agenda', en: 'Email & calendar' }, enteredMinutes: 315, freedMinutes: 315, vaMinutes: 245 },
      { categoryId: 'admin-invoicing', label: { nl: 'Administratie', en: 'Admin' }, enteredMinutes: 225, freedMinutes: 45, vaMinutes: 36 },
      { categoryId: 'social-newsletters', label: { nl: 'Social media', en: 'Social media' }, enteredMinutes: 300, freedMinutes: 100, vaMinutes: 90 },
    ]);
  });

  test('trust plan: ticked concerns in CONCERNS order, confidentiality pulled in by payment reminders', () => {
    expect(result.trustPlan.map((s) => [s.concern, s.source])).toEqual([
      ['control', 'ticked'],
      ['confidentiality', 'sensitive-tasks'],
      ['cost', 'ticked'],
    ]);
    expect(result.trustPlan[1]?.title).toEqual(DEFAULT_VA_SETTINGS.trustTexts.confidentiality.title);
    expect(result.trustPlan[1]?.steps).toEqual(DEFAULT_VA_SETTINGS.trustTexts.confidentiality.steps);
  });

  test('suggested start: 371 VA minutes fit the 8-hour package; the quick win first', () => {
    expect(result.suggestedStart).toEqual({
      preference: 'prepaid-bundle',
      package: { hoursPerMonth: 8, priceCents: 38000 },
      vaMinutesPerMonth: 371,
      // now: meeting-scheduling; then after onboarding by score, then freed minutes.
      firstTaskKeys: ['meeting-scheduling', 'inbox-triage', 'payment-reminders'],
    });
  });

  test('versions and rates are recorded, and the result matches the schema', () => {
    expect(result).toMatchObject({
      engineVersion: ENGINE_VERSION,
      catalogueVersion: 'test-1',
      ownerRateCents: 8500,
      vaRateCents: 4750,
    });
    expect(DelegationResult.parse(result)).toEqual(result);
  });

  test('texts in the result are copies, not shared with the context', () => {
    const again = computeDelegation(answers, context);
    const step = again.trustPlan[0]?.steps[0];
    const label = again.tasks[0]?.label;
    expect(step && label).toBeDefined();
    if (step) step.nl = 'changed';
    if (label) label.nl = 'changed';
    expect(DEFAULT_VA_SETTINGS.trustTexts.control.steps[0]?.nl).not.toBe('changed');
    expect(catalogue.tasks[0]?.label.nl).toBe('inbox-triage (nl)');
  });
});

describe('computeDelegation: edge cases', () => {
  const base = (overrides: Partial<DelegationAnswers['tasks']>): DelegationAnswers => ({
    ...answers,
    tasks: { catalogueTasks: [], customTasks: [], ...overrides },
  });

  test('unknown catalogue task → UnknownTaskError with the id', () => {
    const input = base({
      catalogueTasks: [{ taskId: 'time-travel', minutesPerMonth: 60, feeling: 'neutral', skill: 'fine', needsMe: false }],
    });
    expect(() => computeDelegation(input, context)).toThrow(UnknownTaskError);
    try {
      computeDelegation(input, context);
    } catch (error) {
      expect(error).toBeInstanceOf(DelegationInputError);
      expect(error).toMatchObject({ code: 'unknown-task', taskId: 'time-travel' });
    }
  });

  test('own task in an unknown category → UnknownCategoryError', () => {
    const input = base({
      customTasks: [{ label: 'Iets', categoryId: 'nowhere', minutesPerMonth: 60, feeling: 'neutral', skill: 'fine', needsMe: false }],
    });
    expect(() => computeDelegation(input, context)).toThrow(UnknownCategoryError);
    expect(() => computeDelegation(input, context)).toThrow(/nowhere/);
  });

  test('a task picked twice → DelegationInputError duplicate-task', () => {
    const pick = { taskId: 'quotes', minutesPerMonth: 60, feeling: 'neutral', skill: 'fine', needsMe: false } as const;
    expect(() => computeDelegation(base({ catalogueTasks: [pick, pick] }), context)).toThrow(
      expect.objectContaining({ code: 'duplicate-task' }),
    );
  });

  test('nothing handed over: no package, no first tasks, zero money', () => {
    const result = computeDelegation(
      base({
        catalogueTasks: [{ taskId: 'quotes', minutesPerMonth: 600, feeling: 'enjoy', skill: 'great', needsMe: true }],
      }),
      context,
    );
    expect(result.tasks[0]?.bucket).toBe('keep');
    expect(result.totals).toEqual({
      enteredMinutesPerMonth: 600, freedMinutesPerMonth: 0, vaMinutesPerMonth: 0,
      freedValueCentsPerMonth: 0, vaCostCentsPerMonth: 0, netGainCentsPerMonth: 0, netGainCentsPerYear: 0,
    });
    expect(result.suggestedStart).toMatchObject({ package: null, vaMinutesPerMonth: 0, firstTaskKeys: [] });
  });

  test('more VA hours than the largest package → the largest package', () => {
    const result = computeDelegation(
      base({
        catalogueTasks: [{ taskId: 'meeting-scheduling', minutesPerMonth: 9600, feeling: 'drains', skill: 'others-better', needsMe: false }],
      }),
      context,
    );
    expect(result.totals.vaMinutesPerMonth).toBe(6720);
    expect(result.suggestedStart.package).toEqual({ hoursPerMonth: 40, priceCents: 176000 });
  });

  test('no packages → no package', () => {
    const result = computeDelegation(answers, { ...context, packages: [] });
    expect(result.suggestedStart.package).toBeNull();
  });

  test('a net loss is reported as a negative gain', () => {
    const cheapOwner = { ...answers, about: { ...answers.about, hourlyRateCents: 2000 } };
    const result = computeDelegation(cheapOwner, context);
    expect(result.totals.netGainCentsPerMonth).toBeLessThan(0);
    expect(result.totals.netGainCentsPerYear).toBe(result.totals.netGainCentsPerMonth * 12);
    expect(DelegationResult.safeParse(result).success).toBe(true);
  });

  test('a ticked concern shows once, even if sent twice; ticked confidentiality wins over sensitive-tasks', () => {
    const result = computeDelegation(
      { ...answers, collaboration: { ...answers.collaboration, concerns: ['confidentiality', 'cost', 'confidentiality'] } },
      context,
    );
    expect(result.trustPlan.map((s) => [s.concern, s.source])).toEqual([
      ['confidentiality', 'ticked'],
      ['cost', 'ticked'],
    ]);
  });

  test('sensitive tasks that stay with the owner do not pull in confidentiality', () => {
    const result = computeDelegation(
      {
        ...base({
          catalogueTasks: [{ taskId: 'payment-reminders', minutesPerMonth: 60, feeling: 'neutral', skill: 'fine', needsMe: true }],
        }),
        collaboration: { ...answers.collaboration, concerns: [] },
      },
      context,
    );
    expect(result.tasks[0]?.bucket).toBe('consider');
    expect(result.trustPlan).toEqual([]);
  });

  test('first tasks: ties broken by freed minutes, then key', () => {
    const pick = (taskId: string, minutesPerMonth: number) =>
      ({ taskId, minutesPerMonth, feeling: 'drains', skill: 'others-better', needsMe: false }) as const;
    const result = computeDelegation(
      base({
        catalogueTasks: [pick('payment-reminders', 60), pick('inbox-triage', 60), pick('quotes', 120), pick('meeting-scheduling', 15)],
      }),
      context,
    );
    // now: meeting-scheduling; after onboarding, all score 100: quotes (120 min) first, then by key.
    expect(result.suggestedStart.firstTaskKeys).toEqual(['meeting-scheduling', 'quotes', 'inbox-triage']);
  });

  test('works on the default catalogue', () => {
    const result = computeDelegation(answers, { ...DEFAULT_VA_SETTINGS, catalogue: DEFAULT_CATALOGUE });
    expect(result.catalogueVersion).toBe(DEFAULT_CATALOGUE.version);
    expect(result.tasks[0]?.label.nl).toBe('Inbox bijhouden en sorteren');
    expect(DelegationResult.safeParse(result).success).toBe(true);
  });
});

describe('scoreTask and bucketFor', () => {
  const answer = { feeling: 'neutral', skill: 'fine', needsMe: false } as const;

  test('scores clamp to 0–100', () => {
    expect(scoreTask({ delegability: 100 }, { ...answer, feeling: 'drains', skill: 'others-better' })).toBe(100);
    expect(scoreTask({ delegability: 10 }, { ...answer, feeling: 'enjoy', skill: 'great', needsMe: true })).toBe(0);
    expect(scoreTask({ delegability: 70 }, answer)).toBe(70);
  });

  test('bucket thresholds', () => {
    const quick = { setupEffort: 'low', sensitivity: 'low' } as const;
    expect(bucketFor(39, quick, answer)).toBe('keep');
    expect(bucketFor(40, quick, answer)).toBe('consider');
    expect(bucketFor(64, quick, answer)).toBe('consider');
    expect(bucketFor(65, quick, answer)).toBe('now');
    expect(bucketFor(65, { ...quick, setupEffort: 'medium' }, answer)).toBe('after-onboarding');
    expect(bucketFor(65, { ...quick, sensitivity: 'medium' }, answer)).toBe('after-onboarding');
    expect(bucketFor(100, quick, { ...answer, needsMe: true })).toBe('consider');
    expect(bucketFor(100, quick, { feeling: 'enjoy', skill: 'great', needsMe: true })).toBe('keep');
  });

  test('suggestPackage picks the smallest covering package, by hours then price', () => {
    const packages = [
      { hoursPerMonth: 16, priceCents: 74000 },
      { hoursPerMonth: 8, priceCents: 40000 },
      { hoursPerMonth: 8, priceCents: 38000 },
    ];
    expect(suggestPackage(packages, 1)).toEqual({ hoursPerMonth: 8, priceCents: 38000 });
    expect(suggestPackage(packages, 480)).toEqual({ hoursPerMonth: 8, priceCents: 38000 });
    expect(suggestPackage(packages, 481)).toEqual({ hoursPerMonth: 16, priceCents: 74000 });
    expect(suggestPackage(packages, 5000)).toEqual({ hoursPerMonth: 16, priceCents: 74000 });
    expect(suggestPackage(packages, 0)).toBeNull();
    expect(suggestPackage([], 60)).toBeNull();
  });
});
