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

/** A calendar day, YYYY-MM-DD, in the VA's calendar (shared/calendar/va-calendar.ts). */
export const CalendarDay = z.iso.date();

/**
 * One error shape for every failed API call: `{ error: { code, message, issues? } }`; a validation
 * failure is a 422 with its issues per field (docs/architecture.md).
 */
export const ApiFieldIssue = z.object({
  path: z.string(),
  message: z.string(),
  /** A stable reason the client translates, where the server names one ('wrong-password'); the message is English. */
  code: z.string().optional(),
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

/** A place in the value being walked: the key that leads to it from its parent. */
interface Visit {
  value: unknown;
  key: PropertyKey | undefined;
  parent: Visit | undefined;
  /** The key itself is unclean: its path is reported, its value not walked. */
  uncleanKey: boolean;
}

function pathTo(visit: Visit, base: PropertyKey[]): PropertyKey[] {
  const keys: PropertyKey[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) keys.push(at.key!);
  return [...base, ...keys.reverse()];
}

/**
 * Where in `value` (an answer, a list, an object: keys too) a string holds unclean text, in
 * document order. Iterative, and a path is built only for what is found: JSON nested thousands of
 * levels deep (a draft's answers take any JSON) neither runs out of stack nor costs depth² copies.
 */
export function uncleanTextPaths(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  const found: PropertyKey[][] = [];
  const pending: Visit[] = [{ value, key: undefined, parent: undefined, uncleanKey: false }];
  while (pending.length > 0) {
    const visit = pending.pop()!;
    const current = visit.value;
    if (visit.uncleanKey || typeof current === 'string') {
      if (visit.uncleanKey || UNCLEAN_TEXT.test(current as string)) found.push(pathTo(visit, path));
      continue;
    }
    if (typeof current !== 'object' || current === null) continue;
    const children: Visit[] = Array.isArray(current)
      ? current.map((item, index) => ({ value: item, key: index, parent: visit, uncleanKey: false }))
      : Object.entries(current).map(([key, item]) => ({ value: item, key, parent: visit, uncleanKey: UNCLEAN_TEXT.test(key) }));
    for (let index = children.length - 1; index >= 0; index--) pending.push(children[index]!);
  }
  return found;
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
