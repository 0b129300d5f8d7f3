import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import {
  BUSINESS_KINDS,
  CHANNELS,
  CONCERNS,
  CreateIntakeInput,
  DELEGATION_EXPERIENCE,
  FEELINGS,
  MAX_CUSTOM_TASKS,
  MAX_TASKS,
  MAX_TOTAL_TASK_MINUTES_PER_MONTH,
  NEEDS_ME,
  PAIN_POINTS,
  RATE_KINDS,
  SKILLS,
  START_PREFERENCES,
  totalTaskMinutes,
  UPDATE_FREQUENCIES,
  VAT_STATUSES,
} from '../schemas/intake.ts';
import type { CatalogueTaskAnswer, CustomTaskAnswer } from '../schemas/intake.ts';
import { DelegationResult, isHandedOver, LEVELS } from '../schemas/result.ts';
import type { DelegationResultV2 as Result } from '../schemas/result.ts';
import { ACCESS } from './access.ts';
import { offerName } from './advice-copy.ts';
import type { Catalogue } from './catalogue-types.ts';
import { DEFAULT_CATALOGUE } from './catalogue.ts';
import { DEFAULT_VA_SETTINGS } from './defaults.ts';
import { computeDelegation } from './engine.ts';
import type { DelegationAnswers, DelegationContext } from './engine.ts';

// ── Arbitraries: any valid intake against the default or a randomly tuned catalogue ─────────

/** The default catalogue with every task's numbers re-rolled, as a VA might tune them (access stays). */
const tunedCatalogue: fc.Arbitrary<Catalogue> = fc
  .array(
    fc.record({
      delegability: fc.integer({ min: 0, max: 100 }),
      setupEffort: fc.constantFrom(...LEVELS),
      vaEfficiencyPercent: fc.integer({ min: 60, max: 100 }),
    }),
    { minLength: DEFAULT_CATALOGUE.tasks.length, maxLength: DEFAULT_CATALOGUE.tasks.length },
  )
  .map((numbers) => ({
    version: 'tuned',
    categories: DEFAULT_CATALOGUE.categories,
    tasks: DEFAULT_CATALOGUE.tasks.map((task, i) => ({ ...task, ...numbers[i] })),
  }));

const catalogueArb = fc.oneof(fc.constant(DEFAULT_CATALOGUE), tunedCatalogue);

const answerFields = {
  minutesPerMonth: fc.integer({ min: 15, max: 3000 }),
  feeling: fc.constantFrom(...FEELINGS),
  skill: fc.constantFrom(...SKILLS),
  needsMe: fc.constantFrom(...NEEDS_ME),
};

function answersFor(catalogue: Catalogue): fc.Arbitrary<DelegationAnswers> {
  const catalogueTasks: fc.Arbitrary<CatalogueTaskAnswer[]> = fc
    .shuffledSubarray(
      catalogue.tasks.map((task) => task.id),
      { maxLength: Math.min(MAX_TASKS, 12) },
    )
    .chain((ids) => fc.tuple(...ids.map((taskId) => fc.record({ taskId: fc.constant(taskId), ...answerFields }))));
  const customTasks: fc.Arbitrary<CustomTaskAnswer[]> = fc.array(
    fc.record({
      label: fc.stringMatching(/^[A-Za-z][A-Za-z ]{0,30}[a-z]$/),
      categoryId: fc.constantFrom(...catalogue.categories.map((category) => category.id)),
      ...answerFields,
    }),
    { maxLength: MAX_CUSTOM_TASKS },
  );
  return fc.record({
    about: fc.record({
      businessKind: fc.constantFrom(...BUSINESS_KINDS),
      hoursPerWeek: fc.integer({ min: 1, max: 100 }),
      rateKind: fc.constantFrom(...RATE_KINDS),
      hourlyRateCents: fc.integer({ min: 10_00, max: 1_000_00 }),
      vatStatus: fc.constantFrom(...VAT_STATUSES),
      delegationExperience: fc.constantFrom(...DELEGATION_EXPERIENCE),
      mainPain: fc.constantFrom(...PAIN_POINTS),
    }),
    tasks: fc.record({ catalogueTasks, customTasks }).filter((t) => t.catalogueTasks.length + t.customTasks.length > 0),
    collaboration: fc.record({
      channels: fc.subarray([...CHANNELS], { minLength: 1 }),
      updateFrequency: fc.constantFrom(...UPDATE_FREQUENCIES),
      concerns: fc.uniqueArray(fc.constantFrom(...CONCERNS), { maxLength: CONCERNS.length }),
      startPreference: fc.constantFrom(...START_PREFERENCES),
    }),
  });
}

