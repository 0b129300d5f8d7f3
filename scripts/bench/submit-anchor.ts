/**
 * The anchor of `npm run bench:submit` (scripts/bench/submit.ts): what a bare, hand-written submit
 * costs on this machine. Hono + zod + the plain driver (`pg`, or better-sqlite3), no Prisma, no
 * engine, no e-mails, no rate limit, no idempotency lookup. It validates the same shared schema
 * (SubmitIntakeInput, which is CreateIntakeInput plus the start stamp) and writes the same Intake
 * row and its IntakeTask rows in one transaction, into a database migrated from the same schema
 * (so the same indexes are kept up). Task rows get score 0 and bucket 'consider': the engine is
 * the app's work, not the anchor's. The bench compiles this file with esbuild and runs it as its
 * own process: PORT, DATABASE_URL (postgres://… or file:…).
 */
import { createHash, randomUUID } from 'node:crypto';
import { serve } from '@hono/node-server';
import Database from 'better-sqlite3';
import { Hono } from 'hono';
import pg from 'pg';
import { DEFAULT_CATALOGUE } from '#shared/delegation/catalogue.ts';
import { PRIVACY_TEXT_VERSION, SubmitIntakeInput } from '#shared/schemas/intake.ts';

type Row = Record<string, string | number | boolean | null>;

const categoryOf = new Map<string, string>(DEFAULT_CATALOGUE.tasks.map((task) => [task.id, task.categoryId]));
const url = process.env.DATABASE_URL ?? '';
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function rowsFor(input: SubmitIntakeInput, body: string, key: string): { intake: Row; tasks: Row[] } {
  const now = new Date();
  const id = randomUUID();
  const minutes = [...input.tasks.catalogueTasks, ...input.tasks.customTasks].reduce((sum, task) => sum + task.minutesPerMonth, 0);
  const intake: Row = {
    id,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    locale: input.locale,
    name: input.contact.name,
    email: input.contact.email,
    company: input.contact.company || null,
    phone: input.contact.phone || null,
    searchText: `${input.contact.name} ${input.contact.email} ${input.contact.company ?? ''}`.toLowerCase(),
    businessKind: input.about.businessKind,
    hoursPerWeek: input.about.hoursPerWeek,
    rateKind: input.about.rateKind,
    hourlyRateCents: input.about.hourlyRateCents,
    vatStatus: input.about.vatStatus,
    delegationExperience: input.about.delegationExperience,
    mainPain: input.about.mainPain,
    painNote: input.about.painNote || null,
    engineVersion: 'anchor',
    catalogueVersion: 'anchor',
    privacyConsentAt: now.toISOString(),
    privacyConsentVersion: PRIVACY_TEXT_VERSION,
    followUpConsent: input.contact.followUpConsent,
    followUpConsentAt: input.contact.followUpConsent ? now.toISOString() : null,
    freedMinutesPerMonth: minutes,
    netGainCentsPerMonth: 0,
    topBucket: 'now',
    idempotencyKeyHash: sha256(key),
    requestFingerprint: sha256(body),
  };
  const common = (task: { minutesPerMonth: number; feeling: string; skill: string; needsMe: string }, position: number) => ({
    id: randomUUID(),
    intakeId: id,
    position,
    minutesPerMonth: task.minutesPerMonth,
    feeling: task.feeling,
    skill: task.skill,
    needsMe: task.needsMe,
    score: 0,
    bucket: 'consider',
  });
  const tasks: Row[] = [
    ...input.tasks.catalogueTasks.map((task, i) => ({ ...common(task, i), taskId: task.taskId, customLabel: null, categoryId: categoryOf.get(task.taskId) ?? 'other' })),
    ...input.tasks.customTasks.map((task, i) => ({
      ...common(task, input.tasks.catalogueTasks.length + i),
      taskId: null,
      customLabel: task.label,
      categoryId: task.categoryId,
    })),
  ];
  return { intake, tasks };
}

const columns = (row: Row) => Object.keys(row).map((name) => `"${name}"`).join(', ');

function postgresWriter() {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  return async ({ intake, tasks }: { intake: Row; tasks: Row[] }) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const values = Object.values(intake);
      await client.query(`INSERT INTO "Intake" (${columns(intake)}) VALUES (${values.map((_, i) => `$${i + 1}`).join(', ')})`, values);
      const taskValues = tasks.flatMap((task) => Object.values(task));
      const width = Object.keys(tasks[0]!).length;
      const tuples = tasks.map((_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(', ')})`).join(', ');
      await client.query(`INSERT INTO "IntakeTask" (${columns(tasks[0]!)}) VALUES ${tuples}`, taskValues);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
  };
}

function sqliteWriter() {
  const db = new Database(url.replace(/^file:/, ''));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  const sqliteValue = (value: Row[string]) => (typeof value === 'boolean' ? (value ? 1 : 0) : value);
  let insertIntake: Database.Statement | undefined;
  let insertTask: Database.Statement | undefined;
  const write = db.transaction(({ intake, tasks }: { intake: Row; tasks: Row[] }) => {
    insertIntake ??= db.prepare(`INSERT INTO "Intake" (${columns(intake)}) VALUES (${Object.keys(intake).map(() => '?').join(', ')})`);
    insertTask ??= db.prepare(`INSERT INTO "IntakeTask" (${columns(tasks[0]!)}) VALUES (${Object.keys(tasks[0]!).map(() => '?').join(', ')})`);
    insertIntake.run(...Object.values(intake).map(sqliteValue));
    for (const task of tasks) insertTask.run(...Object.values(task).map(sqliteValue));
  });
  return async (rows: { intake: Row; tasks: Row[] }) => write(rows);
}

const write = url.startsWith('postgres') ? postgresWriter() : sqliteWriter();

const app = new Hono().post('/api/intakes', async (c) => {
  const body = await c.req.text();
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return c.json({ error: 'invalid_json' }, 400);
  }
  const parsed = SubmitIntakeInput.safeParse(json);
  if (!parsed.success) return c.json({ error: 'validation_failed', issues: parsed.error.issues }, 422);
  const rows = rowsFor(parsed.data, body, c.req.header('idempotency-key') ?? randomUUID());
  await write(rows);
  return c.json({ intakeId: rows.intake.id }, 201);
});

serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 0), hostname: '127.0.0.1' }, (info) => {
  console.log(`Anchor listens on http://127.0.0.1:${info.port}`);
});
process.on('SIGTERM', () => process.exit(0));
