/**
 * A real, migrated database for API tests: they go through the real app and a real database,
 * never a mocked one (docs/architecture.md, "Tests").
 *
 * By default each test file gets a fresh SQLite file in the temp folder. With
 * TEST_DATABASE_URL=postgres://user@host:5432/db it gets its own PostgreSQL database on that server
 * instead (CREATE DATABASE ds_test_<worker>_<random>), dropped again by drop().
 *
 *   const testDb = useTestDatabase();           // beforeAll create, beforeEach reset, afterAll drop
 *   test('...', async () => { createApp({ db: testDb.db, env }) ... });
 *
 * or by hand: createTestDatabase() / resetDatabase(db) / db.drop().
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { openDatabase, type Database } from '../../server/lib/db.ts';

export interface TestDatabase extends Database {
  /** The DATABASE_URL of this database (file:... or postgres://...). */
  url: string;
  /** Closes the client and deletes the database (file or PostgreSQL database). */
  drop(): Promise<void>;
}

export interface CreateTestDatabaseOptions {
  /** Apply the migrations (default true); false gives an empty database. */
  migrate?: boolean;
}

function workerId(): string {
  return (process.env.VITEST_POOL_ID ?? process.env.VITEST_WORKER_ID ?? '0').replace(/\W/g, '');
}

/** A fresh database for this worker: SQLite, or PostgreSQL when TEST_DATABASE_URL is set. */
export async function createTestDatabase(options: CreateTestDatabaseOptions = {}): Promise<TestDatabase> {
  const serverUrl = process.env.TEST_DATABASE_URL?.trim();
  if (serverUrl) {
    if (!/^postgres(ql)?:\/\//i.test(serverUrl)) {
      throw new Error('TEST_DATABASE_URL must be a postgres:// URL (SQLite is the default without it)');
    }
    return createPostgresTestDatabase(serverUrl, options);
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), `delegatiescan-test-${workerId()}-`));
  const url = `file:${path.join(dir, 'test.db')}`;
  const db = await openDatabase(url, { migrate: options.migrate ?? true }).catch(async (error: unknown) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  return {
    ...db,
    url,
    async drop() {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

async function withAdminClient<T>(serverUrl: string, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

async function createPostgresTestDatabase(serverUrl: string, options: CreateTestDatabaseOptions): Promise<TestDatabase> {
  const name = `ds_test_${workerId()}_${randomBytes(4).toString('hex')}`;
  await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE "${name}"`));
  const dropDatabase = () =>
    withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase(url.toString(), { migrate: options.migrate ?? true }).catch(async (error: unknown) => {
    await dropDatabase();
    throw error;
  });
  return {
    ...db,
    url: url.toString(),
    async drop() {
      await db.close();
      await dropDatabase();
    },
  };
}

const tablesOf = new WeakMap<Database['prisma'], Promise<string[]>>();

/** The application's tables (not _prisma_migrations), read once per client. */
function applicationTables(db: Database): Promise<string[]> {
  let tables = tablesOf.get(db.prisma);
  if (!tables) {
    const query =
      db.provider === 'sqlite'
        ? `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`
        : `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
    tables = db.prisma.$queryRawUnsafe<{ name: string }[]>(query).then((rows) => rows.map((row) => row.name));
    tablesOf.set(db.prisma, tables);
  }
  return tables;
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Empties every application table (fast: one TRUNCATE, or DELETEs in one transaction). */
export async function resetDatabase(db: Database): Promise<void> {
  await emptyTables(db);
  // Behind the app's back: what its caches hold (the VA's settings) is gone too.
  await db.changes.announce();
}

async function emptyTables(db: Database): Promise<void> {
  const tables = await applicationTables(db);
  if (tables.length === 0) return;
  if (db.provider === 'postgresql') {
    await db.prisma.$executeRawUnsafe(`TRUNCATE TABLE ${tables.map(quote).join(', ')} RESTART IDENTITY CASCADE`);
    return;
  }
  // Foreign keys cannot be switched inside a transaction: off, delete everything at once, on.
  await db.prisma.$executeRawUnsafe('PRAGMA foreign_keys = OFF');
  try {
    await db.prisma.$transaction(tables.map((table) => db.prisma.$executeRawUnsafe(`DELETE FROM ${quote(table)}`)));
  } finally {
    await db.prisma.$executeRawUnsafe('PRAGMA foreign_keys = ON');
  }
}

/**
 * Registers the usual hooks for a test file: a fresh migrated database before all tests, emptied
 * before each test, dropped after all. Read `.db` inside tests and hooks (not at import time).
 */
export function useTestDatabase(options: CreateTestDatabaseOptions = {}): { readonly db: TestDatabase } {
  let current: TestDatabase | undefined;
  beforeAll(async () => {
    current = await createTestDatabase(options);
  });
  beforeEach(async () => {
    if (current) await resetDatabase(current);
  });
  afterAll(async () => {
    await current?.drop();
    current = undefined;
  });
  return {
    get db() {
      if (!current) throw new Error('useTestDatabase(): the database exists only inside tests and hooks');
      return current;
    },
  };
}
