import { z } from 'zod';
import {
  BUSINESS_KINDS,
  CHANNELS,
  CONCERNS,
  DELEGATION_EXPERIENCE,
  FEELINGS,
  MAX_CUSTOM_TASKS,
  MAX_TASKS,
  NEEDS_ME,
  PAIN_POINTS,
  RATE_KINDS,
  SKILLS,
  START_PREFERENCES,
  UPDATE_FREQUENCIES,
  VAT_STATUSES,
} from '#shared/schemas/intake.ts';

/**
 * What the scan's inputs hold while the prospect fills them in: text as typed (hours and euros
 * with a decimal comma, not yet minutes and cents) and '' for a question not answered yet.
 * `to-intake-input.ts` turns these into the shared CreateIntakeInput, which is what is
 * validated (one schema, both sides). The same schema checks a draft read back from
 * localStorage, so a stale or tampered draft cannot crash the form.
 */

/**
 * Not answered yet: '' as the scan starts, or null, which react-hook-form reports for a radio
 * group with nothing checked once it has been tabbed through.
 */
const unanswered = z.union([z.literal(''), z.null()]);
const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.union([z.enum(values), unanswered]);
const text = z.string().max(2000);

export const AboutFormValues = z.object({
  businessKind: choice(BUSINESS_KINDS),
  businessOther: text,
  hoursPerWeek: text,
  rateKind: z.enum(RATE_KINDS),
  /** Euros as typed, e.g. "82,50". */
  hourlyRate: text,
  vatStatus: choice(VAT_STATUSES),
  delegationExperience: choice(DELEGATION_EXPERIENCE),
  mainPain: choice(PAIN_POINTS),
  painNote: text,
});
export type AboutFormValues = z.infer<typeof AboutFormValues>;

/** Step 1 as a draft stores it: asked since December 2026, so an older draft has no BTW answer yet. */
export const StoredAboutFormValues = AboutFormValues.extend({ vatStatus: choice(VAT_STATUSES).default('') });

const taskAnswerFields = {
  /** Hours a month as typed, e.g. "1,5". */
  hours: text,
  feeling: choice(FEELINGS),
  skill: choice(SKILLS),
  /** Drafts from before "partly" existed hold 'yes' or 'no', which still fit. */
  needsMe: choice(NEEDS_ME),
};

export const CatalogueTaskFormValues = z.object({
  taskId: z.string().max(60),
  ...taskAnswerFields,
});
export type CatalogueTaskFormValues = z.infer<typeof CatalogueTaskFormValues>;

export const CustomTaskFormValues = z.object({
  label: text,
  categoryId: z.string().max(60),
  ...taskAnswerFields,
});
export type CustomTaskFormValues = z.infer<typeof CustomTaskFormValues>;

export const TasksFormValues = z.object({
  catalogueTasks: z.array(CatalogueTaskFormValues).max(MAX_TASKS),
  customTasks: z.array(CustomTaskFormValues).max(MAX_CUSTOM_TASKS),
});
export type TasksFormValues = z.infer<typeof TasksFormValues>;

export const CollaborationFormValues = z.object({
  channels: z.array(z.enum(CHANNELS)),
  updateFrequency: choice(UPDATE_FREQUENCIES),
  concerns: z.array(z.enum(CONCERNS)),
  startPreference: choice(START_PREFERENCES),
});
export type CollaborationFormValues = z.infer<typeof CollaborationFormValues>;

export const ContactFormValues = z.object({
  name: text,
  email: text,
  company: text,
  phone: text,
  privacyConsent: z.boolean(),
  followUpConsent: z.boolean(),
});
export type ContactFormValues = z.infer<typeof ContactFormValues>;

export const STEPS = ['about', 'tasks', 'collaboration', 'contact'] as const;
export type StepKey = (typeof STEPS)[number];

export type ScanFormValues = {
  about: AboutFormValues;
  tasks: TasksFormValues;
  collaboration: CollaborationFormValues;
  contact: ContactFormValues;
};

export function emptyTaskAnswers(): Omit<CatalogueTaskFormValues, 'taskId'> {
  return { hours: '', feeling: '', skill: '', needsMe: '' };
}

export function emptyScanFormValues(): ScanFormValues {
  return {
    about: {
      businessKind: '',
      businessOther: '',
      hoursPerWeek: '',
      rateKind: 'current',
      hourlyRate: '',
      vatStatus: '',
      delegationExperience: '',
      mainPain: '',
      painNote: '',
    },
    tasks: { catalogueTasks: [], customTasks: [] },
    collaboration: { channels: [], updateFrequency: '', concerns: [], startPreference: '' },
    contact: {
      name: '',
      email: '',
      company: '',
      phone: '',
      privacyConsent: false,
      followUpConsent: false,
    },
  };
}
