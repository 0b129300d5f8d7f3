import { describe, expect, test } from 'vitest';
import { DEFAULT_CATALOGUE } from '#shared/delegation/catalogue.ts';
import { addDays, vaToday } from '#shared/calendar/va-calendar.ts';
import { countToday } from '../../server/lib/daily-count.ts';
import { insertIntakeRows, type IntakeRowOverrides } from '../factories/intake-rows.ts';
import { buildIntakeInput, newIdempotencyKey } from '../factories/intake.ts';
import { signInAsVa } from '../setup/admin-session.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorBodyOf } from '../setup/test-client.ts';

const t = useTestApp();

type Pick = { taskId: string | null; bucket: string };

/** Intakes with exact dates and amounts, each with the task picks given (catalogue ids, or null for an own task). */
async function seedIntakes(intakes: (IntakeRowOverrides & { picks?: Pick[] })[]) {
  const ids = await insertIntakeRows(t.db, intakes);
  await t.db.prisma.intakeTask.createMany({
    data: intakes.flatMap((intake, index) =>
      (intake.picks ?? []).map((pick, position) => ({
        intakeId: ids[index]!,
        position,
        taskId: pick.taskId,
        customLabel: pick.taskId === null ? 'Eigen taak' : null,
        categoryId: 'email-agenda',
        minutesPerMonth: 60,
        feeling: 'drains',
        skill: 'fine',
        needsMe: 'no',
        score: 50,
        bucket: pick.bucket,
      })),
    ),
  });
  return ids;
}

async function seedCounts(rows: { day: string; key: string; count: number }[]) {
  await t.db.prisma.dailyCount.createMany({ data: rows });
}

async function getInsight(query: { from?: string; to?: string } = {}) {
  const va = await signInAsVa(t);
  const response = await va.client.api.admin.insight.$get({ query });
  expect(response.status).toBe(200);
  return response.json();
}

const [taskA, taskB, taskC, taskD] = DEFAULT_CATALOGUE.tasks;

