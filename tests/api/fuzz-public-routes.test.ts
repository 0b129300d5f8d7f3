/**
 * The probe stays in the suite (issue 10, point 11): fast-check throws random and malformed
 * requests at every public route and method of the real app (and at the back office without a
 * session): broken and deeply nested JSON, wrong types, huge numbers, `__proto__` keys, broken
 * UTF-8, wrong content types, long tokens, path traversal. Whatever arrives:
 *   - the answer is never a 5xx;
 *   - the back office answers 401/403 (404 for a path that names nothing, 413 for a body over the cap);
 *   - a refused request (4xx) writes nothing: every table is the same before and after, except
 *     the counters whose job it is to count refusals (see BOOKKEEPING);
 *   - no file outside the built client is ever served.
 *
 * FUZZ_RUNS=20000 npx vitest run --project api tests/api/fuzz-public-routes.test.ts  (a longer run;
 * FUZZ_SEED=<seed> replays a failure that fast-check reported).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fc } from '@fast-check/vitest';
import { expect, test } from 'vitest';
import { saveVa } from '../../server/features/auth/auth.service.ts';
import { generateToken, hashToken } from '../../server/lib/security.ts';
import { buildIntakeInput, buildSaveDraftInput } from '../factories/intake.ts';
import { submitIntake } from '../factories/submitted-intake.ts';
import { TEST_VA_PASSWORD } from '../setup/admin-session.ts';
import { useTestApp } from '../setup/test-app.ts';

/** Every route many times over: ~10 s on SQLite, ~20 s on PostgreSQL (shared 2-core machine). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

// A built client in a folder of its own, with a file beside it that must never be served.
const root = mkdtempSync(path.join(tmpdir(), 'delegatiescan-fuzz-'));
const dist = path.join(root, 'dist');
const SECRET = `not-for-you-${generateToken()}`;
mkdirSync(path.join(dist, 'assets'), { recursive: true });
writeFileSync(path.join(dist, 'index.html'), '<!doctype html><div id="root"></div>');
writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1);');
writeFileSync(path.join(root, 'secret.txt'), SECRET);
writeFileSync(path.join(root, '.env'), `SESSION_SECRET=${SECRET}`);

const t = useTestApp({
  CLIENT_DIST: dist,
  // One proxy in front: each request comes from its own random address, so the per-address
  // limits let most of them through to the validation behind them (429s still happen).
  TRUST_PROXY: '1',
  RESUME_LIMIT_PER_HOUR: '100000',
  SUBMIT_LIMIT_PER_HOUR: '100000',
});

/**
 * Tables a refused request may write to, because counting refusals is what they are for: the
 * per-address limits' windows, failed sign-ins (throttling), the rejection counters of the
 * insight page (`rejected.*` only) and the server keys made on first use.
 */
const BOOKKEEPING = new Set(['RateLimitWindow', 'LoginAttempt', 'AppSecret']);

// ── What a route takes ──────────────────────────────────────────────────────────────────────

interface Fixtures {
  resultToken: string;
  draftToken: string;
  unsubscribeToken: string;
  intakeId: string;
}

type BodyKind = 'intake' | 'draft' | 'login' | 'progress' | 'email' | 'settings' | 'note' | 'status' | 'template' | 'follow-up' | 'none';

interface Route {
  method: string;
  /** `:result`, `:draft`, `:unsubscribe`, `:intake` and `:id` are filled in per request. */
  path: string;
  body: BodyKind;
  idempotencyKey?: boolean;
  /** Erases what the fixtures point to: only ever called with a fuzzed token. */
  destructive?: boolean;
}

