/**
 * `npm run bench`: the back-office inbox on 100,000 intakes.
 *
 * Generates a realistic data set (scripts/bench/dataset.ts) in a temp SQLite file, then times the
 * inbox through its service (listInbox / writeInboxCsv: validation, Prisma, mapping; no HTTP):
 * first pages per sort, filtered pages, deep cursor pages and searches, each repeated, printing
 * median and p95, and the ratio to the default first page. It prints the query plan of every
 * case's SQL (as Prisma sends it) and flags full scans and sorts without an index.
 *
 * With BENCH_DATABASE_URL=postgres://… it also runs against a fresh database on that server
 * (created and dropped), and then times the search at 100k and 1M intakes there (search-scale.ts;
 * BENCH_ONLY=search-scale runs only that). BENCH_ROWS (default 100000) and BENCH_REPEAT (default
 * 20) scale it.
 * Numbers only: no assertion depends on time.
 */
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { INBOX_SORTS, InboxExportQuery, InboxQuery, type InboxQueryParams, type InboxSort } from '#shared/schemas/admin-intakes.ts';
import type { AppDeps } from '../../server/app-deps.ts';
import { readEnv } from '../../server/env.ts';
import { createLogger } from '../../server/lib/logger.ts';
import { encodeCursor, INBOX_ORDERS } from '../../server/features/admin-intakes/admin-intakes.cursor.ts';
import { listInbox, writeInboxCsv } from '../../server/features/admin-intakes/admin-intakes.service.ts';
import { openDatabase, type Database } from '../../server/lib/db.ts';
import { openBulkInserter, verifyRoundTrip } from './bulk-insert.ts';
import { averageJsonBytes, intakeBatches, type IntakeWithSnapshot, RARE_EMAIL_FRAGMENT, RARE_EMAIL_ROWS } from './dataset.ts';
import { captureIntakeQueries, openRecordingDatabase, planWarnings, postgresPlan, sqlitePlan } from './query-plans.ts';
import { benchSearchAtScale } from './search-scale.ts';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 20);
const WARMUP = 2;
const BATCH = 1000;

let peakRss = process.memoryUsage().rss;
const rssSampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 25);

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));

type Case = { name: string; params: InboxQueryParams };

/** A search word that occurs in no row. */
const NO_MATCH = 'qqxyzzy';

type Timing = { name: string; median: number; p95: number; rows: number };

async function generate(db: Database, url: string): Promise<{ seconds: number; jsonBytes: number }> {
  const inserter = await openBulkInserter(db, url);
  const started = performance.now();
  let done = 0;
  let jsonBytes = 0;
  let sample: IntakeWithSnapshot | undefined;
  try {
    for (const batch of intakeBatches(ROWS, BATCH)) {
      if (done === 0) {
        jsonBytes = averageJsonBytes(batch.map((row) => row.snapshot));
        sample = batch[0];
      }
      await inserter.insert(batch);
      done += batch.length;
      if (done % 20_000 === 0 || done === ROWS) {
        const seconds = (performance.now() - started) / 1000;
        process.stdout.write(`\r  generated ${done.toLocaleString('en')} / ${ROWS.toLocaleString('en')} (${Math.round(done / seconds)} rows/s)   `);
      }
    }
  } finally {
    await inserter.close();
  }
  process.stdout.write('\n');
  const seconds = (performance.now() - started) / 1000;
  await verifyRoundTrip(db, sample!);
  return { seconds, jsonBytes };
}

async function deepCursor(db: Database, sort: InboxSort, offset: number): Promise<string> {
  const order = INBOX_ORDERS[sort];
  const [row] = await db.prisma.intake.findMany({
    orderBy: [{ [order.field]: order.direction }, { id: order.direction }],
    skip: offset,
    take: 1,
    select: { id: true, createdAt: true, name: true, freedMinutesPerMonth: true, netGainCentsPerMonth: true },
  });
  if (!row) throw new Error(`no row at offset ${offset}`);
  return encodeCursor(sort, { value: row[order.field], id: row.id });
}

