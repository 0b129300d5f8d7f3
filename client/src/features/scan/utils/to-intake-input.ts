import type { Locale } from '#shared/schemas/common.ts';
import type {
  AboutFormValues,
  CollaborationFormValues,
  ContactFormValues,
  ScanFormValues,
  StepKey,
  TasksFormValues,
} from './form-values.ts';
import { eurosToCents, hoursToMinutes, toNumber } from './parse-number.ts';

/**
 * Form values → the shape of the shared CreateIntakeInput: euros become cents, hours become
 * minutes, '' becomes "not answered". The result is not trusted yet: it is what the shared
 * schemas validate (step by step while filling in, all at once before sending).
 */

const optionalText = (value: string): string | undefined => (value.trim() === '' ? undefined : value);
const answered = <T extends string>(value: T | '' | null): T | undefined => value || undefined;

export function toAboutInput(values: AboutFormValues) {
  return {
    businessKind: answered(values.businessKind),
    businessOther: values.businessKind === 'other' ? optionalText(values.businessOther) : undefined,
    hoursPerWeek: toNumber(values.hoursPerWeek),
    rateKind: values.rateKind,
    hourlyRateCents: eurosToCents(values.hourlyRate),
    vatStatus: answered(values.vatStatus),
    delegationExperience: answered(values.delegationExperience),
    mainPain: answered(values.mainPain),
    painNote: optionalText(values.painNote),
  };
}

export function toTasksInput(values: TasksFormValues) {
  return {
    catalogueTasks: values.catalogueTasks.map((task) => ({
      taskId: task.taskId,
      minutesPerMonth: hoursToMinutes(task.hours),
      feeling: answered(task.feeling),
      skill: answered(task.skill),
      needsMe: answered(task.needsMe),
    })),
    customTasks: values.customTasks.map((task) => ({
      label: task.label,
      categoryId: task.categoryId,
      minutesPerMonth: hoursToMinutes(task.hours),
      feeling: answered(task.feeling),
      skill: answered(task.skill),
      needsMe: answered(task.needsMe),
    })),
  };
}

export function toCollaborationInput(values: CollaborationFormValues) {
  return {
    channels: values.channels,
    updateFrequency: answered(values.updateFrequency),
    concerns: values.concerns,
    startPreference: answered(values.startPreference),
  };
}

export function toContactInput(values: ContactFormValues) {
  return {
    name: values.name,
    email: values.email.trim(),
    company: optionalText(values.company),
    phone: optionalText(values.phone),
    privacyConsent: values.privacyConsent,
    followUpConsent: values.followUpConsent,
  };
}

export const toStepInput = {
  about: toAboutInput,
  tasks: toTasksInput,
  collaboration: toCollaborationInput,
  contact: toContactInput,
} satisfies { [K in StepKey]: (values: ScanFormValues[K]) => unknown };

export function toCreateIntakeInput(values: ScanFormValues, locale: Locale) {
  return {
    locale,
    about: toAboutInput(values.about),
    tasks: toTasksInput(values.tasks),
    collaboration: toCollaborationInput(values.collaboration),
    contact: toContactInput(values.contact),
  };
}
