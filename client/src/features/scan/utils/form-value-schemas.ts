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
} from '#shared/schemas/intake-choices.ts';

/**
 * The zod schemas of the scan's form values (form-values.ts describes them). Apart from the
 * types, only the step checks (validation.ts) and the check of a stored draft (draft-check.ts)
 * use them, and those load after the first paint: zod is not part of the scan's first load
 * (docs/decisions/0016-scan-first-load-budget.md).
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

export const CustomTaskFormValues = z.object({
  label: text,
  categoryId: z.string().max(60),
  ...taskAnswerFields,
});

export const TasksFormValues = z.object({
  catalogueTasks: z.array(CatalogueTaskFormValues).max(MAX_TASKS),
  customTasks: z.array(CustomTaskFormValues).max(MAX_CUSTOM_TASKS),
});

export const CollaborationFormValues = z.object({
  channels: z.array(z.enum(CHANNELS)),
  updateFrequency: choice(UPDATE_FREQUENCIES),
  concerns: z.array(z.enum(CONCERNS)),
  startPreference: choice(START_PREFERENCES),
});

export const ContactFormValues = z.object({
  name: text,
  email: text,
  company: text,
  phone: text,
  privacyConsent: z.boolean(),
  followUpConsent: z.boolean(),
});
