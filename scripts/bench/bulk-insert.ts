/**
 * Fast bulk insert of generated Intake rows, bypassing Prisma (whose createMany manages only
 * ~500 rows/s with 10 kB of JSON a row): one prepared statement in one transaction on SQLite,
 * multi-row INSERTs on PostgreSQL. Values are written exactly as Prisma writes them, checked
 * afterwards by reading rows back through Prisma (verifyRoundTrip).
 */
import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Database as Db } from '../../server/lib/db.ts';

type Row = Record<string, unknown>;

/** Many rows share one result snapshot object: serialise each object once. */
const jsonCache = new WeakMap<object, string>();
function json(value: object): string {
  let text = jsonCache.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    jsonCache.set(value, text);
  }
  return text;
}

/** Prisma's SQLite format for DateTime: ISO 8601 with an explicit +00:00. */
function sqliteValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('Z', '+00:00');
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value !== null && typeof value === 'object') return json(value);
  return value ?? null;
}

/** TIMESTAMP(3) without time zone holds UTC: send it without an offset, whatever TZ says. */
function postgresValue(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().replace('Z', '');
  if (value !== null && typeof value === 'object') return json(value);
  return value ?? null;
}

export interface BulkInserter {
  insert(rows: Row[]): Promise<void>;
  close(): Promise<void>;
}

export async function openBulkInserter(db: Db, url: string): Promise<BulkInserter> {
  if (db.provider === 'sqlite') {
    const sqlite = new Database(url.slice('file:'.length));
    sqlite.pragma('journal_mode = WAL');
    // A throwaway file: no fsync while loading (the server itself runs with synchronous = NORMAL).
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('busy_timeout = 5000');
    let statement: Database.Statement | undefined;
    let columns: string[] = [];
    return {
      async insert(rows) {
        if (!statement) {
          columns = Object.keys(rows[0]!);
          statement = sqlite.prepare(
            `INSERT INTO "Intake" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
          );
        }
        const insertAll = sqlite.transaction((batch: Row[]) => {
          for (const row of batch) statement!.run(...columns.map((c) => sqliteValue(row[c])));
        });
        insertAll(rows);
      },
      async close() {
        sqlite.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    async insert(rows) {
      const columns = Object.keys(rows[0]!);
      // 31 columns × 500 rows stays under PostgreSQL's 65,535 parameters.
      for (let start = 0; start < rows.length; start += 500) {
        const chunk = rows.slice(start, start + 500);
        const values: unknown[] = [];
        const tuples = chunk.map((row) => {
          const placeholders = columns.map((c) => {
            values.push(postgresValue(row[c]));
            return `$${values.length}`;
          });
          return `(${placeholders.join(', ')})`;
        });
        await client.query(`INSERT INTO "Intake" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`, values);
      }
    },
    async close() {
      await client.end();
    },
  };
}

/** Reads rows back through Prisma: dates, JSON and filters must see what was written. */
export async function verifyRoundTrip(db: Db, sample: Row): Promise<void> {
  const row = await db.prisma.intake.findUnique({
    where: { id: sample.id as string },
    select: { createdAt: true, answers: true, followUpConsent: true },
  });
  const createdAt = sample.createdAt as Date;
  const found = await db.prisma.intake.count({ where: { id: sample.id as string, createdAt: { gte: createdAt, lte: createdAt } } });
  if (!row || row.createdAt.getTime() !== createdAt.getTime() || found !== 1 || !isDeepStrictEqual(row.answers, sample.answers)) {
    throw new Error(`bulk insert: row ${String(sample.id)} does not read back as written through Prisma`);
  }
}
