/**
 * The database layer on whichever provider is selected: SQLite by default,
 * PostgreSQL with TEST_DATABASE_URL=postgres://... (see tests/setup/test-database.ts).
 */
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, test } from 'vitest';
import { deployMigrations } from '../../prisma/migrator.ts';
import { migrationsDirs, resolveDatabaseTarget } from '../../prisma/paths.ts';
import { normaliseSearchTerm, openDatabase, toSearchText, type Db } from '../../server/lib/db.ts';
import { SAFETY_NET_PAGES } from '../../server/lib/db/wal-checkpointer.ts';
import { createTestDatabase, resetDatabase, useTestDatabase } from '../setup/test-database.ts';

const testDb = useTestDatabase();
const runFile = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const expectedProvider = process.env.TEST_DATABASE_URL ? 'postgresql' : 'sqlite';

const snapshotData = {
  answers: { about: { hoursPerWeek: 40 }, note: "it's 'quoted'; and semi;colons" },
  result: { buckets: { now: ['email-triage'] }, totals: { freedMinutesPerMonth: 600 } },
};

function intakeData(overrides: { name?: string; email?: string; company?: string | null } = {}) {
  const name = overrides.name ?? 'Anne de Vries';
  const email = overrides.email ?? `anne-${randomBytes(4).toString('hex')}@example.nl`;
  const company = overrides.company === undefined ? 'De Vries Coaching' : overrides.company;
  return {
    locale: 'nl',
    name,
    email,
    company,
    searchText: toSearchText(name, email, company),
    businessKind: 'coach-trainer',
    hoursPerWeek: 40,
    rateKind: 'current',
    hourlyRateCents: 85_00,
    delegationExperience: 'never',
    mainPain: 'admin-piles-up',
    snapshot: { create: snapshotData },
    engineVersion: 'engine-1',
    catalogueVersion: 'catalogue-1',
    privacyConsentAt: new Date('2026-11-01T10:00:00.000Z'),
    privacyConsentVersion: '2026-11-privacy-v1',
    followUpConsent: false,
    freedMinutesPerMonth: 600,
    netGainCentsPerMonth: 123_45,
    topBucket: 'now',
    idempotencyKeyHash: randomBytes(32).toString('hex'),
    requestFingerprint: randomBytes(32).toString('hex'),
  };
}

async function createIntake(db: Db, overrides?: Parameters<typeof intakeData>[0]) {
  return db.prisma.intake.create({ data: intakeData(overrides), select: { id: true } });
}

