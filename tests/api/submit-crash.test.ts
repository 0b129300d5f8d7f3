/**
 * The probe stays in the suite (issue 10, point 11): the server process is killed (SIGKILL, no
 * chance to clean up) while prospects are submitting at once. Restarted on the same database,
 * and with every request that got no answer sent again with its own idempotency key (as the
 * scan does), every acknowledged intake is there exactly once and no retry makes a second one.
 * Runs on a SQLite file, and on PostgreSQL when TEST_DATABASE_URL is set.
 *
 * SUBMIT_CRASH_REQUESTS=2000 npx vitest run --project api tests/api/submit-crash.test.ts  (longer load)
 */
import { afterEach, expect, test } from 'vitest';
import type { CreateIntakeResponse } from '#shared/schemas/intake.ts';
import { hashToken } from '../../server/lib/security.ts';
import { buildIntakeInput, newIdempotencyKey } from '../factories/intake.ts';
import { startServerProcess, stopServerProcesses, type ServerProcess } from '../setup/server-process.ts';
import { useTestDatabase } from '../setup/test-database.ts';

const testDb = useTestDatabase();
afterEach(stopServerProcesses);

/** Submissions in all, and how many are on their way at once. */
const REQUESTS = Number(process.env.SUBMIT_CRASH_REQUESTS ?? 120);
const CONCURRENCY = 16;
/** The kill comes once this many have been acknowledged, with the others still coming in. */
const KILL_AFTER_ACKS = Math.floor(REQUESTS / 4);

function serverEnv(): Record<string, string> {
  return {
    DATABASE_URL: testDb.db.url,
    PUBLIC_URL: 'http://scan.test',
    VA_NAME: 'Sanne Jansen',
    VA_EMAIL: 'sanne@example.nl',
    SMTP_URL: '',
    SUBMIT_LIMIT_PER_HOUR: '100000',
    SCAN_MIN_FILL_SECONDS: '0',
  };
}

interface Submission {
  key: string;
  email: string;
  body: string;
}

type Outcome =
  | { kind: 'answered'; status: number; body: CreateIntakeResponse; retryAfter: string | null }
  | { kind: 'no-answer'; reason: string };

async function send(server: ServerProcess, submission: Submission): Promise<Outcome> {
  try {
    const response = await fetch(`http://127.0.0.1:${server.port}/api/intakes`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': submission.key },
      body: submission.body,
    });
    const body = (await response.json()) as CreateIntakeResponse;
    return { kind: 'answered', status: response.status, body, retryAfter: response.headers.get('retry-after') };
  } catch (error) {
    // The connection broke (the process died with the request in it) or could not be made.
    return { kind: 'no-answer', reason: error instanceof Error ? String(error.cause ?? error.message) : String(error) };
  }
}

/**
 * The scan's way after a refusal for load (503 + Retry-After): wait as told, send again with the
 * same key. Anything else is the outcome.
 */
async function sendUntilServed(server: ServerProcess, submission: Submission): Promise<Outcome> {
  for (let attempt = 0; ; attempt++) {
    const outcome = await send(server, submission);
    if (outcome.kind !== 'answered' || outcome.status !== 503 || attempt === 20) return outcome;
    await new Promise((resolve) => setTimeout(resolve, Number(outcome.retryAfter ?? 1) * 1000));
  }
}

/** Sends each with at most `concurrency` on their way at once; `after` sees each outcome. */
async function sendAll(
  submissions: Submission[],
  concurrency: number,
  sendOne: (submission: Submission) => Promise<Outcome>,
  after: (submission: Submission, outcome: Outcome) => void = () => {},
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < submissions.length) {
        const submission = submissions[next++]!;
        after(submission, await sendOne(submission));
      }
    }),
  );
}

