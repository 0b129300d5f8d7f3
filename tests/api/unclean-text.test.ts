import { expect, test } from 'vitest';
import { buildIntakeInput, buildSaveDraftInput, newIdempotencyKey } from '../factories/intake.ts';
import { contactWith } from '../factories/submitted-intake.ts';
import { signInAsVa } from '../setup/admin-session.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorBodyOf, errorOf } from '../setup/test-client.ts';

// PostgreSQL cannot store a NUL byte in text and refuses a lone surrogate (it is not UTF-8); SQLite
// stores both. Either way they are not text anybody typed: refused as bad input, on both providers.
const t = useTestApp();

function submit(body: unknown) {
  return t.app.request('/api/intakes', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': newIdempotencyKey() },
    body: JSON.stringify(body),
  });
}

test.each([
  ['a NUL byte', 'Zoë\u0000de Vries'],
  ['a lone surrogate', 'Zoë \uD83D de Vries'],
  ['a control character', 'Zoë\u001B[31m de Vries'],
  ['a C1 control character', 'Zoë\u009B de Vries'],
])('a scan with %s in a text field is refused with 422 naming the field, and nothing is stored', async (_, name) => {
  const response = await submit(buildIntakeInput(contactWith({ name })));
  expect(response.status).toBe(422);
  const body = await errorBodyOf(response);
  expect(body.error.code).toBe('validation_failed');
  expect(body.error.issues).toEqual([{ path: 'contact.name', message: expect.stringMatching(/control characters|Unicode/) }]);
  expect(await t.db.prisma.intake.count()).toBe(0);
});

test('deep in the answers too: a custom task label', async () => {
  const input = buildIntakeInput();
  input.tasks.customTasks[0]!.label = 'Offertes\u0000';
  const response = await submit(input);
  expect(response.status).toBe(422);
  expect((await errorOf(response)).issues!.map((issue) => issue.path)).toEqual(['tasks.customTasks.0.label']);
});

test('tabs, new lines, emoji and accents are ordinary text', async () => {
  const response = await submit(buildIntakeInput(contactWith({ name: 'Zoë 🙂\tde Vries', company: 'Ça va\r\nCoaching' })));
  expect(response.status).toBe(201);
});

test('a draft, a sign-in and a note are refused the same way', async () => {
  const draft = await t.app.request('/api/drafts', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(buildSaveDraftInput({ answers: { values: { about: { businessKind: '\u0000' } } } as never })),
  });
  expect(draft.status).toBe(422);
  expect(await t.db.prisma.scanDraft.count()).toBe(0);

  const login = await t.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'sanne@example.nl', password: 'wrong\u0000password' }),
  });
  expect(login.status).toBe(422);
  expect((await errorOf(login)).issues!.map((issue) => issue.path)).toEqual(['password']);

  const va = await signInAsVa(t);
  const submitted = await t.client.api.intakes.$post({ json: buildIntakeInput(), header: { 'idempotency-key': newIdempotencyKey() } });
  const { intakeId } = await submitted.json();
  const note = await va.request(`/api/admin/intakes/${intakeId}/notes`, { method: 'POST', json: { body: 'Bellen\uDC00' } });
  expect(note.status).toBe(422);
  expect((await errorOf(note)).issues!.map((issue) => issue.path)).toEqual(['body']);
});

test('a NUL byte or control character in the path names nothing: 404, not a 500 from PostgreSQL', async () => {
  const va = await signInAsVa(t);
  for (const [method, path] of [
    ['DELETE', '/api/admin/intakes/%00'],
    ['POST', '/api/admin/outbox/%00/retry'],
    ['DELETE', '/api/admin/email-templates/x%1B'],
    ['GET', '/api/admin/intakes/%00'],
  ] as const) {
    const response = await va.request(path, { method });
    expect(response.status, `${method} ${path}`).toBe(404);
  }
});

// Found by the fuzz probe (tests/api/fuzz-public-routes.test.ts): the draft's answers take any
// small JSON, and the check for unclean text walked a deeply nested one by recursion until the
// stack ran out (a 500), even though the draft's own check had already refused it.
test('a draft with answers nested thousands of levels deep is refused with 422, not a 500', async () => {
  for (const nested of [`${'{"a":'.repeat(5000)}"x\\u0000"${'}'.repeat(5000)}`, `${'['.repeat(12000)}${']'.repeat(12000)}`]) {
    const body = JSON.stringify(buildSaveDraftInput()).replace('"values":{', `"values":{"deep":${nested},`);
    const response = await t.app.request('/api/drafts', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(422);
    expect((await errorOf(response)).issues!.map((issue) => issue.path)).toContain('answers.values');
  }
  expect(await t.db.prisma.scanDraft.count()).toBe(0);
});
