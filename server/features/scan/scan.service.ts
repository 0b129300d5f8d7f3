import type { AppDeps } from '../../app-deps.ts';
import { countToday } from '../../lib/daily-count.ts';
import { issueStartStamp } from './scan.start-stamp.ts';

/**
 * Insight without tracking: a scan that starts and a step that is reached each add one to an
 * anonymous daily counter (no visitor id, no cookie, no address stored).
 */

/** A new scan: counted, and given its signed start stamp. */
export async function startScan(deps: AppDeps): Promise<{ startStamp: string }> {
  const startStamp = await issueStartStamp(deps);
  await countToday(deps.db, 'scan.started');
  return { startStamp };
}

/** A step (1–4) was reached; the browser reports each step once per draft. */
export async function recordStepReached(deps: AppDeps, step: number): Promise<void> {
  await countToday(deps.db, `scan.step.${step}`);
}
