import { CONCERNS } from '../schemas/intake.ts';
import type { CatalogueTaskAnswer, CreateIntakeInput, CustomTaskAnswer, NeedsMe } from '../schemas/intake.ts';
import { isHandedOver, REASONS, SAFEGUARDS } from '../schemas/result.ts';
import type {
  Bucket,
  CategoryTotal,
  ConcernPlan,
  DelegationResultV2,
  FirstMonthStep,
  OwnTaskResult,
  Reason,
  SafeguardPlan,
  TaskResult,
  TrustPlan,
} from '../schemas/result.ts';
import type { LocalizedText } from '../schemas/common.ts';
import { ACCESS, safeguardsFor } from './access.ts';
import {
  accessStep,
  adviceSentence,
  badExperienceLine,
  contactLine,
  costLine,
  FIRST_MONTH_WHEN,
  firstTaskStep,
  introCallStep,
  nextStep,
  reachabilityLine,
  reviewStep,
  SAFEGUARD_TEXT,
  startWithTasksLine,
  type WhyCode,
} from './advice-copy.ts';
import type { Catalogue, CatalogueTask } from './catalogue-types.ts';
import { CUSTOM_TASK_KEY_PREFIX } from './catalogue.ts';
import { centsForMinutes, percentOf, sumIntegers } from './money.ts';
import { chooseStart, type PricedStart } from './start.ts';
import type { VaSettings } from './va-settings.ts';

/**
 * The delegation engine: prospect answers + the VA's catalogue and settings → the result.
 * Pure and deterministic: no clock, no randomness, no I/O; the same input always gives a
 * deeply equal output, and the input is never mutated. Bump ENGINE_VERSION whenever a rule or
 * weight below changes, because stored results are rendered as they were computed (1.0.0
 * results keep their own schema, result-v1.ts). docs/decisions/0011 explains the why.
 *
 * Rules (v2.0.0), for catalogue tasks:
 * 1. score = clamp(delegability + feeling + skill + needsMe, 0, 100) with feeling drains +20 /
 *    neutral 0 / enjoy −25, skill others-better +15 / fine 0 / great −20, needsMe no 0 /
 *    partly −15 / yes −35.
 * 2. bucket: `keep` if score < 40, or the owner enjoys it, is great at it and it needs them;
 *    else `consider` if score < 65, or it needs them (yes), or they enjoy it (a task the owner
 *    enjoys is handed over only if they want to); else handed over: `after-onboarding` when the
 *    set-up effort is not low or the task carries a risk (moves money, passwords, bulk personal
 *    data: it starts read-only or four-eyes), `now` otherwise. Sensitivity never holds a quick
 *    win back: it adds trust steps (rule 5).
 * 3. time and money per handed-over task, in integers rounded half up (money.ts):
 *    kept = minutes × (briefing share + approval share for "partly") %, freed = minutes − kept,
 *    va = freed × efficiency %, value = freed × owner rate / 60. Tasks not handed over: all 0.
 * 4. reasons (REASONS order): highly-delegable (≥ 75), hard-to-delegate (≤ 40), drains, enjoys,
 *    others-better, great-at-it, needs-owner (yes), owner-approves (partly), and for handed-over
 *    tasks: needs-instruction (set-up not low, after onboarding), sensitive (sensitivity not
 *    low), guarded (a risk).
 * 5. safeguards of a handed-over task: its access's trust steps (access.ts), plus an approval
 *    step for "partly". Every sensitive handed-over task has at least one, and the trust plan
 *    lists every safeguard of every handed-over task with the tasks that need it, ticked or not.
 * 6. own tasks are not guessed at: listed for the intro call, outside the hours and euros.
 * 7. the start (start.ts) and the periods: month 1 counts the first tasks, priced at the first
 *    offer; from month 3 every handed-over task, priced at the offer that fits then. VA cost
 *    includes 21 % BTW for a prospect who cannot reclaim it. net = value − cost, per period.
 * 8. words: one sentence per task, the trust plan (contact line, ticked concerns with the steps
 *    bound to the answers first, then the VA's), and the first 30 days (advice-copy.ts).
 */

export const ENGINE_VERSION = '2.0.0';

export type DelegationAnswers = Pick<CreateIntakeInput, 'about' | 'tasks' | 'collaboration'>;

export type DelegationContext = { catalogue: Catalogue } & VaSettings;

export const SCORE_WEIGHTS = {
  feeling: { drains: 20, neutral: 0, enjoy: -25 },
  skill: { 'others-better': 15, fine: 0, great: -20 },
  needsMe: { no: 0, partly: -15, yes: -35 },
} as const;

