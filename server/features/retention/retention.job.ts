import type { AppDeps } from '../../app-deps.ts';
import type { BackgroundJob } from '../../lib/background-job.ts';
import { startJob } from '../../lib/job-runner.ts';
import { runRetention } from './retention.service.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export type RetentionJobOptions = {
  /** The first run, this long after start (default 30 s: the server is up and listening by then). */
  firstRunAfterMs?: number;
  /** Then one run every this long (default 24 h). */
  intervalMs?: number;
};

/**
 * Runs the retention clean-up shortly after start and then once a day, in every server process:
 * its deletes are idempotent, so two processes running it at once erase each intake once. The
 * timers are unref'd (they never keep the process alive); a failed run is logged and the next one
 * tries again. stop() cancels what is scheduled and waits for a run in progress.
 */
export function startRetentionJob(deps: AppDeps, options: RetentionJobOptions = {}): BackgroundJob {
  const { firstRunAfterMs = 30_000, intervalMs = DAY_MS } = options;
  return startJob({
    name: 'retention',
    run: () => runRetention(deps),
    firstRunAfterMs,
    intervalMs,
    unref: true,
    log: deps.log.child({ job: 'retention' }),
    errorMessage: 'Retention run failed; trying again at the next run',
  });
}
