/**
 * `npm run db:backup [-- --to <file>]`: a consistent copy of the embedded SQLite database while
 * the app keeps running, made with SQLite's online backup API (better-sqlite3's db.backup()).
 * The copy is checked (PRAGMA integrity_check) and only then moved to its name, so a file under
 * that name is always a whole, usable backup. PostgreSQL: use pg_dump (see the README).
 */
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { resolveDatabaseTarget } from '../prisma/paths.ts';
import { readDatabaseUrl } from '../server/env.ts';
import { runScript } from './db/run.ts';

const USAGE = `Usage: npm run db:backup [-- --to <file>]
  --to  where to write the copy (default: backups/delegatiescan-<UTC time>.db next to the database)`;

/** Copies `source` (a live SQLite file) to `destination`; returns the copy's size and intake count. */
export async function backupSqlite(source: string, destination: string): Promise<{ bytes: number; intakes: number }> {
  if (!existsSync(source)) throw new Error(`There is no database at ${source}.`);
  await mkdir(path.dirname(destination), { recursive: true });
  const partial = `${destination}.partial`;
  await rm(partial, { force: true });
  const live = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    // All pages in one step, under one read transaction: a write by the app in between cannot
    // make the copy restart (it would, copied page by page), and the copy is one moment's state.
    await live.backup(partial, { progress: ({ totalPages }) => Math.max(totalPages, 1) });
  } finally {
    live.close();
  }
  const copy = new Database(partial, { fileMustExist: true });
  let intakes: number;
  try {
    const check = copy.pragma('integrity_check', { simple: true });
    if (check !== 'ok') throw new Error(`The copy failed its integrity check: ${String(check)}`);
    copy.pragma('journal_mode = DELETE'); // one self-contained file, no -wal beside it
    intakes = (copy.prepare('SELECT count(*) AS n FROM "Intake"').get() as { n: number }).n;
  } finally {
    copy.close();
  }
  await rename(partial, destination);
  return { bytes: (await stat(destination)).size, intakes };
}

function timestamp(now = new Date()): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\..*$/, 'Z').replace('T', '-');
}

runScript(async () => {
  let to: string | undefined;
  try {
    ({ to } = parseArgs({ options: { to: { type: 'string' } }, strict: true }).values);
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const target = resolveDatabaseTarget(readDatabaseUrl());
  if (target.provider !== 'sqlite') {
    console.error('DATABASE_URL points at PostgreSQL: back it up with pg_dump (see "Running in production" in the README).');
    return 2;
  }
  const destination = path.resolve(to ?? path.join(path.dirname(target.file), 'backups', `delegatiescan-${timestamp()}.db`));
  const started = Date.now();
  const { bytes, intakes } = await backupSqlite(target.file, destination);
  console.log(`Backed up ${target.file} to ${destination}: ${(bytes / 1e6).toFixed(1)} MB, ${intakes} intake(s), ${Date.now() - started} ms.`);
});
