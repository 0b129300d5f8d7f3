import { describe, expect, test } from 'vitest';
import { CreateIntakeInput } from '../schemas/intake.ts';
import { DelegationResult } from '../schemas/result.ts';
import type { AccessKind } from '../schemas/result.ts';
import { ACCESS } from './access.ts';
import type { Catalogue } from './catalogue-types.ts';
import { DEFAULT_CATALOGUE } from './catalogue.ts';
import { DEFAULT_VA_SETTINGS } from './defaults.ts';
import {
  APPROVAL_SHARE_PERCENT,
  DelegationInputError,
  ENGINE_VERSION,
  UnknownCategoryError,
  UnknownTaskError,
  bucketFor,
  computeDelegation,
  scoreTask,
} from './engine.ts';
import type { DelegationAnswers, DelegationContext } from './engine.ts';
import { bundleFor, packageFor } from './start.ts';

/**
 * Worked examples of engine 2.0.0, checked by hand to the cent (docs/decisions/0011). A small
 * fixed catalogue, so the examples do not move when the default catalogue is tuned.
 */
const catalogue: Catalogue = {
  version: 'test-2',
  categories: [
    { id: 'email-agenda', label: { nl: 'E-mail & agenda', en: 'Email & calendar' } },
    { id: 'admin-invoicing', label: { nl: 'Administratie', en: 'Admin' } },
    { id: 'social-newsletters', label: { nl: 'Social media', en: 'Social media' } },
    { id: 'documents-correspondence', label: { nl: 'Documenten', en: 'Documents' } },
  ],
  tasks: [
    task('inbox-triage', 'email-agenda', 85, 'low', 'mailbox', 80),
    task('meeting-scheduling', 'email-agenda', 90, 'low', 'calendar', 70),
    task('invoicing', 'admin-invoicing', 85, 'low', 'bookkeeping', 75),
    task('bill-payments', 'admin-invoicing', 80, 'medium', 'bank', 80),
    task('quotes', 'admin-invoicing', 65, 'medium', 'bookkeeping', 85),
    task('social-content', 'social-newsletters', 60, 'high', 'social', 75),
    task('document-formatting', 'documents-correspondence', 90, 'low', 'shared-files', 80),
  ],
};

function task(
  id: string,
  categoryId: string,
  delegability: number,
  setupEffort: 'low' | 'medium' | 'high',
  access: AccessKind,
  vaEfficiencyPercent: number,
): Catalogue['tasks'][number] {
  const { sensitivity, risk } = ACCESS[access];
  return {
    id,
    categoryId,
    label: { nl: `${id} (nl)`, en: `${id} (en)` },
    hint: { nl: 'hint', en: 'hint' },
    delegability,
    setupEffort,
    sensitivity,
    access,
    risk,
    vaEfficiencyPercent,
  };
}

/** €47.50 an hour; packages 8 h €380, 16 h €740, 24 h €1,080; trial 3 h €120; bundles 5 h €245, 10 h €475; 10 % briefing. */
const context: DelegationContext = {
  catalogue,
  vaRateCents: 47_50,
  packages: [
    { hoursPerMonth: 8, priceCents: 380_00 },
    { hoursPerMonth: 16, priceCents: 740_00 },
    { hoursPerMonth: 24, priceCents: 1_080_00 },
  ],
  offers: {
    trialTask: { description: { nl: 'Eén taak van je lijst', en: 'One task from your list' }, hours: 3, priceCents: 120_00 },
    prepaidBundles: [
      { hours: 5, priceCents: 245_00, validMonths: 3 },
      { hours: 10, priceCents: 475_00, validMonths: 6 },
    ],
  },
  briefingSharePercent: 10,
  trustTexts: DEFAULT_VA_SETTINGS.trustTexts,
};

type Overrides = {
  about?: Partial<DelegationAnswers['about']>;
  collaboration?: Partial<DelegationAnswers['collaboration']>;
  tasks?: DelegationAnswers['tasks'];
};

