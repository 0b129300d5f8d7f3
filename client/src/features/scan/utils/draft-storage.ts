import { z } from 'zod';
import type { DraftAnswers, SavedDraft } from '#shared/schemas/draft.ts';
import { IdempotencyKey, SCAN_STEP_COUNT, ScanStepNumber, StartStamp } from '#shared/schemas/intake.ts';
import {
  CollaborationFormValues,
  ContactFormValues,
  STEPS,
  StoredAboutFormValues,
  TasksFormValues,
  emptyScanFormValues,
  type ScanFormValues,
} from './form-values.ts';

/**
 * The scan in progress, kept in the browser so a reload (or a phone that drops the tab)
 * brings the prospect back to the same step with every answer. The idempotency key is made
 * once per draft: however often "send" is pressed or retried, the server creates one intake.
 * The start stamp and the steps already counted belong to the draft too, so a scan resumed
 * later (or on another device, through a link by e-mail) keeps its start and counts no step twice.
 */

export const DRAFT_STORAGE_KEY = 'delegatiescan:scan-draft';
const DRAFT_VERSION = 1;

export type ScanDraft = {
  /** Index into STEPS. */
  step: number;
  idempotencyKey: string;
  values: ScanFormValues;
  /** Signed by the server when the prospect first answered (start-scan.ts); null until then. */
  startStamp: string | null;
  /** Steps (1–4) already reported as reached (report-step.ts). */
  reportedSteps: number[];
};

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

/** 24 random bytes as base64url: 32 characters of [A-Za-z0-9_-], as the API asks. */
export function createIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  return btoa(String.fromCharCode(...bytes))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '');
}

export function createDraft(): ScanDraft {
  return { step: 0, idempotencyKey: createIdempotencyKey(), values: emptyScanFormValues(), startStamp: null, reportedSteps: [] };
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

/** A stored draft, checked: a step whose answers no longer fit starts empty. */
function parseDraft(stored: unknown): ScanDraft | null {
  const parsed = StoredDraft.safeParse(stored);
  if (!parsed.success) return null;
  const { step, idempotencyKey, values, startStamp, reportedSteps } = parsed.data;
  return { step, idempotencyKey, values, startStamp, reportedSteps };
}

export function loadDraft(): ScanDraft | null {
  return loadDraftState().draft;
}

/**
 * The stored draft, and whether one was there but could not be read at all (another version of
 * the scan, or damaged): then the scan starts clean and says so. A draft whose steps partly fit
 * (e.g. one saved before the BTW question) is read, with what fits.
 */
export function loadDraftState(): { draft: ScanDraft | null; discarded: boolean } {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(DRAFT_STORAGE_KEY);
  } catch {
    return { draft: null, discarded: false };
  }
  if (!raw) return { draft: null, discarded: false };
  try {
    const draft = parseDraft(JSON.parse(raw));
    if (!draft) clearDraft();
    return { draft, discarded: draft === null };
  } catch {
    clearDraft();
    return { draft: null, discarded: true };
  }
}

/** Whether a draft holds anything the prospect did: a later step, or any answer. */
export function hasProgress(draft: ScanDraft): boolean {
  return draft.step > 0 || JSON.stringify(draft.values) !== JSON.stringify(emptyScanFormValues());
}

/** What the server keeps of a draft saved for later ("answers" in POST /api/drafts). */
export function toDraftAnswers(draft: ScanDraft): DraftAnswers {
  return {
    values: draft.values,
    idempotencyKey: draft.idempotencyKey,
    startStamp: draft.startStamp ?? undefined,
    reportedSteps: draft.reportedSteps,
  };
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