test('killed during concurrent submissions: every acknowledged intake is there once, retries never double', { timeout: 120_000 }, async () => {
  const submissions: Submission[] = Array.from({ length: REQUESTS }, (_, i) => {
    const email = `prospect-${i}@example.nl`;
    const input = buildIntakeInput();
    return { key: newIdempotencyKey(), email, body: JSON.stringify({ ...input, contact: { ...input.contact, name: `Prospect ${i}`, email } }) };
  });

  // ── Load, and a kill in the middle of it ──
  const testStartedAt = Date.now();
  const first = await startServerProcess(serverEnv());
  const startMs = Date.now() - testStartedAt;
  const outcomes = new Map<string, Outcome>();
  let acknowledged = 0;
  let killed: Promise<void> | undefined;
  const startedAt = Date.now();
  await sendAll(submissions, CONCURRENCY, (submission) => send(first, submission), (submission, outcome) => {
    outcomes.set(submission.key, outcome);
    if (outcome.kind === 'answered' && outcome.status === 201) acknowledged++;
    if (acknowledged >= KILL_AFTER_ACKS) killed ??= first.kill('SIGKILL');
  });
  await killed;
  const loadMs = Date.now() - startedAt;

  const statuses = [...outcomes.values()].flatMap((outcome) => (outcome.kind === 'answered' ? [outcome.status] : []));
  // Before the kill: acknowledged (201), or "too busy, try again" (503 + Retry-After); never a 500.
  expect(statuses.filter((status) => status !== 201 && status !== 503)).toEqual([]);
  const isAck = (outcome: Outcome | undefined): outcome is Extract<Outcome, { kind: 'answered' }> =>
    outcome?.kind === 'answered' && outcome.status === 201;
  const answered = [...outcomes.values()].filter(isAck);
  const unanswered = submissions.filter((submission) => !isAck(outcomes.get(submission.key)));
  // The kill came mid-way: some were acknowledged, some were cut off or never got through.
  expect(answered.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
  expect(unanswered.length).toBeGreaterThan(0);

  // What the database holds right after the crash: every acknowledged one, maybe some more
  // (committed, but the answer died with the process).
  const idOf = new Map(answered.map((outcome) => [outcome.body.intakeId, outcome]));
  const survivors = await testDb.db.prisma.intake.findMany({ select: { id: true } });
  const survivorIds = new Set(survivors.map((row) => row.id));
  for (const id of idOf.keys()) expect(survivorIds.has(id), `acknowledged intake ${id} lost in the crash`).toBe(true);
  const committedUnanswered = survivors.length - answered.length;

  // ── Restart on the same database; the unanswered are sent again, with their own keys ──
  const restartedAt = Date.now();
  const restarted = await startServerProcess(serverEnv());
  const restartMs = Date.now() - restartedAt;
  const retriesStartedAt = Date.now();
  const retried: { submission: Submission; outcome: Outcome }[] = [];
  await sendAll(unanswered, CONCURRENCY, (submission) => sendUntilServed(restarted, submission), (submission, outcome) =>
    retried.push({ submission, outcome }),
  );
  for (const { submission, outcome } of retried) {
    expect(outcome.kind, `${submission.email}: ${outcome.kind === 'no-answer' ? outcome.reason : ''}`).toBe('answered');
    // 201 when it never arrived; 200 (the same intake again) when it was stored but its answer was lost.
    expect([200, 201], submission.email).toContain((outcome as { status: number }).status);
  }
  const retryMs = Date.now() - retriesStartedAt;
  const replayed = retried.filter(({ outcome }) => outcome.kind === 'answered' && outcome.status === 200).length;
  expect(replayed).toBe(committedUnanswered);

  // A few acknowledged ones sent again as well (a client that did not see its answer): the same intake, 200.
  const acknowledgedSubmissions = submissions.filter((submission) => isAck(outcomes.get(submission.key)));
  for (const submission of acknowledgedSubmissions.slice(0, 10)) {
    const again = await sendUntilServed(restarted, submission);
    const original = outcomes.get(submission.key) as Extract<Outcome, { kind: 'answered' }>;
    expect(again).toMatchObject({ kind: 'answered', status: 200, body: { intakeId: original.body.intakeId } });
  }

  // ── Exactly once: every submission is one intake, under its own key ──
  const intakes = await testDb.db.prisma.intake.findMany({ select: { id: true, email: true, idempotencyKeyHash: true } });
  expect(intakes).toHaveLength(REQUESTS);
  const byEmail = new Map(intakes.map((intake) => [intake.email, intake]));
  expect(byEmail.size).toBe(REQUESTS);
  for (const submission of submissions) {
    const intake = byEmail.get(submission.email);
    expect(intake?.idempotencyKeyHash, submission.email).toBe(hashToken(submission.key));
    const outcome = outcomes.get(submission.key);
    if (isAck(outcome)) expect(intake!.id).toBe(outcome.body.intakeId);
  }
  // And each has its one "submitted" in its timeline: nothing of a submission is stored twice.
  const submittedEvents = await testDb.db.prisma.intakeEvent.groupBy({ by: ['intakeId'], where: { type: 'submitted' }, _count: true });
  expect(submittedEvents).toHaveLength(REQUESTS);
  expect(submittedEvents.filter((row) => row._count !== 1)).toEqual([]);
  const retriedIds = retried.map(({ outcome }) => (outcome as Extract<Outcome, { kind: 'answered' }>).body.intakeId);
  expect(new Set(retriedIds).size).toBe(retriedIds.length);

  console.info(
    `submit crash: ${REQUESTS} submissions, ${answered.length} acknowledged before the kill (${loadMs} ms of load), ` +
      `${unanswered.length} without one (${statuses.filter((status) => status === 503).length} × 503; ${committedUnanswered} stored: replayed with 200), ${testDb.db.provider}; ` +
      `start ${startMs} ms, restart ${restartMs} ms, retries ${retryMs} ms`,
  );
  await restarted.stop();
});
