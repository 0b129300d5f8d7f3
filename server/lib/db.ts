/**
 * The one place that opens the database (house style: one Prisma client per process).
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
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from '@prisma/driver-adapter-utils';
import { deployMigrations, readMigrationsList } from '../../prisma/migrator.ts';
import { resolveDatabaseTarget, type DatabaseTarget, type Provider } from '../../prisma/paths.ts';
import type { Prisma, PrismaClient as SqliteClient } from '../generated/prisma-sqlite/client.ts';

/**
 * The Prisma client API that repositories use, whichever provider is behind it: the SQLite
 * client's type, which the PostgreSQL client (same source schema) satisfies.
 */
export type DbClient = SqliteClient;
/** The client inside an interactive `prisma.$transaction(async (tx) => ...)`. */
export type DbTransactionClient = Prisma.TransactionClient;

export type DatabaseProvider = Provider;

/** The open database: what openDatabase() returns and what features receive as `deps.db`. */
export interface Database {
  prisma: DbClient;
  provider: DatabaseProvider;
  /** Disconnects the client (and the pool / file handle behind it). */
  close(): Promise<void>;
}

/** What repositories take as their first argument (`db.prisma.intake...`). */
export type Db = Database;

export interface OpenDatabaseOptions {
  /** Apply pending migrations before opening (default true). */
  migrate?: boolean;
}

/** SQLite settings for one writer process: WAL, fsync at checkpoints, enforced foreign keys. */
const SQLITE_PRAGMAS = [
  'PRAGMA journal_mode = WAL',
  'PRAGMA synchronous = NORMAL',
  'PRAGMA foreign_keys = ON',
  'PRAGMA busy_timeout = 5000',
];

/**
 * Opens the database named by `databaseUrl` (see the file comment), applying pending migrations
 * first; the caller owns the result and calls close() at shutdown.
 */
export async function openDatabase(databaseUrl: string | undefined, options: OpenDatabaseOptions = {}): Promise<Database> {
  const target = resolveDatabaseTarget(databaseUrl);
  if (target.provider === 'sqlite') await mkdir(path.dirname(target.file), { recursive: true });
  if (options.migrate ?? true) await deployMigrations(target);
  const prisma = target.provider === 'sqlite' ? await openSqlite(target) : await openPostgres(target);
  try {
    await prisma.$connect();
  } catch (error) {
    await prisma.$disconnect().catch(() => {});
    throw error;
  }
  return {
    prisma,
    provider: target.provider,
    close: () => prisma.$disconnect(),
  };
}

async function openSqlite(target: Extract<DatabaseTarget, { provider: 'sqlite' }>): Promise<DbClient> {
  const { PrismaClient } = await import('../generated/prisma-sqlite/client.ts');
  const adapter = serialisedSqlite(new PrismaBetterSqlite3({ url: `file:${target.file}`, timeout: 5000 }));
  return new PrismaClient({ adapter });
}

async function openPostgres(target: Extract<DatabaseTarget, { provider: 'postgresql' }>): Promise<DbClient> {
  const { PrismaClient } = await import('../generated/prisma-postgres/client.ts');
  const adapter = new PrismaPg({ connectionString: target.connectionString });
  // Same models, same API: generated from one source schema (prisma/schema.prisma).
  return new PrismaClient({ adapter }) as unknown as DbClient;
}

/**
 * One SQLite connection serves the whole process. @prisma/adapter-better-sqlite3 serialises
 * transactions, but a query outside a transaction would run on the same connection *inside* an
 * open one (and be rolled back with it). Here every statement outside a transaction waits until
 * no transaction is open, and the PRAGMAs are set on the connection when it opens.
 */
function serialisedSqlite(factory: PrismaBetterSqlite3): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      await adapter.executeScript(SQLITE_PRAGMAS.map((pragma) => `${pragma};`).join('\n'));
      return withTransactionGate(adapter);
    },
  };
}

function withTransactionGate(adapter: SqlDriverAdapter): SqlDriverAdapter {
  let open: Promise<void> = Promise.resolve();
  /** Resolves when no transaction is open (checked again after each wait). */
  const idle = async () => {
    let current: Promise<void>;
    do {
      current = open;
      await current;
    } while (current !== open);
  };
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    async queryRaw(query: SqlQuery) {
      await idle();
      return adapter.queryRaw(query);
    },
    async executeRaw(query: SqlQuery) {
      await idle();
      return adapter.executeRaw(query);
    },
    async executeScript(script: string) {
      await idle();
      return adapter.executeScript(script);
    },
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      // The adapter queues transactions itself; mark one open from the moment it starts.
      let done!: () => void;
      const previous = open;
      const finished = new Promise<void>((resolve) => {
        done = resolve;
      });
      open = previous.then(() => finished);
      let transaction: Transaction;
      try {
        transaction = await adapter.startTransaction(isolationLevel);
      } catch (error) {
        done();
        throw error;
      }
      const commit = transaction.commit.bind(transaction);
      const rollback = transaction.rollback.bind(transaction);
      transaction.commit = async () => {
        try {
          await commit();
        } finally {
          done();
        }
      };
      transaction.rollback = async () => {
        try {
          await rollback();
        } finally {
          done();
        }
      };
      return transaction;
    },
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => adapter.dispose(),
  };
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

/** Prisma's unique-constraint error (P2002), the same code on both providers. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === 'P2002';
}
