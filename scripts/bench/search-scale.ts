/**
 * Part of `npm run bench` (with BENCH_DATABASE_URL): does the inbox search on PostgreSQL stay flat
 * from 100,000 to 1,000,000 intakes? (issue 11, point 6; docs/decisions/0029)
 *
 * In a scratch database (created, migrated, dropped): BENCH_SEARCH_ROWS (default 100,000) intakes
 * of the bench's data set (Intake rows only: the search never reads the snapshots), then ten times
 * as many, the other nine tenths copied in SQL (INSERT … SELECT over generate_series, indexes
 * dropped for the load and created again as the migrations define them, then VACUUM ANALYZE).
 * The rare e-mail stays in exactly RARE_EMAIL_ROWS rows; a common name grows with the table.
 *
 * Each case is the SQL Prisma sends for listInbox (captured through a recording client), run on
 * one connection: BENCH_REPEAT times with the trigram index, and a few times without it (the index
 * dropped in a transaction that is rolled back). Prints p50/p99 at both sizes and their ratio:
 * flat is a ratio near 1. Numbers only.
 */
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import type { SqlQuery } from '@prisma/driver-adapter-utils';
import { InboxQuery, type InboxQueryParams } from '#shared/schemas/admin-intakes.ts';
import type { AppDeps } from '../../server/app-deps.ts';
import { readEnv } from '../../server/env.ts';
import { listInbox } from '../../server/features/admin-intakes/admin-intakes.service.ts';
import { openDatabase } from '../../server/lib/db.ts';
import { createLogger } from '../../server/lib/logger.ts';
import { openBulkInserter } from './bulk-insert.ts';
import { intakeBatches, RARE_EMAIL_FRAGMENT, RARE_EMAIL_ROWS } from './dataset.ts';
import { captureIntakeQueries, openRecordingDatabase } from './query-plans.ts';

const BASE_ROWS = Number(process.env.BENCH_SEARCH_ROWS ?? 100_000);
const GROWTH = 10;
const REPEAT = Number(process.env.BENCH_REPEAT ?? 20);
const REPEAT_WITHOUT = Math.max(3, Math.round(REPEAT / 4));
const TRGM_INDEX = 'Intake_search_trgm_idx';

const CASES: { name: string; params: InboxQueryParams }[] = [
  { name: 'search no match', params: { q: 'qqxyzzy' } },
  { name: `search rare e-mail (${RARE_EMAIL_ROWS} rows)`, params: { q: RARE_EMAIL_FRAGMENT } },
  { name: 'search "zoe de vries"', params: { q: 'zoe de vries' } },
  { name: 'search common name "jansen"', params: { q: 'jansen' } },
  { name: 'search no match sort=name', params: { q: 'qqxyzzy', sort: 'name' } },
  { name: 'search no match + status=new,contacted', params: { q: 'qqxyzzy', status: 'new,contacted' } },
  { name: 'search "zoe de vries" sort=name', params: { q: 'zoe de vries', sort: 'name' } },
];

type Figures = { p50: number; p99: number; plan: string };
type Measured = { withIndex: Figures; withoutIndex: Figures };

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
const short = (rows: number) => (rows >= 1_000_000 ? `${rows / 1_000_000}M` : `${rows / 1000}k`);
const fmt = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));

