import { useCallback, useEffect, useRef } from 'react';
import { reportStep } from '../api/report-step.ts';
import { startScan } from '../api/start-scan.ts';
import type { ScanDraft } from '../utils/draft-storage.ts';

type DraftControls = {
  draft: ScanDraft;
  getLatest: () => ScanDraft;
  setStartStamp: (startStamp: string | null) => void;
  markStepReported: (step: number) => void;
};

/**
 * The scan's anonymous counting. A draft starts with the prospect's first answer (merely opening
 * the page, or the page around an embed, is no start): the server counts the start and signs its
 * moment. From then on each step is reported once per draft when it is reached. Counting is best
 * effort: a failed report is not retried, and a failed start is tried again on the next answer.
 */
export function useScanCounting({ draft, getLatest, setStartStamp, markStepReported }: DraftControls) {
  const starting = useRef(false);

  /** Call on every answer: starts the draft the first time. */
  const begin = useCallback(() => {
    if (getLatest().startStamp !== null || starting.current) return;
    starting.current = true;
    startScan()
      .then((stamp) => setStartStamp(stamp))
      .catch(() => {
        // Offline or refused: the next answer tries again, and a send without a stamp says so.
      })
      .finally(() => {
        starting.current = false;
      });
  }, [getLatest, setStartStamp]);

  const started = draft.startStamp !== null;
  const step = draft.step + 1;
  const reported = draft.reportedSteps.includes(step);
  useEffect(() => {
    if (!started || reported) return;
    markStepReported(step);
    reportStep(step).catch(() => {
      // A lost count is better than one counted twice.
    });
  }, [started, reported, step, markStepReported]);

  return { begin };
}