const contextFor = (catalogue: Catalogue): fc.Arbitrary<DelegationContext> =>
  fc.record({
    catalogue: fc.constant(catalogue),
    vaRateCents: fc.integer({ min: 10_00, max: 200_00 }),
    packages: fc.oneof(
      fc.constant(DEFAULT_VA_SETTINGS.packages),
      fc.array(fc.record({ hoursPerMonth: fc.integer({ min: 1, max: 200 }), priceCents: fc.integer({ min: 1, max: 20_000_00 }) }), {
        minLength: 1,
        maxLength: 5,
      }),
    ),
    offers: fc.oneof(
      fc.constant(DEFAULT_VA_SETTINGS.offers),
      fc.record({
        trialTask: fc.option(
          fc.record({
            description: fc.constant({ nl: 'Eén taak', en: 'One task' }),
            hours: fc.integer({ min: 1, max: 40 }),
            priceCents: fc.integer({ min: 1, max: 2_000_00 }),
          }),
          { nil: null },
        ),
        prepaidBundles: fc.array(
          fc.record({
            hours: fc.integer({ min: 1, max: 200 }),
            priceCents: fc.integer({ min: 1, max: 10_000_00 }),
            validMonths: fc.integer({ min: 1, max: 24 }),
          }),
          { maxLength: 4 },
        ),
      }),
    ),
    briefingSharePercent: fc.integer({ min: 0, max: 50 }),
    trustTexts: fc.constant(DEFAULT_VA_SETTINGS.trustTexts),
  });

const scenario = catalogueArb.chain((catalogue) => fc.record({ answers: answersFor(catalogue), context: contextFor(catalogue) }));

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const periodsOf = (result: Result) => [result.firstMonth, result.fromMonthThree];

// ── Properties ──────────────────────────────────────────────────────────────────────────────

