import { CONCERNS } from '../schemas/intake.ts';
import type {
  CatalogueTaskAnswer,
  CreateIntakeInput,
  CustomTaskAnswer,
} from '../schemas/intake.ts';
import { REASONS } from '../schemas/result.ts';
import type {
  Bucket,
  CategoryTotal,
  DelegationResult,
  Package,
  Reason,
  SuggestedStart,
  TaskResult,
  Totals,
  TrustStep,
} from '../schemas/result.ts';
import type { LocalizedText } from '../schemas/common.ts';
import type { Catalogue, CatalogueTask } from './catalogue-types.ts';
import { CUSTOM_TASK_KEY_PREFIX } from './catalogue.ts';
import { centsForMinutes, multiply, percentOf, sumIntegers } from './money.ts';
import type { TrustTexts } from './va-settings.ts';

/**
 * The delegation engine: prospect answers + the VA's catalogue and settings → the result.
 * Pure and deterministic: no clock, no randomness, no I/O; the same input always gives a
 * deeply equal output, and the input is never mutated. Bump ENGINE_VERSION whenever a rule or
 * weight below changes, because stored results are rendered as they were computed.
 *
 * Rules (v1.0.0)
 * 1. score = clamp(delegability + feeling + skill + needsMe, 0, 100) with
 *    feeling drains +20 / neutral 0 / enjoy −25, skill others-better +15 / fine 0 / great −20,
 *    needsMe −35.
 * 2. bucket: `keep` if score < 40, or if the owner enjoys it, is great at it and it needs
 *    them (the brief's "own work", even if a task were very delegable); else `consider` if
 *    score < 65 or the task needs the owner (a task that needs you is at best a conversation);
 *    else `now` for low set-up effort and low sensitivity (quick wins), else `after-onboarding`.
 * 3. money and time, per task, in integers rounded half up (money.ts):
 *    freedMinutes = minutesPerMonth for now / after-onboarding, else 0;
 *    vaMinutes = freed × efficiency% ; freedValueCents = freed × owner rate / 60;
 *    vaCostCents = vaMinutes × VA rate / 60.
 *    Totals and category totals are sums of the task figures, so every total equals the sum
 *    of its parts exactly (rounding per task, never again on the sum).
 * 4. reasons (in REASONS order): highly-delegable (delegability ≥ 75), hard-to-delegate
 *    (≤ 40), drains, enjoys, others-better, great-at-it, needs-owner, own-task;
 *    needs-instruction when set-up effort is not low and the task waits for onboarding;
 *    sensitive when sensitivity is high, and also when a medium sensitivity is what keeps a
 *    low-set-up task out of `now`. Refinement of the brief: with `sensitive` only for high
 *    sensitivity, a task such as inbox triage (set-up low, sensitivity medium) would land in
 *    after-onboarding with no reason saying why; now every after-onboarding task carries
 *    needs-instruction or sensitive.
 * 5. trust plan: one step per ticked concern, in CONCERNS order (duplicates ticked once);
 *    confidentiality is added (source sensitive-tasks) when a task that is handed over (now
 *    or after onboarding) has high sensitivity and the prospect did not tick it.
 * 6. suggested start: the smallest package (by hours, then price) whose hours cover the VA
 *    minutes, else the largest; none when no VA minutes or no packages. First tasks: up to
 *    three `now` tasks by score desc, freed minutes desc, key asc, filled up from
 *    after-onboarding in the same order.
 * 7. own tasks: key custom-<index in customTasks, from 0>, delegability 50, set-up medium,
 *    sensitivity medium, efficiency 90 %, reason own-task. Their category must exist.
 */

export const ENGINE_VERSION = '1.0.0';

export type DelegationAnswers = Pick<CreateIntakeInput, 'about' | 'tasks' | 'collaboration'>;

export type DelegationContext = {
  catalogue: Catalogue;
  /** The VA's hourly rate in cents, excl. BTW. */
  vaRateCents: number;
  packages: readonly Package[];
  trustTexts: TrustTexts;
};

export const SCORE_WEIGHTS = {
  feeling: { drains: 20, neutral: 0, enjoy: -25 },
  skill: { 'others-better': 15, fine: 0, great: -20 },
  needsMe: -35,
} as const;

