import { z } from 'zod';
import { unknownMergeFields } from '#shared/email/merge-fields.ts';
import { EmailTemplateInput, MAX_SCHEDULE_DAYS, type EmailTemplate } from '#shared/schemas/email.ts';
import type { ApiFieldIssue } from '#shared/schemas/common.ts';
import type { ServerErrorOptions } from '../form-errors.ts';
import { encodeTextError, textProblem, type TextErrorCode } from './text-errors.ts';

/**
 * The template editor's values as typed (the number of days as text), how they become an
 * EmailTemplateInput, and the shared schema's issues as a code per field (translated at render
 * time, see text-errors.ts).
 */

export const TemplateFormValues = z.object({
  name: z.string(),
  subject: z.object({ nl: z.string(), en: z.string() }),
  body: z.object({ nl: z.string(), en: z.string() }),
  schedule: z.object({ enabled: z.boolean(), delayDays: z.string() }),
});
export type TemplateFormValues = z.infer<typeof TemplateFormValues>;

export const EMPTY_TEMPLATE: TemplateFormValues = {
  name: '',
  subject: { nl: '', en: '' },
  body: { nl: '', en: '' },
  schedule: { enabled: false, delayDays: '' },
};

export function toFormValues(template: EmailTemplate): TemplateFormValues {
  return {
    name: template.name,
    subject: { ...template.subject },
    body: { ...template.body },
    schedule: {
      enabled: template.schedule.enabled,
      delayDays: template.schedule.delayDays === null ? '' : String(template.schedule.delayDays),
    },
  };
}

/** "3" → 3; anything else that is not blank → NaN (the schema refuses it); blank → null. */
function readDays(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/**
 * Form values → the shape of EmailTemplateInput (checked by the shared schema). With the
 * schedule off, a half-typed number of days is not worth refusing the save for: it is dropped.
 */
function toTemplateInput(values: TemplateFormValues) {
  const days = readDays(values.schedule.delayDays);
  const usableDays = days !== null && Number.isInteger(days) && days >= 1 && days <= MAX_SCHEDULE_DAYS ? days : null;
  return {
    name: values.name,
    subject: values.subject,
    body: values.body,
    schedule: { enabled: values.schedule.enabled, delayDays: values.schedule.enabled ? days : usableDays },
  };
}

export type FieldProblem = { path: string; error: TextErrorCode };

function valueAt(values: TemplateFormValues, path: string): unknown {
  let current: unknown = values;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function describeIssue(path: string, issue: z.core.$ZodIssue, raw: unknown): TextErrorCode {
  if (path === 'schedule.delayDays') {
    return typeof raw === 'string' && raw.trim() === ''
      ? { code: 'days-required' }
      : { code: 'days-range', min: 1, max: MAX_SCHEDULE_DAYS };
  }
  return textProblem(issue, raw);
}

type TemplateCheck = { success: true; data: EmailTemplateInput } | { success: false; problems: FieldProblem[] };

/** The values, converted and checked by the shared schema; one problem per field (the first). */
function checkTemplate(values: TemplateFormValues): TemplateCheck {
  const result = EmailTemplateInput.safeParse(toTemplateInput(values));
  if (result.success) return { success: true, data: result.data };
  const problems = new Map<string, FieldProblem>();
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!problems.has(path)) problems.set(path, { path, error: describeIssue(path, issue, valueAt(values, path)) });
  }
  return { success: false, problems: [...problems.values()] };
}

/** What the form validates with (zodResolver): its output is the EmailTemplateInput to send. */
export const TemplateForm = TemplateFormValues.transform((values, ctx) => {
  const checked = checkTemplate(values);
  if (checked.success) return checked.data;
  for (const { path, error } of checked.problems) {
    ctx.addIssue({ code: 'custom', path: path.split('.'), message: encodeTextError(error) });
  }
  return z.NEVER;
});

/**
 * How the server's 422 issues land on the form (showServerErrors). Its words are English, so
 * each field gets the form's own message where the form's check knows one, else the unknown
 * merge fields named in the server's message, else a general one. An issue on a group of fields
 * (a whole text, both languages) is on no single field.
 */
export function templateServerErrors(values: TemplateFormValues): ServerErrorOptions<TemplateFormValues> {
  const local = checkTemplate(values);
  const localProblems = local.success ? [] : local.problems;
  return {
    field: (path) => {
      const raw = valueAt(values, path);
      return raw === undefined || typeof raw === 'object' ? undefined : path;
    },
    message: (issue, path) =>
      encodeTextError(localProblems.find((problem) => problem.path === path)?.error ?? serverProblem(issue, valueAt(values, path))),
  };
}

/** A server message such as "Unknown merge field: {{voornaam}}" → the fields it names. */
export function serverProblem(issue: ApiFieldIssue, raw: unknown): TextErrorCode {
  if (/merge field/i.test(issue.message)) {
    const named = unknownMergeFields(issue.message);
    const fields = named.length > 0 ? named : typeof raw === 'string' ? unknownMergeFields(raw) : [];
    if (fields.length > 0) return { code: 'unknown-fields', fields };
  }
  return { code: 'invalid' };
}
