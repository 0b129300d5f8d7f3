/**
 * A problem on one form field, as a code the UI translates at render time (error-text.ts), so a
 * language switch also switches the messages already on screen. Without zod: the step forms
 * use these from the first paint on, the checks that produce them (validation.ts) load after it.
 */

export type FieldErrorCode =
  | { code: 'required' }
  | { code: 'choose' }
  | { code: 'number'; kind: 'whole' | 'hours' | 'euros' }
  | { code: 'whole-range'; min: number; max: number }
  | { code: 'hours-range'; minMinutes: number; maxMinutes: number }
  | { code: 'rate-range'; minCents: number; maxCents: number }
  | { code: 'too-long'; max: number }
  | { code: 'too-short'; min: number }
  | { code: 'email' }
  | { code: 'phone' }
  | { code: 'privacy' }
  | { code: 'channels' }
  | { code: 'pick-task' }
  | { code: 'total-hours'; maxMinutes: number }
  | { code: 'invalid' };

export type FieldProblem = { path: string; error: FieldErrorCode };
/**
 * react-hook-form keeps an error's message as a string. Ours is the FieldErrorCode as JSON,
 * turned into words at render time (error-text.ts), in the language shown then.
 */
export function encodeFieldError(error: FieldErrorCode): string {
  return JSON.stringify(error);
}

export function decodeFieldError(message: string): FieldErrorCode {
  try {
    const error: unknown = JSON.parse(message);
    if (error !== null && typeof error === 'object' && 'code' in error) return error as FieldErrorCode;
  } catch {
    // Not one of ours (zod's own words): fall through to the generic message.
  }
  return { code: 'invalid' };
}