/** A busy consultant: 50 h a week, €95 an hour, charges BTW, delegated some tasks before, "always on". */
function consultant(overrides: Overrides = {}): DelegationAnswers {
  return {
    about: {
      businessKind: 'consultant',
      hoursPerWeek: 50,
      rateKind: 'current',
      hourlyRateCents: 95_00,
      vatStatus: 'normal',
      delegationExperience: 'some-tasks',
      mainPain: 'always-on',
      ...overrides.about,
    },
    tasks: overrides.tasks ?? {
      catalogueTasks: [
        { taskId: 'inbox-triage', minutesPerMonth: 600, feeling: 'drains', skill: 'fine', needsMe: 'no' },
        { taskId: 'meeting-scheduling', minutesPerMonth: 240, feeling: 'neutral', skill: 'fine', needsMe: 'no' },
        { taskId: 'invoicing', minutesPerMonth: 180, feeling: 'drains', skill: 'fine', needsMe: 'no' },
        { taskId: 'bill-payments', minutesPerMonth: 120, feeling: 'drains', skill: 'fine', needsMe: 'no' },
        { taskId: 'quotes', minutesPerMonth: 120, feeling: 'neutral', skill: 'fine', needsMe: 'partly' },
        { taskId: 'social-content', minutesPerMonth: 300, feeling: 'enjoy', skill: 'fine', needsMe: 'no' },
      ],
      customTasks: [
        { label: 'Offertes nabellen', categoryId: 'admin-invoicing', minutesPerMonth: 60, feeling: 'drains', skill: 'fine', needsMe: 'no' },
      ],
    },
    collaboration: {
      channels: ['whatsapp', 'email'],
      updateFrequency: 'daily',
      concerns: [],
      startPreference: 'monthly-hours',
      ...overrides.collaboration,
    },
  };
}

const byKey = (result: ReturnType<typeof computeDelegation>, key: string) => {
  const found = result.tasks.find((t) => t.key === key);
  if (!found) throw new Error(`no task ${key}`);
  return found;
};