const PUBLIC_ROUTES: Route[] = [
  { method: 'GET', path: '/api/health', body: 'none' },
  { method: 'GET', path: '/api/ready', body: 'none' },
  { method: 'GET', path: '/api/scan/config', body: 'none' },
  { method: 'POST', path: '/api/scan/start', body: 'none' },
  { method: 'POST', path: '/api/scan/progress', body: 'progress' },
  { method: 'POST', path: '/api/intakes', body: 'intake', idempotencyKey: true },
  { method: 'POST', path: '/api/drafts', body: 'draft' },
  { method: 'GET', path: '/api/drafts/:draft', body: 'none' },
  { method: 'GET', path: '/api/results/:result', body: 'none' },
  { method: 'GET', path: '/api/results/:result/pdf', body: 'none' },
  { method: 'DELETE', path: '/api/results/:result', body: 'none', destructive: true },
  { method: 'POST', path: '/api/results/:result/email', body: 'email' },
  { method: 'GET', path: '/api/unsubscribe/:unsubscribe', body: 'none' },
  { method: 'POST', path: '/api/unsubscribe/:unsubscribe', body: 'none' },
  { method: 'POST', path: '/api/unsubscribe/:unsubscribe/undo', body: 'none' },
  { method: 'GET', path: '/api/branding/logo', body: 'none' },
  { method: 'POST', path: '/api/auth/login', body: 'login' },
  { method: 'POST', path: '/api/auth/login/second-step', body: 'login' },
  { method: 'POST', path: '/api/auth/reauth', body: 'login' },
  { method: 'GET', path: '/api/auth/session', body: 'none' },
  { method: 'POST', path: '/api/auth/logout', body: 'none' },
  { method: 'POST', path: '/api/auth/logout-everywhere', body: 'none' },
  { method: 'GET', path: '/metrics', body: 'none' },
  { method: 'GET', path: '/api/:id', body: 'none' },
  // The built client: pages, assets and whatever a path tries to reach beside them.
  { method: 'GET', path: '/', body: 'none' },
  { method: 'GET', path: '/embed', body: 'none' },
  { method: 'GET', path: '/r/:result', body: 'none' },
  { method: 'GET', path: '/assets/:id', body: 'none' },
  { method: 'GET', path: '/:id', body: 'none' },
];

/** The back office without a session: each must answer 401 or 403. */
const ADMIN_ROUTES: Route[] = [
  { method: 'GET', path: '/api/admin/me', body: 'none' },
  { method: 'GET', path: '/api/admin/settings', body: 'none' },
  { method: 'PUT', path: '/api/admin/settings', body: 'settings' },
  { method: 'GET', path: '/api/admin/intakes', body: 'none' },
  { method: 'GET', path: '/api/admin/intakes/export.csv', body: 'none' },
  { method: 'GET', path: '/api/admin/intakes/:intake', body: 'none' },
  { method: 'GET', path: '/api/admin/intakes/:intake/export.json', body: 'none' },
  { method: 'PATCH', path: '/api/admin/intakes/:intake/status', body: 'status' },
  { method: 'POST', path: '/api/admin/intakes/:intake/read', body: 'none' },
  { method: 'POST', path: '/api/admin/intakes/:intake/unread', body: 'none' },
  { method: 'POST', path: '/api/admin/intakes/:intake/notes', body: 'note' },
  { method: 'PATCH', path: '/api/admin/intakes/:intake/notes/:id', body: 'note' },
  { method: 'DELETE', path: '/api/admin/intakes/:intake/notes/:id', body: 'none' },
  { method: 'DELETE', path: '/api/admin/intakes/:intake', body: 'none' },
  { method: 'POST', path: '/api/admin/intakes/:intake/emails/preview', body: 'follow-up' },
  { method: 'POST', path: '/api/admin/intakes/:intake/emails', body: 'follow-up', idempotencyKey: true },
  { method: 'GET', path: '/api/admin/email-templates', body: 'none' },
  { method: 'POST', path: '/api/admin/email-templates', body: 'template' },
  { method: 'PUT', path: '/api/admin/email-templates/:id', body: 'template' },
  { method: 'DELETE', path: '/api/admin/email-templates/:id', body: 'none' },
  { method: 'GET', path: '/api/admin/insight', body: 'none' },
  { method: 'GET', path: '/api/admin/retention', body: 'none' },
  { method: 'GET', path: '/api/admin/outbox', body: 'none' },
  { method: 'GET', path: '/api/admin/outbox/:id', body: 'none' },
  { method: 'POST', path: '/api/admin/outbox/:id/retry', body: 'none' },
  { method: 'GET', path: '/api/admin/setup', body: 'none' },
  { method: 'POST', path: '/api/admin/setup/test-email', body: 'none' },
  { method: 'GET', path: '/api/admin/two-factor', body: 'none' },
  { method: 'POST', path: '/api/admin/two-factor/setup', body: 'none' },
  { method: 'POST', path: '/api/admin/two-factor/enable', body: 'none' },
  { method: 'POST', path: '/api/admin/two-factor/recovery-codes', body: 'none' },
  { method: 'POST', path: '/api/admin/two-factor/disable', body: 'login' },
  { method: 'GET', path: '/api/admin/:id', body: 'none' },
];

