/**
 * A background job that runs in every server process until stopped (at shutdown). Its own module,
 * so that the jobs (server/features/outbox/outbox.worker.ts, …/retention/retention.job.ts) and
 * server/jobs.ts, which starts them, do not import each other.
 */
export type BackgroundJob = { stop(): Promise<void> };