describe('GET /api/admin/insight', () => {
  test('answers 401 without a session', async () => {
    const response = await t.app.request('/api/admin/insight');
    expect(response.status).toBe(401);
  });

  test('counts started, steps, finished and rejected for the period only', async () => {
    // 1–7 November 2026 (winter time: Amsterdam is UTC+1), with a day either side that must not count.
    await seedCounts([
      { day: '2026-10-31', key: 'scan.started', count: 50 },
      { day: '2026-11-01', key: 'scan.started', count: 6 },
      { day: '2026-11-04', key: 'scan.started', count: 4 },
      { day: '2026-11-08', key: 'scan.started', count: 50 },
      { day: '2026-11-01', key: 'scan.step.1', count: 9 },
      { day: '2026-11-01', key: 'scan.step.2', count: 7 },
      { day: '2026-11-02', key: 'scan.step.2', count: 1 },
      { day: '2026-11-01', key: 'scan.step.3', count: 5 },
      { day: '2026-11-01', key: 'scan.step.4', count: 4 },
      { day: '2026-11-08', key: 'scan.step.4', count: 50 },
      { day: '2026-11-03', key: 'rejected.honeypot', count: 2 },
      { day: '2026-11-05', key: 'rejected.honeypot', count: 1 },
      { day: '2026-11-03', key: 'rejected.too-fast', count: 1 },
      { day: '2026-11-06', key: 'rejected.rate-limit.submit', count: 3 },
      { day: '2026-10-31', key: 'rejected.rate-limit.resume', count: 9 },
      { day: '2026-11-02', key: 'rejected.something-new', count: 1 },
      // Not a key insight reads.
      { day: '2026-11-02', key: 'other.counter', count: 99 },
    ]);
    await seedIntakes([
      // Just inside: 1 November 00:00 and 7 November 23:59:59 Dutch time.
      { createdAt: new Date('2026-10-31T23:00:00.000Z'), freedMinutesPerMonth: 600, netGainCentsPerMonth: 10_000 },
      { createdAt: new Date('2026-11-04T12:00:00.000Z'), freedMinutesPerMonth: 301, netGainCentsPerMonth: -2_001 },
      { createdAt: new Date('2026-11-07T22:59:59.999Z'), freedMinutesPerMonth: 200, netGainCentsPerMonth: 5_000 },
      // Just outside: 31 October 23:59:59 and 8 November 00:00 Dutch time.
      { createdAt: new Date('2026-10-31T22:59:59.999Z'), freedMinutesPerMonth: 9_999, netGainCentsPerMonth: 999_999 },
      { createdAt: new Date('2026-11-07T23:00:00.000Z'), freedMinutesPerMonth: 9_999, netGainCentsPerMonth: 999_999 },
    ]);

    const insight = await getInsight({ from: '2026-11-01', to: '2026-11-07' });

    expect(insight.period).toEqual({ from: '2026-11-01', to: '2026-11-07', days: 7 });
    expect(insight.started).toBe(10);
    expect(insight.finished).toBe(3);
    expect(insight.conversionPercent).toBe(30);
    expect(insight.steps).toEqual([
      { step: 1, reached: 9, left: 1 },
      { step: 2, reached: 8, left: 3 },
      { step: 3, reached: 5, left: 1 },
      // Reached the last step 4 times, sent 3.
      { step: 4, reached: 4, left: 1 },
    ]);
    // (600 + 301 + 200) / 3 = 367 (366.67 rounded); (10000 − 2001 + 5000) / 3 = 4333 (4333.0).
    expect(insight.averageFreedMinutesPerMonth).toBe(367);
    expect(insight.averageNetGainCentsPerMonth).toBe(4_333);
    expect(insight.days).toEqual([
      { day: '2026-11-01', started: 6, finished: 1 },
      { day: '2026-11-02', started: 0, finished: 0 },
      { day: '2026-11-03', started: 0, finished: 0 },
      { day: '2026-11-04', started: 4, finished: 1 },
      { day: '2026-11-05', started: 0, finished: 0 },
      { day: '2026-11-06', started: 0, finished: 0 },
      { day: '2026-11-07', started: 0, finished: 1 },
    ]);
    expect(insight.rejected).toEqual({
      total: 8,
      byReason: [
        { reason: 'honeypot', count: 3 },
        { reason: 'too-fast', count: 1 },
        { reason: 'rate-limit.submit', count: 3 },
        { reason: 'rate-limit.resume', count: 0 },
        { reason: 'something-new', count: 1 },
      ],
    });
  });

  test('the Dutch day boundary in summer time (UTC+2)', async () => {
    await seedIntakes([
      { createdAt: new Date('2026-06-30T21:59:59.999Z') }, // 30 June 23:59:59 Dutch time
      { createdAt: new Date('2026-06-30T22:00:00.000Z') }, // 1 July 00:00 Dutch time
      { createdAt: new Date('2026-07-01T21:59:59.999Z') }, // 1 July 23:59:59 Dutch time
      { createdAt: new Date('2026-07-01T22:00:00.000Z') }, // 2 July 00:00 Dutch time
    ]);
    const insight = await getInsight({ from: '2026-07-01', to: '2026-07-01' });
    expect(insight.finished).toBe(2);
    expect(insight.days).toEqual([{ day: '2026-07-01', started: 0, finished: 2 }]);
    const june = await getInsight({ from: '2026-06-30', to: '2026-06-30' });
    expect(june.finished).toBe(1);
  });

  test('across the switch to winter time, every day counts its own intakes', async () => {
    // 25 October 2026 has 25 hours in Amsterdam.
    await seedIntakes([
      { createdAt: new Date('2026-10-24T21:59:59.999Z') }, // 24 Oct 23:59:59 (UTC+2)
      { createdAt: new Date('2026-10-24T22:00:00.000Z') }, // 25 Oct 00:00 (UTC+2)
      { createdAt: new Date('2026-10-25T22:59:59.999Z') }, // 25 Oct 23:59:59 (UTC+1)
      { createdAt: new Date('2026-10-25T23:00:00.000Z') }, // 26 Oct 00:00 (UTC+1)
    ]);
    const insight = await getInsight({ from: '2026-10-24', to: '2026-10-26' });
    expect(insight.days.map((day) => day.finished)).toEqual([1, 2, 1]);
  });

  test('most-picked and most-delegable catalogue tasks, own tasks left out', async () => {
    const inPeriod = new Date('2026-11-03T10:00:00.000Z');
    await seedIntakes([
      {
        createdAt: inPeriod,
        picks: [
          { taskId: taskA!.id, bucket: 'now' },
          { taskId: taskB!.id, bucket: 'now' },
          { taskId: taskC!.id, bucket: 'now' },
          { taskId: null, bucket: 'now' },
        ],
      },
      {
        createdAt: inPeriod,
        picks: [
          { taskId: taskA!.id, bucket: 'after-onboarding' },
          { taskId: taskB!.id, bucket: 'keep' },
          { taskId: taskC!.id, bucket: 'now' },
          { taskId: null, bucket: 'now' },
        ],
      },
      { createdAt: inPeriod, picks: [{ taskId: taskA!.id, bucket: 'after-onboarding' }, { taskId: taskB!.id, bucket: 'consider' }] },
      { createdAt: inPeriod, picks: [{ taskId: taskA!.id, bucket: 'keep' }, { taskId: taskB!.id, bucket: 'keep' }] },
      { createdAt: inPeriod, picks: [{ taskId: taskB!.id, bucket: 'consider' }] },
      // Outside the period: not counted.
      { createdAt: new Date('2026-12-01T10:00:00.000Z'), picks: [{ taskId: taskD!.id, bucket: 'now' }, { taskId: taskC!.id, bucket: 'now' }] },
      // A task the catalogue no longer has keeps its id as its name.
      { createdAt: inPeriod, picks: [{ taskId: 'retired-task', bucket: 'now' }] },
    ]);

    const insight = await getInsight({ from: '2026-11-01', to: '2026-11-30' });

    expect(insight.mostPicked.map((task) => [task.taskId, task.picks])).toEqual([
      [taskB!.id, 5],
      [taskA!.id, 4],
      [taskC!.id, 2],
      ['retired-task', 1],
    ]);
    expect(insight.mostPicked[0]).toEqual({
      taskId: taskB!.id,
      label: taskB!.label,
      picks: 5,
      delegablePicks: 1,
      delegablePercent: 20,
    });
    expect(insight.mostPicked[3]!.label).toEqual({ nl: 'retired-task', en: 'retired-task' });
    // At least 3 picks: C (2 of 2) and the retired task (1 of 1) say too little to rank.
    expect(insight.minPicksForDelegable).toBe(3);
    expect(insight.mostDelegable.map((task) => [task.taskId, task.delegablePicks, task.picks, task.delegablePercent])).toEqual([
      [taskA!.id, 3, 4, 75],
      [taskB!.id, 1, 5, 20],
    ]);
  });

  test('a scan sent through the real submit shows up as finished, with its tasks', async () => {
    const input = buildIntakeInput();
    const submitted = await t.app.request('/api/intakes', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': newIdempotencyKey() },
      body: JSON.stringify(input),
    });
    expect(submitted.status).toBe(201);
    await countToday(t.db, 'scan.started');
    await countToday(t.db, 'scan.started');

    // The default period: the 30 days that end today (Dutch calendar).
    const insight = await getInsight();
    const today = vaToday();
    expect(insight.period).toEqual({ from: addDays(today, -29), to: today, days: 30 });
    expect(insight.days).toHaveLength(30);
    expect(insight.days.at(-1)).toEqual({ day: today, started: 2, finished: 1 });
    expect(insight.started).toBe(2);
    expect(insight.finished).toBe(1);
    expect(insight.conversionPercent).toBe(50);
    const picked = input.tasks.catalogueTasks.map((task) => task.taskId).sort();
    expect(insight.mostPicked.map((task) => task.taskId).sort()).toEqual(picked);
    expect(insight.averageFreedMinutesPerMonth).toBeGreaterThan(0);
  });

  test('an empty period: zeros, and no averages or conversion to divide by zero', async () => {
    const insight = await getInsight({ from: '2026-11-01', to: '2026-11-02' });
    expect(insight).toMatchObject({
      started: 0,
      finished: 0,
      conversionPercent: null,
      averageFreedMinutesPerMonth: null,
      averageNetGainCentsPerMonth: null,
      mostPicked: [],
      mostDelegable: [],
      rejected: { total: 0 },
    });
    expect(insight.steps.every((step) => step.reached === 0 && step.left === 0)).toBe(true);
  });

  test('only `to`: the 30 days that end on it; a year is the longest period', async () => {
    expect((await getInsight({ to: '2026-11-30' })).period).toEqual({ from: '2026-11-01', to: '2026-11-30', days: 30 });
    // 2028 is a leap year: 366 days.
    expect((await getInsight({ from: '2028-01-01', to: '2028-12-31' })).period.days).toBe(366);
  });

  test.each([
    ['a day that does not exist', '?from=2026-02-30&to=2026-03-01', 'from'],
    ['not a date', '?from=gisteren&to=2026-03-01', 'from'],
    ['a date with a time', '?from=2026-03-01T00:00:00Z&to=2026-03-02', 'from'],
    ['an inverted period', '?from=2026-11-08&to=2026-11-01', 'to'],
    ['a period over a year', '?from=2026-01-01&to=2027-01-02', 'to'],
    ['a default `to` (today) before `from`', '?from=2999-01-01', 'to'],
    ['a repeated parameter', '?from=2026-01-01&to=2026-01-01&to=2026-01-02', 'to'],
    ['an unknown parameter', '?from=2026-11-01&to=2026-11-02&days=7', 'days'],
  ])('422 for %s', async (_name, query, path) => {
    const va = await signInAsVa(t);
    const response = await va.request(`/api/admin/insight${query}`);
    expect(response.status).toBe(422);
    const body = await errorBodyOf(response);
    expect(body.error.code).toBe('validation_failed');
    const issue = body.error.issues!.find((candidate) => candidate.path === path);
    expect(issue, JSON.stringify(body.error.issues)).toBeDefined();
    expect(issue!.message.length).toBeGreaterThan(0);
  });
});
