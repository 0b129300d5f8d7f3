import { z } from 'zod';
import { CONCERNS, FEELINGS, SKILLS, START_PREFERENCES } from './intake.ts';
import { LocalizedText } from './common.ts';

/**
 * What the delegation engine computes for one intake. It is stored as a snapshot with the
 * intake, so an old result always renders as it was computed: labels and trust texts are
 * copied in, in both languages, rather than looked up again.
 */

export const BUCKETS = ['now', 'after-onboarding', 'consider', 'keep'] as const;
export const Bucket = z.enum(BUCKETS);
export type Bucket = z.infer<typeof Bucket>;

export const LEVELS = ['low', 'medium', 'high'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

/** Why a task scored as it did: codes the UI turns into sentences. */
export const REASONS = [
  'highly-delegable', 'hard-to-delegate', 'drains', 'enjoys', 'others-better', 'great-at-it',
  'needs-owner', 'needs-instruction', 'sensitive', 'own-task',
] as const;
export const Reason = z.enum(REASONS);
export type Reason = z.infer<typeof Reason>;

export const TaskResult = z.object({
  /** Catalogue task id, or `custom-<n>` for the prospect's own tasks. */
  key: z.string(),
  custom: z.boolean(),
  label: LocalizedText,
  categoryId: z.string(),
  minutesPerMonth: z.number().int().nonnegative(),
  feeling: z.enum(FEELINGS),
  skill: z.enum(SKILLS),
  needsMe: z.boolean(),
  delegability: z.number().int().min(0).max(100),
  setupEffort: Level,
  sensitivity: Level,
  /** 0–100: how strongly this task should go to a VA. */
  score: z.number().int().min(0).max(100),
  bucket: Bucket,
  reasons: z.array(Reason),
  freedMinutes: z.number().int().nonnegative(),
  vaMinutes: z.number().int().nonnegative(),
  freedValueCents: z.number().int().nonnegative(),
  vaCostCents: z.number().int().nonnegative(),
});
export type TaskResult = z.infer<typeof TaskResult>;

export const CategoryTotal = z.object({
  categoryId: z.string(),
  label: LocalizedText,
  enteredMinutes: z.number().int().nonnegative(),
  freedMinutes: z.number().int().nonnegative(),
  vaMinutes: z.number().int().nonnegative(),
});
export type CategoryTotal = z.infer<typeof CategoryTotal>;

export const Totals = z.object({
  enteredMinutesPerMonth: z.number().int().nonnegative(),
  freedMinutesPerMonth: z.number().int().nonnegative(),
  vaMinutesPerMonth: z.number().int().nonnegative(),
  freedValueCentsPerMonth: z.number().int().nonnegative(),
  vaCostCentsPerMonth: z.number().int().nonnegative(),
  /** May be negative: handing over can cost more than the time is worth. */
  netGainCentsPerMonth: z.number().int(),
  netGainCentsPerYear: z.number().int(),
});
export type Totals = z.infer<typeof Totals>;

export const TrustStep = z.object({
  concern: z.enum(CONCERNS),
  /** `ticked`: the prospect named it; `sensitive-tasks`: pulled in by sensitive tasks. */
  source: z.enum(['ticked', 'sensitive-tasks']),
  title: LocalizedText,
  steps: z.array(LocalizedText),
});
export type TrustStep = z.infer<typeof TrustStep>;

export const Package = z.object({
  hoursPerMonth: z.number().int().positive(),
  priceCents: z.number().int().nonnegative(),
});
export type Package = z.infer<typeof Package>;

export const SuggestedStart = z.object({
  preference: z.enum(START_PREFERENCES),
  /** Smallest package that covers the VA hours, or the largest one if none does. */
  package: Package.nullable(),
  vaMinutesPerMonth: z.number().int().nonnegative(),
  /** Up to three quick wins to hand over first. */
  firstTaskKeys: z.array(z.string()),
});
export type SuggestedStart = z.infer<typeof SuggestedStart>;

export const DelegationResult = z.object({
  engineVersion: z.string(),
  catalogueVersion: z.string(),
  ownerRateCents: z.number().int().nonnegative(),
  vaRateCents: z.number().int().nonnegative(),
  tasks: z.array(TaskResult),
  categories: z.array(CategoryTotal),
  totals: Totals,
  trustPlan: z.array(TrustStep),
  suggestedStart: SuggestedStart,
});
export type DelegationResult = z.infer<typeof DelegationResult>;

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
});
export type ResultView = z.infer<typeof ResultView>;