/** A valid body per kind: mutations of it get past the first checks and reach the deeper ones. */
function validBody(kind: BodyKind): unknown {
  switch (kind) {
    case 'intake':
      return buildIntakeInput();
    case 'draft':
      return buildSaveDraftInput();
    case 'login':
      return { email: 'sanne@example.nl', password: TEST_VA_PASSWORD };
    case 'progress':
      return { step: 2 };
    case 'email':
      return { locale: 'en' };
    case 'settings':
      return { vaName: 'Sanne', brandColor: '#336699', hourlyRateCents: 4500, packages: [{ hoursPerMonth: 10, priceCents: 45000 }] };
    case 'note':
      return { text: 'Bellen op dinsdag' };
    case 'status':
      return { status: 'contacted' };
    case 'template':
      return { name: 'Na een week', subject: { nl: 'Hoi', en: 'Hi' }, body: { nl: 'Tekst', en: 'Text' } };
    case 'follow-up':
      return { templateId: 'x', locale: 'nl' };
    case 'none':
      return {};
  }
}

// ── Nasty values ────────────────────────────────────────────────────────────────────────────

/** Number literals JSON allows but JavaScript cannot hold (or holds oddly). */
const HUGE_NUMBERS = ['1e400', '-1e400', '1e-400', '-0', '123456789012345678901234567890', '9007199254740993', '0.1e309', '2e308'];

/** JSON text nested hundreds to a hundred thousand levels deep (objects or arrays). */
const deeplyNested: fc.Arbitrary<string> = fc
  .record({ depth: fc.oneof(fc.integer({ min: 100, max: 12_000 }), fc.integer({ min: 12_000, max: 100_000 })), object: fc.boolean() })
  .map(({ depth, object }) => (object ? `${'{"a":'.repeat(depth)}"\\u0000"${'}'.repeat(depth)}` : `${'['.repeat(depth)}${']'.repeat(depth)}`));

const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, 1.5, Number.MAX_SAFE_INTEGER, '', ' ', '0', 'NaN', [], {}),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }), // lone surrogates, control characters
  fc.constantFrom('\u0000', 'a\u0000b', '\ud800', 'x\udfff', '\u202e', '\u200b', '\r\n', '<script>alert(1)</script>', "'; DROP TABLE \"Intake\"; --"),
  fc.integer({ min: 1_000, max: 300_000 }).map((n) => 'x'.repeat(n)),
  fc.constant({ __proto__: null, polluted: true }),
  fc.jsonValue({ maxDepth: 3 }),
);

/** Every path (array of keys) in a JSON value, the root included. */
function pathsOf(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const here = [prefix];
  if (Array.isArray(value)) return here.concat(...value.map((item, i) => pathsOf(item, [...prefix, i])));
  if (value && typeof value === 'object') {
    return here.concat(...Object.entries(value).map(([key, item]) => pathsOf(item, [...prefix, key])));
  }
  return here;
}

