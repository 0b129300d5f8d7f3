import { z } from 'zod';

/** Pieces every engine version's result uses. */

export const BUCKETS = ['now', 'after-onboarding', 'consider', 'keep'] as const;
export const Bucket = z.enum(BUCKETS);
export type Bucket = z.infer<typeof Bucket>;

/**
 * The buckets that mean "hand it over": the quick wins and what goes over after onboarding. One
 * rule for the engine's advice, the tasks the e-mails suggest starting with, and insight's
 * delegable share. (`string`: the tasks' stored rows carry the bucket as text.)
 */
export const HANDED_OVER_BUCKETS = ['now', 'after-onboarding'] as const satisfies readonly Bucket[];
export const isHandedOver = (bucket: string): boolean => (HANDED_OVER_BUCKETS as readonly string[]).includes(bucket);

export const LEVELS = ['low', 'medium', 'high'] as const;
export const Level = z.enum(LEVELS);
export type Level = z.infer<typeof Level>;

/** A monthly package the VA sells: so many hours a month for a fixed price, excl. BTW. */
export const MonthlyPackage = z.object({
  hoursPerMonth: z.number().int().positive(),
  priceCents: z.number().int().nonnegative(),
});
export type MonthlyPackage = z.infer<typeof MonthlyPackage>;
