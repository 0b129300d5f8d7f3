/**
 * Hand-written statements for the hot paths (docs/decisions/0027-submit-hot-path-in-raw-sql.md),
 * on the connection Prisma uses: the one SQLite connection in its turn, or the PostgreSQL pool,
 * or, inside `Database.transaction`, the very connection and transaction of a Prisma interactive
 * transaction, so that a hand-written insert and a Prisma call in one transaction commit or roll
 * back together. Prisma stays the schema and migration source; these statements write the
 * columns in the format Prisma reads back on each provider:
 * - DateTime: SQLite TEXT `2026-12-07T14:00:00.000+00:00` (the adapter's iso8601 format);
 *   PostgreSQL `timestamp(3)` without zone, in UTC (what @prisma/adapter-pg sends);
 * - Boolean: SQLite 1/0; PostgreSQL boolean;
 * - Json: the JSON text (SQLite TEXT; PostgreSQL casts it to jsonb on insert); pass `JSON.stringify`'s output.
 *
 * Statements use `?` placeholders in order; for PostgreSQL they become `$1, $2, …` and are
 * prepared once per connection (named statements), on SQLite they stay prepared in the
 * connection's statement cache (lib/db/sqlite-connection.ts).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { SqlDriverAdapter, SqlDriverAdapterFactory, Transaction } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import type { Statements } from './sqlite-connection.ts';

export type SqlValue = string | number | boolean | null | Date;

/** Hand-written statements on one provider, placeholders `?` in order. */
export interface Sql {
  readonly provider: 'sqlite' | 'postgresql';
  /** The rows of one statement, as objects keyed by column name. */
  rows<Row extends object>(text: string, values?: readonly SqlValue[]): Promise<Row[]>;
  /** Runs one statement; resolves with the number of rows it changed. */
  run(text: string, values?: readonly SqlValue[]): Promise<number>;
}

// ---------------------------------------------------------------------------------------------
// SQLite