describe('worked example: a busy consultant who wants monthly hours', () => {
  const answers = consultant();
  const result = computeDelegation(answers, context);

  test('the answers are a valid intake and the result a valid 2.0.0 result', () => {
    const intake = { locale: 'nl', ...answers, contact: { name: 'A', email: 'a@example.nl', privacyConsent: true, followUpConsent: false } };
    expect(CreateIntakeInput.safeParse(intake).success).toBe(true);
    expect(DelegationResult.parse(result)).toEqual(result);
    expect(result.engineVersion).toBe(ENGINE_VERSION);
    expect(result.catalogueVersion).toBe('test-2');
  });

  test('per task: score, bucket, kept, freed, VA minutes and value, by hand', () => {
    // inbox: 85 + 20 = 105 → 100; low set-up, no risk → now. 600 − 10 % = 540; × 80 % = 432; 540 × €95 / 60 = €855.
    expect(byKey(result, 'inbox-triage')).toMatchObject({
      score: 100, bucket: 'now', keptMinutes: 60, freedMinutes: 540, vaMinutes: 432, freedValueCents: 855_00,
    });
    // scheduling: 90 → now. 240 − 24 = 216; × 70 % = 151,2 → 151; 216 × 95 / 60 = €342.
    expect(byKey(result, 'meeting-scheduling')).toMatchObject({
      score: 90, bucket: 'now', keptMinutes: 24, freedMinutes: 216, vaMinutes: 151, freedValueCents: 342_00,
    });
    // invoicing: high sensitivity but low set-up and no risk → now (trust steps, not a wait). 162 × 75 % = 121,5 → 122.
    expect(byKey(result, 'invoicing')).toMatchObject({
      score: 100, bucket: 'now', keptMinutes: 18, freedMinutes: 162, vaMinutes: 122, freedValueCents: 256_50,
    });
    // bill payments move money → after onboarding whatever the score. 108 × 80 % = 86,4 → 86.
    expect(byKey(result, 'bill-payments')).toMatchObject({
      score: 100, bucket: 'after-onboarding', keptMinutes: 12, freedMinutes: 108, vaMinutes: 86, freedValueCents: 171_00,
    });
    // quotes, partly: 65 − 15 = 50 → consider, nothing freed.
    expect(byKey(result, 'quotes')).toMatchObject({ score: 50, bucket: 'consider', freedMinutes: 0, vaMinutes: 0 });
    // social content, enjoyed: 60 − 25 = 35 → keep.
    expect(byKey(result, 'social-content')).toMatchObject({ score: 35, bucket: 'keep', freedMinutes: 0 });
  });

  test('one sentence per task: why, and the first step or access', () => {
    expect(byKey(result, 'inbox-triage').advice.nl).toBe(
      'Kost je energie en vraagt weinig uitleg, dus dit kan meteen: je geeft me gedelegeerde toegang tot je mailbox, je wachtwoord houd je zelf.',
    );
    expect(byKey(result, 'inbox-triage').advice.en).toBe(
      'Drains your energy and takes little explaining, so this can start right away: you give me delegated access to your mailbox, and you keep your password.',
    );
    expect(byKey(result, 'bill-payments').advice.nl).toMatch(/^Hier gaat geld in om, dus we beginnen met vier ogen: ik zet de betalingen klaar/);
    expect(byKey(result, 'quotes').advice.nl).toBe(
      'Ik kan dit voorbereiden en jij keurt goed; of dat loont, bespreken we in het kennismakingsgesprek.',
    );
    expect(byKey(result, 'social-content').advice.nl).toBe('Dit doe je graag en het vraagt jouw eigen inbreng, dus dit houd je zelf.');
  });

  test('reasons and safeguards: sensitive and guarded only for handed-over tasks', () => {
    expect(byKey(result, 'inbox-triage').reasons).toEqual(['highly-delegable', 'drains', 'sensitive']);
    expect(byKey(result, 'inbox-triage').safeguards).toEqual(['processing-agreement', 'delegated-access']);
    expect(byKey(result, 'bill-payments').reasons).toEqual(['highly-delegable', 'drains', 'needs-instruction', 'sensitive', 'guarded']);
    expect(byKey(result, 'bill-payments').safeguards).toEqual(['four-eyes', 'read-only-first']);
    expect(byKey(result, 'quotes').reasons).toEqual(['owner-approves']);
    expect(byKey(result, 'quotes').safeguards).toEqual([]);
  });

  test('own tasks are listed for the call and stay out of the hours and euros', () => {
    expect(result.ownTasks).toEqual([
      {
        key: 'custom-0',
        label: { nl: 'Offertes nabellen', en: 'Offertes nabellen' },
        categoryId: 'admin-invoicing',
        minutesPerMonth: 60,
        feeling: 'drains',
        skill: 'fine',
        needsMe: 'no',
      },
    ]);
    const admin = result.categories.find((c) => c.categoryId === 'admin-invoicing');
    expect(admin?.enteredMinutes).toBe(180 + 120 + 120);
  });

  test('first tasks: "always on" puts e-mail and agenda first, 50 h a week the biggest saver first; two after some delegating', () => {
    expect(result.suggestedStart.firstTaskKeys).toEqual(['inbox-triage', 'meeting-scheduling']);
  });

  test('month 1: the first two tasks, 583 VA minutes: 8 hours plus 103 minutes at her rate is cheaper than 16 hours', () => {
    expect(result.firstMonth).toEqual({
      taskKeys: ['inbox-triage', 'meeting-scheduling'],
      enteredMinutes: 840,
      freedMinutes: 756,
      keptMinutes: 84,
      vaMinutes: 583,
      valueCents: 1_197_00,
      offer: { kind: 'monthly-package', package: { hoursPerMonth: 8, priceCents: 380_00 } },
      // 103 × €47.50 / 60 = €81.54 (81.5416…); €380 + €81.54 = €461.54 against €740 for 16 hours.
      extraMinutes: 103,
      costExclVatCents: 461_54,
      vatCents: 0,
      costCents: 461_54,
      netCents: 735_46,
    });
  });

  test('from month 3: every handed-over task, 791 VA minutes: still 8 hours plus 311 minutes (€626.21 < €740)', () => {
    expect(result.fromMonthThree).toMatchObject({
      taskKeys: ['inbox-triage', 'meeting-scheduling', 'invoicing', 'bill-payments'],
      enteredMinutes: 1140,
      freedMinutes: 1026,
      keptMinutes: 114,
      vaMinutes: 791,
      valueCents: 1_624_50,
      extraMinutes: 311,
      // 311 × €47.50 / 60 = €246.21 (246.2083…).
      costCents: 626_21,
      netCents: 998_29,
    });
    expect(result.netCentsPerYear).toBe(11_979_48);
    expect(result.suggestedStart.thenOffer).toBeNull();
    expect(result.suggestedStart.reasons).toEqual(['preference']);
  });

  test('trust plan: their channels and frequency in words, and every safeguard with its tasks, though nothing was ticked', () => {
    expect(result.trustPlan.contact.nl).toBe(
      'Je krijgt elke werkdag een korte update via WhatsApp of e-mail: wat er klaar is, wat er loopt en waar ik je nog voor nodig heb.',
    );
    expect(result.trustPlan.concerns).toEqual([]);
    expect(result.trustPlan.safeguards.map((s) => [s.safeguard, s.taskKeys])).toEqual([
      ['processing-agreement', ['inbox-triage', 'invoicing']],
      ['delegated-access', ['inbox-triage', 'meeting-scheduling', 'invoicing']],
      ['read-only-first', ['bill-payments']],
      ['four-eyes', ['bill-payments']],
    ]);
  });

  test('first 30 days: intro call, access for the first tasks, the first tasks, a review, what joins next', () => {
    expect(result.firstMonthPlan.map((step) => [step.step, step.taskKeys])).toEqual([
      ['intro-call', ['quotes', 'custom-0']],
      ['access', []],
      ['first-task', ['inbox-triage', 'meeting-scheduling']],
      ['review', []],
      ['next', ['invoicing', 'bill-payments']],
    ]);
    expect(result.firstMonthPlan[1]?.text.nl).toBe(
      'Voor de eerste taken regelen we het netjes: de verwerkersovereenkomst en gedelegeerde toegang, zonder jouw wachtwoord.',
    );
    expect(result.firstMonthPlan[2]?.text.nl).toBe(
      'Na een korte briefing ga ik aan de slag. Je krijgt elke werkdag een update via WhatsApp of e-mail.',
    );
  });

  test('the start in words names the package, its real price and what fits later', () => {
    expect(result.suggestedStart.text.nl).toBe(
      'Begin met een vast pakket van 8 uur per maand voor €\u00a0380 per maand, excl. btw. Voor je eerste taken heb ik ongeveer 9,7 uur per maand nodig. Wat daarboven komt (ongeveer 1,7 uur), reken ik tegen mijn uurtarief van €\u00a047,50 excl. btw. Zo begin je zelf het liefst.',
    );
  });
});