function setAt(root: unknown, at: (string | number)[], value: unknown, remove: boolean): unknown {
  if (at.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of at.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = at[at.length - 1]!;
  if (remove) {
    if (Array.isArray(node)) node.splice(Number(last), 1);
    else delete node[last];
  } else {
    node[last] = value;
  }
  return copy;
}

type Bytes = Uint8Array<ArrayBuffer>;

/** A body (text or raw bytes) made from the route's valid body. */
function bodyArbitrary(kind: BodyKind): fc.Arbitrary<string | Bytes | undefined> {
  const valid = validBody(kind);
  const validText = JSON.stringify(valid);
  const paths = pathsOf(valid);
  const RAW = '"\u{1F4A5}raw\u{1F4A5}"';
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.constant(validText) },
    // One field changed to something it should not be, or gone.
    {
      weight: 8,
      arbitrary: fc
        .record({ at: fc.constantFrom(...paths), value: nastyValue, remove: fc.boolean() })
        .map(({ at, value, remove }) => JSON.stringify(setAt(valid, at, value, remove && at.length > 0)) ?? 'undefined'),
    },
    // A number JavaScript cannot hold, or JSON nested thousands of levels deep, where any value is.
    {
      weight: 3,
      arbitrary: fc
        .record({ at: fc.constantFrom(...paths), literal: fc.oneof(fc.constantFrom(...HUGE_NUMBERS), deeplyNested) })
        .map(({ at, literal }) => JSON.stringify(setAt(valid, at, '\u{1F4A5}raw\u{1F4A5}', false)).replace(RAW, literal)),
    },
    // Prototype pollution, at the top or inside.
    {
      weight: 2,
      arbitrary: fc
        .constantFrom('{"__proto__":{"isAdmin":true,"status":"won"},', '{"constructor":{"prototype":{"polluted":1}},', '{"__proto__":null,', '{"prototype":[],"toString":1,')
        .map((prefix) => (validText.startsWith('{') && validText.length > 2 ? prefix + validText.slice(1) : `${prefix.slice(0, -1)}}`)),
    },
    // Malformed JSON: cut short, wrong quotes, trailing garbage.
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.nat({ max: Math.max(0, validText.length - 1) }).map((at) => validText.slice(0, at)),
        fc.constantFrom("{'a':1}", '{,}', '{"a":1,}', 'NaN', 'undefined', '[', '"\\ud800"', '{"a":"\\u0000"}', `${validText}garbage`, '\u0000', '\ufeff{}'),
      ),
    },
    // Deep nesting.
    { weight: 1, arbitrary: deeplyNested },
    // Any JSON at all, and any text.
    { weight: 2, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
    // Broken UTF-8: invalid bytes inside a string of the valid body, or just bytes.
    {
      weight: 2,
      arbitrary: fc
        .record({
          bytes: fc.constantFrom([0xff], [0xc3], [0xed, 0xa0, 0x80], [0xc0, 0xae], [0xf4, 0x90, 0x80, 0x80], [0xfe, 0xff], [0x00]),
          at: fc.nat(),
        })
        .map(({ bytes, at }) => {
          const text = Buffer.from(validText);
          const quotes = [...validText.matchAll(/":"/g)].map((m) => Buffer.byteLength(validText.slice(0, m.index)) + 3);
          const cut = quotes.length > 0 ? quotes[at % quotes.length]! : Math.min(at, text.length);
          return new Uint8Array(Buffer.concat([text.subarray(0, cut), Buffer.from(bytes), text.subarray(cut)]));
        }),
    },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes): Bytes => new Uint8Array(bytes)) },
    // Over the cap on every body under /api.
    { weight: 1, arbitrary: fc.constant(`{"a":"${'x'.repeat(1_100_000)}"}`) },
  );
}

/** A path segment where a token or id goes. */
function segmentArbitrary(valid: string | undefined): fc.Arbitrary<string> {
  const fuzzed = fc.oneof(
    fc.constantFrom(
      '..',
      '../..',
      '../../secret.txt',
      '..%2f..%2fsecret.txt',
      '%2e%2e%2f%2e%2e%2fsecret.txt',
      '..%5c..%5csecret.txt',
      '..\\..\\secret.txt',
      '%252e%252e%252fsecret.txt',
      '....//....//secret.txt',
      '%c0%ae%c0%ae%2fsecret.txt',
      '.env',
      '%00',
      'a%00b',
      '%ff%fe',
      '%ed%a0%80',
      '%e2%80%ae',
      '%',
      '%zz',
      'null',
      'undefined',
      '__proto__',
      'constructor',
      'export.csv',
      "1'%20OR%20'1'='1",
    ),
    fc.string({ minLength: 1, maxLength: 40 }).map(encodeURIComponent),
    fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }).map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '')) || 'x'),
    fc.base64String({ minLength: 20, maxLength: 24 }).map((s) => s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '')),
    fc.integer({ min: 100, max: 20_000 }).map((n) => 'A'.repeat(n)),
    fc.nat().map(String),
  );
  return valid ? fc.oneof(fc.constant(valid), fuzzed) : fuzzed;
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/json; charset=utf-16',
  'application/vnd.api+json',
  'text/plain',
  'text/html',
  'application/x-www-form-urlencoded',
  'multipart/form-data',
  'multipart/form-data; boundary=----x',
  'application/xml',
  'application/octet-stream',
  'application/json, text/plain',
  'json',
  ';',
  '',
];

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'PROPFIND', 'X-ANYTHING'];

/** Printable ASCII: what a header value can carry through fetch's Request. */
const headerText = (maxLength: number) => fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength });

interface FuzzRequest {
  route: Route;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | Bytes | undefined;
}

