import type { DatabaseProvider } from './db.ts';

/**
 * How long one batch of a long job (retention, CSV export) may hold the event loop. On SQLite a
 * statement runs on the event loop (better-sqlite3 is synchronous): nothing else is served while
 * it runs, so this bounds what a request waits for the job (issue 11: `/api/health` p99 under
 * 50 ms while a backlog is erased or exported; docs/decisions/0029).
 */
export const BATCH_BUDGET_MS = 10;

export type BatchSizer = {
  /** How many rows the next batch takes. */
  readonly size: number;
  /** Tell it how long the batch's synchronous work took (the statement, the formatting). */
  took(ms: number): void;
};

/**
 * The size of the next batch, fitted to BATCH_BUDGET_MS by how long the last one took: halves
 * when a batch ran over (not below `min`), grows by a quarter when it took less than half (not
 * above `max`). A fixed size is either slow on an idle machine or a stall on a busy one: on this
 * machine under load a DELETE of 50 intakes took 87 ms (median) to 200 ms, one of 10 took 19 to 85 ms.
 *
 * On PostgreSQL the statement runs in the server while the event loop serves requests, and its
 * wall time (a round trip, a busy server) says nothing about the loop: the size stays at `max`.
 */
export function batchSizer(provider: DatabaseProvider, { start, min = 1, max }: { start: number; min?: number; max: number }): BatchSizer {
  let size = provider === 'sqlite' ? Math.min(Math.max(start, min), max) : max;
  return {
    get size() {
      return size;
    },
    took(ms: number) {
      if (provider !== 'sqlite') return;
      if (ms > BATCH_BUDGET_MS) size = Math.max(min, Math.floor(size / 2));
      else if (ms < BATCH_BUDGET_MS / 2) size = Math.min(max, size + Math.ceil(size / 4));
    },
  };
}
