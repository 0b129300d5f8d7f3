/**
 * The SQL that Prisma really sends, and the database's plan for it. A second client over the
 * same database records every statement its driver adapter runs (sql + args); EXPLAIN QUERY PLAN
 * (SQLite) or EXPLAIN (PostgreSQL) then shows which index a query uses.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';
import { resolveDatabaseTarget } from '../../prisma/paths.ts';
import type { Database as Db, DbClient } from '../../server/lib/db.ts';

export type Recorder = { recording: boolean; queries: SqlQuery[] };

function recordingFactory(factory: SqlDriverAdapterFactory, recorder: Recorder): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      const queryRaw = adapter.queryRaw.bind(adapter);
      adapter.queryRaw = async (query) => {
        if (recorder.recording) recorder.queries.push(query);
        return queryRaw(query);
      };
      return adapter;
    },
  };
}

/** A client over an already migrated database that records the SQL it sends. */
export async function openRecordingDatabase(url: string): Promise<{ db: Db; recorder: Recorder }> {
  const recorder: Recorder = { recording: false, queries: [] };
  const target = resolveDatabaseTarget(url);
  let prisma: DbClient;
  if (target.provider === 'sqlite') {
    const { PrismaClient } = await import('../../server/generated/prisma-sqlite/client.ts');
    prisma = new PrismaClient({ adapter: recordingFactory(new PrismaBetterSqlite3({ url: `file:${target.file}` }), recorder) });
  } else {
    const { PrismaClient } = await import('../../server/generated/prisma-postgres/client.ts');
    const adapter = recordingFactory(new PrismaPg({ connectionString: target.connectionString }), recorder);
    prisma = new PrismaClient({ adapter }) as unknown as DbClient;
  }
  await prisma.$connect();
  const db: Db = {
    prisma,
    provider: target.provider,
    get raw(): never {
      throw new Error('The recording database only records what Prisma sends; it has no raw driver.');
    },
    get sql(): never {
      throw new Error('The recording database only records what Prisma sends; it has no raw driver.');
    },
    transaction: () => Promise.reject(new Error('The recording database only records what Prisma sends; it has no raw driver.')),
    sqlTransaction: () => Promise.reject(new Error('The recording database only records what Prisma sends; it has no raw driver.')),
    changes: { stamp: async () => 'recording', announce: async () => {}, close: async () => {} },
    close: () => prisma.$disconnect(),
  };
  return { db, recorder };
}

/** Runs `action` and returns the statements it sent that read the Intake table. */
export async function captureIntakeQueries(recorder: Recorder, action: () => Promise<unknown>): Promise<SqlQuery[]> {
  recorder.queries = [];
  recorder.recording = true;
  try {
    await action();
  } finally {
    recorder.recording = false;
  }
  return recorder.queries.filter((query) => /FROM\s+[`"]?(main[`"]?\.)?[`"]?Intake[`"]?\s/i.test(query.sql) || /"Intake"/.test(query.sql));
}

/** SQLite plan lines, e.g. "SEARCH Intake USING INDEX Intake_status_createdAt_id_idx (status=? AND createdAt>?)". */
export function sqlitePlan(file: string, query: SqlQuery): string[] {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const args = query.args.map((arg) => {
      if (typeof arg === 'boolean') return Number(arg);
      if (arg instanceof Date) return arg.toISOString().replace('Z', '+00:00');
      if (arg !== null && typeof arg === 'object') return JSON.stringify(arg);
      return arg;
    });
    const rows = sqlite.prepare(`EXPLAIN QUERY PLAN ${query.sql}`).all(...args) as { detail: string }[];
    return rows.map((row) => row.detail);
  } finally {
    sqlite.close();
  }
}

export async function postgresPlan(connectionString: string, query: SqlQuery): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const result = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${query.sql}`, query.args);
    return result.rows.map((row) => row['QUERY PLAN']);
  } finally {
    await client.end();
  }
}

/** Plan lines that mean "reads the whole table" or "sorts without an index". */
export function planWarnings(lines: string[]): string[] {
  return lines.filter(
    (line) =>
      /^SCAN (main\.)?Intake$/.test(line.trim()) ||
      /TEMP B-TREE FOR (ORDER BY|RIGHT PART OF ORDER BY)/.test(line) ||
      /Seq Scan on "Intake"/.test(line) ||
      /^\s*(->\s*)?Sort\b/.test(line),
  );
}