function requestArbitrary(fixtures: Fixtures): fc.Arbitrary<FuzzRequest> {
  // Mostly the public routes, where a request gets past the door; the back office's door is one check.
  const route = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...PUBLIC_ROUTES) }, { weight: 1, arbitrary: fc.constantFrom(...ADMIN_ROUTES) });
  return route.chain((route) =>
    fc
      .record({
        method: fc.oneof({ weight: 5, arbitrary: fc.constant(route.method) }, { weight: 1, arbitrary: fc.constantFrom(...METHODS) }),
        segments: fc.record({
          result: segmentArbitrary(route.destructive ? undefined : fixtures.resultToken),
          draft: segmentArbitrary(fixtures.draftToken),
          unsubscribe: segmentArbitrary(fixtures.unsubscribeToken),
          intake: segmentArbitrary(fixtures.intakeId),
          id: segmentArbitrary(undefined),
        }),
        query: fc.oneof(
          { weight: 4, arbitrary: fc.constant('') },
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              '?locale=en',
              '?locale=xx',
              '?locale=nl&locale=en',
              '?locale[]=nl',
              '?__proto__[x]=1',
              '?constructor=1',
              '?locale=%ff',
              '?locale=%00',
              `?locale=${'e'.repeat(10_000)}`,
              '?limit=1e400&cursor=%ed%a0%80',
              '?q=../../secret.txt',
            ),
          },
          { weight: 1, arbitrary: fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 30 }), { maxKeys: 3 }).map((params) => `?${new URLSearchParams(params)}`) },
        ),
        contentType: fc.oneof(
          { weight: 4, arbitrary: fc.constant('application/json') },
          { weight: 2, arbitrary: fc.constantFrom(...CONTENT_TYPES) },
          { weight: 1, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: headerText(60) },
        ),
        idempotencyKey: fc.oneof(
          { weight: 4, arbitrary: fc.uint8Array({ minLength: 16, maxLength: 16 }).map((bytes) => Buffer.from(bytes).toString('base64url')) },
          // A few keys used again and again: a retry, or the same key with another body (409).
          { weight: 2, arbitrary: fc.constantFrom('fuzz-key-aaaaaaaaaaaa', 'fuzz-key-bbbbbbbbbbbb') },
          { weight: 1, arbitrary: fc.constant(undefined) },
          { weight: 1, arbitrary: headerText(80) },
          { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }).map((n) => 'k'.repeat(n)) },
        ),
        cookie: fc.option(
          fc.oneof(
            headerText(80).map((value) => `ds_session=${value}`),
            fc.constantFrom('ds_session=', 'ds_session=AAAAAAAAAAAAAAAAAAAAAA', `ds_session=${'A'.repeat(10_000)}`, '__Host-ds_session=x', 'ds_device=x; ds_session=%00'),
          ),
        ),
        csrf: fc.option(headerText(60)),
        forwardedFor: fc.oneof(fc.ipV4(), fc.ipV6(), headerText(40)),
        body: bodyArbitrary(route.body),
      })
      .map(({ method, segments, query, contentType, idempotencyKey, cookie, csrf, forwardedFor, body }) => {
        const headers: Record<string, string> = { 'x-forwarded-for': forwardedFor, origin: 'http://scan.test' };
        if (contentType !== undefined) headers['content-type'] = contentType;
        if (route.idempotencyKey && idempotencyKey !== undefined) headers['idempotency-key'] = idempotencyKey;
        if (cookie !== null) headers.cookie = cookie;
        if (csrf !== null) headers['x-csrf-token'] = csrf;
        const filled = route.path.replace(/:(result|draft|unsubscribe|intake|id)/g, (_, name: keyof typeof segments) => segments[name]);
        // GET and HEAD cannot carry a body through fetch's Request.
        const withBody = method !== 'GET' && method !== 'HEAD' ? body : undefined;
        return { route, method, path: filled + query, headers, body: withBody };
      }),
  );
}

// ── What the database holds ─────────────────────────────────────────────────────────────────

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

async function tableNames(): Promise<string[]> {
  const query =
    t.db.provider === 'sqlite'
      ? `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'`
      : `SELECT tablename AS name FROM pg_tables WHERE schemaname = current_schema() AND tablename <> '_prisma_migrations'`;
  return (await t.db.prisma.$queryRawUnsafe<{ name: string }[]>(query)).map((row) => row.name).filter((name) => !BOOKKEEPING.has(name));
}

const asText = (_key: string, value: unknown) =>
  typeof value === 'bigint' ? value.toString() : value instanceof Uint8Array ? Buffer.from(value).toString('hex') : value;

