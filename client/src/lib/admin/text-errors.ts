import type { z } from 'zod';
import { unknownMergeFields } from '#shared/email/merge-fields.ts';
import { m } from '../../paraglide/messages.js';

/**
 * Why a template's (or a follow-up's) field is refused, as a code. react-hook-form keeps an
 * error's message as a string: ours is the code as JSON, turned into words at render time, so
 * a language switch also switches the messages already on screen.
 */
export type TextErrorCode =
  | { code: 'required' }
  | { code: 'too-long'; max: number }
  | { code: 'unknown-fields'; fields: string[] }
  | { code: 'days-required' }
  | { code: 'days-range'; min: number; max: number }
  | { code: 'invalid' };

/** A text field's schema issue → the code: empty, too long, or merge fields we do not know. */
export function textProblem(issue: z.core.$ZodIssue, raw: unknown): TextErrorCode {
  if (typeof raw !== 'string' || raw.trim() === '') return { code: 'required' };
  if (issue.code === 'too_big') return { code: 'too-long', max: Number(issue.maximum) };
  const fields = unknownMergeFields(raw);
  if (fields.length > 0) return { code: 'unknown-fields', fields };
  return { code: 'invalid' };
}

export function encodeTextError(error: TextErrorCode): string {
  return JSON.stringify(error);
}

export function decodeTextError(message: string): TextErrorCode {
  try {
    const error: unknown = JSON.parse(message);
    if (error !== null && typeof error === 'object' && 'code' in error) return error as TextErrorCode;
  } catch {
    // Not one of ours (zod's own words): the general message.
  }
  return { code: 'invalid' };
}

/** The sentence for a code, in the current language (call during render, under useLocale). */
export function textErrorText(error: TextErrorCode): string {
  switch (error.code) {
    case 'required':
      return m.emailtemplates_error_required();
    case 'too-long':
      return m.emailtemplates_error_too_long({ max: error.max });
    case 'unknown-fields':
      return m.emailtemplates_error_unknown_field({ fields: error.fields.map((field) => `{{${field}}}`).join(', ') });
    case 'days-required':
      return m.emailtemplates_error_days_required();
    case 'days-range':
      return m.emailtemplates_error_days_range({ min: error.min, max: error.max });
    case 'invalid':
      return m.emailtemplates_error_invalid();
  }
}
