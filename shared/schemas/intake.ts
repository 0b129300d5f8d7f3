import { z } from 'zod';
import { Locale } from './common.ts';
import {
  BUSINESS_KINDS,
  CHANNELS,
  CONCERNS,
  DELEGATION_EXPERIENCE,
  FEELINGS,
  HONEYPOT_FIELD,
  MAX_CUSTOM_TASKS,
  MAX_TASK_MINUTES_PER_MONTH,
  MAX_TASKS,
  MAX_TOTAL_TASK_MINUTES_PER_MONTH,
  NEEDS_ME,
  PAIN_POINTS,
  RATE_KINDS,
  SCAN_STEP_COUNT,
  SKILLS,
  START_PREFERENCES,
  TOTAL_HOURS_PATH,
  UPDATE_FREQUENCIES,
  VAT_STATUSES,
} from './intake-choices.ts';

/**
 * The prospect's answers, step by step. One schema serves the form (zodResolver) and the
 * API (zValidator): every object is strict, so an unknown field is an error, not ignored.
 * Time is entered in minutes per month, money in cents.
 */

export * from './intake-choices.ts';

export const AboutAnswers = z.strictObject({
  businessKind: z.enum(BUSINESS_KINDS),
  businessOther: z.string().trim().max(80).optional(),
  hoursPerWeek: z.number().int().min(1).max(100),
  rateKind: z.enum(RATE_KINDS),
  /** Hourly rate excl. BTW, between €10 and €1,000. */
  hourlyRateCents: z.number().int().min(10_00).max(1_000_00),
  vatStatus: z.enum(VAT_STATUSES),
  delegationExperience: z.enum(DELEGATION_EXPERIENCE),
  mainPain: z.enum(PAIN_POINTS),
  painNote: z.string().trim().max(500).optional(),
});
export type AboutAnswers = z.infer<typeof AboutAnswers>;

const taskAnswerFields = {
  minutesPerMonth: z.number().int().min(15).max(MAX_TASK_MINUTES_PER_MONTH),
  feeling: z.enum(FEELINGS),
  skill: z.enum(SKILLS),
  needsMe: z.enum(NEEDS_ME),
};

export const CatalogueTaskAnswer = z.strictObject({
  taskId: z.string().regex(/^[a-z0-9-]{2,60}$/),
  ...taskAnswerFields,
});
export type CatalogueTaskAnswer = z.infer<typeof CatalogueTaskAnswer>;

export const CustomTaskAnswer = z.strictObject({
  label: z.string().trim().min(2).max(80),
  categoryId: z.string().regex(/^[a-z0-9-]{2,60}$/),
  ...taskAnswerFields,
});
export type CustomTaskAnswer = z.infer<typeof CustomTaskAnswer>;

/** The hours of all picked tasks together, in minutes a month. */
export function totalTaskMinutes(tasks: {
  catalogueTasks: readonly { minutesPerMonth: number }[];
  customTasks: readonly { minutesPerMonth: number }[];
}): number {
  return [...tasks.catalogueTasks, ...tasks.customTasks].reduce((sum, task) => sum + task.minutesPerMonth, 0);
}

export const TaskAnswers = z
  .strictObject({
    catalogueTasks: z.array(CatalogueTaskAnswer).max(MAX_TASKS),
    customTasks: z.array(CustomTaskAnswer).max(MAX_CUSTOM_TASKS),
  })
  .refine((t) => t.catalogueTasks.length + t.customTasks.length > 0, {
    message: 'Pick at least one task',
    path: ['catalogueTasks'],
  })
  .refine((t) => new Set(t.catalogueTasks.map((a) => a.taskId)).size === t.catalogueTasks.length, {
    message: 'A task can be picked only once',
    path: ['catalogueTasks'],
  })
  .refine((t) => totalTaskMinutes(t) <= MAX_TOTAL_TASK_MINUTES_PER_MONTH, {
    message: `All tasks together take more than ${MAX_TOTAL_TASK_MINUTES_PER_MONTH / 60} hours a month, more than one person can work: are these hours per week?`,
    path: [TOTAL_HOURS_PATH],
  });
export type TaskAnswers = z.infer<typeof TaskAnswers>;

export const CollaborationAnswers = z.strictObject({
  channels: z.array(z.enum(CHANNELS)).min(1).max(CHANNELS.length),
  updateFrequency: z.enum(UPDATE_FREQUENCIES),
  concerns: z.array(z.enum(CONCERNS)).max(CONCERNS.length),
  startPreference: z.enum(START_PREFERENCES),
});
export type CollaborationAnswers = z.infer<typeof CollaborationAnswers>;

export const ContactAnswers = z.strictObject({
  name: z.string().trim().min(1).max(100),
  email: z.email().max(254),
  company: z.string().trim().max(120).optional(),
  phone: z
    .string()
    .trim()
    .max(30)
    .regex(/^[+0-9 ()-]*$/)
    .optional(),
  privacyConsent: z.literal(true),
  followUpConsent: z.boolean(),
});
export type ContactAnswers = z.infer<typeof ContactAnswers>;

export const CreateIntakeInput = z.strictObject({
  locale: Locale,
  about: AboutAnswers,
  tasks: TaskAnswers,
  collaboration: CollaborationAnswers,
  contact: ContactAnswers,
});
export type CreateIntakeInput = z.infer<typeof CreateIntakeInput>;

/** The largest request body the submit endpoint reads. */
export const MAX_INTAKE_BODY_BYTES = 64 * 1024;

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
export const IdempotencyKey = z.string().regex(/^[A-Za-z0-9_-]{16,128}$/);

export const CreateIntakeResponse = z.object({
  intakeId: z.string(),
  resultToken: z.string(),
  resultPath: z.string(),
});
export type CreateIntakeResponse = z.infer<typeof CreateIntakeResponse>;

/**
 * Spam defences that travel with a submission but are not answers (never stored with them).
 * `startStamp`: the signed moment the scan started (POST /api/scan/start); a submission sooner
 * than the minimum fill time after it is refused. Lenient here, so that a forged or garbled
 * stamp reaches the server's guard (a log line and a counter), not only a 422.
 * `website`: a honeypot, a field people never see, that form-filling robots fill.
 */
export const StartStamp = z.string().max(200);
export const SubmitIntakeInput = CreateIntakeInput.extend({
  startStamp: StartStamp.optional(),
  [HONEYPOT_FIELD]: z.string().max(5000).optional(),
});
export type SubmitIntakeInput = z.infer<typeof SubmitIntakeInput>;

export const StartScanResponse = z.object({ startStamp: z.string() });
export type StartScanResponse = z.infer<typeof StartScanResponse>;

export const ScanStepNumber = z.number().int().min(1).max(SCAN_STEP_COUNT);

/** POST /api/scan/progress: a step was reached (counted per day, anonymously). */
export const ScanProgressInput = z.strictObject({ step: ScanStepNumber });
export type ScanProgressInput = z.infer<typeof ScanProgressInput>;