describe('computeDelegation properties (engine 2.0.0)', () => {
  test.prop([scenario])('the answers are a valid intake exactly when the hours stay within what one person can work', ({ answers }) => {
    const intake = { locale: 'en', ...answers, contact: { name: 'A', email: 'a@example.com', privacyConsent: true, followUpConsent: true } };
    const total = totalTaskMinutes(answers.tasks);
    const parsed = CreateIntakeInput.safeParse(intake);
    expect(parsed.success).toBe(total <= MAX_TOTAL_TASK_MINUTES_PER_MONTH);
    if (!parsed.success) expect(parsed.error.issues.map((issue) => issue.path.join('.'))).toEqual(['tasks.totalMinutes']);
  });

  test.prop([scenario])('freed ≤ entered, per task and per period; VA and kept minutes add up', ({ answers, context }) => {
    const result = computeDelegation(answers, context);
    expect(DelegationResult.parse(result)).toEqual(result);
    for (const task of result.tasks) {
      expect(task.freedMinutes + task.keptMinutes).toBe(isHandedOver(task.bucket) ? task.minutesPerMonth : 0);
      expect(task.freedMinutes).toBeLessThanOrEqual(task.minutesPerMonth);
      expect(task.vaMinutes).toBeLessThanOrEqual(task.freedMinutes);
    }
    const entered = sum(answers.tasks.catalogueTasks.map((t) => t.minutesPerMonth));
    for (const period of periodsOf(result)) {
      expect(period.freedMinutes).toBeLessThanOrEqual(period.enteredMinutes);
      expect(period.enteredMinutes).toBeLessThanOrEqual(entered);
    }
    expect(result.firstMonth.freedMinutes).toBeLessThanOrEqual(result.fromMonthThree.freedMinutes);
  });

  test.prop([scenario])('own tasks are never in the money: adding or removing them changes no figure', ({ answers, context }) => {
    const result = computeDelegation(answers, context);
    const without = computeDelegation({ ...answers, tasks: { ...answers.tasks, customTasks: [] } }, context);
    if (answers.tasks.catalogueTasks.length === 0) return;
    expect(result.tasks).toEqual(without.tasks);
    expect(result.categories).toEqual(without.categories);
    expect(result.firstMonth).toEqual(without.firstMonth);
    expect(result.fromMonthThree).toEqual(without.fromMonthThree);
    expect(result.ownTasks.map((t) => t.key)).toEqual(answers.tasks.customTasks.map((_, i) => `custom-${i}`));
  });

  test.prop([scenario])('net = value − cost and cost = excl. + BTW, exactly, in every period; a year is twelve months', ({ answers, context }) => {
    const result = computeDelegation(answers, context);
    for (const period of periodsOf(result)) {
      expect(period.netCents).toBe(period.valueCents - period.costCents);
      expect(period.costCents).toBe(period.costExclVatCents + period.vatCents);
      if (answers.about.vatStatus === 'normal') expect(period.vatCents).toBe(0);
      for (const cents of [period.valueCents, period.costCents, period.netCents]) expect(Number.isSafeInteger(cents)).toBe(true);
    }
    expect(result.netCentsPerYear).toBe(result.fromMonthThree.netCents * 12);
  });

  test.prop([scenario])('no sensitive handed-over task without its trust steps; the chip and the plan agree', ({ answers, context }) => {
    const result = computeDelegation(answers, context);
    const inPlan = new Map(result.trustPlan.safeguards.map((s) => [s.safeguard, new Set(s.taskKeys)]));
    for (const task of result.tasks) {
      const handedOver = isHandedOver(task.bucket);
      expect(task.reasons.includes('sensitive')).toBe(handedOver && task.sensitivity !== 'low');
      if (handedOver && task.sensitivity !== 'low') expect(task.safeguards.length).toBeGreaterThan(0);
      if (handedOver) expect(task.safeguards).toEqual(expect.arrayContaining([...ACCESS[task.access].safeguards]));
      for (const safeguard of task.safeguards) expect(inPlan.get(safeguard)?.has(task.key)).toBe(true);
    }
    // And the plan lists nothing for a task that does not need it.
    for (const { safeguard, taskKeys } of result.trustPlan.safeguards) {
      for (const key of taskKeys) expect(result.tasks.find((t) => t.key === key)?.safeguards).toContain(safeguard);
    }
  });

  test.prop([scenario])('the start never contradicts the plan', ({ answers, context }) => {
    const result = computeDelegation(answers, context);
    const start = result.suggestedStart;
    const plan = result.trustPlan;
    // Month 1 is exactly the start: its tasks and its offer; the first-task step names the same tasks.
    expect(result.firstMonth.taskKeys).toEqual(start.firstTaskKeys);
    expect(result.firstMonth.offer).toEqual(start.offer);
    expect(result.fromMonthThree.offer).toEqual(start.thenOffer ?? start.offer);
    const firstStep = result.firstMonthPlan.find((step) => step.step === 'first-task');
    expect(firstStep?.taskKeys ?? []).toEqual(start.firstTaskKeys);
    // Only handed-over tasks start; one task for a first-timer, for a worry about control and for a trial.
    for (const key of start.firstTaskKeys) expect(isHandedOver(result.tasks.find((t) => t.key === key)!.bucket)).toBe(true);
    if (start.offer?.kind === 'trial-task' || answers.about.delegationExperience === 'never' || answers.collaboration.concerns.includes('control')) {
      expect(start.firstTaskKeys.length).toBeLessThanOrEqual(1);
    }
    // What the plan promises about the start is what the start is.
    const control = plan.concerns.find((c) => c.concern === 'control');
    if (control && start.firstTaskKeys.length > 0) {
      expect(control.steps[0]!.nl.startsWith('We beginnen met één taak')).toBe(start.firstTaskKeys.length === 1);
    }
    const bad = plan.concerns.find((c) => c.concern === 'bad-experience');
    if (bad) expect(bad.steps[0]!.nl.includes('proefopdracht')).toBe(start.offer?.kind === 'trial-task');
    const cost = plan.concerns.find((c) => c.concern === 'cost');
    if (cost && start.offer) expect(cost.steps[0]!.nl).toContain(offerName(start.offer).nl);
    // The VA's own (default) texts make no promise about how we start.
    for (const concern of plan.concerns) {
      for (const step of concern.steps.slice(1)) {
        expect(step.nl).not.toMatch(/één taak|proefopdracht|urenbundel|elke week/);
      }
    }
    // A start that loses money says so; value shown as a gain only when it is one.
    if (start.offer) expect(result.firstMonth.netCents < 0).toBe(result.firstMonth.valueCents < result.firstMonth.costCents);
  });

  test.prop([scenario])('same input, same output; the input is not changed', ({ answers, context }) => {
    const before = structuredClone(answers);
    const first = computeDelegation(answers, context);
    expect(answers).toEqual(before);
    expect(computeDelegation(structuredClone(answers), context)).toEqual(first);
  });

  test.prop([scenario])('a task the owner enjoys is never handed over on the engine\'s say-so; "yes" never either', ({ answers, context }) => {
    const result = computeDelegation(answers, context);
    for (const task of result.tasks) {
      if (task.feeling === 'enjoy' || task.needsMe === 'yes') expect(isHandedOver(task.bucket)).toBe(false);
      if (task.bucket === 'now') {
        const profile = DEFAULT_CATALOGUE.tasks.find((t) => t.id === task.key)!;
        expect(profile.risk).toBe('none');
      }
    }
  });
});
