import type { z } from 'zod';
import type * as schemas from './form-value-schemas.ts';

/**
 * What the scan's inputs hold while the prospect fills them in: text as typed (hours and euros
 * with a decimal comma, not yet minutes and cents) and '' for a question not answered yet.
 * `to-intake-input.ts` turns these into the shared CreateIntakeInput, which is what is
 * validated (one schema, both sides). The zod schemas of these values (form-value-schemas.ts)
 * check a draft read back from localStorage, so a stale or tampered draft cannot crash the form.
 */

export type AboutFormValues = z.infer<typeof schemas.AboutFormValues>;
export type CatalogueTaskFormValues = z.infer<typeof schemas.CatalogueTaskFormValues>;
export type CustomTaskFormValues = z.infer<typeof schemas.CustomTaskFormValues>;
export type TasksFormValues = z.infer<typeof schemas.TasksFormValues>;
export type CollaborationFormValues = z.infer<typeof schemas.CollaborationFormValues>;
export type ContactFormValues = z.infer<typeof schemas.ContactFormValues>;

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
