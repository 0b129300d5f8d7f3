import { z } from 'zod';
import { LOCALES } from './locales.ts';

export { LOCALES };
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;
export const DEFAULT_LOCALE: Locale = 'nl';

/** A text the VA or the catalogue provides in both languages. */
export const LocalizedText = z.strictObject({
  nl: z.string().trim().min(1).max(2000),
  en: z.string().trim().min(1).max(2000),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Whole euro cents; never floats for money. */
export const Cents = z.number().int().nonnegative();

/** One error shape for every failed API call (house style, rule 5). */
export const ApiFieldIssue = z.object({
  path: z.string(),
  message: z.string(),
});
export type ApiFieldIssue = z.infer<typeof ApiFieldIssue>;

export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(ApiFieldIssue).optional(),
  }),
});
export type ApiError = z.infer<typeof ApiError>;

/** 128 bits of randomness, base64url encoded: 22 characters. */
export const ResultToken = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/);
