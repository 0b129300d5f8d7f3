import { z } from 'zod';
import { LocalizedText } from './common.ts';
import { CONCERNS, FEELINGS, SKILLS, START_PREFERENCES } from './intake.ts';
import { Bucket, Level, MonthlyPackage as Package } from './result-parts.ts';

/**
 * A result as engine 1.0.0 computed it (until December 2026), frozen: intakes store their result
 * as a snapshot, and an old snapshot is rendered as it was computed. Never change this file; a
 * new engine version gets its own schema (result.ts).
 */

/** Why a task scored as it did (1.0.0): codes the UI turns into sentences. */
export const REASONS_V1 = [
  'highly-delegable', 'hard-to-delegate', 'drains', 'enjoys', 'others-better', 'great-at-it',
  'needs-owner', 'needs-instruction', 'sensitive', 'own-task',
] as const;
export const ReasonV1 = z.enum(REASONS_V1);
export type ReasonV1 = z.infer<typeof ReasonV1>;

export const TaskResultV1 = z.object({
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
  reasons: z.array(ReasonV1),
  freedMinutes: z.number().int().nonnegative(),
  vaMinutes: z.number().int().nonnegative(),
  freedValueCents: z.number().int().nonnegative(),
  vaCostCents: z.number().int().nonnegative(),
});
export type TaskResultV1 = z.infer<typeof TaskResultV1>;

export const CategoryTotalV1 = z.object({
  categoryId: z.string(),
  label: LocalizedText,
  enteredMinutes: z.number().int().nonnegative(),
  freedMinutes: z.number().int().nonnegative(),
  vaMinutes: z.number().int().nonnegative(),
});
export type CategoryTotalV1 = z.infer<typeof CategoryTotalV1>;

export const TotalsV1 = z.object({
  enteredMinutesPerMonth: z.number().int().nonnegative(),
  freedMinutesPerMonth: z.number().int().nonnegative(),
  vaMinutesPerMonth: z.number().int().nonnegative(),
  freedValueCentsPerMonth: z.number().int().nonnegative(),
  vaCostCentsPerMonth: z.number().int().nonnegative(),
  /** May be negative: handing over can cost more than the time is worth. */
  netGainCentsPerMonth: z.number().int(),
  netGainCentsPerYear: z.number().int(),
});
export type TotalsV1 = z.infer<typeof TotalsV1>;

export const TrustStepV1 = z.object({
  concern: z.enum(CONCERNS),
  /** `ticked`: the prospect named it; `sensitive-tasks`: pulled in by sensitive tasks. */
  source: z.enum(['ticked', 'sensitive-tasks']),
  title: LocalizedText,
  steps: z.array(LocalizedText),
});
export type TrustStepV1 = z.infer<typeof TrustStepV1>;

export const SuggestedStartV1 = z.object({
  preference: z.enum(START_PREFERENCES),
  /** Smallest package that covers the VA hours, or the largest one if none does. */
  package: Package.nullable(),
  vaMinutesPerMonth: z.number().int().nonnegative(),
  /** Up to three quick wins to hand over first. */
  firstTaskKeys: z.array(z.string()),
});
export type SuggestedStartV1 = z.infer<typeof SuggestedStartV1>;

export const DelegationResultV1 = z.object({
  engineVersion: z.literal('1.0.0'),
  catalogueVersion: z.string(),
  ownerRateCents: z.number().int().nonnegative(),
  vaRateCents: z.number().int().nonnegative(),
  tasks: z.array(TaskResultV1),
  categories: z.array(CategoryTotalV1),
  totals: TotalsV1,
  trustPlan: z.array(TrustStepV1),
  suggestedStart: SuggestedStartV1,
});
export type DelegationResultV1 = z.infer<typeof DelegationResultV1>;

