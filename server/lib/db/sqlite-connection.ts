/**
 * The one SQLite connection of a process, shared by Prisma and the few hand-written statements
 * (docs/decisions/0022-sqlite-turns-statement-cache-settings-cache.md), served first come, first served.
 *
 * better-sqlite3 is synchronous: a statement runs on the event loop, and a transaction is open on
 * the connection from BEGIN to COMMIT. @prisma/adapter-better-sqlite3 queues transactions, but a
 * statement outside a transaction would run on the same connection *inside* an open one (and be
 * rolled back with it). So every unit of work (one statement outside a transaction, or one whole
 * transaction) takes a turn in one queue, in the order it asked: a read that arrives while writes
 * stream in waits for those ahead of it only, never for those behind it (no starvation).
 *
 * The adapter also prepares every statement anew; here prepared statements are kept (a bounded
 * cache per SQL text), which the profile of a submit showed as a fifth of its CPU. And WAL
 * checkpoints run in a worker thread, not in the COMMIT on the event loop (wal-checkpointer.ts).
 */
import type BetterSqlite3 from 'better-sqlite3';
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from '@prisma/driver-adapter-utils';
import { SAFETY_NET_PAGES, startWalCheckpointer, type WalCheckpointer } from './wal-checkpointer.ts';

/**
 * SQLite settings for one writer process: WAL, fsync at checkpoints, enforced foreign keys, and
 * deleted content overwritten with zeros (erased means gone from the file, not just unlinked).
 */
const SQLITE_PRAGMAS = [
  'PRAGMA journal_mode = WAL',
  'PRAGMA secure_delete = ON',
  'PRAGMA synchronous = NORMAL',
  'PRAGMA foreign_keys = ON',
  'PRAGMA busy_timeout = 5000',
  // The worker checkpoints (wal-checkpointer.ts); this connection only past the safety net.
  `PRAGMA wal_autocheckpoint = ${SAFETY_NET_PAGES}`,
];

/** Distinct SQL texts kept prepared; Prisma's `IN (?, ?, …)` lists make the set open-ended. */
const STATEMENT_CACHE_SIZE = 500;

/** A first-come-first-served queue: `await turn()` resolves with the function that ends the turn. */
export function createTurnQueue(): () => Promise<() => void> {
  let tail: Promise<void> = Promise.resolve();
  return () => {
    const previous = tail;
    let release!: () => void;
    tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    return previous.then(() => release);
  };
}

/** Prepared statements by SQL text, kept for the connection's life (bounded). */
export type Statements = { statement(sql: string): BetterSqlite3.Statement };

/** What the hand-written statements get: the raw connection, in its turn. */
export type SqliteConnection = {
  /**
   * Runs `work` (synchronous: better-sqlite3) in one transaction, in the connection's turn: after
   * the work queued before it, before the work queued after it.
   */
  transaction<T>(work: (db: Statements) => T): Promise<T>;
  /** Runs `work` (synchronous, no transaction of its own) in the connection's turn. */
  read<T>(work: (db: Statements) => T): Promise<T>;
  /**
   * Runs `work` at once, without taking a turn: only for statements inside a Prisma transaction
   * that holds the turn already (`Database.transaction`, lib/db/raw-sql.ts), where they are part of it.
   */
  inHeldTurn<T>(work: (db: Statements) => T): T;
  /**
   * Runs `work` (asynchronous) in a transaction, holding the connection's turn from BEGIN
   * IMMEDIATE to COMMIT (or its rollback when it throws): Prisma's queries and other turns wait
   * meanwhile, so `work` must use only the statements it is given (`Database.sqlTransaction`).
   * Several such transactions may share one COMMIT, each in a savepoint (`groupCommit`).
   */
  begin<T>(work: (db: Statements) => Promise<T>): Promise<T>;
};

/**
 * Wraps Prisma's SQLite adapter factory for the database `file`: PRAGMAs when the connection
 * opens, the turn queue, the statement cache, the checkpointer. `connection` resolves once Prisma
 * has connected; `stop` ends the checkpointer.
 */
export function firstComeFirstServed(
  factory: SqlDriverAdapterFactory,
  file: string,
): {
  factory: SqlDriverAdapterFactory;
  connection: Promise<SqliteConnection>;
  stop(): Promise<void>;
} {
  let connected!: (connection: SqliteConnection) => void;
  const connection = new Promise<SqliteConnection>((resolve) => {
    connected = resolve;
  });
  let checkpointer: WalCheckpointer | undefined;
  return {
    connection,
    async stop() {
      await checkpointer?.stop();
      checkpointer = undefined;
    },
    factory: {
      provider: factory.provider,
      adapterName: factory.adapterName,
      async connect() {
        const adapter = await factory.connect();
        const client = clientOf(adapter);
        client.exec(SQLITE_PRAGMAS.map((pragma) => `${pragma};`).join('\n'));
        checkpointer ??= await startWalCheckpointer(file);
        const statements = keepStatementsPrepared(client);
        const turn = createTurnQueue();
        connected(rawAccess(client, statements, turn));
        return inTurn(adapter, turn);
      },
    },
  };
}

/** The adapter's better-sqlite3 handle (not in its types; checked, so an upgrade that moves it fails loudly). */
function clientOf(adapter: SqlDriverAdapter): BetterSqlite3.Database {
  const client = (adapter as unknown as { client?: BetterSqlite3.Database }).client;
  if (!client || typeof client.prepare !== 'function') {
    throw new Error('@prisma/adapter-better-sqlite3 no longer exposes its connection as `client`: see server/lib/sqlite-connection.ts');
  }
  return client;
}

