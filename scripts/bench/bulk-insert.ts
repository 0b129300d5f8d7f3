/**
 * Fast bulk insert of generated intakes and their snapshots, bypassing Prisma (whose createMany
 * manages only ~500 rows/s with 10 kB of JSON a row): prepared statements in one transaction on
 * SQLite, multi-row INSERTs in one transaction on PostgreSQL. Values are written exactly as Prisma
 * writes them, checked afterwards by reading a row back through Prisma (verifyRoundTrip).
 */
import { isDeepStrictEqual } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Database as Db } from '../../server/lib/db.ts';
import type { IntakeWithSnapshot } from './dataset.ts';

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
  insert(rows: IntakeWithSnapshot[]): Promise<void>;
  close(): Promise<void>;
}

const quoteColumns = (columns: string[]) => columns.map((c) => `"${c}"`).join(', ');

/** Intakes first, then their snapshots (the foreign key points that way). */
function tablesOf(rows: IntakeWithSnapshot[], snapshots: boolean): [table: string, rows: Row[]][] {
  const intakes: [string, Row[]] = ['Intake', rows.map((row) => row.intake)];
  return snapshots ? [intakes, ['IntakeSnapshot', rows.map((row) => row.snapshot)]] : [intakes];
}

/** `snapshots: false` writes the Intake rows only: enough for the inbox and its search, ~20x less to write. */
export async function openBulkInserter(db: Db, url: string, { snapshots = true } = {}): Promise<BulkInserter> {
  if (db.provider === 'sqlite') {
    const sqlite = new Database(url.slice('file:'.length));
    sqlite.pragma('journal_mode = WAL');
    // A throwaway file: no fsync while loading (the server itself runs with synchronous = NORMAL).
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('busy_timeout = 5000');
    const statements = new Map<string, { statement: Database.Statement; columns: string[] }>();
    const prepared = (table: string, sample: Row) => {
      let entry = statements.get(table);
      if (!entry) {
        const columns = Object.keys(sample);
        const sql = `INSERT INTO "${table}" (${quoteColumns(columns)}) VALUES (${columns.map(() => '?').join(', ')})`;
        entry = { statement: sqlite.prepare(sql), columns };
        statements.set(table, entry);
      }
      return entry;
    };
    const insertAll = sqlite.transaction((batch: IntakeWithSnapshot[]) => {
      for (const [table, rows] of tablesOf(batch, snapshots)) {
        const { statement, columns } = prepared(table, rows[0]!);
        for (const row of rows) statement.run(...columns.map((c) => sqliteValue(row[c])));
      }
    });
    return {
      async insert(rows) {
        if (rows.length > 0) insertAll(rows);
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
      await client.query('BEGIN');
      try {
        for (const [table, tableRows] of tablesOf(rows, snapshots)) {
          const columns = Object.keys(tableRows[0]!);
          // 29 columns × 500 rows stays under PostgreSQL's 65,535 parameters.
          for (let start = 0; start < tableRows.length; start += 500) {
            const chunk = tableRows.slice(start, start + 500);
            const values: unknown[] = [];
            const tuples = chunk.map((row) => {
              const placeholders = columns.map((c) => {
                values.push(postgresValue(row[c]));
                return `$${values.length}`;
              });
              return `(${placeholders.join(', ')})`;
            });
            await client.query(`INSERT INTO "${table}" (${quoteColumns(columns)}) VALUES ${tuples.join(', ')}`, values);
          }
        }
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    async close() {
      await client.end();
    },
  };
}

/** Reads a row back through Prisma: dates, JSON and filters must see what was written. */
export async function verifyRoundTrip(db: Db, sample: IntakeWithSnapshot): Promise<void> {
  const { id, createdAt } = sample.intake;
  const row = await db.prisma.intake.findUnique({
    where: { id },
    select: { createdAt: true, followUpConsent: true, snapshot: { select: { answers: true, result: true } } },
  });
  const found = await db.prisma.intake.count({ where: { id, createdAt: { gte: createdAt, lte: createdAt } } });
  if (
    !row ||
    row.createdAt.getTime() !== createdAt.getTime() ||
    found !== 1 ||
    !isDeepStrictEqual(row.snapshot?.answers, sample.snapshot.answers) ||
    !isDeepStrictEqual(row.snapshot?.result, sample.snapshot.result)
  ) {
    throw new Error(`bulk insert: row ${id} does not read back as written through Prisma`);
  }
}
