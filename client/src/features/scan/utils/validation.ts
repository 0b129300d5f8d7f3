import { get } from 'react-hook-form';
import { z } from 'zod';
import type { ApiFieldIssue, Locale } from '#shared/schemas/common.ts';
import {
  AboutAnswers,
  CollaborationAnswers,
  ContactAnswers,
  CreateIntakeInput,
  CustomTaskAnswer,
  MAX_TOTAL_TASK_MINUTES_PER_MONTH,
  TaskAnswers,
  TOTAL_HOURS_PATH,
} from '#shared/schemas/intake.ts';
import { AboutFormValues, CollaborationFormValues, ContactFormValues, TasksFormValues } from './form-value-schemas.ts';
import { STEPS, type ScanFormValues, type StepKey } from './form-values.ts';
import { parseDecimal } from '../../../lib/parse-decimal.ts';
import { toCreateIntakeInput, toStepInput } from './to-intake-input.ts';
import { encodeFieldError, type FieldErrorCode, type FieldProblem } from './field-error.ts';

export { decodeFieldError, encodeFieldError } from './field-error.ts';

/**
 * Validation of the scan is the shared schema's (CreateIntakeInput and its parts), run on the
 * converted form values. This file turns the schema's issues into problems per form field:
 * a form path ("catalogueTasks.2.hours", the same dotted names react-hook-form uses) and a code
 * the UI translates at render time, so a language switch also switches the messages already
 * on screen.
 */

export type { FieldErrorCode, FieldProblem } from './field-error.ts';
export type StepProblems = Partial<Record<StepKey, FieldProblem[]>>;

/** The error for "pick at least one task" is about the whole list, not one input. */
export const PICKER_ERROR_PATH = 'root.picker';
/** "All tasks together take more than one person can work" is about the list too. */
export const TOTAL_ERROR_PATH = 'root.total';

/** A step's answers in the shape the API takes (cents, minutes), once the shared schema accepts them. */
export type StepAnswers = {
  about: AboutAnswers;
  tasks: TaskAnswers;
  collaboration: CollaborationAnswers;
  contact: ContactAnswers;
};

const stepSchemas: { [K in StepKey]: z.ZodType<StepAnswers[K]> } = {
  about: AboutAnswers,
  tasks: TaskAnswers,
  collaboration: CollaborationAnswers,
  contact: ContactAnswers,
};

/** Form fields whose name differs from the API field they feed. */
const FORM_FIELD_FOR: Record<string, string> = {
  hourlyRateCents: 'hourlyRate',
  minutesPerMonth: 'hours',
};

const CHOICE_FIELDS = new Set([
  'businessKind', 'rateKind', 'vatStatus', 'delegationExperience', 'mainPain', 'feeling', 'skill', 'needsMe',
  'updateFrequency', 'startPreference', 'categoryId',
]);

// Bounds come from the shared schema itself, so the message always matches the rule.
const hoursPerWeek = AboutAnswers.shape.hoursPerWeek;
const hourlyRate = AboutAnswers.shape.hourlyRateCents;
const minutesPerMonth = CustomTaskAnswer.shape.minutesPerMonth;

/** API path within a step (["customTasks", 0, "minutesPerMonth"]) → form path. */
export function toFormPath(step: StepKey, path: readonly PropertyKey[]): string {
  if (step === 'tasks' && path.length === 1 && path[0] === 'catalogueTasks') return PICKER_ERROR_PATH;
  if (step === 'tasks' && path.length === 1 && path[0] === TOTAL_HOURS_PATH) return TOTAL_ERROR_PATH;
  if (path.length === 0) return 'root.step';
  const segments = path.map(String);
  const last = segments.length - 1;
  segments[last] = FORM_FIELD_FOR[segments[last] ?? ''] ?? segments[last] ?? '';
  return segments.join('.');
}

const isBlank = (value: unknown) => value === undefined || (typeof value === 'string' && value.trim() === '');

function numberProblem(raw: unknown, kind: 'whole' | 'hours' | 'euros'): FieldErrorCode | null {
  if (isBlank(raw)) return { code: 'required' };
  if (typeof raw === 'string' && parseDecimal(raw) === null) return { code: 'number', kind };
  return null;
}

