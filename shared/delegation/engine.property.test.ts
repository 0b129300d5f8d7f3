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
  MAX_TASK_MINUTES_PER_MONTH,
  PAIN_POINTS,
  RATE_KINDS,
  SKILLS,
  START_PREFERENCES,
  UPDATE_FREQUENCIES,
} from '../schemas/intake.ts';
import type { CatalogueTaskAnswer, CustomTaskAnswer } from '../schemas/intake.ts';
import { DelegationResult, LEVELS } from '../schemas/result.ts';
import type { Bucket, DelegationResult as Result, TaskResult } from '../schemas/result.ts';
import type { Catalogue } from './catalogue-types.ts';
import { DEFAULT_CATALOGUE } from './catalogue.ts';
import { DEFAULT_VA_SETTINGS } from './defaults.ts';
import { HAND_OVER_FROM_SCORE, KEEP_BELOW_SCORE, MAX_FIRST_TASKS, computeDelegation } from './engine.ts';
import type { DelegationAnswers, DelegationContext } from './engine.ts';

// ── Arbitraries: any valid intake against the default or a randomly tuned catalogue ─────────

/** The default catalogue with every task's numbers re-rolled, as a VA might tune them. */
const tunedCatalogue: fc.Arbitrary<Catalogue> = fc
  .array(
    fc.record({
      delegability: fc.integer({ min: 0, max: 100 }),
      setupEffort: fc.constantFrom(...LEVELS),
      sensitivity: fc.constantFrom(...LEVELS),
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
  minutesPerMonth: fc.integer({ min: 15, max: MAX_TASK_MINUTES_PER_MONTH }),
  feeling: fc.constantFrom(...FEELINGS),
  skill: fc.constantFrom(...SKILLS),
  needsMe: fc.boolean(),
};

function answersFor(catalogue: Catalogue): fc.Arbitrary<DelegationAnswers> {
  const catalogueTasks: fc.Arbitrary<CatalogueTaskAnswer[]> = fc
    .shuffledSubarray(
      catalogue.tasks.map((task) => task.id),
      { maxLength: Math.min(MAX_TASKS, catalogue.tasks.length) },
    )
    .chain((ids) =>
      fc.tuple(...ids.map((taskId) => fc.record({ taskId: fc.constant(taskId), ...answerFields }))),
    );
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
      delegationExperience: fc.constantFrom(...DELEGATION_EXPERIENCE),
      mainPain: fc.constantFrom(...PAIN_POINTS),
    }),
    tasks: fc
      .record({ catalogueTasks, customTasks })
      .filter((t) => t.catalogueTasks.length + t.customTasks.length > 0),
    collaboration: fc.record({
      channels: fc.subarray([...CHANNELS], { minLength: 1 }),
      updateFrequency: fc.constantFrom(...UPDATE_FREQUENCIES),
      // The schema does not forbid a concern ticked twice, so neither do we.
      concerns: fc.array(fc.constantFrom(...CONCERNS), { maxLength: CONCERNS.length }),
      startPreference: fc.constantFrom(...START_PREFERENCES),
    }),
  });
}

const contextFor = (catalogue: Catalogue): fc.Arbitrary<DelegationContext> =>
  fc.record({
    catalogue: fc.constant(catalogue),
    vaRateCents: fc.integer({ min: 0, max: 1_000_00 }),
    packages: fc.oneof(
      fc.constant(DEFAULT_VA_SETTINGS.packages),
      fc.array(
        fc.record({
          hoursPerMonth: fc.integer({ min: 1, max: 200 }),
          priceCents: fc.integer({ min: 0, max: 20_000_00 }),
        }),
        { maxLength: 5 },
      ),
    ),
    trustTexts: fc.constant(DEFAULT_VA_SETTINGS.trustTexts),
  });

const scenario = catalogueArb.chain((catalogue) =>
  fc.record({ answers: answersFor(catalogue), context: contextFor(catalogue) }),
);

// ── Helpers ─────────────────────────────────────────────────────────────────────────────────

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);
const handedOver = (bucket: Bucket) => bucket === 'now' || bucket === 'after-onboarding';
/** keep < consider < handed over (now and after-onboarding differ by task, not by answers). */
const bucketRank = (bucket: Bucket) => (bucket === 'keep' ? 0 : bucket === 'consider' ? 1 : 2);

function moneyFigures(result: Result): number[] {
  return [
    result.ownerRateCents,
    result.vaRateCents,
    ...result.tasks.flatMap((t) => [t.freedValueCents, t.vaCostCents]),
    ...Object.values(result.totals),
    ...(result.suggestedStart.package ? [result.suggestedStart.package.priceCents] : []),
  ];
}

