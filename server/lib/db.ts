/**
 * The one place that opens the database: one Prisma client per process, never one per request
 * (docs/architecture.md).
 *
 * DATABASE_URL unset or `file:...` → SQLite (embedded default, ./data/delegatiescan.db);
 * `postgres://` / `postgresql://` → PostgreSQL. Pending migrations are applied first, with the
 * same code as `npm run db:migrate:deploy` (prisma/migrator.ts). See docs/decisions/0002-database.md.
 *
 * Repositories take `Db` (the open database) and type-check against `db.prisma`, typed as the SQLite
 * client (`DbClient`). Both generated clients come from one source schema and have the same API;
 * provider-only features (e.g. `mode: 'insensitive'`) are therefore not in `DbClient`, which is the
 * point.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import v8 from 'node:v8';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { Transaction as DriverTransaction } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { deployMigrations, readMigrationsList } from '../../prisma/migrator.ts';

/**
 * Processes that start together on one SQLite file queue on its write lock while the first one
 * migrates; a migration that rebuilds a table can outlast the driver's busy wait (the engine then
 * reports a SocketTimeout). Try again a few times: by then the first process has finished, and
 * the migrations are already applied.
 */
async function deployWhenFree(target: Parameters<typeof deployMigrations>[0], attempts = 8): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await deployMigrations(target);
      return;
    } catch (error) {
      const busy = target.provider === 'sqlite' && /SocketTimeout|database is locked|SQLITE_BUSY/.test(String(error));
      if (!busy || attempt >= attempts) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
    }
  }
}
import { resolveDatabaseTarget, type DatabaseTarget, type Provider } from '../../prisma/paths.ts';
import type { Prisma, PrismaClient as SqliteClient } from '../generated/prisma-sqlite/client.ts';
import { postgresChangeFeed, sqliteChangeFeed, type ChangeFeed } from './db/change-feed.ts';
import {
  inPrismaTransaction,
  notingTransactions,
  postgresSql,
  postgresTransaction,
  postgresTransactionClient,
  sqliteSql,
  type Sql,
} from './db/raw-sql.ts';
import { firstComeFirstServed, type SqliteConnection } from './db/sqlite-connection.ts';

export type { Sql, SqlValue } from './db/raw-sql.ts';

/**
 * The Prisma client API that repositories use, whichever provider is behind it: the SQLite
 * client's type, which the PostgreSQL client (same source schema) satisfies.
 */
export type DbClient = SqliteClient;
/** The client inside an interactive `prisma.$transaction(async (tx) => ...)`. */
export type DbTransactionClient = Prisma.TransactionClient;

export type DatabaseProvider = Provider;

/**
 * The driver under Prisma, for the few hand-written statements on hot paths
 * (docs/decisions/0022-sqlite-turns-statement-cache-settings-cache.md): the same connection (SQLite, in its turn) or pool.
 */
export type RawDriver =
  | { provider: 'sqlite'; sqlite: SqliteConnection }
  | { provider: 'postgresql'; pool: pg.Pool };

/** The open database: what openDatabase() returns and what features receive as `deps.db`. */
export interface Database {
  prisma: DbClient;
  provider: DatabaseProvider;
  raw: RawDriver;
  /**
   * Hand-written statements for hot paths (lib/db/raw-sql.ts, decision 0027), outside a
   * transaction: SQLite in the connection's turn, PostgreSQL on the pool.
   */
  sql: Sql;
  /**
   * A Prisma interactive transaction (`tx`) and hand-written statements (`sql`) on its connection,
   * inside it: both commit or roll back together.
   */
  transaction<T>(work: (tx: DbTransactionClient, sql: Sql) => Promise<T>): Promise<T>;
  /**
   * A transaction opened on the driver itself, hand-written statements only (no Prisma): the
   * submit's (decision 0027). SQLite holds the connection's turn throughout; PostgreSQL one pooled connection.
   */
  sqlTransaction<T>(work: (sql: Sql) => Promise<T>): Promise<T>;
  /** Tells caches when another process (or this one) changed what they hold (lib/db/change-feed.ts). */
  changes: ChangeFeed;
  /** Disconnects the client (and the pool / file handle behind it). */
  close(): Promise<void>;
}