/** One schema issue on one form field → what to tell the prospect. */
export function describeIssue(formPath: string, issue: z.core.$ZodIssue, raw: unknown): FieldErrorCode {
  if (formPath === PICKER_ERROR_PATH) return { code: 'pick-task' };
  if (formPath === TOTAL_ERROR_PATH) return { code: 'total-hours', maxMinutes: MAX_TOTAL_TASK_MINUTES_PER_MONTH };
  const field = formPath.slice(formPath.lastIndexOf('.') + 1);
  switch (field) {
    case 'hoursPerWeek':
      return numberProblem(raw, 'whole') ?? { code: 'whole-range', min: hoursPerWeek.minValue ?? 0, max: hoursPerWeek.maxValue ?? 0 };
    case 'hourlyRate':
      return numberProblem(raw, 'euros') ?? { code: 'rate-range', minCents: hourlyRate.minValue ?? 0, maxCents: hourlyRate.maxValue ?? 0 };
    case 'hours':
      return (
        numberProblem(raw, 'hours') ?? {
          code: 'hours-range',
          minMinutes: minutesPerMonth.minValue ?? 0,
          maxMinutes: minutesPerMonth.maxValue ?? 0,
        }
      );
    case 'email':
      return isBlank(raw) ? { code: 'required' } : issue.code === 'too_big' ? { code: 'too-long', max: Number(issue.maximum) } : { code: 'email' };
    case 'phone':
      return issue.code === 'too_big' ? { code: 'too-long', max: Number(issue.maximum) } : { code: 'phone' };
    case 'privacyConsent':
      return { code: 'privacy' };
    case 'channels':
      return { code: 'channels' };
  }
  if (CHOICE_FIELDS.has(field)) return { code: 'choose' };
  if (issue.code === 'too_big' && issue.origin === 'string') return { code: 'too-long', max: Number(issue.maximum) };
  if (isBlank(raw)) return { code: 'required' };
  if (issue.code === 'too_small' && issue.origin === 'string') return { code: 'too-short', min: Number(issue.minimum) };
  return { code: 'invalid' };
}

/** Issues → one problem per form field (the first issue wins), in the order the schema found them. */
function toProblems(step: StepKey, values: unknown, issues: readonly z.core.$ZodIssue[]): FieldProblem[] {
  const problems = new Map<string, FieldProblem>();
  for (const issue of issues) {
    const path = toFormPath(step, issue.path);
    if (!problems.has(path)) problems.set(path, { path, error: describeIssue(path, issue, get(values, path)) });
  }
  return [...problems.values()];
}

type StepCheck<K extends StepKey> =
  | { success: true; data: StepAnswers[K] }
  | { success: false; problems: FieldProblem[] };

/** One step's form values, converted and checked by the step's shared schema. */
function checkStep<K extends StepKey>(step: K, values: ScanFormValues[K]): StepCheck<K> {
  const input = (toStepInput[step] as (v: ScanFormValues[K]) => unknown)(values);
  const result = stepSchemas[step].safeParse(input);
  return result.success
    ? { success: true, data: result.data }
    : { success: false, problems: toProblems(step, values, result.error.issues) };
}

export function validateStep<K extends StepKey>(step: K, values: ScanFormValues[K]): FieldProblem[] {
  const checked = checkStep(step, values);
  return checked.success ? [] : checked.problems;
}

/**
 * The schema a step's form validates with (zodResolver): the form values as typed, turned
 * into the step's part of CreateIntakeInput and checked by the shared schema, whose answers
 * are the output. Each problem comes out on the form field it belongs to.
 */
function stepFormSchema<K extends StepKey>(step: K, formValues: z.ZodType<ScanFormValues[K], ScanFormValues[K]>) {
  return formValues.transform((values, ctx) => {
    const checked = checkStep(step, values);
    if (checked.success) return checked.data;
    for (const { path, error } of checked.problems) {
      ctx.addIssue({ code: 'custom', path: path.split('.'), message: encodeFieldError(error) });
    }
    return z.NEVER;
  });
}

export const AboutForm = stepFormSchema('about', AboutFormValues);
export const TasksForm = stepFormSchema('tasks', TasksFormValues);
export const CollaborationForm = stepFormSchema('collaboration', CollaborationFormValues);
export const ContactForm = stepFormSchema('contact', ContactFormValues);

export type FullValidation =
  | { success: true; data: CreateIntakeInput }
  | { success: false; problems: StepProblems };

/** The whole scan, as the server will see it; problems grouped per step. */
export function validateScan(values: ScanFormValues, locale: Locale): FullValidation {
  const result = CreateIntakeInput.safeParse(toCreateIntakeInput(values, locale));
  if (result.success) return { success: true, data: result.data };
  const problems: StepProblems = {};
  for (const step of STEPS) {
    const issues = result.error.issues
      .filter((issue) => issue.path[0] === step)
      .map((issue) => ({ ...issue, path: issue.path.slice(1) }));
    if (issues.length > 0) problems[step] = toProblems(step, values[step], issues);
  }
  return { success: false, problems };
}

/**
 * The server's 422 issues ("contact.email") → problems per step. The server's own words are
 * English and technical, so each becomes a translated message by field where we know one.
 */
export function problemsFromServer(issues: readonly ApiFieldIssue[], values: ScanFormValues): StepProblems {
  const problems: StepProblems = {};
  // Our own check of each step the server named, run once per step rather than once per issue.
  const localProblems: StepProblems = {};
  for (const issue of issues) {
    const [step, ...rest] = issue.path.split('.');
    if (!isStepKey(step)) continue;
    const path = toFormPath(step, rest);
    const list = (problems[step] ??= []);
    if (list.some((p) => p.path === path)) continue;
    const local = (localProblems[step] ??= validateStep(step, values[step])).find((p) => p.path === path);
    list.push(local ?? { path, error: { code: 'invalid' } });
  }
  return problems;
}

export function firstStepWithProblems(problems: StepProblems): StepKey | undefined {
  return STEPS.find((step) => (problems[step]?.length ?? 0) > 0);
}

function isStepKey(value: string | undefined): value is StepKey {
  return (STEPS as readonly string[]).includes(value ?? '');
}
