import { useCallback, useEffect, useEffectEvent } from 'react';

/**
 * Each step of the scan is its own browser history entry, so the browser's back button and
 * Android's back gesture move between steps instead of leaving the scan. The entry's state holds
 * the step and how many steps the scan pushed before it (`scanDepth`): Back in the scan goes
 * back in history while there is a step of ours to return to, and otherwise (a scan reopened at
 * step 3) just shows the previous step in place.
 */
type StepEntry = { scanStep: number; scanDepth: number };

function currentEntry(): StepEntry | null {
  const state: unknown = window.history.state;
  if (state === null || typeof state !== 'object') return null;
  const { scanStep, scanDepth } = state as Partial<StepEntry>;
  return typeof scanStep === 'number' && typeof scanDepth === 'number' ? { scanStep, scanDepth } : null;
}

function writeEntry(entry: StepEntry, push: boolean): void {
  // Keep whatever else the router keeps in the entry's state.
  const base: unknown = window.history.state;
  const state = { ...(base !== null && typeof base === 'object' ? base : {}), ...entry };
  if (push) window.history.pushState(state, '');
  else window.history.replaceState(state, '');
}

export function useStepHistory(step: number, showStep: (step: number) => void) {
  // The entry the scan opened on is this step's (a reload keeps its depth).
  const claimEntry = useEffectEvent(() => {
    const entry = currentEntry();
    if (entry?.scanStep !== step) writeEntry({ scanStep: step, scanDepth: entry?.scanDepth ?? 0 }, false);
  });
  useEffect(() => claimEntry(), []);

  const onPopState = useEffectEvent(() => {
    const entry = currentEntry();
    if (entry && entry.scanStep !== step) showStep(entry.scanStep);
  });
  useEffect(() => {
    const listener = () => onPopState();
    window.addEventListener('popstate', listener);
    return () => window.removeEventListener('popstate', listener);
  }, []);

  /** Next: a new entry for the next step. */
  const forward = useCallback((next: number) => {
    writeEntry({ scanStep: next, scanDepth: (currentEntry()?.scanDepth ?? 0) + 1 }, true);
    showStep(next);
  }, [showStep]);

  /** Back in the scan: the browser's back when the previous entry is our step, else in place. */
  const back = useCallback((previous: number) => {
    const entry = currentEntry();
    if (entry && entry.scanDepth > 0) {
      window.history.back();
      return;
    }
    writeEntry({ scanStep: previous, scanDepth: 0 }, false);
    showStep(previous);
  }, [showStep]);

  /** A jump the scan makes itself (to a step with problems): this entry shows that step. */
  const jump = useCallback((to: number) => {
    writeEntry({ scanStep: to, scanDepth: currentEntry()?.scanDepth ?? 0 }, false);
    showStep(to);
  }, [showStep]);

  return { forward, back, jump };
}