/** Below this score a task stays with the owner. */
export const KEEP_BELOW_SCORE = 40;
/** From this score a task is handed over (now or after onboarding). */
export const HAND_OVER_FROM_SCORE = 65;
export const HIGHLY_DELEGABLE_FROM = 75;
export const HARD_TO_DELEGATE_UP_TO = 40;
/** What the owner keeps of a "partly" task for approving, on top of the briefing share. */
export const APPROVAL_SHARE_PERCENT = 25;

type TaskAnswer = Pick<CatalogueTaskAnswer, 'minutesPerMonth' | 'feeling' | 'skill' | 'needsMe'>;
type TaskProfile = Pick<
  CatalogueTask,
  'delegability' | 'setupEffort' | 'sensitivity' | 'access' | 'risk' | 'vaEfficiencyPercent'
>;

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

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));

/** Rule 1: how strongly this task should go to a VA, 0–100. */
export function scoreTask(
  profile: Pick<TaskProfile, 'delegability'>,
  answer: Pick<TaskAnswer, 'feeling' | 'skill' | 'needsMe'>,
): number {
  return clamp(
    profile.delegability +
      SCORE_WEIGHTS.feeling[answer.feeling] +
      SCORE_WEIGHTS.skill[answer.skill] +
      SCORE_WEIGHTS.needsMe[answer.needsMe],
    0,
    100,
  );
}

/** Rule 2. */
export function bucketFor(
  score: number,
  profile: Pick<TaskProfile, 'setupEffort' | 'risk'>,
  answer: Pick<TaskAnswer, 'feeling' | 'skill' | 'needsMe'>,
): Bucket {
  const ownWork = answer.feeling === 'enjoy' && answer.skill === 'great' && answer.needsMe === 'yes';
  if (score < KEEP_BELOW_SCORE || ownWork) return 'keep';
  if (score < HAND_OVER_FROM_SCORE || answer.needsMe === 'yes' || answer.feeling === 'enjoy') return 'consider';
  return profile.setupEffort === 'low' && profile.risk === 'none' ? 'now' : 'after-onboarding';
}

const copyText = (text: LocalizedText): LocalizedText => ({ nl: text.nl, en: text.en });

/** Rule 4. */
function reasonsFor(profile: TaskProfile, answer: TaskAnswer, bucket: Bucket): Reason[] {
  const handedOver = isHandedOver(bucket);
  const applies: Record<Reason, boolean> = {
    'highly-delegable': profile.delegability >= HIGHLY_DELEGABLE_FROM,
    'hard-to-delegate': profile.delegability <= HARD_TO_DELEGATE_UP_TO,
    drains: answer.feeling === 'drains',
    enjoys: answer.feeling === 'enjoy',
    'others-better': answer.skill === 'others-better',
    'great-at-it': answer.skill === 'great',
    'needs-owner': answer.needsMe === 'yes',
    'owner-approves': answer.needsMe === 'partly',
    'needs-instruction': bucket === 'after-onboarding' && profile.setupEffort !== 'low',
    sensitive: handedOver && profile.sensitivity !== 'low',
    guarded: handedOver && profile.risk !== 'none',
  };
  return REASONS.filter((reason) => applies[reason]);
}

/** Which sentence explains the bucket (rule 8). */
function whyCode(profile: TaskProfile, answer: TaskAnswer, score: number, bucket: Bucket): WhyCode {
  const approves = answer.needsMe === 'partly';
  switch (bucket) {
    case 'now':
      if (approves) return 'now-approves';
      if (answer.feeling === 'drains') return 'now-drains';
      return answer.skill === 'others-better' ? 'now-others-better' : 'now';
    case 'after-onboarding':
      if (profile.risk === 'moves-money') return 'onboarding-money';
      if (profile.risk === 'passwords') return 'onboarding-passwords';
      if (profile.risk === 'personal-data') return 'onboarding-personal-data';
      return approves ? 'onboarding-approves' : 'onboarding-setup';
    case 'consider':
      if (answer.needsMe === 'yes') return 'consider-needs-owner';
      if (answer.feeling === 'enjoy') return 'consider-enjoys';
      return approves ? 'consider-approves' : 'consider-middling';
    case 'keep':
      if (answer.feeling === 'enjoy' && answer.skill === 'great' && answer.needsMe === 'yes') return 'keep-own-work';
      if (answer.feeling === 'enjoy') return 'keep-enjoys';
      if (answer.skill === 'great') return 'keep-strong';
      return profile.delegability <= HARD_TO_DELEGATE_UP_TO ? 'keep-hard' : 'keep-for-now';
  }
}