describe('worked example: a first-timer on the KOR who worries about cost', () => {
  const result = computeDelegation(
    consultant({
      about: { hoursPerWeek: 20, hourlyRateCents: 60_00, vatStatus: 'kor', delegationExperience: 'never', mainPain: 'admin-piles-up' },
      tasks: {
        catalogueTasks: [
          { taskId: 'invoicing', minutesPerMonth: 120, feeling: 'drains', skill: 'others-better', needsMe: 'no' },
          { taskId: 'document-formatting', minutesPerMonth: 60, feeling: 'neutral', skill: 'fine', needsMe: 'no' },
        ],
        customTasks: [],
      },
      collaboration: { concerns: ['cost'], startPreference: 'unsure', channels: ['email'], updateFrequency: 'weekly' },
    }),
    context,
  );

  test('one task first, the smallest prepaid bundle, with 21 % BTW on the VA cost', () => {
    expect(result.suggestedStart.firstTaskKeys).toEqual(['invoicing']);
    expect(result.suggestedStart.offer).toEqual({ kind: 'prepaid-bundle', bundle: { hours: 5, priceCents: 245_00, validMonths: 3 } });
    expect(result.suggestedStart.reasons).toEqual(['cost-concern', 'first-time']);
    // invoicing: 120 − 12 = 108 freed, × 75 % = 81 VA minutes, 108 × €60 / 60 = €108.
    // Bundle: 81 minutes × €245 / 300 minutes = €66.15; BTW 21 % = €13.89 (13.8915 → 13.89); €80.04 in all.
    expect(result.firstMonth).toMatchObject({
      freedMinutes: 108, vaMinutes: 81, valueCents: 108_00,
      costExclVatCents: 66_15, vatCents: 13_89, costCents: 80_04, netCents: 27_96,
    });
    // From month 3 with document formatting: 54 freed, 43 VA minutes (43,2), €54 value.
    // 124 minutes × €245 / 300 = €101.27 (101.2666…); BTW €21.27; €122.54.
    expect(result.fromMonthThree).toMatchObject({
      freedMinutes: 162, vaMinutes: 124, valueCents: 162_00,
      costExclVatCents: 101_27, vatCents: 21_27, costCents: 122_54, netCents: 39_46,
    });
    expect(result.suggestedStart.thenOffer).toBeNull();
  });

  test('the cost concern gets the start in its own words, at the price incl. BTW', () => {
    const cost = result.trustPlan.concerns.find((c) => c.concern === 'cost');
    expect(cost?.steps[0]?.nl).toBe(
      'Je begint met een urenbundel van 5 uur (3 maanden geldig) voor €\u00a0296,45 incl. btw, dus je weet vooraf precies wat het kost.',
    );
  });
});

