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

/**
 * Control characters (C0 but tab, line feed and carriage return; DEL; C1) and lone surrogates
 * (half an emoji: not Unicode, so not UTF-8). Nobody types them; PostgreSQL cannot store a NUL
 * byte or a lone surrogate at all (a 500 there, while SQLite stores them).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNCLEAN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}/u;
export const UNCLEAN_TEXT_MESSAGE = 'must not contain control characters or broken Unicode';

/** Where in `value` (an answer, a list, an object: keys too) a string holds unclean text. */
export function uncleanTextPaths(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (typeof value === 'string') return UNCLEAN_TEXT.test(value) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => uncleanTextPaths(item, [...path, index]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) =>
      UNCLEAN_TEXT.test(key) ? [[...path, key]] : uncleanTextPaths(item, [...path, key]),
    );
  }
  return [];
}

/**
 * The schema, refusing unclean text in every string it lets through (422 naming each field):
 * the server's `validate` wraps every input schema in it, so no field can be forgotten.
 */
export function withCleanText<Schema extends z.ZodType>(schema: Schema): Schema {
  return schema.superRefine((value, ctx) => {
    for (const path of uncleanTextPaths(value)) ctx.addIssue({ code: 'custom', path, message: UNCLEAN_TEXT_MESSAGE });
  });
}