function rawAccess(client: BetterSqlite3.Database, statements: Statements, turn: () => Promise<() => void>): SqliteConnection {
  const inTurnDo = async <T>(work: () => T): Promise<T> => {
    const release = await turn();
    try {
      return work();
    } finally {
      release();
    }
  };
  return {
    transaction: (work) => inTurnDo(() => client.transaction(() => work(statements))()),
    read: (work) => inTurnDo(() => work(statements)),
    inHeldTurn: (work) => work(statements),
    begin: groupCommit(client, statements, turn),
  };
}

/** At most this many `begin` transactions share one COMMIT. */
const GROUP_COMMIT_MAX = 16;

type Waiting = { work: (db: Statements) => Promise<unknown>; resolve: (value: unknown) => void; reject: (error: unknown) => void };

/**
 * `begin` with group commit. Each COMMIT writes every page its transaction touched to the WAL,
 * and a submit touches many (eight tables and their indexes): at saturation the COMMITs were a
 * sixth of the CPU. The transactions that have asked by the time the connection's turn comes run
 * in one BEGIN IMMEDIATE … COMMIT, each inside a SAVEPOINT of its own, so one that fails is rolled
 * back alone. None is answered before the COMMIT: an answered submit is on disk, as before. A
 * turn takes at most GROUP_COMMIT_MAX; those behind queue for the next turn like any other work.
 */
function groupCommit(
  client: BetterSqlite3.Database,
  statements: Statements,
  turn: () => Promise<() => void>,
): SqliteConnection['begin'] {
  const waiting: Waiting[] = [];
  let turnAsked = false;
  const askForTurn = () => {
    if (turnAsked || waiting.length === 0) return;
    turnAsked = true;
    // After the I/O callbacks of this turn of the event loop: the requests read together commit together.
    setImmediate(() => void turn().then(runBatch));
  };
  const run = (sql: string) => statements.statement(sql).run();

  async function runBatch(release: () => void): Promise<void> {
    turnAsked = false;
    const batch = waiting.splice(0, GROUP_COMMIT_MAX);
    const settled: (() => void)[] = [];
    try {
      run('BEGIN IMMEDIATE');
      for (const [index, item] of batch.entries()) {
        run('SAVEPOINT grouped');
        try {
          const value = await item.work(statements);
          run('RELEASE grouped');
          settled.push(() => item.resolve(value));
        } catch (error) {
          if (!client.inTransaction) {
            // SQLite rolled the whole transaction back (a full disk, say): those before this
            // one are undone too; those after it wait for the next turn.
            waiting.unshift(...batch.slice(index + 1));
            throw error;
          }
          run('ROLLBACK TO grouped');
          run('RELEASE grouped');
          settled.push(() => item.reject(error));
        }
      }
      run('COMMIT');
      settled.forEach((settle) => settle());
    } catch (error) {
      if (client.inTransaction) run('ROLLBACK');
      const unsettled = batch.filter((item) => !waiting.includes(item));
      unsettled.forEach((item) => item.reject(error));
    } finally {
      release();
      askForTurn();
    }
  }

  return (work) =>
    new Promise((resolve, reject) => {
      waiting.push({ work: work as Waiting['work'], resolve: resolve as Waiting['resolve'], reject });
      askForTurn();
    });
}

function inTurn(adapter: SqlDriverAdapter, turn: () => Promise<() => void>): SqlDriverAdapter {
  const one = async <T>(work: () => Promise<T>): Promise<T> => {
    const release = await turn();
    try {
      return await work();
    } finally {
      release();
    }
  };
  return {
    provider: adapter.provider,
    adapterName: adapter.adapterName,
    queryRaw: (query: SqlQuery) => one(() => adapter.queryRaw(query)),
    executeRaw: (query: SqlQuery) => one(() => adapter.executeRaw(query)),
    executeScript: (script: string) => one(() => adapter.executeScript(script)),
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      // The transaction holds the turn from BEGIN until COMMIT or ROLLBACK.
      const release = await turn();
      let transaction: Transaction;
      try {
        transaction = await adapter.startTransaction(isolationLevel);
      } catch (error) {
        release();
        throw error;
      }
      const commit = transaction.commit.bind(transaction);
      const rollback = transaction.rollback.bind(transaction);
      transaction.commit = async () => {
        try {
          await commit();
        } finally {
          release();
        }
      };
      transaction.rollback = async () => {
        try {
          await rollback();
        } finally {
          release();
        }
      };
      return transaction;
    },
    getConnectionInfo: adapter.getConnectionInfo?.bind(adapter),
    dispose: () => adapter.dispose(),
  };
}

/**
 * The adapter calls `client.prepare(sql).bind(args)` and then `run()`, or `columns()` and
 * `raw().all()`, once per query. A better-sqlite3 statement can be bound only once, so the cache
 * hands out a view that passes the arguments on every call instead.
 */
function keepStatementsPrepared(client: BetterSqlite3.Database): Statements {
  const prepare = client.prepare.bind(client);
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepared = (sql: string): BetterSqlite3.Statement => {
    let statement = cache.get(sql);
    if (statement) {
      cache.delete(sql); // most recently used last
    } else {
      statement = prepare(sql);
      if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return statement;
  };
  const view = (statement: BetterSqlite3.Statement) => ({
    reader: statement.reader,
    run: (...args: unknown[]) => statement.run(...args),
    bind: (args: unknown[]) => ({
      reader: statement.reader,
      run: () => statement.run(args),
      columns: () => statement.columns(),
      raw: () => ({
        all: () => {
          const rows = statement.raw(true).all(args);
          statement.raw(false); // the cache also serves hand-written statements, which read objects
          return rows;
        },
      }),
    }),
  });
  client.prepare = ((sql: string) => view(prepared(sql))) as unknown as BetterSqlite3.Database['prepare'];
  return { statement: prepared };
}