function sqliteValue(value: SqlValue): string | number | null {
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00');
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/**
 * The adapter reads integers as BigInt (safe integers on): as numbers here, as every column this
 * schema has fits (Int is 32-bit).
 */
function withNumbers(row: Record<string, unknown>): Record<string, unknown> {
  for (const key in row) if (typeof row[key] === 'bigint') row[key] = Number(row[key]);
  return row;
}

/** Statements on the SQLite connection; `enter` runs the synchronous work in the right turn. */
export function sqliteSql(enter: <T>(work: (db: Statements) => T) => Promise<T>): Sql {
  return {
    provider: 'sqlite',
    rows: <Row extends object>(text: string, values: readonly SqlValue[] = []) =>
      enter((db) => {
        const statement = db.statement(text);
        const args = values.map(sqliteValue);
        if (statement.reader) return (statement.all(...args) as Record<string, unknown>[]).map(withNumbers) as Row[];
        statement.run(...args);
        return [] as Row[];
      }),
    run: (text, values = []) => enter((db) => db.statement(text).run(...values.map(sqliteValue)).changes),
  };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL

/** What @prisma/adapter-pg sends for a DateTime: UTC, no zone (the columns are `timestamp(3)`). */
export function postgresTimestamp(date: Date): string {
  return date.toISOString().replace('T', ' ').replace('Z', '');
}

function postgresValue(value: SqlValue): string | number | boolean | null {
  return value instanceof Date ? postgresTimestamp(value) : value;
}

const TIMESTAMP_OID = 1114;
/** `timestamp` columns hold UTC (see above): read them as UTC, whatever the process's time zone. */
const utcTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMP_OID && format !== 'binary'
      ? (text: string) => new Date(`${text.replace(' ', 'T')}Z`)
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

/** Distinct statements prepared per connection; texts beyond this run unnamed (parsed each time). */
const NAMED_STATEMENTS = 200;
const prepared = new Map<string, { name: string | undefined; text: string }>();

function postgresStatement(text: string): { name: string | undefined; text: string } {
  let statement = prepared.get(text);
  if (!statement) {
    let n = 0;
    const numbered = text.replace(/\?/g, () => `$${++n}`);
    statement = { name: prepared.size < NAMED_STATEMENTS ? `ds_raw_${prepared.size + 1}` : undefined, text: numbered };
    prepared.set(text, statement);
  }
  return statement;
}

/** Statements on the pool (one connection per statement) or on one connection (a transaction's). */
export function postgresSql(queryable: pg.Pool | pg.PoolClient): Sql {
  const query = (text: string, values: readonly SqlValue[]) => {
    const statement = postgresStatement(text);
    return queryable.query({ name: statement.name, text: statement.text, values: values.map(postgresValue), types: utcTypes });
  };
  return {
    provider: 'postgresql',
    rows: async <Row extends object>(text: string, values: readonly SqlValue[] = []) => (await query(text, values)).rows as Row[],
    run: async (text, values = []) => (await query(text, values)).rowCount ?? 0,
  };
}

/** @prisma/adapter-pg's transaction runs on a pooled connection it keeps as `client` (not in its types: checked). */
export function postgresTransactionClient(transaction: Transaction): pg.PoolClient {
  const client = (transaction as unknown as { client?: pg.PoolClient }).client;
  if (!client || typeof client.query !== 'function') {
    throw new Error('@prisma/adapter-pg no longer keeps its transaction connection as `client`: see server/lib/db/raw-sql.ts');
  }
  return client;
}

// ---------------------------------------------------------------------------------------------
// Hand-written statements inside a Prisma interactive transaction

/**
 * The driver transaction a Prisma `$transaction` opened, noted by the adapter wrapper below in
 * the async context of the call that asked for it (`inPrismaTransaction`), so that its callback
 * finds the connection its `tx` runs on.
 */
const opening = new AsyncLocalStorage<{ transaction?: Transaction }>();

/** Wraps an adapter factory so that each transaction it starts is noted for `inPrismaTransaction`. */
export function notingTransactions(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      return noteTransactionsOf(await factory.connect());
    },
  };
}

export function noteTransactionsOf<Adapter extends SqlDriverAdapter>(adapter: Adapter): Adapter {
  const start = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => {
    const transaction = await start(isolationLevel);
    const slot = opening.getStore();
    if (slot && !slot.transaction) slot.transaction = transaction;
    return transaction;
  };
  return adapter;
}

/**
 * Runs `work` in a Prisma interactive transaction and gives it, next to Prisma's `tx`, hand-written
 * statements on the same connection inside the same transaction (`sqlOf` makes them from the
 * driver's transaction).
 */
export function inPrismaTransaction<Tx, T>(
  startTransaction: (callback: (tx: Tx) => Promise<T>) => Promise<T>,
  sqlOf: (transaction: Transaction) => Sql,
  work: (tx: Tx, sql: Sql) => Promise<T>,
): Promise<T> {
  const slot: { transaction?: Transaction } = {};
  return opening.run(slot, () =>
    startTransaction(async (tx) => {
      if (!slot.transaction) throw new Error('The transaction was not started through this database (server/lib/db/raw-sql.ts)');
      return work(tx, sqlOf(slot.transaction));
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// A transaction on the driver alone (no Prisma transaction manager)

/**
 * PostgreSQL: one pooled connection, BEGIN … COMMIT (ROLLBACK when `work` throws). Waiting for the
 * connection is bounded by the pool's connectionTimeoutMillis (an overload: lib/errors.ts).
 */
export async function postgresTransaction<T>(pool: pg.Pool, work: (sql: Sql) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    try {
      const result = await work(postgresSql(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: Error) => {
        broken = rollbackError; // the connection is unusable: the pool drops it
      });
      throw error;
    }
  } finally {
    client.release(broken);
  }
}
