import type { DraftAnswers } from '#shared/schemas/draft.ts';
import { createIdempotencyKey } from '../../../lib/idempotency-key.ts';
import type * as DraftCheck from './draft-check.ts';
import { emptyScanFormValues, type ScanFormValues } from './form-values.ts';

/**
 * The scan in progress, kept in the browser so a reload (or a phone that drops the tab)
 * brings the prospect back to the same step with every answer. The idempotency key is made
 * once per draft: however often "send" is pressed or retried, the server creates one intake.
 * The start stamp and the steps already counted belong to the draft too, so a scan resumed
 * later (or on another device, through a link by e-mail) keeps its start and counts no step twice.
 */

// client/public/first-paint.js reads this key too (no prerendered step 1 for a stored draft).
export const DRAFT_STORAGE_KEY = 'delegatiescan:scan-draft';
export const DRAFT_VERSION = 1;

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

/**
 * The check of a stored draft (draft-check.ts: zod and the form schemas) loads only when there is
 * a stored draft to check, so a first visit's first paint does not wait for zod. useScanDraft
 * waits for it (React's `use`) when it finds a stored draft.
 */
let draftCheck: typeof DraftCheck | undefined;
let draftCheckLoading: Promise<typeof DraftCheck> | undefined;

export function loadDraftCheck(): Promise<typeof DraftCheck> {
  draftCheckLoading ??= import('./draft-check.ts').then((module) => (draftCheck = module));
  return draftCheckLoading;
}

/** Whether loadDraftState needs the draft check loaded first (a stored draft, no check yet). */
export function draftCheckNeeded(): boolean {
  return draftCheck === undefined && storedDraftText() !== null;
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

export function loadDraft(): ScanDraft | null {
  return loadDraftState().draft;
}

/**
 * The stored draft, and whether one was there but could not be read at all (another version of
 * the scan, or damaged): then the scan starts clean and says so. A draft whose steps partly fit
 * (e.g. one saved before the BTW question) is read, with what fits.
 */
export function loadDraftState(): { draft: ScanDraft | null; discarded: boolean } {
  const raw = storedDraftText();
  if (!raw) return { draft: null, discarded: false };
  if (!draftCheck) throw new Error('loadDraftState: the draft check is not loaded (loadDraftCheck)');
  try {
    const draft = draftCheck.parseDraft(JSON.parse(raw));
    if (!draft) clearDraft();
    return { draft, discarded: draft === null };
  } catch {
    clearDraft();
    return { draft: null, discarded: true };
  }
}

/** The stored draft as text; null when there is none or storage is blocked. */
function storedDraftText(): string | null {
  try {
    return storage()?.getItem(DRAFT_STORAGE_KEY) ?? null;
  } catch {
    return null;
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

export function saveDraft(draft: ScanDraft): void {
  const stored: DraftCheck.StoredDraftInput = {
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