async function casesFor(db: Database): Promise<Case[]> {
  const deep = Math.floor(ROWS / 2);
  return [
    { name: 'first page (newest, 25)', params: {} },
    { name: 'first page sort=oldest', params: { sort: 'oldest' } },
    { name: 'first page sort=name', params: { sort: 'name' } },
    { name: 'first page sort=hours-freed', params: { sort: 'hours-freed' } },
    { name: 'first page sort=net-gain', params: { sort: 'net-gain' } },
    { name: 'first page, 100 rows', params: { limit: '100' } },
    { name: 'status=contacted', params: { status: 'contacted' } },
    { name: 'status=client + 3 months', params: { status: 'client', from: '2026-06-01', to: '2026-08-31' } },
    { name: 'status=new,contacted', params: { status: 'new,contacted' } },
    { name: 'status=new,contacted + 3 months', params: { status: 'new,contacted', from: '2026-06-01', to: '2026-08-31' } },
    { name: '3 months (no status)', params: { from: '2026-06-01', to: '2026-08-31' } },
    { name: 'status=client sort=name', params: { status: 'client', sort: 'name' } },
    { name: `deep page newest (row ${deep})`, params: { cursor: await deepCursor(db, 'newest', deep) } },
    { name: `deep page name (row ${deep})`, params: { sort: 'name', cursor: await deepCursor(db, 'name', deep) } },
    { name: `deep page net-gain (row ${deep})`, params: { sort: 'net-gain', cursor: await deepCursor(db, 'net-gain', deep) } },
    { name: 'search common name "jansen"', params: { q: 'jansen' } },
    { name: 'search "zoe de vries"', params: { q: 'zoe de vries' } },
    { name: `search rare e-mail (${RARE_EMAIL_ROWS} rows)`, params: { q: RARE_EMAIL_FRAGMENT } },
    { name: 'search no match', params: { q: NO_MATCH } },
    { name: 'search "jansen" + status=client', params: { q: 'jansen', status: 'client' } },
    // Every sort, with a search that matches nothing (the worst case: no early stop) and with a
    // status filter; the status filter and the sort together pick the index.
    ...INBOX_SORTS.filter((sort) => sort !== 'newest').map((sort) => ({ name: `search no match sort=${sort}`, params: { q: NO_MATCH, sort } })),
    { name: 'search no match + status=new,contacted', params: { q: NO_MATCH, status: 'new,contacted' } },
    { name: 'search no match + status=new sort=name', params: { q: NO_MATCH, status: 'new', sort: 'name' } },
    { name: 'search no match + 3 months sort=name', params: { q: NO_MATCH, from: '2026-06-01', to: '2026-08-31', sort: 'name' } },
    { name: 'search "zoe de vries" sort=name', params: { q: 'zoe de vries', sort: 'name' } },
    ...INBOX_SORTS.filter((sort) => sort !== 'newest' && sort !== 'name').map((sort) => ({
      name: `status=new sort=${sort}`,
      params: { status: 'new', sort },
    })),
    { name: 'status=new sort=name', params: { status: 'new', sort: 'name' } },
    { name: 'status=new,contacted sort=name', params: { status: 'new,contacted', sort: 'name' } },
    { name: '3 months sort=name', params: { from: '2026-06-01', to: '2026-08-31', sort: 'name' } },
    { name: '2 years sort=name', params: { from: '2024-12-01', to: '2026-11-30', sort: 'name' } },
    { name: '1 day sort=net-gain', params: { from: '2026-11-20', to: '2026-11-20', sort: 'net-gain' } },
    {
      name: 'search no match, 2 statuses, hours-freed',
      params: { q: NO_MATCH, status: 'client,proposal-sent', sort: 'hours-freed' },
    },
    { name: 'status=new + 3 months sort=net-gain', params: { status: 'new', from: '2026-06-01', to: '2026-08-31', sort: 'net-gain' } },
  ];
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

async function time(deps: AppDeps, item: Case): Promise<Timing> {
  const query = InboxQuery.parse(item.params);
  let rows = 0;
  for (let i = 0; i < WARMUP; i++) rows = (await listInbox(deps, query)).items.length;
  const samples: number[] = [];
  for (let i = 0; i < REPEAT; i++) {
    const started = performance.now();
    await listInbox(deps, query);
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { name: item.name, median: percentile(samples, 0.5), p95: percentile(samples, 0.95), rows };
}

async function timeCsv(deps: AppDeps, params: Record<string, string>) {
  let bytes = 0;
  let lines = 0;
  const rssBefore = process.memoryUsage().rss;
  let rssMax = rssBefore;
  const started = performance.now();
  await writeInboxCsv(deps, InboxExportQuery.parse(params), {
    aborted: false,
    async write(chunk: string) {
      bytes += Buffer.byteLength(chunk);
      lines += chunk.split('\r\n').length - 1;
      rssMax = Math.max(rssMax, process.memoryUsage().rss);
    },
  });
  const seconds = (performance.now() - started) / 1000;
  return { rows: lines - 1, seconds, bytes, rssGrowth: rssMax - rssBefore };
}

function printTable(title: string, timings: Timing[]) {
  const base = timings[0]!.median;
  console.log(`\n${title}`);
  const header = `${'case'.padEnd(40)} ${'median ms'.padStart(10)} ${'p95 ms'.padStart(9)} ${'rows'.padStart(5)} ${'× first page'.padStart(13)}`;
  console.log(header);
  console.log('-'.repeat(header.length));
  for (const t of timings) {
    console.log(
      `${t.name.padEnd(40)} ${ms(t.median).padStart(10)} ${ms(t.p95).padStart(9)} ${String(t.rows).padStart(5)} ${(t.median / base).toFixed(1).padStart(13)}`,
    );
  }
}

/** Prints each case's plan; returns the plan of each case (one line per statement) for the summary. */
async function printPlans(url: string, cases: Case[], env: AppDeps['env']): Promise<Map<string, string>> {
  const { db, recorder } = await openRecordingDatabase(url);
  const deps: AppDeps = { db, env, log: createLogger(env) };
  const summaries = new Map<string, string>();
  console.log('\nQuery plans (the SQL Prisma sends for each case; ⚠ = full table scan or sort without an index)');
  try {
    for (const item of cases) {
      const queries = await captureIntakeQueries(recorder, () => listInbox(deps, InboxQuery.parse(item.params)));
      for (const query of queries) {
        const lines = db.provider === 'sqlite' ? sqlitePlan(url.slice('file:'.length), query) : await postgresPlan(url, query);
        const warnings = new Set(planWarnings(lines));
        console.log(`  ${item.name}`);
        for (const line of lines) console.log(`    ${warnings.has(line) ? '⚠' : ' '} ${line}`);
        summaries.set(item.name, lines.map((line) => line.trim().replace(/\s*\(cost=.*?\)/, '')).join(' / '));
      }
    }
    const sample = await captureIntakeQueries(recorder, () => listInbox(deps, InboxQuery.parse({ q: 'jansen', status: 'client' })));
    console.log(`\n  SQL of "search + status" as sent:\n    ${sample[0]?.sql.replace(/\s+/g, ' ')}`);
  } finally {
    await db.close();
  }
  return summaries;
}

/** The cases that cost more than 10× the default first page, with what their plan does. */
function printSlowCases(timings: Timing[], plans: Map<string, string>) {
  const base = timings[0]!.median;
  const slow = timings.filter((t) => t.median > 10 * base);
  console.log(`\nSlow cases (median > 10× the first page's ${ms(base)} ms): ${slow.length === 0 ? 'none' : ''}`);
  for (const t of slow) {
    console.log(`  ${t.name}: ${ms(t.median)} ms — ${plans.get(t.name) ?? '?'}`);
  }
  if (slow.some((t) => t.name.startsWith('search'))) {
    console.log(
      "  A search is LIKE '%word%' on searchText, which no B-tree index can seek: the query walks the index of the\n" +
        '  sort order until it has a page, i.e. every entry when few match. Each Intake index ends in searchText so\n' +
        '  that the LIKE is tested on the index entry (docs/decisions/0005); a plan that reads rows instead is slow.',
    );
  }
}

/** Bytes on disk of the Intake table, its indexes and the snapshots: what a scan has to read. */
async function printSizes(db: Database) {
  const rows =
    db.provider === 'sqlite'
      ? await db.prisma.$queryRawUnsafe<{ name: string; bytes: number | bigint }[]>(
          `SELECT CASE WHEN m.type = 'index' THEN m.tbl_name || ' indexes' ELSE m.name END AS name, SUM(d.pgsize) AS bytes
             FROM dbstat d JOIN sqlite_master m ON m.name = d.name
            WHERE m.tbl_name IN ('Intake', 'IntakeSnapshot')
            GROUP BY 1 ORDER BY 1`,
        )
      : await db.prisma.$queryRawUnsafe<{ name: string; bytes: number | bigint }[]>(
          `SELECT 'Intake' AS name, pg_table_size('"Intake"') AS bytes
           UNION ALL SELECT 'Intake indexes', pg_indexes_size('"Intake"')
           UNION ALL SELECT 'IntakeSnapshot', pg_table_size('"IntakeSnapshot"')
           UNION ALL SELECT 'IntakeSnapshot indexes', pg_indexes_size('"IntakeSnapshot"')`,
        );
  console.log(`  on disk: ${rows.map((row) => `${row.name} ${mb(Number(row.bytes))}`).join(', ')}`);
}

async function run(label: string, url: string, afterGenerate?: () => Promise<void>) {
  console.log(`\n=== ${label}: ${ROWS.toLocaleString('en')} intakes ===`);
  const db = await openDatabase(url);
  try {
    const env = readEnv({ NODE_ENV: 'test', CLIENT_DIST: '/nonexistent' });
    const deps: AppDeps = { db, env, log: createLogger(env) };
    const { seconds, jsonBytes } = await generate(db, url);
    await afterGenerate?.();
    console.log(
      `  generation: ${seconds.toFixed(1)} s, ${Math.round(ROWS / seconds).toLocaleString('en')} rows/s ` +
        `(raw INSERTs in batches of ${BATCH}; answers + result ≈ ${(jsonBytes / 1024).toFixed(1)} kB a row)`,
    );
    if (db.provider === 'sqlite') {
      const file = url.slice('file:'.length);
      const size = (await stat(file)).size + (await stat(`${file}-wal`).catch(() => ({ size: 0 }))).size;
      console.log(`  database file: ${mb(size)}`);
    }
    await printSizes(db);

    const cases = await casesFor(db);
    const timings: Timing[] = [];
    for (const item of cases) timings.push(await time(deps, item));
    printTable(`Inbox (${REPEAT}× each after ${WARMUP} warm-up runs; service level, no HTTP)`, timings);

    const csvSmall = await timeCsv(deps, { status: 'client' });
    const csvAll = await timeCsv(deps, {});
    console.log('\nCSV export (streamed in keyset batches of 500)');
    for (const [name, r] of [['status=client', csvSmall], ['everything', csvAll]] as const) {
      console.log(
        `  ${name.padEnd(14)} ${r.rows.toLocaleString('en').padStart(8)} rows in ${r.seconds.toFixed(2)} s ` +
          `(${Math.round(r.rows / r.seconds).toLocaleString('en')} rows/s, ${mb(r.bytes)}, RSS +${mb(Math.max(0, r.rssGrowth))})`,
      );
    }

    const plans = await printPlans(url, cases, env);
    printSlowCases(timings, plans);
  } finally {
    await db.close();
  }
}

/** Runs `use` on a fresh database on the PostgreSQL server, dropped afterwards. */
async function withScratchDatabase(pgServer: string, use: (url: string) => Promise<void>) {
  const name = `ds_bench_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: pgServer });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const url = new URL(pgServer);
  url.pathname = `/${name}`;
  await admin(`CREATE DATABASE "${name}"`);
  try {
    await use(url.toString());
  } finally {
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

async function main() {
  // BENCH_ONLY=search-scale: only the search at 100k and 1M on PostgreSQL (search-scale.ts).
  const only = process.env.BENCH_ONLY?.trim();
  if (!only) {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'delegatiescan-bench-'));
    try {
      await run('SQLite', `file:${path.join(dir, 'bench.db')}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }

  const pgServer = process.env.BENCH_DATABASE_URL?.trim();
  if (pgServer) {
    if (!only) {
      await withScratchDatabase(pgServer, (url) =>
        // Statistics and visibility map after the bulk load, as autovacuum would leave them (it
        // vacuums after inserts too): otherwise it starts during the timings and they time it.
        run('PostgreSQL', url, async () => {
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          await client.query('VACUUM ANALYZE "Intake", "IntakeSnapshot"');
          await client.end();
        }),
      );
    }
    await withScratchDatabase(pgServer, benchSearchAtScale);
  } else {
    console.log('\n(PostgreSQL: set BENCH_DATABASE_URL=postgres://… to run the same against a server.)');
  }

  clearInterval(rssSampler);
  const maxRss = Math.max(peakRss, process.resourceUsage().maxRSS * 1024);
  console.log(`\nPeak RSS of the bench process: ${mb(maxRss)}`);
}

main()
  .then(() => process.exit(0))
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
