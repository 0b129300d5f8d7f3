import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import type { ScanFormValues, StepKey } from './form-values.ts';
import { AboutForm, CollaborationForm, ContactForm, TasksForm, type StepAnswers } from './validation.ts';

/**
 * Each step form's react-hook-form resolver: the step's schema (validation.ts). Loaded by the
 * step forms on their first check and fetched right after the scan's first paint, so zod and
 * the schemas are not part of the first load (docs/decisions/0016-scan-first-load-budget.md).
 */
export const stepResolvers: { [K in StepKey]: Resolver<ScanFormValues[K], unknown, StepAnswers[K]> } = {
  about: zodResolver(AboutForm),
  tasks: zodResolver(TasksForm),
  collaboration: zodResolver(CollaborationForm),
  contact: zodResolver(ContactForm),
};
