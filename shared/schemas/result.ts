import { z } from 'zod';
import { LocalizedText } from './common.ts';
import { CONCERNS, FEELINGS, NEEDS_ME, SKILLS, START_PREFERENCES, VAT_STATUSES } from './intake.ts';
import { Bucket, Level, MonthlyPackage } from './result-parts.ts';
import { DelegationResultV1 } from './result-v1.ts';

export { BUCKETS, Bucket, HANDED_OVER_BUCKETS, isHandedOver, LEVELS, Level, MonthlyPackage } from './result-parts.ts';

/**
 * What the delegation engine computes for one intake (engine 2.0.0; 1.0.0 results are in
 * result-v1.ts). It is stored as a snapshot with the intake, so an old result always renders as
 * it was computed: labels, sentences and the VA's texts are copied in, in both languages, rather
 * than looked up again.
 */

/**
 * What a task touches, which decides its sensitivity, its risk and the trust steps it needs
 * (shared/delegation/access.ts). Tasks that need the same access have the same sensitivity.
 */
export const ACCESS_KINDS = [
  'none', 'shared-files', 'time-tracking', 'analytics', 'calendar', 'mailbox', 'phone', 'social',
  'website', 'meetings', 'accounts', 'bookkeeping', 'client-records', 'private-admin', 'bank', 'passwords',
] as const;
export const AccessKind = z.enum(ACCESS_KINDS);
export type AccessKind = z.infer<typeof AccessKind>;

/** Tasks that wait for onboarding whatever their set-up effort: they start read-only or four-eyes. */
export const RISKS = ['none', 'moves-money', 'passwords', 'personal-data'] as const;
export const Risk = z.enum(RISKS);
export type Risk = z.infer<typeof Risk>;

/** The trust steps a handed-over task can need, in the order the plan lists them. */
export const SAFEGUARDS = [
  'processing-agreement', 'delegated-access', 'password-manager', 'read-only-first', 'four-eyes', 'approval-step',
] as const;
export const Safeguard = z.enum(SAFEGUARDS);
export type Safeguard = z.infer<typeof Safeguard>;

/** Why a task is where it is: codes the UI can show as chips (the sentence says it in words). */
export const REASONS = [
  'highly-delegable', 'hard-to-delegate', 'drains', 'enjoys', 'others-better', 'great-at-it',
  'needs-owner', 'owner-approves', 'needs-instruction', 'sensitive', 'guarded',
] as const;
export const Reason = z.enum(REASONS);
export type Reason = z.infer<typeof Reason>;

const minutes = z.number().int().nonnegative();
const cents = z.number().int().nonnegative();

export const TaskResult = z.object({
  /** The catalogue task's id. */
  key: z.string(),
  label: LocalizedText,
  categoryId: z.string(),
  minutesPerMonth: minutes,
  feeling: z.enum(FEELINGS),
  skill: z.enum(SKILLS),
  needsMe: z.enum(NEEDS_ME),
  delegability: z.number().int().min(0).max(100),
  setupEffort: Level,
  sensitivity: Level,
  access: AccessKind,
  risk: Risk,
  /** 0–100: how strongly this task should go to a VA. */
  score: z.number().int().min(0).max(100),
  bucket: Bucket,
  reasons: z.array(Reason),
  /** The trust steps this task needs once handed over (empty when it stays with the owner). */
  safeguards: z.array(Safeguard),
  /** One sentence: why it is in this bucket, and the first step or access it needs. */
  advice: LocalizedText,
  /** What the owner keeps of a handed-over task: briefing and checking, and approving ("partly"). */
  keptMinutes: minutes,
  freedMinutes: minutes,
  vaMinutes: minutes,
  freedValueCents: cents,
});
export type TaskResult = z.infer<typeof TaskResult>;

/** A task the prospect typed: not guessed at, discussed in the intro call, outside hours and euros. */
export const OwnTaskResult = z.object({
  /** `custom-<n>`, n = its position among the own tasks. */
  key: z.string(),
  label: LocalizedText,
  categoryId: z.string(),
  minutesPerMonth: minutes,
  feeling: z.enum(FEELINGS),
  skill: z.enum(SKILLS),
  needsMe: z.enum(NEEDS_ME),
});
export type OwnTaskResult = z.infer<typeof OwnTaskResult>;

