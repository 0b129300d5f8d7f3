import type { AppDeps } from './app-deps.ts';
import { startOutboxWorker } from './features/outbox/outbox.worker.ts';
import { startRetentionJob } from './features/retention/retention.job.ts';
import type { BackgroundJob } from './lib/background-job.ts';

/**
 * The server's background work: the outbox sender and the periodic clean-ups. Each job is safe to
 * run in several processes at once (claims or idempotent deletes), so any process may run them all.
 * Add a job with one line.
 */
export function startBackgroundJobs(deps: AppDeps): BackgroundJob {
  const jobs: BackgroundJob[] = [
    startOutboxWorker(deps),
    startRetentionJob(deps),
  ];
  return {
    async stop() {
      await Promise.all(jobs.map((job) => job.stop()));
    },
  };
}