/** Every row of every table that is not bookkeeping, as sorted text per table. */
async function snapshot(tables: string[]): Promise<Record<string, string[]>> {
  const entries = await Promise.all(
    tables.map(async (table) => {
      const rows = await t.db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM ${quote(table)}`);
      const texts = rows
        // The rejection counters are bookkeeping too; the other daily counts are not.
        .filter((row) => table !== 'DailyCount' || !String(row.key).startsWith('rejected.'))
        .map((row) => JSON.stringify(row, asText))
        .sort();
      return [table, texts] as const;
    }),
  );
  return Object.fromEntries(entries);
}

// ── The probe ───────────────────────────────────────────────────────────────────────────────

async function seed(): Promise<Fixtures> {
  await saveVa(t.deps, { email: 'sanne@example.nl', name: 'Sanne Jansen', password: TEST_VA_PASSWORD });
  const { intakeId, resultToken } = await submitIntake(t);

  const unsubscribeToken = generateToken();
  await t.db.prisma.unsubscribeLink.create({ data: { intakeId, tokenHash: hashToken(unsubscribeToken) } });

  const saved = await t.app.request('/api/drafts', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.1' },
    body: JSON.stringify(buildSaveDraftInput()),
  });
  expect(saved.status).toBe(202);
  // The link's token only travels by e-mail: give the stored link a token this test knows.
  const draftToken = generateToken();
  await t.db.prisma.resumeLink.updateMany({ data: { tokenHash: hashToken(draftToken) } });
  return { resultToken, draftToken, unsubscribeToken, intakeId };
}

function describeRequest(request: FuzzRequest): string {
  const body =
    request.body === undefined
      ? '(none)'
      : typeof request.body === 'string'
        ? JSON.stringify(request.body.length > 300 ? `${request.body.slice(0, 300)}… (${request.body.length} chars)` : request.body)
        : `bytes ${Buffer.from(request.body.subarray(0, 100)).toString('hex')} (${request.body.length})`;
  const headers = JSON.stringify(request.headers, (_k, v: unknown) => (typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}… (${v.length})` : v));
  const shownPath = request.path.length > 300 ? `${request.path.slice(0, 300)}… (${request.path.length})` : request.path;
  return `${request.method} ${shownPath}\nheaders: ${headers}\nbody: ${body}`;
}

test(`${RUNS} random and malformed requests to every public route: never a 5xx, nothing written by a refusal`, { timeout: Math.max(120_000, RUNS * 100) }, async () => {
  const fixtures = await seed();
  const tables = await tableNames();
  let before = await snapshot(tables);
  const statuses = new Map<number, number>();
  // Not one of them makes a 5xx or a write: a 500 is also logged at error level, which fails the test.
  await fc.assert(
    fc.asyncProperty(requestArbitrary(fixtures), async (request) => {
      const response = await t.app.request(request.path, { method: request.method, headers: request.headers, body: request.body });
      const text = await response.text();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      const where = `${describeRequest(request)}\n→ ${response.status} ${text.slice(0, 300)}`;

      expect(response.status, where).toBeLessThan(500);
      expect(text, where).not.toContain(SECRET);
      // As the app sees it: the URL parser has resolved dot segments and backslashes by then.
      const { pathname } = new URL(request.path, 'http://localhost');
      if (/^\/api\/admin(\/|$)/.test(pathname)) {
        expect([401, 403, 404, 413], where).toContain(response.status);
      }
      if (pathname.startsWith('/api/') && response.status >= 400 && request.method !== 'HEAD') {
        // One error shape, whatever went wrong.
        expect(response.headers.get('content-type'), where).toMatch(/^application\/json/);
        expect((JSON.parse(text) as { error?: { code?: unknown } }).error?.code, where).toEqual(expect.any(String));
      }

      const after = await snapshot(tables);
      if (response.status >= 400) {
        for (const table of tables) expect(after[table], `${table} was written by a refused request:\n${where}`).toEqual(before[table]);
      }
      before = after;
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  // Every kind of answer came up: the probe got past the first checks, not only refused at the door.
  console.info('fuzz statuses', Object.fromEntries([...statuses].sort(([a], [b]) => a - b)));
  expect([...statuses.keys()].some((status) => status >= 200 && status < 300)).toBe(true);
  expect(statuses.get(422)).toBeGreaterThan(0);
});