/** Below this score a task stays with the owner. */
export const KEEP_BELOW_SCORE = 40;
/** From this score a task is handed over (now or after onboarding). */
export const HAND_OVER_FROM_SCORE = 65;
export const HIGHLY_DELEGABLE_FROM = 75;
export const HARD_TO_DELEGATE_UP_TO = 40;
export const MAX_FIRST_TASKS = 3;

/** How the engine treats a prospect's own task: unknown, so middle of the road. */
export const CUSTOM_TASK_PROFILE = {
  delegability: 50,
  setupEffort: 'medium',
  sensitivity: 'medium',
  vaEfficiencyPercent: 90,
} as const satisfies TaskProfile;

/** What the engine needs to know about a task, whether from the catalogue or the prospect. */
export type TaskProfile = Pick<
  CatalogueTask,
  'delegability' | 'setupEffort' | 'sensitivity' | 'vaEfficiencyPercent'
>;

type TaskAnswer = Pick<CatalogueTaskAnswer, 'minutesPerMonth' | 'feeling' | 'skill' | 'needsMe'>;

/** The answers do not fit the catalogue. The server validates first and answers 422. */
export class DelegationInputError extends Error {
  readonly code: 'unknown-task' | 'unknown-category' | 'duplicate-task';
  constructor(code: DelegationInputError['code'], message: string) {
    super(message);
    this.name = 'DelegationInputError';
    this.code = code;
  }
}

export class UnknownTaskError extends DelegationInputError {
  readonly taskId: string;
  constructor(taskId: string) {
    super('unknown-task', `Unknown catalogue task "${taskId}"`);
    this.name = 'UnknownTaskError';
    this.taskId = taskId;
  }
}

export class UnknownCategoryError extends DelegationInputError {
  readonly categoryId: string;
  constructor(categoryId: string) {
    super('unknown-category', `Unknown task category "${categoryId}"`);
    this.name = 'UnknownCategoryError';
    this.categoryId = categoryId;
  }
}

const clamp = (value: number, min: number, max: number): number =>
  Math.min(max, Math.max(min, value));

/** Rule 1: how strongly this task should go to a VA, 0–100. */
export function scoreTask(
  profile: Pick<TaskProfile, 'delegability'>,
  answer: Pick<TaskAnswer, 'feeling' | 'skill' | 'needsMe'>,
): number {
  return clamp(
    profile.delegability +
      SCORE_WEIGHTS.feeling[answer.feeling] +
      SCORE_WEIGHTS.skill[answer.skill] +
      (answer.needsMe ? SCORE_WEIGHTS.needsMe : 0),
    0,
    100,
  );
}

/** Rule 2. */
export function bucketFor(
  score: number,
  profile: Pick<TaskProfile, 'setupEffort' | 'sensitivity'>,
  answer: Pick<TaskAnswer, 'feeling' | 'skill' | 'needsMe'>,
): Bucket {
  const ownWork = answer.feeling === 'enjoy' && answer.skill === 'great' && answer.needsMe;
  if (score < KEEP_BELOW_SCORE || ownWork) return 'keep';
  if (score < HAND_OVER_FROM_SCORE || answer.needsMe) return 'consider';
  return profile.setupEffort === 'low' && profile.sensitivity === 'low' ? 'now' : 'after-onboarding';
}

export const isHandedOver = (bucket: Bucket): boolean =>
  bucket === 'now' || bucket === 'after-onboarding';

/** Rule 4. */
function reasonsFor(
  profile: TaskProfile,
  answer: TaskAnswer,
  bucket: Bucket,
  custom: boolean,
): Reason[] {
  const waitsForOnboarding = bucket === 'after-onboarding';
  const applies: Record<Reason, boolean> = {
    'highly-delegable': profile.delegability >= HIGHLY_DELEGABLE_FROM,
    'hard-to-delegate': profile.delegability <= HARD_TO_DELEGATE_UP_TO,
    drains: answer.feeling === 'drains',
    enjoys: answer.feeling === 'enjoy',
    'others-better': answer.skill === 'others-better',
    'great-at-it': answer.skill === 'great',
    'needs-owner': answer.needsMe,
    'needs-instruction': waitsForOnboarding && profile.setupEffort !== 'low',
    sensitive:
      profile.sensitivity === 'high' || (waitsForOnboarding && profile.sensitivity !== 'low'),
    'own-task': custom,
  };
  return REASONS.filter((reason) => applies[reason]);
}