describe('database', () => {
  test(`runs on the selected provider (${expectedProvider}) with every migration applied`, async () => {
    const { db } = testDb;
    expect(db.provider).toBe(expectedProvider);
    const folders = (await readdir(migrationsDirs[db.provider], { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    expect(folders.length).toBeGreaterThan(0);
    const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string; finished: unknown }[]>(
      'SELECT migration_name, finished_at AS finished FROM _prisma_migrations WHERE rolled_back_at IS NULL ORDER BY migration_name',
    );
    expect(rows.map((row) => row.migration_name)).toEqual(folders);
    expect(rows.every((row) => row.finished !== null)).toBe(true);

    // Opening again finds nothing to do, without starting the schema engine.
    const again = await deployMigrations(resolveDatabaseTarget(db.url));
    expect(again).toEqual({ applied: [], engineStarted: false });
  });

  test('the embedded SQLite database runs in WAL mode with foreign keys and a busy timeout', async () => {
    // Always SQLite, whichever server the rest of this file runs against: it is the default.
    const dir = await mkdtemp(path.join(os.tmpdir(), 'delegatiescan-pragma-'));
    const db = await openDatabase(`file:${path.join(dir, 'pragma.db')}`);
    try {
      const pragma = async (name: string) =>
        Object.values((await db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`))[0] ?? {})[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(Number(await pragma('foreign_keys'))).toBe(1);
      expect(Number(await pragma('synchronous'))).toBe(1); // NORMAL
      expect(Number(await pragma('busy_timeout'))).toBe(5000);
    } finally {
      await db.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('SQLite checkpoints from a worker thread, not in the COMMIT of a request', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'delegatiescan-checkpoint-'));
    const file = path.join(dir, 'checkpoint.db');
    const db = await openDatabase(`file:${file}`);
    try {
      if (db.raw.provider !== 'sqlite') throw new Error('the default database is SQLite');
      const { sqlite: connection } = db.raw;
      const autocheckpoint = await connection.read((sqlite) => sqlite.statement('PRAGMA wal_autocheckpoint').get());
      expect(autocheckpoint).toEqual({ wal_autocheckpoint: BigInt(SAFETY_NET_PAGES) });
      // ~2 MB of new pages: fewer than SQLite's own threshold (1000 pages), so before the worker
      // nothing copied them into the database file until the WAL had grown further.
      const sizeBefore = (await stat(file)).size;
      await connection.transaction((sqlite) => {
        sqlite.statement('CREATE TABLE scratch (body TEXT)').run();
        for (let row = 0; row < 500; row++) sqlite.statement('INSERT INTO scratch (body) VALUES (?)').run('x'.repeat(4000));
      });
      await expect.poll(async () => (await stat(file)).size - sizeBefore, { timeout: 5000 }).toBeGreaterThan(1_500_000);
    } finally {
      await db.close();
    }
    // The last connection out (the worker's) checkpoints the rest and removes the WAL.
    await expect(stat(`${file}-wal`)).rejects.toThrow(/ENOENT/);
    await rm(dir, { recursive: true, force: true });
  });

  test('a process that closes its SQLite database waits for the checkpointer to finish, then exits', async () => {
    // The worker does not keep a process alive; while it finishes, close() must (else Node
    // ended the process mid-close, with exit code 13, when nothing else held it).
    const dir = await mkdtemp(path.join(os.tmpdir(), 'delegatiescan-close-'));
    try {
      const script = path.join(dir, 'open-close.mts');
      const dbModule = pathToFileURL(path.join(repoRoot, 'server/lib/db.ts')).href;
      await writeFile(
        script,
        `import { openDatabase } from '${dbModule}';\nconst db = await openDatabase('file:${path.join(dir, 'x.db')}');\nawait db.close();\nconsole.log('closed');\n`,
      );
      const { stdout } = await runFile(process.execPath, ['--import', 'tsx', script], { cwd: repoRoot });
      expect(stdout.trim()).toBe('closed');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('stores Json, DateTime (UTC) and defaults as given', async () => {
    const { db } = testDb;
    const { id } = await createIntake(db);
    const intake = await db.prisma.intake.findUniqueOrThrow({
      where: { id },
      select: { snapshot: true, privacyConsentAt: true, status: true, readAt: true, createdAt: true },
    });
    expect(intake.snapshot).toEqual({ intakeId: id, ...snapshotData });
    expect(intake.privacyConsentAt.toISOString()).toBe('2026-11-01T10:00:00.000Z');
    expect(intake.status).toBe('new');
    expect(intake.readAt).toBeNull();
    expect(Math.abs(intake.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  test('rejects a second intake with the same idempotency key (P2002)', async () => {
    const { db } = testDb;
    const data = intakeData();
    await db.prisma.intake.create({ data, select: { id: true } });
    await expect(
      db.prisma.intake.create({ data: { ...data, email: 'other@example.nl' }, select: { id: true } }),
    ).rejects.toMatchObject({ code: 'P2002' });
  });

  test('an interactive transaction rolls back as a whole', async () => {
    const { db } = testDb;
    await expect(
      db.prisma.$transaction(async (tx) => {
        const { id } = await tx.intake.create({ data: intakeData(), select: { id: true } });
        await tx.intakeEvent.create({ data: { intakeId: id, type: 'submitted' }, select: { id: true } });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await db.prisma.intake.count()).toBe(0);
    expect(await db.prisma.intakeSnapshot.count()).toBe(0);
    expect(await db.prisma.intakeEvent.count()).toBe(0);

    const committed = await db.prisma.$transaction(async (tx) => {
      const { id } = await tx.intake.create({ data: intakeData(), select: { id: true } });
      await tx.intakeEvent.create({ data: { intakeId: id, type: 'submitted' }, select: { id: true } });
      return id;
    });
    expect(await db.prisma.intakeEvent.count({ where: { intakeId: committed } })).toBe(1);
  });

  test('a write outside a transaction survives when a concurrent transaction rolls back', async () => {
    // On SQLite one connection serves the process: without server/lib/db.ts's gate, this write
    // would run inside the open transaction and vanish with its rollback.
    const { db } = testDb;
    let started!: () => void;
    const transactionStarted = new Promise<void>((resolve) => {
      started = resolve;
    });
    const rolledBack = db.prisma
      .$transaction(async (tx) => {
        await tx.intake.create({ data: intakeData({ name: 'Inside' }), select: { id: true } });
        started();
        await new Promise((resolve) => setTimeout(resolve, 100));
        throw new Error('roll back');
      })
      .catch((error: unknown) => error);
    await transactionStarted;
    await createIntake(db, { name: 'Outside' });
    expect(await rolledBack).toBeInstanceOf(Error);
    const names = await db.prisma.intake.findMany({ select: { name: true } });
    expect(names).toEqual([{ name: 'Outside' }]);
  });

  // SQLite's one connection serves in turn (lib/db/sqlite-connection.ts); PostgreSQL's pool runs a
  // read beside the writers, where only the machine's load decides how many finish meanwhile.
  if (expectedProvider === 'sqlite') {
    test('first come, first served: a read waits for the transactions ahead of it, not for those that come after', async () => {
      // A steady stream of write transactions used to starve a read on SQLite (it waited until no
      // transaction was open, which never happened). Each writer here starts the next before it ends.
      const { db } = testDb;
      const order: string[] = [];
      let stop = false;
      const writer = async (name: string) => {
        let round = 0;
        while (!stop && round < 50) {
          round++;
          const next = db.prisma.$transaction(async (tx) => {
            await tx.intake.create({ data: intakeData({ name: `${name}-${round}` }), select: { id: true } });
            await new Promise((resolve) => setTimeout(resolve, 2));
          });
          await next;
          order.push(`${name}-${round}`);
        }
      };
      const writers = [writer('a'), writer('b'), writer('c')];
      await new Promise((resolve) => setTimeout(resolve, 30));
      const before = order.length;
      const count = await db.prisma.intake.count();
      const after = order.length;
      stop = true;
      await Promise.all(writers);
      // The read got its turn behind the (at most three) transactions already waiting, not behind
      // the whole stream: the writers had not finished when it answered.
      expect(after - before).toBeLessThanOrEqual(3);
      expect(count).toBeGreaterThan(0);
      expect(order.length).toBeLessThan(150);
    });

    test('driver transactions that ask together share one COMMIT, and one that fails is rolled back alone', async () => {
      const { db } = testDb;
      await db.sql.run('CREATE TABLE IF NOT EXISTS grouped_rows (n INTEGER NOT NULL UNIQUE)');
      await db.sql.run('DELETE FROM grouped_rows');
      // Another connection sees only what is committed.
      const target = resolveDatabaseTarget(db.url);
      if (target.provider !== 'sqlite') throw new Error('SQLite expected');
      const other = new BetterSqlite3(target.file, { readonly: true });
      const committedRows = () => (other.prepare('SELECT count(*) AS n FROM grouped_rows').get() as { n: number }).n;
      const seenByOthers: number[] = [];
      try {
        const outcomes = await Promise.allSettled(
          [1, 2, 3, 4].map((n) =>
            db.sqlTransaction(async (sql) => {
              await sql.run('INSERT INTO grouped_rows (n) VALUES (?)', [n]);
              seenByOthers.push(committedRows());
              if (n === 3) await sql.run('INSERT INTO grouped_rows (n) VALUES (?)', [1]); // unique: refused
              return n;
            }),
          ),
        );
        expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
        // All four ran before one COMMIT: none saw another's row committed.
        expect(seenByOthers).toEqual([0, 0, 0, 0]);
        expect(other.prepare('SELECT n FROM grouped_rows ORDER BY n').all()).toEqual([{ n: 1 }, { n: 2 }, { n: 4 }]);
      } finally {
        other.close();
        await db.sql.run('DROP TABLE grouped_rows');
      }
    });
  }

  test('a submit finds the drafts saved under its address through an index, not by reading them all', async () => {
    const { db } = testDb;
    if (db.provider === 'sqlite') {
      const plan = await db.prisma.$queryRawUnsafe<{ detail: string }[]>(
        `EXPLAIN QUERY PLAN DELETE FROM "ScanDraft" WHERE "email" = 'zoe@example.nl'`,
      );
      expect(plan.map((row) => row.detail).join(' | ')).toMatch(/SEARCH ScanDraft USING (COVERING )?INDEX ScanDraft_email_idx/);
    } else {
      const indexes = await db.prisma.$queryRawUnsafe<{ indexdef: string }[]>(
        `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'ScanDraft'`,
      );
      expect(indexes.map((row) => row.indexdef)).toContainEqual(expect.stringMatching(/\("?email"?\)$/));
    }
  });

  test("the inbox search's trigram index: on PostgreSQL the migrations leave it in place and a LIKE '%word%' can seek it", async () => {
    const { db } = testDb;
    if (db.provider === 'sqlite') {
      // PostgreSQL only (docs/decisions/0029): SQLite's history never creates it.
      const indexes = await db.prisma.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE '%trgm%'`);
      expect(indexes).toEqual([]);
      return;
    }
    const indexes = await db.prisma.$queryRawUnsafe<{ indexdef: string }[]>(
      `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'Intake_search_trgm_idx'`,
    );
    expect(indexes.map((row) => row.indexdef)).toEqual([expect.stringMatching(/USING gin \("searchText" gin_trgm_ops\)$/)]);
    const client = new pg.Client({ connectionString: testDb.db.url });
    await client.connect();
    try {
      // With sequential and plain index scans off, a bitmap scan is the only way left: it exists
      // only if an index can answer LIKE '%word%' (no B-tree can).
      await client.query('BEGIN');
      await client.query('SET LOCAL enable_seqscan = off');
      await client.query('SET LOCAL enable_indexscan = off');
      await client.query('SET LOCAL enable_indexonlyscan = off');
      const plan = await client.query<{ 'QUERY PLAN': string }>(
        `EXPLAIN SELECT "id" FROM "Intake" WHERE "searchText" LIKE $1 ORDER BY "createdAt" DESC, "id" DESC LIMIT 26`,
        ['%jansen%'],
      );
      expect(plan.rows.map((row) => row['QUERY PLAN']).join('\n')).toMatch(/Bitmap Index Scan on "Intake_search_trgm_idx"/);
    } finally {
      await client.query('ROLLBACK').catch(() => {});
      await client.end();
    }
  });

  test('searchText: a contains-query on the normalised text finds accents and case alike', async () => {
    const { db } = testDb;
    await createIntake(db, { name: 'José Müller', email: 'JOSE@Example.NL', company: 'Çafé Ærø' });
    await createIntake(db, { name: 'Anne de Vries', company: null });
    expect(toSearchText('José Müller', 'JOSE@Example.NL', 'Çafé Ærø')).toBe('jose muller jose@example.nl cafe ærø');

    const search = async (term: string) =>
      (
        await db.prisma.intake.findMany({
          where: { searchText: { contains: normaliseSearchTerm(term) } },
          select: { name: true },
          orderBy: { name: 'asc' },
        })
      ).map((row) => row.name);

    expect(await search('MULLER')).toEqual(['José Müller']);
    expect(await search('josé')).toEqual(['José Müller']);
    expect(await search('  CAFÉ ')).toEqual(['José Müller']);
    expect(await search('de vries')).toEqual(['Anne de Vries']);
    expect(await search('e')).toEqual(['Anne de Vries', 'José Müller']);

    // LIKE's wildcards and PostgreSQL's escape character are spaces on both sides.
    await createIntake(db, { name: 'Piet 100%', email: 'piet_jansen@example.nl', company: 'a\\b' });
    expect(normaliseSearchTerm(' %_\\ ')).toBe('');
    expect(await search('piet_jansen')).toEqual(['Piet 100%']);
    expect(await search('100%')).toEqual(['Piet 100%']);
    expect(await search('a\\b')).toEqual(['Piet 100%']);
    expect(await search('piet%x')).toEqual([]);
  });

  test('deleting an intake removes its snapshot, tasks, result links and events', async () => {
    const { db } = testDb;
    const keep = await createIntake(db, { name: 'Keep' });
    const erase = await db.prisma.intake.create({
      data: {
        ...intakeData({ name: 'Erase' }),
        tasks: {
          create: [
            { position: 0, taskId: 'email-triage', categoryId: 'email-agenda', minutesPerMonth: 240, feeling: 'drains', skill: 'fine', needsMe: 'no', score: 87, bucket: 'now' },
            { position: 1, customLabel: 'Webshop orders', categoryId: 'admin', minutesPerMonth: 120, feeling: 'neutral', skill: 'great', needsMe: 'yes', score: 20, bucket: 'keep' },
          ],
        },
        resultLinks: { create: [{ tokenHash: randomBytes(32).toString('hex'), purpose: 'submit' }] },
        events: { create: [{ type: 'submitted' }, { type: 'result-opened', data: { via: 'email' } }] },
      },
      select: { id: true },
    });
    await db.prisma.intakeTask.create({
      data: { intakeId: keep.id, position: 0, taskId: 'invoicing', categoryId: 'admin', minutesPerMonth: 60, feeling: 'drains', skill: 'others-better', needsMe: 'no', score: 90, bucket: 'now' },
      select: { id: true },
    });
    expect(await db.prisma.intakeTask.count({ where: { intakeId: erase.id } })).toBe(2);
    expect(await db.prisma.intakeSnapshot.count({ where: { intakeId: erase.id } })).toBe(1);

    await db.prisma.intake.delete({ where: { id: erase.id } });

    expect(await db.prisma.intakeSnapshot.count({ where: { intakeId: erase.id } })).toBe(0);
    expect(await db.prisma.intakeSnapshot.count({ where: { intakeId: keep.id } })).toBe(1);
    expect(await db.prisma.intakeTask.count({ where: { intakeId: erase.id } })).toBe(0);
    expect(await db.prisma.resultLink.count({ where: { intakeId: erase.id } })).toBe(0);
    expect(await db.prisma.intakeEvent.count({ where: { intakeId: erase.id } })).toBe(0);
    expect(await db.prisma.intakeTask.count({ where: { intakeId: keep.id } })).toBe(1);
  });

  test('foreign keys are enforced', async () => {
    const { db } = testDb;
    await expect(
      db.prisma.intakeEvent.create({ data: { intakeId: 'no-such-intake', type: 'submitted' }, select: { id: true } }),
    ).rejects.toMatchObject({ code: 'P2003' });
  });

  // PostgreSQL only: SQLite has no server that could drop a connection.
  if (expectedProvider === 'postgresql') {
    test('connections the server drops while idle (a restart, a failover) throw nothing at the process', async () => {
      const db = await createTestDatabase();
      try {
        await Promise.all([db.prisma.intake.count(), db.prisma.intake.count(), db.prisma.intake.count()]);
        // As during close(): Prisma has let go of the pool, the pool still holds idle connections.
        await db.prisma.$disconnect();
        const admin = new pg.Client({ connectionString: db.url });
        await admin.connect();
        try {
          await admin.query(
            'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()',
          );
        } finally {
          await admin.end();
        }
        // Without a listener on the pool, each dropped connection would be an uncaught error.
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(await db.prisma.intake.count()).toBe(0);
      } finally {
        await db.drop();
      }
    });
  }

  test('resetDatabase empties every table', async () => {
    const { db } = testDb;
    const { id } = await createIntake(db);
    await db.prisma.intakeEvent.create({ data: { intakeId: id, type: 'submitted' }, select: { id: true } });
    await resetDatabase(db);
    expect(await db.prisma.intake.count()).toBe(0);
    expect(await db.prisma.intakeSnapshot.count()).toBe(0);
    expect(await db.prisma.intakeEvent.count()).toBe(0);
  });
});

describe('migrations', () => {
  test('apply a script whole: semicolons in literals and function bodies survive', async () => {
    const empty = await createTestDatabase({ migrate: false });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'delegatiescan-migrations-'));
    try {
      const postgres = empty.provider === 'postgresql';
      const migration = [
        'CREATE TABLE "Note" ("id" INTEGER NOT NULL PRIMARY KEY, "text" TEXT NOT NULL);',
        `INSERT INTO "Note" ("id", "text") VALUES (1, 'a;b; c');`,
        postgres
          ? `CREATE FUNCTION "shout"(t TEXT) RETURNS TEXT AS $$ BEGIN RETURN upper(t) || ';'; END; $$ LANGUAGE plpgsql;`
          : '',
      ].join('\n');
      await mkdir(path.join(dir, '20260101000000_note'), { recursive: true });
      await writeFile(path.join(dir, '20260101000000_note', 'migration.sql'), migration);
      await writeFile(path.join(dir, 'migration_lock.toml'), `provider = "${empty.provider}"\n`);

      const target = resolveDatabaseTarget(empty.url);
      expect(await deployMigrations(target, { migrationsDir: dir })).toEqual({
        applied: ['20260101000000_note'],
        engineStarted: true,
      });
      const rows = await empty.prisma.$queryRawUnsafe<{ text: string }[]>('SELECT "text" FROM "Note"');
      expect(rows).toEqual([{ text: 'a;b; c' }]);
      if (postgres) {
        const shout = await empty.prisma.$queryRawUnsafe<{ s: string }[]>(`SELECT "shout"('hi') AS s`);
        expect(shout).toEqual([{ s: 'HI;' }]);
      }
      expect(await deployMigrations(target, { migrationsDir: dir })).toEqual({ applied: [], engineStarted: false });
    } finally {
      await empty.drop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('a failed migration stops this and every later deploy with a clear error', async () => {
    const empty = await createTestDatabase({ migrate: false });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'delegatiescan-migrations-'));
    try {
      await mkdir(path.join(dir, '20260101000000_broken'), { recursive: true });
      await writeFile(path.join(dir, '20260101000000_broken', 'migration.sql'), 'CREATE TABLE "Broken" (;');
      await writeFile(path.join(dir, 'migration_lock.toml'), `provider = "${empty.provider}"\n`);
      const target = resolveDatabaseTarget(empty.url);
      await expect(deployMigrations(target, { migrationsDir: dir })).rejects.toThrow(/20260101000000_broken/);
      await expect(deployMigrations(target, { migrationsDir: dir })).rejects.toThrow(/P3009|failed migrations/);
    } finally {
      await empty.drop();
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('advice engine 2: "needs me" true/false in stored task rows becomes yes/no', async () => {
    const empty = await createTestDatabase({ migrate: false });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'delegatiescan-migrations-'));
    try {
      const source = migrationsDirs[empty.provider];
      const folders = (await readdir(source, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
      const engine2 = folders.findIndex((name) => name.endsWith('_advice_engine_2'));
      expect(engine2).toBeGreaterThan(0);
      await cp(path.join(source, 'migration_lock.toml'), path.join(dir, 'migration_lock.toml'));
      for (const name of folders.slice(0, engine2)) await cp(path.join(source, name), path.join(dir, name), { recursive: true });
      const target = resolveDatabaseTarget(empty.url);
      await deployMigrations(target, { migrationsDir: dir });

      const now = new Date().toISOString();
      const bool = (value: boolean) => (empty.provider === 'postgresql' ? String(value) : value ? '1' : '0');
      await empty.prisma.$executeRawUnsafe(
        `INSERT INTO "Intake" ("id", "createdAt", "updatedAt", "locale", "name", "email", "searchText", "businessKind", "hoursPerWeek",
          "rateKind", "hourlyRateCents", "delegationExperience", "mainPain", "engineVersion", "catalogueVersion", "privacyConsentAt",
          "privacyConsentVersion", "followUpConsent", "freedMinutesPerMonth", "netGainCentsPerMonth", "idempotencyKeyHash", "requestFingerprint")
         VALUES ('old', '${now}', '${now}', 'nl', 'A', 'a@example.nl', 'a', 'other', 40, 'current', 8500, 'never', 'other', '1.0.0',
          '2026.11-1', '${now}', 'v1', ${bool(false)}, 0, 0, 'k', 'f')`,
      );
      for (const [position, needsMe] of [[0, true], [1, false]] as const) {
        await empty.prisma.$executeRawUnsafe(
          `INSERT INTO "IntakeTask" ("id", "intakeId", "position", "categoryId", "minutesPerMonth", "feeling", "skill", "needsMe", "score", "bucket")
           VALUES ('t${position}', 'old', ${position}, 'email-agenda', 60, 'neutral', 'fine', ${bool(needsMe)}, 50, 'consider')`,
        );
      }

      await cp(path.join(source, folders[engine2]!), path.join(dir, folders[engine2]!), { recursive: true });
      // SQLite: the migration rebuilds the table, which waits for every other connection to let go.
      await empty.prisma.$disconnect();
      expect((await deployMigrations(target, { migrationsDir: dir })).applied).toEqual([folders[engine2]]);
      const rows = await empty.prisma.$queryRawUnsafe<{ needsMe: string }[]>('SELECT "needsMe" FROM "IntakeTask" ORDER BY "position"');
      expect(rows).toEqual([{ needsMe: 'yes' }, { needsMe: 'no' }]);
    } finally {
      await empty.drop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
