import { use, useCallback, useEffect, useRef, useState } from 'react';
import { createIdempotencyKey } from '../../../lib/idempotency-key.ts';
import type { ScanFormValues, StepKey } from '../utils/form-values.ts';
import {
  clearDraft,
  createDraft,
  draftCheckNeeded,
  hasProgress,
  loadDraftCheck,
  loadDraftState,
  saveDraft,
  type ScanDraft,
} from '../utils/draft-storage.ts';

const SAVE_DELAY_MS = 400;

/**
 * The draft as React state plus autosave. Typing updates only a ref and schedules a save (the
 * steps keep their own live form state, so the page does not re-render per keystroke); a step
 * change updates the state and saves at once. Pending saves are flushed when the page is
 * hidden or the scan unmounts.
 *
 * A stored draft is checked before the scan shows it, by a check that loads only then
 * (draft-check.ts): a returning visitor's scan waits for it (suspends), a first visit does not.
 */
export function useScanDraft() {
  // Decided when the scan opens, not on every render: once this visit's own autosave has stored
  // a draft, a later render (the start stamp arriving) must not suspend the page for the check,
  // which hid the scan for a moment and took the focus out of the field being typed in.
  const [checkNeeded] = useState(draftCheckNeeded);
  if (checkNeeded) use(loadDraftCheck());
  // Read once: whether this visit picks up where an earlier one stopped ("welcome back"), or found
  // a draft it could not read (the scan starts clean and says so).
  const [opened] = useState(() => {
    const { draft: stored, discarded } = loadDraftState();
    return { draft: stored ?? createDraft(), resumed: stored !== null && hasProgress(stored), discarded };
  });
  const [draft, setDraft] = useState<ScanDraft>(opened.draft);
  const latest = useRef(draft);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (!dirty.current) return;
    dirty.current = false;
    saveDraft(latest.current);
  }, []);

  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      flush();
    };
  }, [flush]);

  /** Autosave the answers of one step (debounced). */
  const saveStepValues = useCallback(
    <K extends StepKey>(step: K, values: ScanFormValues[K]) => {
      latest.current = { ...latest.current, values: { ...latest.current.values, [step]: values } };
      dirty.current = true;
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, SAVE_DELAY_MS);
    },
    [flush],
  );

  /** Change the draft and save it at once. */
  const update = useCallback(
    (change: (draft: ScanDraft) => ScanDraft) => {
      latest.current = change(latest.current);
      dirty.current = true;
      setDraft(latest.current);
      flush();
    },
    [flush],
  );

  /** Move to another step; the answers typed so far are part of the draft already. */
  const goToStep = useCallback((step: number) => update((current) => ({ ...current, step })), [update]);

  /** After a 409 (the same key was used for other answers), the next send is a new submission. */
  const renewIdempotencyKey = useCallback(
    () => update((current) => ({ ...current, idempotencyKey: createIdempotencyKey() })),
    [update],
  );

  /** The server's stamp for this draft's start; null forgets a stamp the server refused. */
  const setStartStamp = useCallback(
    (startStamp: string | null) => update((current) => ({ ...current, startStamp })),
    [update],
  );

  /** Step (1–4) counted as reached: never again for this draft. */
  const markStepReported = useCallback(
    (step: number) =>
      update((current) =>
        current.reportedSteps.includes(step) ? current : { ...current, reportedSteps: [...current.reportedSteps, step] },
      ),
    [update],
  );

  /** After a successful send: forget the draft (the page navigates away to the result). */
  const discard = useCallback(() => {
    clearTimeout(timer.current);
    dirty.current = false;
    latest.current = createDraft();
    clearDraft();
  }, []);

  const getLatest = useCallback(() => latest.current, []);

  /** "Rather start again": forget the draft and show the first step, empty. */
  const startOver = useCallback(() => {
    discard();
    setDraft(latest.current);
  }, [discard]);

  return {
    draft,
    getLatest,
    saveStepValues,
    goToStep,
    renewIdempotencyKey,
    setStartStamp,
    markStepReported,
    discard,
    startOver,
    resumed: opened.resumed,
    discarded: opened.discarded,
  };
}