const copyText = (text: LocalizedText): LocalizedText => ({ nl: text.nl, en: text.en });

function taskResult(
  key: string,
  custom: boolean,
  label: LocalizedText,
  categoryId: string,
  profile: TaskProfile,
  answer: TaskAnswer,
  ownerRateCents: number,
  vaRateCents: number,
): TaskResult {
  const score = scoreTask(profile, answer);
  const bucket = bucketFor(score, profile, answer);
  const freedMinutes = isHandedOver(bucket) ? answer.minutesPerMonth : 0;
  const vaMinutes = percentOf(freedMinutes, profile.vaEfficiencyPercent);
  return {
    key,
    custom,
    label: copyText(label),
    categoryId,
    minutesPerMonth: answer.minutesPerMonth,
    feeling: answer.feeling,
    skill: answer.skill,
    needsMe: answer.needsMe,
    delegability: profile.delegability,
    setupEffort: profile.setupEffort,
    sensitivity: profile.sensitivity,
    score,
    bucket,
    reasons: reasonsFor(profile, answer, bucket, custom),
    freedMinutes,
    vaMinutes,
    freedValueCents: centsForMinutes(freedMinutes, ownerRateCents),
    vaCostCents: centsForMinutes(vaMinutes, vaRateCents),
  };
}

function catalogueTaskResults(
  answers: readonly CatalogueTaskAnswer[],
  catalogue: Catalogue,
  ownerRateCents: number,
  vaRateCents: number,
): TaskResult[] {
  const tasksById = new Map(catalogue.tasks.map((task) => [task.id, task] as const));
  const seen = new Set<string>();
  return answers.map((answer) => {
    const task = tasksById.get(answer.taskId);
    if (!task) throw new UnknownTaskError(answer.taskId);
    if (seen.has(answer.taskId)) {
      throw new DelegationInputError('duplicate-task', `Task "${answer.taskId}" is picked twice`);
    }
    seen.add(answer.taskId);
    return taskResult(
      task.id, false, task.label, task.categoryId, task, answer, ownerRateCents, vaRateCents,
    );
  });
}

function customTaskResults(
  answers: readonly CustomTaskAnswer[],
  catalogue: Catalogue,
  ownerRateCents: number,
  vaRateCents: number,
): TaskResult[] {
  const categoryIds = new Set(catalogue.categories.map((category) => category.id));
  return answers.map((answer, index) => {
    if (!categoryIds.has(answer.categoryId)) throw new UnknownCategoryError(answer.categoryId);
    const label = answer.label.trim();
    return taskResult(
      `${CUSTOM_TASK_KEY_PREFIX}${index}`,
      true,
      { nl: label, en: label },
      answer.categoryId,
      CUSTOM_TASK_PROFILE,
      answer,
      ownerRateCents,
      vaRateCents,
    );
  });
}

function categoryTotals(tasks: readonly TaskResult[], catalogue: Catalogue): CategoryTotal[] {
  const known = new Set(catalogue.categories.map((category) => category.id));
  for (const task of tasks) {
    // Only reachable with a catalogue whose task points at a missing category.
    if (!known.has(task.categoryId)) throw new UnknownCategoryError(task.categoryId);
  }
  return catalogue.categories.flatMap((category) => {
    const inCategory = tasks.filter((task) => task.categoryId === category.id);
    if (inCategory.length === 0) return [];
    return [
      {
        categoryId: category.id,
        label: copyText(category.label),
        enteredMinutes: sumIntegers(inCategory.map((task) => task.minutesPerMonth)),
        freedMinutes: sumIntegers(inCategory.map((task) => task.freedMinutes)),
        vaMinutes: sumIntegers(inCategory.map((task) => task.vaMinutes)),
      },
    ];
  });
}