function taskResult(
  task: CatalogueTask,
  answer: TaskAnswer,
  context: { ownerRateCents: number; briefingSharePercent: number },
): TaskResult {
  const score = scoreTask(task, answer);
  const bucket = bucketFor(score, task, answer);
  const handedOver = isHandedOver(bucket);
  const keptPercent = context.briefingSharePercent + (answer.needsMe === 'partly' ? APPROVAL_SHARE_PERCENT : 0);
  const keptMinutes = handedOver ? percentOf(answer.minutesPerMonth, keptPercent) : 0;
  const freedMinutes = handedOver ? answer.minutesPerMonth - keptMinutes : 0;
  return {
    key: task.id,
    label: copyText(task.label),
    categoryId: task.categoryId,
    minutesPerMonth: answer.minutesPerMonth,
    feeling: answer.feeling,
    skill: answer.skill,
    needsMe: answer.needsMe,
    delegability: task.delegability,
    setupEffort: task.setupEffort,
    sensitivity: task.sensitivity,
    access: task.access,
    risk: task.risk,
    score,
    bucket,
    reasons: reasonsFor(task, answer, bucket),
    safeguards: handedOver ? safeguardsFor(task.access, answer.needsMe === 'partly') : [],
    advice: adviceSentence(whyCode(task, answer, score, bucket), handedOver ? ACCESS[task.access].firstStep : null),
    keptMinutes,
    freedMinutes,
    vaMinutes: percentOf(freedMinutes, task.vaEfficiencyPercent),
    freedValueCents: centsForMinutes(freedMinutes, context.ownerRateCents),
  };
}

function catalogueTaskResults(
  answers: readonly CatalogueTaskAnswer[],
  catalogue: Catalogue,
  context: { ownerRateCents: number; briefingSharePercent: number },
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
    return taskResult(task, answer, context);
  });
}