describe('worked example: a bad earlier experience → a trial task, scaled to its hours', () => {
  const result = computeDelegation(
    consultant({
      about: { vatStatus: 'exempt', delegationExperience: 'had-va' },
      tasks: {
        catalogueTasks: [{ taskId: 'inbox-triage', minutesPerMonth: 600, feeling: 'drains', skill: 'fine', needsMe: 'no' }],
        customTasks: [],
      },
      collaboration: { concerns: ['bad-experience'] },
    }),
    context,
  );

  test('month 1 is the trial: 3 VA hours of the 7,2 the inbox takes, €120 + 21 % BTW', () => {
    expect(result.suggestedStart.offer?.kind).toBe('trial-task');
    expect(result.suggestedStart.reasons).toEqual(['bad-experience']);
    // Scaled by 180 / 432: entered 250, kept 25, freed 225; value 225 × €95 / 60 = €356.25.
    expect(result.firstMonth).toMatchObject({
      enteredMinutes: 250, keptMinutes: 25, freedMinutes: 225, vaMinutes: 180, valueCents: 356_25,
      costExclVatCents: 120_00, vatCents: 25_20, costCents: 145_20, netCents: 211_05,
    });
  });

  test('after the trial the 8-hour package fits; the plan says a trial, and that they decide after the review', () => {
    expect(result.suggestedStart.thenOffer).toEqual({ kind: 'monthly-package', package: { hoursPerMonth: 8, priceCents: 380_00 } });
    expect(result.fromMonthThree).toMatchObject({ freedMinutes: 540, valueCents: 855_00, costCents: 459_80, netCents: 395_20 });
    const bad = result.trustPlan.concerns.find((c) => c.concern === 'bad-experience');
    expect(bad?.steps[0]?.nl).toBe('We beginnen met een proefopdracht, zodat je ziet hoe ik werk voordat je ergens aan vastzit.');
    expect(result.firstMonthPlan.find((s) => s.step === 'review')?.text.nl).toContain('Pas dan beslis je of we doorgaan.');
  });
});