/** Change one answer (catalogue tasks first, then custom), by its index over both lists. */
function withTaskAnswer(
  answers: DelegationAnswers,
  index: number,
  change: (answer: CatalogueTaskAnswer | CustomTaskAnswer) => Partial<CatalogueTaskAnswer>,
): DelegationAnswers {
  const { catalogueTasks, customTasks } = answers.tasks;
  const n = catalogueTasks.length;
  return {
    ...answers,
    tasks: {
      catalogueTasks: catalogueTasks.map((a, i) => (i === index ? { ...a, ...change(a) } : a)),
      customTasks: customTasks.map((a, i) => (i + n === index ? { ...a, ...change(a) } : a)),
    },
  };
}

/** The element at `index`, or a test failure (noUncheckedIndexedAccess without `!`). */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`nothing at index ${index}`);
  return item;
}

const taskCount = (answers: DelegationAnswers) =>
  answers.tasks.catalogueTasks.length + answers.tasks.customTasks.length;

// ── Properties ──────────────────────────────────────────────────────────────────────────────

describe('computeDelegation properties', () => {
  test.prop([scenario])('the generated answers are a valid intake', ({ answers }) => {
    const intake = {
      locale: 'en',
      ...answers,
      contact: { name: 'A', email: 'a@example.com', privacyConsent: true, followUpConsent: true },
    };
    expect(CreateIntakeInput.safeParse(intake).success).toBe(true);
  });

  test.prop([scenario])(
    'the result parses with the DelegationResult schema and all money is whole cents',
    ({ answers, context }) => {
      const result = computeDelegation(answers, context);
      expect(DelegationResult.parse(result)).toEqual(result);
      for (const cents of moneyFigures(result)) expect(Number.isSafeInteger(cents)).toBe(true);
    },
  );

  test.prop([scenario])('freed minutes never exceed entered minutes; VA minutes never exceed freed', ({ answers, context }) => {
    const result = computeDelegation(answers, context);
    for (const task of result.tasks) {
      expect(task.freedMinutes).toBeLessThanOrEqual(task.minutesPerMonth);
      expect(task.vaMinutes).toBeLessThanOrEqual(task.freedMinutes);
      expect(task.freedMinutes === 0 || task.freedMinutes === task.minutesPerMonth).toBe(true);
    }
    expect(result.totals.freedMinutesPerMonth).toBeLessThanOrEqual(result.totals.enteredMinutesPerMonth);
    expect(result.totals.vaMinutesPerMonth).toBeLessThanOrEqual(result.totals.freedMinutesPerMonth);
  });

  test.prop([scenario])('own work (enjoy + great + needs me) stays with the owner; needs-me is never handed over', ({ answers, context }) => {
    const result = computeDelegation(answers, context);
    for (const task of result.tasks) {
      if (task.feeling === 'enjoy' && task.skill === 'great' && task.needsMe) {
        expect(task.bucket).toBe('keep');
        expect(task.freedMinutes).toBe(0);
      }
      if (task.needsMe) expect(handedOver(task.bucket)).toBe(false);
    }
  });

  test.prop([scenario])('buckets follow score, set-up and sensitivity; reasons explain them', ({ answers, context }) => {
    const result = computeDelegation(answers, context);
    for (const task of result.tasks) {
      const quickWin = task.setupEffort === 'low' && task.sensitivity === 'low';
      if (task.bucket === 'now') {
        expect(quickWin).toBe(true);
        expect(task.score).toBeGreaterThanOrEqual(HAND_OVER_FROM_SCORE);
      }
      if (task.bucket === 'after-onboarding') {
        expect(quickWin).toBe(false);
        expect(task.score).toBeGreaterThanOrEqual(HAND_OVER_FROM_SCORE);
        expect(task.reasons.some((r) => r === 'needs-instruction' || r === 'sensitive')).toBe(true);
      }
      if (task.score < KEEP_BELOW_SCORE) expect(task.bucket).toBe('keep');
      if (task.sensitivity === 'high') expect(task.reasons).toContain('sensitive');
      expect(task.reasons.includes('own-task')).toBe(task.custom);
      expect(task.reasons.includes('needs-owner')).toBe(task.needsMe);
      expect(new Set(task.reasons).size).toBe(task.reasons.length);
    }
  });

  test.prop([scenario])('totals equal the sum of the tasks and the sum of the categories', ({ answers, context }) => {
    const { tasks, categories, totals } = computeDelegation(answers, context);
    expect(totals.enteredMinutesPerMonth).toBe(sum(tasks.map((t) => t.minutesPerMonth)));
    expect(totals.freedMinutesPerMonth).toBe(sum(tasks.map((t) => t.freedMinutes)));
    expect(totals.vaMinutesPerMonth).toBe(sum(tasks.map((t) => t.vaMinutes)));
    expect(totals.freedValueCentsPerMonth).toBe(sum(tasks.map((t) => t.freedValueCents)));
    expect(totals.vaCostCentsPerMonth).toBe(sum(tasks.map((t) => t.vaCostCents)));
    expect(totals.netGainCentsPerMonth).toBe(totals.freedValueCentsPerMonth - totals.vaCostCentsPerMonth);
    expect(totals.netGainCentsPerYear).toBe(totals.netGainCentsPerMonth * 12);

    expect(totals.enteredMinutesPerMonth).toBe(sum(categories.map((c) => c.enteredMinutes)));
    expect(totals.freedMinutesPerMonth).toBe(sum(categories.map((c) => c.freedMinutes)));
    expect(totals.vaMinutesPerMonth).toBe(sum(categories.map((c) => c.vaMinutes)));
    // One row per category with tasks, in catalogue order.
    const order = context.catalogue.categories.map((c) => c.id);
    const expected = order.filter((id) => tasks.some((t) => t.categoryId === id));
    expect(categories.map((c) => c.categoryId)).toEqual(expected);
  });

  test.prop([scenario])('tasks come back in input order: catalogue answers, then own tasks', ({ answers, context }) => {
    const result = computeDelegation(answers, context);
    expect(result.tasks.map((t) => t.key)).toEqual([
      ...answers.tasks.catalogueTasks.map((a) => a.taskId),
      ...answers.tasks.customTasks.map((_a, i) => `custom-${i}`),
    ]);
  });

  test.prop([scenario])('same input → deeply equal output, and the input is left untouched', ({ answers, context }) => {
    const before = structuredClone({ answers, context });
    const first = computeDelegation(answers, context);
    const second = computeDelegation(structuredClone(answers), structuredClone(context));
    expect(second).toEqual(first);
    expect({ answers, context }).toEqual(before);
  });

  test.prop([scenario, fc.nat(), fc.integer({ min: 1, max: MAX_TASK_MINUTES_PER_MONTH })])(
    'raising a task’s minutes never lowers freed minutes and never changes a bucket',
    ({ answers, context }, pick, extra) => {
      const index = pick % taskCount(answers);
      const raised = withTaskAnswer(answers, index, (a) => ({
        minutesPerMonth: Math.min(MAX_TASK_MINUTES_PER_MONTH, a.minutesPerMonth + extra),
      }));
      const a = computeDelegation(answers, context);
      const b = computeDelegation(raised, context);
      expect(b.tasks.map((t) => t.bucket)).toEqual(a.tasks.map((t) => t.bucket));
      expect(at(b.tasks, index).freedMinutes).toBeGreaterThanOrEqual(at(a.tasks, index).freedMinutes);
      expect(b.totals.freedMinutesPerMonth).toBeGreaterThanOrEqual(a.totals.freedMinutesPerMonth);
      expect(b.totals.freedValueCentsPerMonth).toBeGreaterThanOrEqual(a.totals.freedValueCentsPerMonth);
    },
  );

  test.prop([
    scenario,
    fc.nat(),
    fc.constantFrom<'feeling' | 'skill' | 'needsMe'>('feeling', 'skill', 'needsMe'),
  ])(
    'an answer that makes a task more delegable never lowers its score or bucket',
    ({ answers, context }, pick, field) => {
      const index = pick % taskCount(answers);
      const better = withTaskAnswer(answers, index, (a) => {
        if (field === 'feeling') return { feeling: a.feeling === 'enjoy' ? 'neutral' : 'drains' };
        if (field === 'skill') return { skill: a.skill === 'great' ? 'fine' : 'others-better' };
        return { needsMe: false };
      });
      const before: TaskResult = at(computeDelegation(answers, context).tasks, index);
      const after: TaskResult = at(computeDelegation(better, context).tasks, index);
      expect(after.score).toBeGreaterThanOrEqual(before.score);
      expect(bucketRank(after.bucket)).toBeGreaterThanOrEqual(bucketRank(before.bucket));
      expect(after.freedMinutes).toBeGreaterThanOrEqual(before.freedMinutes);
    },
  );

  test.prop([scenario, fc.integer({ min: 10_00, max: 1_000_00 })])(
    'the owner rate changes only the value of the freed time',
    ({ answers, context }, otherRate) => {
      const a = computeDelegation(answers, context);
      const b = computeDelegation({ ...answers, about: { ...answers.about, hourlyRateCents: otherRate } }, context);
      const withoutValue = (r: Result) => ({
        ...r,
        ownerRateCents: 0,
        tasks: r.tasks.map((t) => ({ ...t, freedValueCents: 0 })),
        totals: { ...r.totals, freedValueCentsPerMonth: 0, netGainCentsPerMonth: 0, netGainCentsPerYear: 0 },
      });
      expect(withoutValue(b)).toEqual(withoutValue(a));
      if (otherRate >= answers.about.hourlyRateCents) {
        expect(b.totals.freedValueCentsPerMonth).toBeGreaterThanOrEqual(a.totals.freedValueCentsPerMonth);
      }
    },
  );

  test.prop([scenario, answersFor(DEFAULT_CATALOGUE)])(
    'the result does not depend on answers the model does not use (business, hours, channels…)',
    ({ answers, context }, other) => {
      const mixed: DelegationAnswers = {
        about: { ...other.about, hourlyRateCents: answers.about.hourlyRateCents },
        tasks: answers.tasks,
        collaboration: {
          ...other.collaboration,
          concerns: answers.collaboration.concerns,
          startPreference: answers.collaboration.startPreference,
        },
      };
      expect(computeDelegation(mixed, context)).toEqual(computeDelegation(answers, context));
    },
  );

  test.prop([scenario])('the order of picked tasks changes only the order of the task rows', ({ answers, context }) => {
    const reversed: DelegationAnswers = {
      ...answers,
      tasks: { ...answers.tasks, catalogueTasks: [...answers.tasks.catalogueTasks].reverse() },
    };
    const a = computeDelegation(answers, context);
    const b = computeDelegation(reversed, context);
    expect(b.totals).toEqual(a.totals);
    expect(b.categories).toEqual(a.categories);
    expect(b.trustPlan).toEqual(a.trustPlan);
    expect(b.suggestedStart).toEqual(a.suggestedStart);
    const byKey = (r: Result) => [...r.tasks].sort((x, y) => (x.key < y.key ? -1 : 1));
    expect(byKey(b)).toEqual(byKey(a));
  });

  test.prop([scenario])('trust plan: ticked concerns once each in CONCERNS order; confidentiality pulled in by sensitive tasks', ({ answers, context }) => {
    const result = computeDelegation(answers, context);
    const ticked = new Set(answers.collaboration.concerns);
    const sensitiveHandedOver = result.tasks.some((t) => handedOver(t.bucket) && t.sensitivity === 'high');
    const expected = CONCERNS.filter(
      (c) => ticked.has(c) || (c === 'confidentiality' && sensitiveHandedOver),
    ).map((c) => [c, ticked.has(c) ? 'ticked' : 'sensitive-tasks']);
    expect(result.trustPlan.map((s) => [s.concern, s.source])).toEqual(expected);
    for (const step of result.trustPlan) {
      expect(step.title).toEqual(context.trustTexts[step.concern].title);
      expect(step.steps).toEqual(context.trustTexts[step.concern].steps);
    }
  });

  test.prop([scenario])('suggested start: covering package and the best quick wins first', ({ answers, context }) => {
    const { suggestedStart, totals, tasks } = computeDelegation(answers, context);
    expect(suggestedStart.preference).toBe(answers.collaboration.startPreference);
    expect(suggestedStart.vaMinutesPerMonth).toBe(totals.vaMinutesPerMonth);

    const vaMinutes = totals.vaMinutesPerMonth;
    const chosen = suggestedStart.package;
    if (vaMinutes === 0 || context.packages.length === 0) {
      expect(chosen).toBeNull();
    } else {
      expect(context.packages).toContainEqual(chosen);
      const covering = context.packages.filter((p) => p.hoursPerMonth * 60 >= vaMinutes);
      const hours = chosen?.hoursPerMonth;
      if (covering.length > 0) {
        expect(hours).toBe(Math.min(...covering.map((p) => p.hoursPerMonth)));
      } else {
        expect(hours).toBe(Math.max(...context.packages.map((p) => p.hoursPerMonth)));
      }
    }

    const keys = suggestedStart.firstTaskKeys;
    const first = keys.map((key) => at(tasks.filter((t) => t.key === key), 0));
    const nowCount = tasks.filter((t) => t.bucket === 'now').length;
    const handedOverCount = tasks.filter((t) => handedOver(t.bucket)).length;
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBe(Math.min(MAX_FIRST_TASKS, handedOverCount));
    // Quick wins first: all 'now' tasks come before any after-onboarding task.
    const buckets = first.map((t) => t.bucket);
    expect(buckets.slice(0, Math.min(nowCount, MAX_FIRST_TASKS)).every((b) => b === 'now')).toBe(true);
    expect(buckets.slice(Math.min(nowCount, MAX_FIRST_TASKS)).every((b) => b === 'after-onboarding')).toBe(true);
    // No left-out 'now' task scores higher than a chosen one.
    const chosenNow = first.filter((t) => t.bucket === 'now');
    const lowestChosen = Math.min(...chosenNow.map((t) => t.score));
    for (const t of tasks) {
      if (t.bucket === 'now' && !keys.includes(t.key)) expect(t.score).toBeLessThanOrEqual(lowestChosen);
    }
  });
});
