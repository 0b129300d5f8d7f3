import { z } from 'zod';
import { IdempotencyKey } from '#shared/schemas/intake.ts';
import {
  AboutFormValues,
  CollaborationFormValues,
  ContactFormValues,
  STEPS,
  TasksFormValues,
  emptyScanFormValues,
  type ScanFormValues,
} from './form-values.ts';

/**
 * The scan in progress, kept in the browser so a reload (or a phone that drops the tab)
 * brings the prospect back to the same step with every answer. The idempotency key is made
 * once per draft: however often "send" is pressed or retried, the server creates one intake.
 */

export const DRAFT_STORAGE_KEY = 'delegatiescan:scan-draft';
const DRAFT_VERSION = 1;

export type ScanDraft = {
  /** Index into STEPS. */
  step: number;
  idempotencyKey: string;
  values: ScanFormValues;
};

const empty = emptyScanFormValues();

/** A step whose saved answers no longer fit starts empty; the other steps are kept. */
const StoredDraft = z.object({
  version: z.literal(DRAFT_VERSION),
  step: z.number().int().min(0).max(STEPS.length - 1),
  idempotencyKey: IdempotencyKey,
  savedAt: z.string(),
  values: z.object({
    about: AboutFormValues.catch(empty.about),
    tasks: TasksFormValues.catch(empty.tasks),
    collaboration: CollaborationFormValues.catch(empty.collaboration),
    contact: ContactFormValues.catch(empty.contact),
  }),
});

/** 24 random bytes as base64url: 32 characters of [A-Za-z0-9_-], as the API asks. */
export function createIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

export function createDraft(): ScanDraft {
  return { step: 0, idempotencyKey: createIdempotencyKey(), values: emptyScanFormValues() };
}

// Storage can be unavailable (private mode, blocked third-party storage in an embed):
// the scan then still works, it just is not remembered.
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function loadDraft(): ScanDraft | null {
  try {
    const raw = storage()?.getItem(DRAFT_STORAGE_KEY);
    if (!raw) return null;
    const parsed = StoredDraft.safeParse(JSON.parse(raw));
    if (!parsed.success) return null;
    const { step, idempotencyKey, values } = parsed.data;
    return { step, idempotencyKey, values };
  } catch {
    return null;
  }
}

export function saveDraft(draft: ScanDraft): void {
  const stored: z.input<typeof StoredDraft> = {
    version: DRAFT_VERSION,
    savedAt: new Date().toISOString(),
    ...draft,
  };
  try {
    storage()?.setItem(DRAFT_STORAGE_KEY, JSON.stringify(stored));
  } catch {
    // Quota exceeded or storage blocked: keep going without autosave.
  }
}

export function clearDraft(): void {
  try {
    storage()?.removeItem(DRAFT_STORAGE_KEY);
  } catch {
    // Nothing to clear.
  }
}
