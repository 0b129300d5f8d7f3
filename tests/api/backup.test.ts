/**
 * `npm run db:backup` while the app takes submissions, then the README's restore steps: every
 * scan acknowledged before the backup began is in the restored database, and the app serves it.
 * Always on an embedded SQLite file (the backup is for the embedded database).
 */
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest';
import { buildIntakeInput, newIdempotencyKey } from '../factories/intake.ts';
import { builtOrSource, startServerProcess, stopServerProcesses, type ServerProcess } from '../setup/server-process.ts';
import { serverClientOf } from '../setup/test-client.ts';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'delegatiescan-backup-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));
afterEach(stopServerProcesses);

type Ack = { token: string; at: number };

/** Submits scans one after another from `lanes` clients until stopped; records each acknowledgement. */
function steadyLoad(server: ServerProcess, lanes: number) {
  const acks: Ack[] = [];
  let stopped = false;
  const lane = async () => {
    while (!stopped) {
      const response = await serverClientOf(server.port).api.intakes.$post({
        json: buildIntakeInput(),
        header: { 'idempotency-key': newIdempotencyKey() },
      });
      expect(response.status).toBe(201);
      acks.push({ token: (await response.json()).resultToken, at: Date.now() });
    }
  };
  const running = Promise.all(Array.from({ length: lanes }, lane));
  return {
    acks,
    async stop() {
      stopped = true;
      await running;
    },
  };
}

test('a backup under load, restored as the README says, holds every scan acknowledged before it began', { timeout: 120_000 }, async () => {
  const databaseFile = path.join(dir, 'data', 'delegatiescan.db');
  const env = { DATABASE_URL: `file:${databaseFile}`, PUBLIC_URL: 'http://scan.test', SCAN_MIN_FILL_SECONDS: '0', SUBMIT_LIMIT_PER_HOUR: '100000' };
  const server = await startServerProcess(env);
  const load = steadyLoad(server, 4);
  while (load.acks.length < 40) await new Promise((resolve) => setTimeout(resolve, 50));

  const backupFile = path.join(dir, 'backups', 'copy.db');
  const backupStarted = Date.now();
  const { stdout } = await run(process.execPath, [...builtOrSource('db-backup', 'scripts/db-backup.ts'), '--to', backupFile], {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: env.DATABASE_URL },
  });
  // `<=`: an answer read in the same millisecond came before the backup process was spawned.
  const acknowledgedBefore = load.acks.filter((ack) => ack.at <= backupStarted);
  while (load.acks.length < acknowledgedBefore.length + 20) await new Promise((resolve) => setTimeout(resolve, 50));
  await load.stop();
  expect(stdout).toMatch(/^Backed up .* to .*copy\.db: [\d.]+ MB, \d+ intake\(s\), \d+ ms\.$/m);

  // The README's restore: stop the app, put the copy in place of the database (without the old
  // -wal and -shm files beside it), start the app.
  await server.stop();
  await copyFile(backupFile, databaseFile);
  await rm(`${databaseFile}-wal`, { force: true });
  await rm(`${databaseFile}-shm`, { force: true });
  const restored = await startServerProcess(env);

  const statuses = await Promise.all(
    acknowledgedBefore.map(async (ack) => (await fetch(`http://127.0.0.1:${restored.port}/api/results/${ack.token}`)).status),
  );
  expect(acknowledgedBefore.length).toBeGreaterThanOrEqual(40);
  expect(statuses.filter((status) => status !== 200)).toEqual([]);
  const intakesInCopy = Number(/(\d+) intake\(s\)/.exec(stdout)![1]);
  expect(intakesInCopy).toBeGreaterThanOrEqual(acknowledgedBefore.length);
  expect(intakesInCopy).toBeLessThanOrEqual(load.acks.length);
});

test('refuses PostgreSQL with a pointer to pg_dump', async () => {
  const failed = await run(process.execPath, builtOrSource('db-backup', 'scripts/db-backup.ts'), {
    cwd: repoRoot,
    env: { ...process.env, DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/nothing' },
  }).catch((error: { code: number; stderr: string }) => error);
  expect(failed).toMatchObject({ code: 2, stderr: expect.stringContaining('pg_dump') });
});
