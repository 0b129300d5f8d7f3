import { describe, expect, test } from 'vitest';
import { buildIntakeInput, newIdempotencyKey } from '../factories/intake.ts';
import { storedV1Intake } from '../factories/stored-v1-intake.ts';
import { useTestApp } from '../setup/test-app.ts';

const t = useTestApp();

/** The document's title (the Info dictionary points at it): the page's greeting. */
function pdfTitle(bytes: Uint8Array): string {
  const text = new TextDecoder('latin1').decode(bytes);
  const ref = /\/Title (\d+) 0 R/.exec(text)?.[1];
  const literal = ref ? new RegExp(`\\n${ref} 0 obj\\n\\((.*)\\)\\nendobj`).exec(text)?.[1] : /\/Title \((.*?)\)/.exec(text)?.[1];
  const raw = Buffer.from(literal ?? '', 'latin1');
  // Text outside Latin-1 is UTF-16BE after a byte order mark.
  if (raw[0] === 0xfe && raw[1] === 0xff) return new TextDecoder('utf-16be').decode(raw.subarray(2));
  return raw.toString('latin1');
}

async function submitted() {
  const response = await t.client.api.intakes.$post({ json: buildIntakeInput(), header: { 'idempotency-key': newIdempotencyKey() } });
  expect(response.status).toBe(201);
  return response.json();
}

describe('GET /api/results/:token/pdf', () => {
  test('a real PDF of the result, rendered on the server, named after the prospect', async () => {
    const { resultToken } = await submitted();
    const response = await t.app.request(`/api/results/${resultToken}/pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Delegatiescan Zoe de Vries.pdf"; filename*=UTF-8''Delegatiescan%20Zo%C3%AB%20de%20Vries.pdf`,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(5_000);
    expect(pdfTitle(bytes)).toBe('Hoi Zoë, dit is je delegatiescan');
  });

  test('in the language asked for; an old 1.0.0 result renders too', async () => {
    const { intakeId, resultToken } = await submitted();
    const v1 = storedV1Intake();
    await t.db.prisma.intakeSnapshot.update({ where: { intakeId }, data: { result: v1.result } });
    const response = await t.app.request(`/api/results/${resultToken}/pdf?locale=en`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('filename="Delegation scan Zoe de Vries.pdf"');
    expect(pdfTitle(new Uint8Array(await response.arrayBuffer()))).toBe('Hi Zoë, here is your delegation scan');
  });

  test('a wrong token is the same 404 as the page; an unknown language is a 422', async () => {
    const { resultToken } = await submitted();
    expect((await t.app.request('/api/results/AAAAAAAAAAAAAAAAAAAAAA/pdf')).status).toBe(404);
    const bad = await t.app.request(`/api/results/${resultToken}/pdf?locale=de`);
    expect(bad.status).toBe(422);
  });
});