function totalsOf(tasks: readonly TaskResult[]): Totals {
  const freedValueCentsPerMonth = sumIntegers(tasks.map((task) => task.freedValueCents));
  const vaCostCentsPerMonth = sumIntegers(tasks.map((task) => task.vaCostCents));
  const netGainCentsPerMonth = freedValueCentsPerMonth - vaCostCentsPerMonth;
  return {
    enteredMinutesPerMonth: sumIntegers(tasks.map((task) => task.minutesPerMonth)),
    freedMinutesPerMonth: sumIntegers(tasks.map((task) => task.freedMinutes)),
    vaMinutesPerMonth: sumIntegers(tasks.map((task) => task.vaMinutes)),
    freedValueCentsPerMonth,
    vaCostCentsPerMonth,
    netGainCentsPerMonth,
    netGainCentsPerYear: netGainCentsPerMonth * 12,
  };
}

/** Rule 5. */
function trustPlan(
  tickedConcerns: readonly string[],
  tasks: readonly TaskResult[],
  trustTexts: TrustTexts,
): TrustStep[] {
  const ticked = new Set(tickedConcerns);
  const sensitiveHandedOver = tasks.some(
    (task) => isHandedOver(task.bucket) && task.sensitivity === 'high',
  );
  return CONCERNS.flatMap((concern): TrustStep[] => {
    let source: TrustStep['source'];
    if (ticked.has(concern)) source = 'ticked';
    else if (concern === 'confidentiality' && sensitiveHandedOver) source = 'sensitive-tasks';
    else return [];
    const text = trustTexts[concern];
    return [{ concern, source, title: copyText(text.title), steps: text.steps.map(copyText) }];
  });
}

function byPriority(a: TaskResult, b: TaskResult): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.freedMinutes !== b.freedMinutes) return b.freedMinutes - a.freedMinutes;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Smallest package (by hours, then price) covering the VA minutes, else the largest. */
export function suggestPackage(packages: readonly Package[], vaMinutes: number): Package | null {
  if (vaMinutes <= 0 || packages.length === 0) return null;
  const sorted = [...packages].sort(
    (a, b) => a.hoursPerMonth - b.hoursPerMonth || a.priceCents - b.priceCents,
  );
  const covering = sorted.find((pkg) => multiply(pkg.hoursPerMonth, 60) >= vaMinutes);
  const largestHours = sorted[sorted.length - 1]?.hoursPerMonth;
  const chosen = covering ?? sorted.find((pkg) => pkg.hoursPerMonth === largestHours);
  return chosen ? { hoursPerMonth: chosen.hoursPerMonth, priceCents: chosen.priceCents } : null;
}

/** Rule 6. */
function suggestedStart(
  answers: DelegationAnswers,
  tasks: readonly TaskResult[],
  totals: Totals,
  packages: readonly Package[],
): SuggestedStart {
  const inBucket = (bucket: Bucket) => tasks.filter((task) => task.bucket === bucket).sort(byPriority);
  const firstTasks = [...inBucket('now'), ...inBucket('after-onboarding')].slice(0, MAX_FIRST_TASKS);
  return {
    preference: answers.collaboration.startPreference,
    package: suggestPackage(packages, totals.vaMinutesPerMonth),
    vaMinutesPerMonth: totals.vaMinutesPerMonth,
    firstTaskKeys: firstTasks.map((task) => task.key),
  };
}

/**
 * Compute the delegation result for one intake. Throws UnknownTaskError for a catalogue task
 * id that is not in the catalogue, UnknownCategoryError for an own task in a category that
 * does not exist (both DelegationInputError), and RangeError for non-integer rates.
 */
export function computeDelegation(
  answers: DelegationAnswers,
  context: DelegationContext,
): DelegationResult {
  const ownerRateCents = answers.about.hourlyRateCents;
  const { catalogue, vaRateCents } = context;
  const tasks = [
    ...catalogueTaskResults(answers.tasks.catalogueTasks, catalogue, ownerRateCents, vaRateCents),
    ...customTaskResults(answers.tasks.customTasks, catalogue, ownerRateCents, vaRateCents),
  ];
  const totals = totalsOf(tasks);
  return {
    engineVersion: ENGINE_VERSION,
    catalogueVersion: catalogue.version,
    ownerRateCents,
    vaRateCents,
    tasks,
    categories: categoryTotals(tasks, catalogue),
    totals,
    trustPlan: trustPlan(answers.collaboration.concerns, tasks, context.trustTexts),
    suggestedStart: suggestedStart(answers, tasks, totals, context.packages),
  };
}