/** Rule 6. */
function ownTaskResults(answers: readonly CustomTaskAnswer[], catalogue: Catalogue): OwnTaskResult[] {
  const categoryIds = new Set(catalogue.categories.map((category) => category.id));
  return answers.map((answer, index) => {
    if (!categoryIds.has(answer.categoryId)) throw new UnknownCategoryError(answer.categoryId);
    const label = answer.label.trim();
    return {
      key: `${CUSTOM_TASK_KEY_PREFIX}${index}`,
      label: { nl: label, en: label },
      categoryId: answer.categoryId,
      minutesPerMonth: answer.minutesPerMonth,
      feeling: answer.feeling,
      skill: answer.skill,
      needsMe: answer.needsMe,
    };
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

/** Rule 5 and the trust plan's words (rule 8). */
function trustPlan(
  answers: DelegationAnswers,
  tasks: readonly TaskResult[],
  start: PricedStart,
  trustTexts: VaSettings['trustTexts'],
): TrustPlan {
  const { collaboration } = answers;
  const ticked = new Set(collaboration.concerns);
  const firstTasks = start.firstTaskKeys.flatMap((key) => tasks.filter((task) => task.key === key));
  const boundSteps: Partial<Record<(typeof CONCERNS)[number], LocalizedText[]>> = {
    control: [
      startWithTasksLine(
        firstTasks.length,
        firstTasks[0]?.label ?? null,
        firstTasks.every((task) => task.bucket === 'now'),
      ),
    ],
    reachability: [reachabilityLine(collaboration.channels)],
    cost: [costLine(start.offer, start.offerPrice)],
    'bad-experience': [badExperienceLine(start.offer)],
  };
  const concerns: ConcernPlan[] = CONCERNS.filter((concern) => ticked.has(concern)).map((concern) => ({
    concern,
    title: copyText(trustTexts[concern].title),
    steps: [...(firstTasks.length > 0 || concern !== 'control' ? (boundSteps[concern] ?? []) : []), ...trustTexts[concern].steps.map(copyText)],
  }));
  const safeguards: SafeguardPlan[] = SAFEGUARDS.flatMap((safeguard) => {
    const taskKeys = tasks.filter((task) => task.safeguards.includes(safeguard)).map((task) => task.key);
    if (taskKeys.length === 0) return [];
    const text = SAFEGUARD_TEXT[safeguard];
    return [{ safeguard, title: copyText(text.title), text: copyText(text.text), taskKeys }];
  });
  return { contact: contactLine(collaboration.updateFrequency, collaboration.channels), concerns, safeguards };
}

/** The first 30 days, from the prospect's own tasks and concerns (rule 8). */
function firstMonthPlan(
  answers: DelegationAnswers,
  tasks: readonly TaskResult[],
  ownTasks: readonly OwnTaskResult[],
  start: PricedStart,
): FirstMonthStep[] {
  const { collaboration } = answers;
  const ticked = new Set(collaboration.concerns);
  const first = start.firstTaskKeys.flatMap((key) => tasks.filter((task) => task.key === key));
  const firstKeys = new Set(start.firstTaskKeys);
  const next = [
    ...tasks.filter((task) => task.bucket === 'now' && !firstKeys.has(task.key)),
    ...tasks.filter((task) => task.bucket === 'after-onboarding' && !firstKeys.has(task.key)),
  ];
  const firstSafeguards = SAFEGUARDS.filter((safeguard) => first.some((task) => task.safeguards.includes(safeguard)));
  const step = (
    name: FirstMonthStep['step'],
    when: LocalizedText,
    words: { title: LocalizedText; text: LocalizedText },
    taskKeys: string[] = [],
  ): FirstMonthStep => ({ step: name, when: copyText(when), title: words.title, text: words.text, taskKeys });

  const intro = step(
    'intro-call',
    FIRST_MONTH_WHEN.week1,
    introCallStep({
      channels: collaboration.channels,
      oneTask: first.length <= 1,
      reachability: ticked.has('reachability'),
      badExperience: ticked.has('bad-experience'),
      ownTasks: ownTasks.length,
      considerTasks: tasks.filter((task) => task.bucket === 'consider').length,
    }),
    [...tasks.filter((task) => task.bucket === 'consider').map((task) => task.key), ...ownTasks.map((task) => task.key)],
  );
  if (first.length === 0) {
    return [intro, step('next', FIRST_MONTH_WHEN.after, nextStep({ nextTasks: 0, needsOnboarding: false }))];
  }
  return [
    intro,
    step('access', FIRST_MONTH_WHEN.week1, accessStep({ safeguards: firstSafeguards, nda: ticked.has('confidentiality'), count: first.length })),
    step(
      'first-task',
      FIRST_MONTH_WHEN.week2,
      firstTaskStep({
        count: first.length,
        explaining: ticked.has('explaining') || first.some((task) => task.bucket === 'after-onboarding'),
        frequency: collaboration.updateFrequency,
        channels: collaboration.channels,
        trial: start.offer?.kind === 'trial-task',
      }),
      first.map((task) => task.key),
    ),
    step(
      'review',
      FIRST_MONTH_WHEN.week4,
      reviewStep({
        decideThen: ticked.has('bad-experience') || start.offer?.kind === 'trial-task',
        cost: ticked.has('cost'),
      }),
    ),
    step(
      'next',
      FIRST_MONTH_WHEN.after,
      nextStep({ nextTasks: next.length, needsOnboarding: next.some((task) => task.bucket === 'after-onboarding') }),
      next.map((task) => task.key),
    ),
  ];
}

/**
 * Compute the delegation result for one intake. Throws UnknownTaskError for a catalogue task
 * id that is not in the catalogue, UnknownCategoryError for an own task in a category that
 * does not exist (both DelegationInputError), and RangeError for non-integer rates.
 */
export function computeDelegation(answers: DelegationAnswers, context: DelegationContext): DelegationResultV2 {
  const { about } = answers;
  const ownerRateCents = about.hourlyRateCents;
  const { catalogue } = context;
  const tasks = catalogueTaskResults(answers.tasks.catalogueTasks, catalogue, {
    ownerRateCents,
    briefingSharePercent: context.briefingSharePercent,
  });
  const ownTasks = ownTaskResults(answers.tasks.customTasks, catalogue);
  const start = chooseStart(answers, tasks, context);
  return {
    engineVersion: ENGINE_VERSION,
    catalogueVersion: catalogue.version,
    ownerRateCents,
    rateKind: about.rateKind,
    vatStatus: about.vatStatus,
    vaRateCents: context.vaRateCents,
    briefingSharePercent: context.briefingSharePercent,
    approvalSharePercent: APPROVAL_SHARE_PERCENT,
    hoursPerWeek: about.hoursPerWeek,
    tasks,
    ownTasks,
    categories: categoryTotals(tasks, catalogue),
    firstMonth: start.firstMonth,
    fromMonthThree: start.fromMonthThree,
    netCentsPerYear: start.fromMonthThree.netCents * 12,
    trustPlan: trustPlan(answers, tasks, start, context.trustTexts),
    firstMonthPlan: firstMonthPlan(answers, tasks, ownTasks, start),
    suggestedStart: {
      preference: answers.collaboration.startPreference,
      offer: start.offer,
      thenOffer: start.thenOffer,
      reasons: start.reasons,
      firstTaskKeys: start.firstTaskKeys,
      text: start.text,
    },
  };
}

export type { NeedsMe };
