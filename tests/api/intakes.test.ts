import { describe, expect, test } from 'vitest';
import { DEFAULT_CATALOGUE } from '#shared/delegation/catalogue.ts';
import { DEFAULT_VA_SETTINGS } from '#shared/delegation/defaults.ts';
import { computeDelegation, ENGINE_VERSION } from '#shared/delegation/engine.ts';
import { PRIVACY_TEXT_VERSION, type CreateIntakeInput } from '#shared/schemas/intake.ts';
import { hashToken } from '../../server/lib/security.ts';
import { buildIntakeInput, newIdempotencyKey } from '../factories/intake.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorBodyOf, errorOf } from '../setup/test-client.ts';

const t = useTestApp();

/** Raw: some tests send bodies that are not a scan, or not JSON at all, or no key. */
function submit(body: unknown, key: string | null = newIdempotencyKey()) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (key !== null) headers['idempotency-key'] = key;
  return t.app.request('/api/intakes', {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function intakeCount() {
  return t.db.prisma.intake.count();
}

async function expect422(response: Response, path: string) {
  expect(response.status).toBe(422);
  const body = await errorBodyOf(response);
  expect(body.error.code).toBe('validation_failed');
  const issue = body.error.issues!.find((i) => i.path === path);
  expect(issue, `an issue for ${path} in ${JSON.stringify(body.error.issues)}`).toBeDefined();
  expect(issue!.message.length).toBeGreaterThan(0);
  expect(await intakeCount()).toBe(0);
}

describe('POST /api/intakes', () => {
  test('stores answers, one row per task, the recomputed snapshot, versions and consent', async () => {
    const input = buildIntakeInput();
    const before = Date.now();
    const response = await t.client.api.intakes.$post({ json: input, header: { 'idempotency-key': newIdempotencyKey() } });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body.resultToken).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(body.resultPath).toBe(`/r/${body.resultToken}`);

    const intake = await t.db.prisma.intake.findUniqueOrThrow({
      where: { id: body.intakeId },
      include: {
        snapshot: true,
        tasks: { orderBy: { position: 'asc' } },
        resultLinks: true,
        // The timeline's order (the rows of one statement have no order of their own).
        events: { orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] },
      },
    });
    const expected = computeDelegation(input, { catalogue: DEFAULT_CATALOGUE, ...DEFAULT_VA_SETTINGS });
    expect(intake.snapshot?.result).toEqual(expected);
    expect(intake.snapshot?.answers).toEqual(input);
    expect(intake.engineVersion).toBe(ENGINE_VERSION);
    expect(intake.catalogueVersion).toBe(DEFAULT_CATALOGUE.version);
    expect(intake.locale).toBe('nl');
    expect(intake.privacyConsentVersion).toBe(PRIVACY_TEXT_VERSION);
    expect(intake.privacyConsentAt.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(intake.followUpConsent).toBe(true);
    expect(intake.followUpConsentAt).not.toBeNull();
    expect(intake.searchText).toBe('zoe de vries zoe@example.nl zoe coaching');
    expect(intake.freedMinutesPerMonth).toBe(expected.fromMonthThree.freedMinutes);
    expect(intake.netGainCentsPerMonth).toBe(expected.fromMonthThree.netCents);
    expect(intake.vatStatus).toBe('normal');
    expect(intake.tasks).toHaveLength(4);
    expect(intake.tasks[3]).toMatchObject({ taskId: null, customLabel: 'Offertes uitwerken' });
    // The result e-mail and the VA's notice are queued with it (tests/api/submit-emails.test.ts).
    expect(intake.events.map((e) => e.type)).toEqual(['submitted', 'email-queued', 'email-queued']);
    // Only the hash of the token is stored.
    expect(intake.resultLinks).toHaveLength(1);
    expect(intake.resultLinks[0]!.tokenHash).toBe(hashToken(body.resultToken));
    expect(JSON.stringify(intake)).not.toContain(body.resultToken);
  });

  test('a result sent by the client is rejected, never trusted', async () => {
    const input = { ...buildIntakeInput(), result: { totals: { netGainCentsPerYear: 1 } } };
    await expect422(await submit(input), 'result');
  });

  test.each<[string, (input: CreateIntakeInput) => unknown, string]>([
    ['an unknown nested field', (i) => ({ ...i, about: { ...i.about, isAdmin: true } }), 'about.isAdmin'],
    ['a wrong type', (i) => ({ ...i, about: { ...i.about, hoursPerWeek: 'veertig' } }), 'about.hoursPerWeek'],
    [
      'negative hours',
      (i) => ({ ...i, tasks: { ...i.tasks, catalogueTasks: [{ ...i.tasks.catalogueTasks[0]!, minutesPerMonth: -60 }] } }),
      'tasks.catalogueTasks.0.minutesPerMonth',
    ],
    ['a billion euros an hour', (i) => ({ ...i, about: { ...i.about, hourlyRateCents: 100_000_000_000 } }), 'about.hourlyRateCents'],
    ['missing privacy consent', (i) => ({ ...i, contact: { ...i.contact, privacyConsent: false } }), 'contact.privacyConsent'],
    ['an invalid e-mail address', (i) => ({ ...i, contact: { ...i.contact, email: 'zoe@' } }), 'contact.email'],
    ['no tasks at all', (i) => ({ ...i, tasks: { catalogueTasks: [], customTasks: [] } }), 'tasks.catalogueTasks'],
    [
      'a task from outside the catalogue',
      (i) => ({ ...i, tasks: { ...i.tasks, catalogueTasks: [{ ...i.tasks.catalogueTasks[0]!, taskId: 'launch-rockets' }] } }),
      'tasks.catalogueTasks.0.taskId',
    ],
    [
      'an own task in an unknown category',
      (i) => ({ ...i, tasks: { ...i.tasks, customTasks: [{ ...i.tasks.customTasks[0]!, categoryId: 'space-travel' }] } }),
      'tasks.customTasks.0.categoryId',
    ],
    ['an unknown language', (i) => ({ ...i, locale: 'fr' }), 'locale'],
  ])('%s gets 422 naming the field and stores nothing', async (_name, mutate, path) => {
    await expect422(await submit(mutate(buildIntakeInput())), path);
  });

  test('malformed JSON gets 422 and stores nothing', async () => {
    const response = await submit('{"locale": "nl",');
    expect(response.status).toBe(422);
    expect(await intakeCount()).toBe(0);
  });

  test('a missing idempotency key gets 422', async () => {
    await expect422(await submit(buildIntakeInput(), null), 'idempotency-key');
  });

  test('a body over 64 kB gets 413 and stores nothing', async () => {
    const input = buildIntakeInput();
    const huge = { ...input, about: { ...input.about, painNote: 'x'.repeat(70 * 1024) } };
    const response = await submit(huge);
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe('payload_too_large');
    expect(await intakeCount()).toBe(0);
  });

  test('a retried request creates no second intake and gets a fresh working link', async () => {
    const input = buildIntakeInput();
    const key = newIdempotencyKey();
    const first = await t.client.api.intakes.$post({ json: input, header: { 'idempotency-key': key } });
    const second = await t.client.api.intakes.$post({ json: input, header: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    const a = await first.json();
    const b = await second.json();
    expect(b.intakeId).toBe(a.intakeId);
    expect(b.resultToken).not.toBe(a.resultToken);
    expect(await intakeCount()).toBe(1);
    expect((await t.app.request(`/api/results/${b.resultToken}`)).status).toBe(200);
  });

  test('a double click (concurrent identical requests) creates one intake', async () => {
    const input = buildIntakeInput();
    const key = newIdempotencyKey();
    const responses = await Promise.all(Array.from({ length: 5 }, () => submit(input, key)));
    expect(responses.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 201]);
    expect(await intakeCount()).toBe(1);
  });

  test('the same key with different answers is a conflict', async () => {
    const key = newIdempotencyKey();
    expect((await submit(buildIntakeInput(), key)).status).toBe(201);
    const other = buildIntakeInput({ locale: 'en' });
    const response = await submit(other, key);
    expect(response.status).toBe(409);
    expect(await intakeCount()).toBe(1);
  });
});