async function timeQuery(client: pg.Client, query: SqlQuery, repeat: number): Promise<Figures> {
  const explain = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN ${query.sql}`, query.args);
  const plan =
    explain.rows
      .map((row) => row['QUERY PLAN'].trim().replace(/^->\s*/, '').replace(/\s*\(cost=.*$/, ''))
      .find((line) => /Scan/.test(line)) ?? '?';
  for (let i = 0; i < 2; i++) await client.query(query.sql, query.args);
  const samples: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const started = performance.now();
    await client.query(query.sql, query.args);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: pct(samples, 0.5), p99: pct(samples, 0.99), plan };
}

async function measure(url: string, client: pg.Client): Promise<Map<string, Measured>> {
  const env = readEnv({ NODE_ENV: 'test', CLIENT_DIST: '/nonexistent' });
  const { db, recorder } = await openRecordingDatabase(url);
  const deps: AppDeps = { db, env, log: createLogger({ ...env, LOG_LEVEL: 'silent' }) };
  const queries = new Map<string, SqlQuery>();
  try {
    for (const item of CASES) {
      const [query] = await captureIntakeQueries(recorder, () => listInbox(deps, InboxQuery.parse(item.params)));
      if (!query) throw new Error(`no query captured for ${item.name}`);
      queries.set(item.name, query);
    }
  } finally {
    await db.close();
  }
  const measured = new Map<string, Measured>();
  for (const item of CASES) {
    const query = queries.get(item.name)!;
    const withIndex = await timeQuery(client, query, REPEAT);
    await client.query('BEGIN');
    try {
      await client.query(`DROP INDEX "${TRGM_INDEX}"`);
      const withoutIndex = await timeQuery(client, query, REPEAT_WITHOUT);
      measured.set(item.name, { withIndex, withoutIndex });
    } finally {
      await client.query('ROLLBACK');
    }
  }
  return measured;
}

/** Copies the table's rows GROWTH - 1 times in SQL, with its indexes dropped during the load. */
async function grow(client: pg.Client): Promise<void> {
  const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'Intake' AND indexname <> 'Intake_pkey'`,
  );
  const { rows: columns } = await client.query<{ column_name: string }>(
    `SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = 'Intake' ORDER BY ordinal_position`,
  );
  // Each copy: another id and idempotency key, a second earlier per copy; the rare e-mail
  // fragment replaced, so that it stays in RARE_EMAIL_ROWS rows. Every other column as it is.
  const copied: Record<string, string> = {
    id: `'c' || k || '-' || i."id"`,
    createdAt: `i."createdAt" - k * interval '1 second'`,
    email: `replace(i."email", $1, 'q' || k || '.x')`,
    searchText: `replace(i."searchText", $1, 'q' || k || '.x')`,
    idempotencyKeyHash: `i."idempotencyKeyHash" || '-c' || k`,
  };
  const names = columns.map((column) => column.column_name);
  for (const { indexname } of indexes) await client.query(`DROP INDEX "${indexname}"`);
  await client.query(
    `INSERT INTO "Intake" (${names.map((name) => `"${name}"`).join(', ')})
     SELECT ${names.map((name) => copied[name] ?? `i."${name}"`).join(', ')}
       FROM "Intake" i, generate_series(1, ${GROWTH - 1}) k`,
    [RARE_EMAIL_FRAGMENT],
  );
  for (const { indexdef } of indexes) await client.query(indexdef);
  await client.query('VACUUM ANALYZE "Intake"');
}

export async function benchSearchAtScale(url: string): Promise<void> {
  const big = BASE_ROWS * GROWTH;
  console.log(`\n=== PostgreSQL: the inbox search at ${BASE_ROWS.toLocaleString('en')} and ${big.toLocaleString('en')} intakes ===`);
  const db = await openDatabase(url);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let started = performance.now();
    const inserter = await openBulkInserter(db, url, { snapshots: false });
    for (const batch of intakeBatches(BASE_ROWS, 1000)) await inserter.insert(batch);
    await inserter.close();
    await client.query('VACUUM ANALYZE "Intake"');
    console.log(`  ${BASE_ROWS.toLocaleString('en')} intakes loaded in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const small = await measure(url, client);

    started = performance.now();
    await grow(client);
    const { rows } = await client.query<{ n: string; size: string }>(
      `SELECT count(*) AS n, pg_size_pretty(pg_relation_size('"${TRGM_INDEX}"')) AS size FROM "Intake"`,
    );
    console.log(`  grown to ${Number(rows[0]!.n).toLocaleString('en')} in ${((performance.now() - started) / 1000).toFixed(1)} s; trigram index ${rows[0]!.size}`);
    const large = await measure(url, client);

    const [a, b] = [short(BASE_ROWS), short(big)];
    const header =
      `${'case (ms, SQL as Prisma sends it)'.padEnd(42)} ${`${a} p50`.padStart(9)} ${'p99'.padStart(7)} ${`${b} p50`.padStart(8)} ${'p99'.padStart(7)} ` +
      `${`${b}/${a}`.padStart(8)}   ${`no index: ${a} p50`.padStart(18)} ${`${b} p50`.padStart(8)} ${`${b}/${a}`.padStart(8)}`;
    console.log(`\n  with the trigram index (${REPEAT}× each) and without it (${REPEAT_WITHOUT}×, dropped in a rolled-back transaction)`);
    console.log(`  ${header}\n  ${'-'.repeat(header.length)}`);
    for (const item of CASES) {
      const s = small.get(item.name)!;
      const l = large.get(item.name)!;
      console.log(
        `  ${item.name.padEnd(42)} ${fmt(s.withIndex.p50).padStart(9)} ${fmt(s.withIndex.p99).padStart(7)} ${fmt(l.withIndex.p50).padStart(8)} ` +
          `${fmt(l.withIndex.p99).padStart(7)} ${(l.withIndex.p50 / s.withIndex.p50).toFixed(2).padStart(7)}x   ` +
          `${fmt(s.withoutIndex.p50).padStart(18)} ${fmt(l.withoutIndex.p50).padStart(8)} ${(l.withoutIndex.p50 / s.withoutIndex.p50).toFixed(2).padStart(7)}x`,
      );
    }
    console.log(`\n  plans at ${b} (with / without the index):`);
    for (const item of CASES) {
      const l = large.get(item.name)!;
      console.log(`    ${item.name.padEnd(42)} ${l.withIndex.plan}  /  ${l.withoutIndex.plan}`);
    }
  } finally {
    await client.end();
    await db.close();
  }
}