/** What repositories take as their first argument (`db.prisma.intake...`). */
export type Db = Database;

export interface OpenDatabaseOptions {
  /** Apply pending migrations before opening (default true). */
  migrate?: boolean;
  /**
   * PostgreSQL's pool: `size` connections per process; a query or transaction that waits longer
   * than `waitMs` for one fails (the API answers 503 + Retry-After: lib/errors.ts).
   */
  pool?: PoolOptions;
}

export type PoolOptions = { size: number; waitMs: number };
/** DATABASE_POOL_SIZE and DATABASE_POOL_WAIT_MS's defaults (server/env.ts). */
export const DEFAULT_POOL: PoolOptions = { size: 10, waitMs: 5000 };

/**
 * Opens the database named by `databaseUrl` (see the file comment), applying pending migrations
 * first; the caller owns the result and calls close() at shutdown.
 */
export async function openDatabase(databaseUrl: string | undefined, options: OpenDatabaseOptions = {}): Promise<Database> {
  keepPrismaWasmBaseline();
  const target = resolveDatabaseTarget(databaseUrl);
  if (target.provider === 'sqlite') await mkdir(path.dirname(target.file), { recursive: true });
  if (options.migrate ?? true) await deployWhenFree(target);
  const opened = target.provider === 'sqlite' ? await openSqlite(target) : await openPostgres(target, options.pool ?? DEFAULT_POOL);
  const { prisma } = opened;
  try {
    await prisma.$connect();
  } catch (error) {
    await prisma.$disconnect().catch(() => {});
    await opened.end();
    throw error;
  }
  const [raw, changes] = await Promise.all([opened.raw, opened.changes]);
  const transactionSql =
    raw.provider === 'sqlite'
      ? () => sqliteSql(async (work) => raw.sqlite.inHeldTurn(work))
      : (transaction: DriverTransaction) => postgresSql(postgresTransactionClient(transaction));
  return {
    prisma,
    provider: target.provider,
    raw,
    sql: raw.provider === 'sqlite' ? sqliteSql((work) => raw.sqlite.read(work)) : postgresSql(raw.pool),
    transaction: (work) => inPrismaTransaction((callback) => prisma.$transaction(callback), transactionSql, work),
    sqlTransaction: (work) =>
      raw.provider === 'sqlite'
        ? raw.sqlite.begin((statements) => work(sqliteSql(async (statementsWork) => statementsWork(statements))))
        : postgresTransaction(raw.pool, work),
    changes,
    async close() {
      await changes.close();
      await prisma.$disconnect();
      await opened.end();
    },
  };
}

/**
 * Prisma's query compiler and schema engine are WASM modules. V8 first compiles them with its
 * baseline compiler (Liftoff), then recompiles them in the background with its optimising one:
 * ~45 MB more resident memory per process, for no gain we could measure (the back office's
 * queries ran as fast; the submit path uses no Prisma). Set before the first module is compiled
 * (docs/decisions/0030-server-memory.md).
 */
function keepPrismaWasmBaseline(): void {
  v8.setFlagsFromString('--liftoff-only');
}

/** Both resolve once Prisma has connected. */
type Opened = { prisma: DbClient; raw: Promise<RawDriver>; changes: Promise<ChangeFeed>; end(): Promise<void> };

async function openSqlite(target: Extract<DatabaseTarget, { provider: 'sqlite' }>): Promise<Opened> {
  const { PrismaClient } = await import('../generated/prisma-sqlite/client.ts');
  // One connection per process, shared by Prisma and the hand-written statements, first come first served.
  const { factory, connection, stop } = firstComeFirstServed(
    new PrismaBetterSqlite3({ url: `file:${target.file}`, timeout: 5000 }),
    target.file,
  );
  return {
    prisma: new PrismaClient({ adapter: notingTransactions(factory) }),
    raw: connection.then((sqlite) => ({ provider: 'sqlite', sqlite })),
    changes: connection.then(sqliteChangeFeed),
    end: stop,
  };
}

