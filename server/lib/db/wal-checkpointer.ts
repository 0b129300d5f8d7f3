/**
 * SQLite's WAL checkpoints, off the event loop (docs/decisions/0030-server-memory.md, "SQLite
 * checkpoints").
 *
 * By default SQLite checkpoints inside the COMMIT that grows the WAL past 1000 pages: it copies
 * the pages back into the database file and fsyncs it, on the writer's connection, which here is
 * the event loop. Under a stream of submits that was a quarter of the CPU, and one checkpoint after
 * a large erasure held every request for ~0.3 s. Here a worker thread with a connection of its own
 * runs PASSIVE checkpoints (they never block a writer or a reader) every few hundred milliseconds,
 * and the request connection only checkpoints itself when the WAL has grown far past that (a
 * safety net should the worker fall behind; most pages are then copied already).
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** The request connection checkpoints itself only past this many WAL pages (~40 MB at 4 kB). */
export const SAFETY_NET_PAGES = 10_000;
const CHECKPOINT_EVERY_MS = 250;

// Plain CommonJS, run with `eval`: the worker needs no file of its own in the build.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
// A connection per checkpoint: between two, this thread holds nothing on the file (a migration
// that waits for every other connection to let go is not held up by it).
const checkpoint = () => {
  let db;
  try {
    db = new Database(workerData.file, { fileMustExist: true });
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy or locked for a moment (a migration, another process's checkpoint): the next tick tries again.
  } finally {
    db?.close();
  }
};
const timer = setInterval(checkpoint, workerData.everyMs);
parentPort.once('message', () => {
  clearInterval(timer);
  checkpoint();
  parentPort.close();
});
parentPort.postMessage('ready');
`;

export type WalCheckpointer = { stop(): Promise<void> };

/** Starts checkpointing `file` from a worker thread; resolves once its connection is open. */
export async function startWalCheckpointer(file: string): Promise<WalCheckpointer> {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, file, everyMs: CHECKPOINT_EVERY_MS } });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
  // Should the worker die, the request connection's own checkpoints (SAFETY_NET_PAGES) remain.
  worker.on('error', () => {});
  // Never keeps the process alive on its own.
  worker.unref();
  return {
    async stop() {
      worker.ref(); // held until it has exited: a closing process waits for its last checkpoint
      worker.postMessage('stop');
      await exited;
    },
  };
}