export const CategoryTotal = z.object({
  categoryId: z.string(),
  label: LocalizedText,
  enteredMinutes: minutes,
  freedMinutes: minutes,
  vaMinutes: minutes,
});
export type CategoryTotal = z.infer<typeof CategoryTotal>;

/** A prepaid bundle of hours: paid up front, used as needed, valid so many months. */
export const PrepaidBundle = z.object({
  hours: z.number().int().positive(),
  priceCents: cents,
  validMonths: z.number().int().positive(),
});
export type PrepaidBundle = z.infer<typeof PrepaidBundle>;

/** One task done once, to see how working together feels, for a fixed price. */
export const TrialTask = z.object({
  description: LocalizedText,
  hours: z.number().int().positive(),
  priceCents: cents,
});
export type TrialTask = z.infer<typeof TrialTask>;

/** What one of the VA's offers is, as the result names and prices it. */
export const Offer = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('trial-task'), trialTask: TrialTask }),
  z.object({ kind: z.literal('prepaid-bundle'), bundle: PrepaidBundle }),
  z.object({ kind: z.literal('monthly-package'), package: MonthlyPackage }),
]);
export type Offer = z.infer<typeof Offer>;

/**
 * What a period costs and brings, at the real price of the offer it is bought with. Money in
 * whole cents; `netCents = valueCents − costCents` exactly, so the cards add up as shown.
 */
export const PeriodFigures = z.object({
  /** The handed-over tasks this period counts. */
  taskKeys: z.array(z.string()),
  enteredMinutes: minutes,
  /** Owner time freed: the tasks' time less what the owner keeps (briefing, checking, approving). */
  freedMinutes: minutes,
  keptMinutes: minutes,
  vaMinutes: minutes,
  /** The freed time at the owner's rate: worth that only if those hours are billed. */
  valueCents: cents,
  /** Null when no offer prices it (nothing handed over). */
  offer: Offer.nullable(),
  /** VA hours the offer covers beyond its own hours, at the VA's hourly rate (largest package too small). */
  extraMinutes: minutes,
  costExclVatCents: cents,
  /** 21 % BTW, for a prospect who cannot reclaim it (KOR or exempt); else 0. */
  vatCents: cents,
  costCents: cents,
  /** May be negative: handing over can cost more than the time is worth. */
  netCents: z.number().int(),
});
export type PeriodFigures = z.infer<typeof PeriodFigures>;

/** How the advice starts, and why (codes the UI names; the start's text says it in words). */
export const START_REASONS = [
  'preference', 'cost-concern', 'bad-experience', 'first-time', 'small-volume', 'steady-volume', 'not-offered',
  'nothing-to-hand-over',
] as const;
export const StartReason = z.enum(START_REASONS);
export type StartReason = z.infer<typeof StartReason>;

export const SuggestedStart = z.object({
  preference: z.enum(START_PREFERENCES),
  /** What to buy first; null when nothing is handed over (the call decides). */
  offer: Offer.nullable(),
  /** What fits from month 3 (when more joins); null when the first offer still fits. */
  thenOffer: Offer.nullable(),
  reasons: z.array(StartReason),
  /** The tasks handed over first: one for a first-timer, more for someone who delegated before. */
  firstTaskKeys: z.array(z.string()),
  /** In words, for the page: what it is, what it costs and frees, and why. */
  text: LocalizedText,
});
export type SuggestedStart = z.infer<typeof SuggestedStart>;

/** A ticked concern: the VA's promise and its steps, with the steps bound to the prospect's answers first. */
export const ConcernPlan = z.object({
  concern: z.enum(CONCERNS),
  title: LocalizedText,
  steps: z.array(LocalizedText),
});
export type ConcernPlan = z.infer<typeof ConcernPlan>;

/** A trust step that handed-over tasks need, ticked or not, with the tasks that need it. */
export const SafeguardPlan = z.object({
  safeguard: Safeguard,
  title: LocalizedText,
  text: LocalizedText,
  taskKeys: z.array(z.string()),
});
export type SafeguardPlan = z.infer<typeof SafeguardPlan>;

