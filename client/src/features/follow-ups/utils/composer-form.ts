import { z } from 'zod';
import type { Locale } from '#shared/schemas/common.ts';
import { MAX_SCHEDULE_DAYS, SendFollowUpInput, type EmailTemplate } from '#shared/schemas/email.ts';
import type { ServerErrorOptions } from '../../../lib/form-errors.ts';
import { m } from '../../../paraglide/messages.js';
import { serverProblem } from '../../../lib/admin/template-form.ts';
import { decodeTextError, textErrorText, textProblem, type TextErrorCode } from '../../../lib/admin/text-errors.ts';
import { amsterdamToUtcIso } from './amsterdam-time.ts';

/**
 * The follow-up composer's values, checked by the shared schema (SendFollowUpInput without
 * `sendAt`: the moment is chosen after the preview), and its messages per field.
 */

export const ComposerValues = z.object({
  templateId: z.string(),
  locale: z.enum(['nl', 'en']),
  subject: z.string(),
  body: z.string(),
});
export type ComposerValues = z.infer<typeof ComposerValues>;

const FollowUpText = SendFollowUpInput.omit({ sendAt: true });
export type FollowUpText = z.infer<typeof FollowUpText>;

export type ComposerErrorCode = TextErrorCode | { code: 'template' } | { code: 'template-gone' };

export function emptyComposer(locale: Locale): ComposerValues {
  return { templateId: '', locale, subject: '', body: '' };
}

/** The template's subject and text in that language: where the VA starts from. */
export function textsFrom(template: EmailTemplate, locale: Locale): Pick<ComposerValues, 'subject' | 'body'> {
  return { subject: template.subject[locale], body: template.body[locale] };
}

function problemFor(path: string, issue: z.core.$ZodIssue, values: ComposerValues): ComposerErrorCode {
  if (path === 'templateId') return { code: 'template' };
  return textProblem(issue, path === 'subject' ? values.subject : path === 'body' ? values.body : undefined);
}

/** What the form validates with (zodResolver): its output is what the preview and the send take. */
export const ComposerForm = ComposerValues.transform((values, ctx) => {
  const result = FollowUpText.safeParse(values);
  if (result.success) return result.data;
  const seen = new Set<string>();
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (seen.has(path)) continue;
    seen.add(path);
    ctx.addIssue({ code: 'custom', path: [path], message: encodeComposerError(problemFor(path, issue, values)) });
  }
  return z.NEVER;
});

/**
 * How the server's 422 issues land on the composer (showServerErrors): a template that is no
 * longer there, or a text the server refused; issues on other paths are on no field of it.
 */
export function composerServerErrors(values: ComposerValues): ServerErrorOptions<ComposerValues> {
  return {
    field: (path) => (path === 'templateId' || path === 'subject' || path === 'body' ? path : undefined),
    message: (issue, path) =>
      encodeComposerError(path === 'subject' || path === 'body' ? serverProblem(issue, values[path]) : { code: 'template-gone' }),
  };
}

export function encodeComposerError(error: ComposerErrorCode): string {
  return JSON.stringify(error);
}

/** The sentence for a composer field's code, in the current language (call during render). */
export function composerErrorText(message: string): string {
  const error = decodeTextError(message) as ComposerErrorCode;
  if (error.code === 'template') return m.followups_error_template();
  if (error.code === 'template-gone') return m.followups_error_template_gone();
  return textErrorText(error);
}

/** When to send, after the preview: now, or a Dutch date and time. */
export type SendMoment = { when: 'now' | 'later'; date: string; time: string };

export type MomentProblem = { field: 'date' | 'time'; code: 'date' | 'time' | 'past' | 'too-far' };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The moment as the API takes it (`sendAt`, UTC ISO; absent = now), or what is wrong with it. */
export function checkMoment(moment: SendMoment, now: Date = new Date()): { sendAt: string | undefined } | { problem: MomentProblem } {
  if (moment.when === 'now') return { sendAt: undefined };
  if (moment.date === '') return { problem: { field: 'date', code: 'date' } };
  if (moment.time === '') return { problem: { field: 'time', code: 'time' } };
  const sendAt = amsterdamToUtcIso(moment.date, moment.time);
  if (sendAt === null) return { problem: { field: 'date', code: 'date' } };
  const at = Date.parse(sendAt);
  if (at <= now.getTime()) return { problem: { field: 'time', code: 'past' } };
  if (at > now.getTime() + MAX_SCHEDULE_DAYS * DAY_MS) return { problem: { field: 'date', code: 'too-far' } };
  return { sendAt };
}

export function momentProblemText(problem: MomentProblem): string {
  switch (problem.code) {
    case 'date':
      return m.followups_error_date();
    case 'time':
      return m.followups_error_time();
    case 'past':
      return m.followups_error_past();
    case 'too-far':
      return m.followups_error_too_far({ days: MAX_SCHEDULE_DAYS });
  }
}
