/**
 * How a process learns that another one changed data it keeps in memory (the VA's settings), so
 * that a cache can be read without asking the database each time and still never outlive a save
 * in any process (docs/decisions/0022-sqlite-turns-statement-cache-settings-cache.md).
 *
 * `stamp()` returns a value that moves on whenever the cached data may have changed; a cache keeps
 * the stamp it loaded under and loads again when the stamp differs. Take the stamp *before*
 * loading: a change that lands during the load then moves it on, and the next read loads again.
 * - PostgreSQL: `announce()` sends NOTIFY; every process LISTENs on one connection of its own.
 *   Until that connection listens (at start, or after it dropped), every stamp is new, so caches
 *   read through.
 * - SQLite: `PRAGMA data_version` moves on whenever another connection (another process) commits,
 *   whatever it changed; this process's own changes move the local count (`announce()`).
 */
import type pg from 'pg';
import type { SqliteConnection } from './sqlite-connection.ts';

const CHANNEL = 'delegatiescan_changed';

export type ChangeFeed = {
  stamp(): Promise<string>;
  /** This process changed cached data: every process (this one too) moves its stamp on. */
  announce(): Promise<void>;
  close(): Promise<void>;
};

let uniqueStamps = 0;
/** A stamp no cache holds: read through. */
const readThrough = () => `through:${++uniqueStamps}`;

export function sqliteChangeFeed(connection: SqliteConnection): ChangeFeed {
  let local = 0;
  return {
    async stamp() {
      const version = await connection.read((db) => db.statement('PRAGMA data_version').pluck().get());
      return `${local}:${String(version)}`;
    },
    async announce() {
      local++;
    },
    async close() {},
  };
}

export function postgresChangeFeed(pool: pg.Pool, connectionString: string, Client: typeof pg.Client): ChangeFeed {
  let received = 0;
  let listener: pg.Client | undefined;
  let listening = false;
  let connecting: Promise<void> | undefined;
  let closed = false;

  const listen = () => {
    connecting ??= (async () => {
      const client = new Client({ connectionString });
      const drop = () => {
        listening = false;
        if (listener === client) listener = undefined;
        client.end().catch(() => {});
      };
      client.on('error', drop);
      client.on('end', drop);
      client.on('notification', () => {
        received++;
      });
      try {
        await client.connect();
        await client.query(`LISTEN ${CHANNEL}`);
        if (closed) return drop();
        listener = client;
        listening = true;
      } catch {
        drop(); // caches read through until a later stamp() connects
      }
    })().finally(() => {
      connecting = undefined;
    });
    return connecting;
  };

  return {
    async stamp() {
      if (listening) return `${received}`;
      if (!closed) void listen();
      return readThrough();
    },
    async announce() {
      received++; // this process at once, without waiting for its own notification
      await pool.query(`NOTIFY ${CHANNEL}`);
    },
    async close() {
      closed = true;
      await connecting;
      listening = false;
      await listener?.end().catch(() => {});
      listener = undefined;
    },
  };
}
