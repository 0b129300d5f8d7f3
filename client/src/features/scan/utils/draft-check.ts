import { z } from 'zod';
import type { SavedDraft } from '#shared/schemas/draft.ts';
import { IdempotencyKey, SCAN_STEP_COUNT, ScanStepNumber, StartStamp } from '#shared/schemas/intake.ts';
import { createIdempotencyKey } from '../../../lib/idempotency-key.ts';
import { DRAFT_VERSION, type ScanDraft } from './draft-storage.ts';
import { CollaborationFormValues, ContactFormValues, StoredAboutFormValues, TasksFormValues } from './form-value-schemas.ts';
import { STEPS, emptyScanFormValues } from './form-values.ts';

/**
 * The check of a draft read back from the browser or the server (draft-storage.ts keeps and
 * reads it): a stale or tampered draft cannot crash the form. Loaded only when there is a
 * draft to check, so zod is not part of the scan's first load.
 */

const empty = emptyScanFormValues();

/** A step whose saved answers no longer fit starts empty; the other steps are kept. */
const StoredDraft = z.object({
  version: z.literal(DRAFT_VERSION),
  step: z.number().int().min(0).max(STEPS.length - 1),
  idempotencyKey: IdempotencyKey,
  savedAt: z.string(),
  values: z.object({
    about: StoredAboutFormValues.catch(empty.about),
    tasks: TasksFormValues.catch(empty.tasks),
    collaboration: CollaborationFormValues.catch(empty.collaboration),
    contact: ContactFormValues.catch(empty.contact),
  }),
  // Absent in drafts saved before these existed.
  startStamp: StartStamp.nullable().catch(null),
  reportedSteps: z.array(ScanStepNumber).max(SCAN_STEP_COUNT).catch([]),
});
export type StoredDraftInput = z.input<typeof StoredDraft>;

/** A stored draft, checked: a step whose answers no longer fit starts empty. */
export function parseDraft(stored: unknown): ScanDraft | null {
  const parsed = StoredDraft.safeParse(stored);
  if (!parsed.success) return null;
  const { step, idempotencyKey, values, startStamp, reportedSteps } = parsed.data;
  return { step, idempotencyKey, values, startStamp, reportedSteps };
}

/** A draft saved for later, back from the server: checked as a stored draft is. */
export function fromSavedDraft(saved: SavedDraft): ScanDraft | null {
  return parseDraft({
    version: DRAFT_VERSION,
    savedAt: new Date().toISOString(),
    step: saved.step - 1,
    idempotencyKey: saved.answers.idempotencyKey ?? createIdempotencyKey(),
    values: saved.answers.values,
    startStamp: saved.answers.startStamp ?? null,
    reportedSteps: saved.answers.reportedSteps ?? [],
  });
}