async function openPostgres(target: Extract<DatabaseTarget, { provider: 'postgresql' }>, poolOptions: PoolOptions): Promise<Opened> {
  const { PrismaClient } = await import('../generated/prisma-postgres/client.ts');
  // Our pool, so that the hand-written statements share it with Prisma. Waiting for a connection
  // is bounded: under a burst a request is better refused (503) than left hanging.
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max: poolOptions.size,
    connectionTimeoutMillis: poolOptions.waitMs,
  });
  // An idle connection the server drops (a restart, a failover) is removed by the pool itself;
  // without a listener of our own, pg throws it at the process whenever Prisma's is not attached
  // (before $connect, during close).
  pool.on('error', () => {});
  const adapter = notingTransactions(new PrismaPg(pool));
  return {
    // Same models, same API: generated from one source schema (prisma/schema.prisma).
    prisma: new PrismaClient({
      adapter,
      // An interactive transaction waits as long as a query for its connection (Prisma's default: 2 s).
      transactionOptions: { maxWait: poolOptions.waitMs },
    }) as unknown as DbClient,
    raw: Promise.resolve({ provider: 'postgresql', pool }),
    changes: Promise.resolve(postgresChangeFeed(pool, target.connectionString, pg.Client)),
    end: () => pool.end(),
  };
}

/**
 * After an erasure (AVG): on SQLite, secure_delete has zeroed the rows in the database file, but
 * the WAL still holds the pages as they were until a checkpoint; this one copies it back and
 * truncates it. A reader in another process can hold a checkpoint up; the next erasure or
 * SQLite's own checkpoint then finishes the job. PostgreSQL's VACUUM reclaims dead rows itself.
 */
export async function forgetErasedRows(db: Database): Promise<void> {
  if (db.raw.provider !== 'sqlite') return;
  await db.raw.sqlite.read((sqlite) => sqlite.statement('PRAGMA wal_checkpoint(TRUNCATE)').get());
}

let expectedMigrations: Promise<string[]> | undefined;

/**
 * The migrations of this code that the database has not (successfully) applied: empty when the
 * schema is what the code expects. Cheap enough for a readiness probe: the migration folder is
 * read once, then one query on _prisma_migrations. A newer process may have applied more: fine.
 */
export async function pendingMigrations(db: Database): Promise<string[]> {
  expectedMigrations ??= readMigrationsList(db.provider).then((list) => list.migrationDirectories.map((dir) => dir.path));
  const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
    'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
  );
  const applied = new Set(rows.map((row) => row.migration_name));
  return (await expectedMigrations).filter((name) => !applied.has(name));
}

/**
 * The text repositories search with `contains`: lower-case, accents stripped, whitespace
 * collapsed, "name email company". Prisma does not escape LIKE wildcards in `contains`, and
 * PostgreSQL (not SQLite) treats '\\' as LIKE's escape: '%', '_' and '\\' become spaces in the stored
 * text and in search terms alike, so a search behaves identically on both providers.
 */
export function toSearchText(...parts: (string | null | undefined)[]): string {
  return normaliseSearchTerm(parts.filter((part): part is string => !!part).join(' '));
}

/**
 * Normalises a search term the way `toSearchText` normalises the stored text. An empty result
 * means "no search filter" (`contains: ''` would match everything).
 */
export function normaliseSearchTerm(term: string): string {
  return term
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[%_\\\s]+/g, ' ')
    .trim();
}

/**
 * A unique-constraint error: Prisma's (P2002, the same code on both providers), or the driver's
 * from a hand-written statement (PostgreSQL 23505, better-sqlite3 SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  return UNIQUE_VIOLATION_CODES.has(error.code as string);
}

const UNIQUE_VIOLATION_CODES = new Set(['P2002', '23505', 'SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY']);