describe('worked example: "partly", approved by the owner', () => {
  const result = computeDelegation(
    consultant({
      tasks: {
        catalogueTasks: [{ taskId: 'quotes', minutesPerMonth: 120, feeling: 'drains', skill: 'fine', needsMe: 'partly' }],
        customTasks: [],
      },
    }),
    context,
  );

  test('delegated with an approval step: the owner keeps 10 % + 25 % = 35 % of the time', () => {
    expect(APPROVAL_SHARE_PERCENT).toBe(25);
    // 65 + 20 − 15 = 70 → handed over; set-up medium → after onboarding. 120 × 35 % = 42 kept, 78 freed, × 85 % = 66,3 → 66.
    expect(byKey(result, 'quotes')).toMatchObject({
      score: 70, bucket: 'after-onboarding', keptMinutes: 42, freedMinutes: 78, vaMinutes: 66, freedValueCents: 123_50,
      safeguards: ['processing-agreement', 'delegated-access', 'approval-step'],
    });
    expect(result.trustPlan.safeguards.find((s) => s.safeguard === 'approval-step')?.taskKeys).toEqual(['quotes']);
  });
});

describe('edge cases', () => {
  test('nothing handed over: no offer, zero figures, the start and plan say so', () => {
    const result = computeDelegation(
      consultant({
        tasks: {
          catalogueTasks: [{ taskId: 'social-content', minutesPerMonth: 300, feeling: 'enjoy', skill: 'great', needsMe: 'yes' }],
          customTasks: [],
        },
      }),
      context,
    );
    expect(byKey(result, 'social-content').bucket).toBe('keep');
    expect(result.suggestedStart).toMatchObject({ offer: null, thenOffer: null, firstTaskKeys: [], reasons: ['nothing-to-hand-over'] });
    expect(result.firstMonth.netCents).toBe(0);
    expect(result.fromMonthThree).toMatchObject({ freedMinutes: 0, costCents: 0, netCents: 0, offer: null });
    expect(result.firstMonthPlan.map((s) => s.step)).toEqual(['intro-call', 'next']);
  });

  test('a small volume with a monthly-hours preference gets a bundle, not a package that costs more than it frees', () => {
    const result = computeDelegation(
      consultant({
        tasks: {
          catalogueTasks: [{ taskId: 'document-formatting', minutesPerMonth: 60, feeling: 'neutral', skill: 'fine', needsMe: 'no' }],
          customTasks: [],
        },
      }),
      context,
    );
    // 54 freed × 80 % = 43 VA minutes, less than half of 8 hours.
    expect(result.suggestedStart.offer?.kind).toBe('prepaid-bundle');
    expect(result.suggestedStart.reasons).toEqual(['small-volume']);
    expect(result.firstMonth.netCents).toBeGreaterThan(0);
  });

  test('more VA hours than the largest package: the cheapest, here the largest plus the hours beyond at the VA rate', () => {
    const result = computeDelegation(
      consultant({
        tasks: {
          catalogueTasks: [{ taskId: 'inbox-triage', minutesPerMonth: 3600, feeling: 'drains', skill: 'fine', needsMe: 'no' }],
          customTasks: [],
        },
      }),
      context,
    );
    // 3600 − 360 = 3240 freed × 80 % = 2592 VA minutes; 24 h = 1440; 1152 extra × €47.50 / 60 = €912.
    expect(result.firstMonth).toMatchObject({ vaMinutes: 2592, extraMinutes: 1152, costExclVatCents: 1_080_00 + 912_00 });
  });

  test('an enjoyed task goes to consider, not now, even when it is a quick win', () => {
    const result = computeDelegation(
      consultant({
        tasks: {
          catalogueTasks: [{ taskId: 'inbox-triage', minutesPerMonth: 300, feeling: 'enjoy', skill: 'fine', needsMe: 'no' }],
          customTasks: [],
        },
      }),
      context,
    );
    expect(byKey(result, 'inbox-triage')).toMatchObject({ score: 60, bucket: 'consider', freedMinutes: 0 });
    expect(byKey(result, 'inbox-triage').advice.nl).toMatch(/^Dit doe je graag, dus het gaat alleen over als jij dat wilt/);
    const enjoyedButDelegable = computeDelegation(
      consultant({
        tasks: {
          catalogueTasks: [{ taskId: 'inbox-triage', minutesPerMonth: 300, feeling: 'enjoy', skill: 'others-better', needsMe: 'no' }],
          customTasks: [],
        },
      }),
      context,
    );
    expect(byKey(enjoyedButDelegable, 'inbox-triage')).toMatchObject({ score: 75, bucket: 'consider' });
    expect(byKey(enjoyedButDelegable, 'inbox-triage').advice.nl).toMatch(/^Dit doe je graag, dus het gaat alleen over als jij dat wilt/);
  });

  test('unknown catalogue task → UnknownTaskError; own task in an unknown category → UnknownCategoryError; twice → duplicate', () => {
    const base = consultant();
    expect(() =>
      computeDelegation({ ...base, tasks: { catalogueTasks: [{ ...base.tasks.catalogueTasks[0]!, taskId: 'nope' }], customTasks: [] } }, context),
    ).toThrow(UnknownTaskError);
    expect(() =>
      computeDelegation({ ...base, tasks: { catalogueTasks: [], customTasks: [{ ...base.tasks.customTasks[0]!, categoryId: 'nope' }] } }, context),
    ).toThrow(UnknownCategoryError);
    const first = base.tasks.catalogueTasks[0]!;
    expect(() => computeDelegation({ ...base, tasks: { catalogueTasks: [first, first], customTasks: [] } }, context)).toThrow(
      DelegationInputError,
    );
  });

  test('works on the default catalogue and the shipped settings', () => {
    const result = computeDelegation(consultant(), { catalogue: DEFAULT_CATALOGUE, ...DEFAULT_VA_SETTINGS });
    expect(DelegationResult.parse(result)).toEqual(result);
  });
});