export const TrustPlan = z.object({
  /** How we keep in touch: the update frequency and channels the prospect chose. */
  contact: LocalizedText,
  concerns: z.array(ConcernPlan),
  safeguards: z.array(SafeguardPlan),
});
export type TrustPlan = z.infer<typeof TrustPlan>;

export const FIRST_MONTH_STEPS = ['intro-call', 'access', 'first-task', 'review', 'next'] as const;
export const FirstMonthStep = z.object({
  step: z.enum(FIRST_MONTH_STEPS),
  /** When, e.g. "Week 1". */
  when: LocalizedText,
  title: LocalizedText,
  text: LocalizedText,
  /** Tasks the step is about, listed under its text. */
  taskKeys: z.array(z.string()),
});
export type FirstMonthStep = z.infer<typeof FirstMonthStep>;

export const DelegationResultV2 = z.object({
  engineVersion: z.literal('2.0.0'),
  catalogueVersion: z.string(),
  ownerRateCents: cents,
  rateKind: z.enum(['current', 'target']),
  vatStatus: z.enum(VAT_STATUSES),
  /** The VA's hourly rate, excl. BTW. */
  vaRateCents: cents,
  /** The share of each handed-over task the owner keeps for briefing and checking (VA setting). */
  briefingSharePercent: z.number().int().min(0).max(100),
  /** The extra share the owner keeps of a "partly" task, for approving. */
  approvalSharePercent: z.number().int().min(0).max(100),
  hoursPerWeek: z.number().int().nonnegative(),
  tasks: z.array(TaskResult),
  ownTasks: z.array(OwnTaskResult),
  categories: z.array(CategoryTotal),
  /** Month 1: the first tasks only. */
  firstMonth: PeriodFigures,
  /** From month 3: every handed-over task, onboarding done. */
  fromMonthThree: PeriodFigures,
  netCentsPerYear: z.number().int(),
  trustPlan: TrustPlan,
  firstMonthPlan: z.array(FirstMonthStep),
  suggestedStart: SuggestedStart,
});
export type DelegationResultV2 = z.infer<typeof DelegationResultV2>;

/** Any stored result: the engine version says how it was computed and how it renders. */
export const DelegationResult = z.discriminatedUnion('engineVersion', [DelegationResultV1, DelegationResultV2]);
export type DelegationResult = z.infer<typeof DelegationResult>;

export type { DelegationResultV1 } from './result-v1.ts';

/** What the result page receives: the snapshot plus who it is for and whom to contact. */
export const ResultView = z.object({
  intakeId: z.string(),
  locale: z.enum(['nl', 'en']),
  firstName: z.string(),
  company: z.string().nullable(),
  submittedAt: z.string(),
  result: DelegationResult,
  /** Whom to contact; each null until the VA has set it (the page then speaks neutrally). */
  va: z.object({
    name: z.string().nullable(),
    bookingUrl: z.string().nullable(),
    replyEmail: z.string().nullable(),
  }),
  /** false: this installation sends no e-mail, so the page offers its link to keep instead. */
  emailDelivery: z.boolean(),
});
export type ResultView = z.infer<typeof ResultView>;

/**
 * What the inbox, the e-mails and the CSV quote of a result, whatever its version: the hours
 * freed and the net gain per month once everything runs (v2: from month 3), and the first tasks.
 */
export function resultHeadline(result: DelegationResult): {
  freedMinutesPerMonth: number;
  netGainCentsPerMonth: number;
  firstTaskKeys: string[];
} {
  if (result.engineVersion === '1.0.0') {
    return {
      freedMinutesPerMonth: result.totals.freedMinutesPerMonth,
      netGainCentsPerMonth: result.totals.netGainCentsPerMonth,
      firstTaskKeys: result.suggestedStart.firstTaskKeys,
    };
  }
  return {
    freedMinutesPerMonth: result.fromMonthThree.freedMinutes,
    netGainCentsPerMonth: result.fromMonthThree.netCents,
    firstTaskKeys: result.suggestedStart.firstTaskKeys,
  };
}
