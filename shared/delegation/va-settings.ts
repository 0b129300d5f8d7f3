import { z } from 'zod';
import { LocalizedText } from '../schemas/common.ts';
import { CONCERNS } from '../schemas/intake.ts';
import type { MonthlyPackage, PrepaidBundle, TrialTask } from '../schemas/result.ts';

/**
 * The VA's own settings that the delegation engine reads: her rate, her offers (monthly
 * packages, a trial task, prepaid bundles), the share the owner keeps for briefing, and the
 * trust-plan texts she offers per concern. The zod schemas here validate the texts the VA
 * edits in the back office; the engine only needs the types.
 */

export const Concern = z.enum(CONCERNS);
export type Concern = z.infer<typeof Concern>;

export const MAX_TRUST_STEPS = 8;

/** One concern's block in the trust plan: a heading and the concrete steps the VA offers. */
export const TrustText = z.strictObject({
  title: LocalizedText,
  steps: z.array(LocalizedText).min(1).max(MAX_TRUST_STEPS),
});
export type TrustText = z.infer<typeof TrustText>;

/**
 * Exactly one text per concern. Spelled out as a strict object rather than `z.record`: the
 * same validation, without pulling zod's record code into the scan's first-load bundle.
 */
export const TrustTexts = z.strictObject(
  Object.fromEntries(CONCERNS.map((concern) => [concern, TrustText])) as Record<Concern, typeof TrustText>,
);
export type TrustTexts = z.infer<typeof TrustTexts>;

/** What the VA sells besides monthly packages: one trial task (or none) and prepaid bundles. */
export type VaOffers = {
  trialTask: TrialTask | null;
  prepaidBundles: readonly PrepaidBundle[];
};

export type VaSettings = {
  /** The VA's hourly rate in cents, excl. BTW. */
  vaRateCents: number;
  /** Monthly hour packages the VA sells; the engine suggests the smallest that fits. */
  packages: readonly MonthlyPackage[];
  offers: VaOffers;
  /** The share of each handed-over task the owner keeps for briefing and checking (0–50 %). */
  briefingSharePercent: number;
  trustTexts: TrustTexts;
};