describe('scoreTask, bucketFor, packageFor, bundleFor', () => {
  test('scores clamp to 0–100, "partly" weighs −15 and "yes" −35', () => {
    expect(scoreTask({ delegability: 95 }, { feeling: 'drains', skill: 'others-better', needsMe: 'no' })).toBe(100);
    expect(scoreTask({ delegability: 10 }, { feeling: 'enjoy', skill: 'great', needsMe: 'yes' })).toBe(0);
    expect(scoreTask({ delegability: 80 }, { feeling: 'neutral', skill: 'fine', needsMe: 'partly' })).toBe(65);
  });

  test('buckets: risk waits for onboarding, sensitivity does not; needs me → at best consider', () => {
    const answer = { feeling: 'neutral', skill: 'fine', needsMe: 'no' } as const;
    expect(bucketFor(80, { setupEffort: 'low', risk: 'none' }, answer)).toBe('now');
    expect(bucketFor(80, { setupEffort: 'low', risk: 'personal-data' }, answer)).toBe('after-onboarding');
    expect(bucketFor(80, { setupEffort: 'medium', risk: 'none' }, answer)).toBe('after-onboarding');
    expect(bucketFor(80, { setupEffort: 'low', risk: 'none' }, { ...answer, needsMe: 'yes' })).toBe('consider');
    expect(bucketFor(64, { setupEffort: 'low', risk: 'none' }, answer)).toBe('consider');
    expect(bucketFor(39, { setupEffort: 'low', risk: 'none' }, answer)).toBe('keep');
  });

  test('packageFor: the cheapest for the prospect with extra hours at her rate; bundleFor: the smallest that covers', () => {
    // 481 minutes: 8 hours + 1 minute (€380.79) beats 16 hours (€740).
    expect(packageFor(context.packages, 481, 47_50)?.hoursPerMonth).toBe(8);
    // 1100 minutes: 8 h + 620 min = €870.83; 16 h + 140 min = €850.83; 24 h = €1,080 → 16 hours.
    expect(packageFor(context.packages, 1100, 47_50)?.hoursPerMonth).toBe(16);
    expect(packageFor(context.packages, 10_000, 47_50)?.hoursPerMonth).toBe(24);
    expect(packageFor([], 10, 47_50)).toBeNull();
    expect(bundleFor(context.offers.prepaidBundles, 301)?.hours).toBe(10);
    expect(bundleFor(context.offers.prepaidBundles, 10_000)?.hours).toBe(10);
    expect(bundleFor([], 10)).toBeNull();
  });
});
