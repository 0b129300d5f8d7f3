/**
 * Follow-ups from an intake (/api/admin/intakes/:intakeId/emails): preview, send now or later,
 * the prospect's consent, and the status change that cancels the automatic ones.
 */
import { describe, expect, test } from 'vitest';
import type { SendFollowUpInput } from '#shared/schemas/email.ts';
import { LINK_PLACEHOLDERS } from '../../server/emails/link-placeholders.ts';
import { withRendered } from '../factories/email-content.ts';
import { newIdempotencyKey } from '../factories/intake.ts';
import { contactWith, submitIntake } from '../factories/submitted-intake.ts';
import { signInAsVa, type SignedInTestVa } from '../setup/admin-session.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorOf } from '../setup/test-client.ts';

const t = useTestApp();
const DAY_MS = 24 * 60 * 60 * 1000;

/** The shipped personal template, as the VA picks it in the back office. */
async function personalTemplate(va: SignedInTestVa) {
  const templates = await (await va.client.api.admin['email-templates'].$get()).json();
  return templates.find((x) => x.id === 'default-personal')!;
}

/** `overrides` may hold keys the route does not know (to test that it refuses them). */
async function followUpInput(va: SignedInTestVa, overrides: Partial<SendFollowUpInput> & Record<string, unknown> = {}) {
  const template = await personalTemplate(va);
  const input: SendFollowUpInput = { templateId: template.id, locale: 'nl', subject: template.subject.nl, body: template.body.nl };
  return { ...input, ...overrides };
}

function send(va: SignedInTestVa, intakeId: string, json: SendFollowUpInput, headers: { 'idempotency-key'?: string } = {}) {
  return va.client.api.admin.intakes[':intakeId'].emails.$post({ param: { intakeId }, json, header: headers });
}

/** The preview route takes no `sendAt`: a `json` with one is sent as it is (and refused). */
function preview(va: SignedInTestVa, intakeId: string, json: SendFollowUpInput) {
  return va.client.api.admin.intakes[':intakeId'].emails.preview.$post({ param: { intakeId }, json });
}

describe('POST /api/admin/intakes/:intakeId/emails/preview', () => {
  test('shows what the prospect would receive, merged from the stored result, and stores nothing', async () => {
    const va = await signInAsVa(t);
    const { intakeId } = await submitIntake(t);
    const before = await t.db.prisma.outboxMessage.count();
    const response = await preview(va, intakeId, await followUpInput(va));
    expect(response.status).toBe(200);
    const shown = await response.json();
    expect(shown.to).toBe('zoe@example.nl');
    expect(shown.subject).toBe('Je delegatiescan, Zoë');
    expect(shown.text).toContain('Hoi Zoë,');
    expect(shown.text).toMatch(/zo’n \d+(,\d)? uur per maand/);
    expect(shown.text).toContain('https://example.nl/kennismaken');
    expect(shown.html).toContain(LINK_PLACEHOLDERS.result);
    expect(shown.html).toContain(LINK_PLACEHOLDERS.unsubscribe);
    expect(shown.html).not.toMatch(/\{\{\s*\w+\s*\}\}/);
    expect(await t.db.prisma.outboxMessage.count()).toBe(before);
  });

  test('merged values and the VA’s own text are escaped in the html', async () => {
    const va = await signInAsVa(t);
    const { intakeId } = await submitIntake(t, contactWith({ name: '<img src=x onerror=alert(1)> Zoë' }));
    const response = await preview(
      va,
      intakeId,
      await followUpInput(va, { subject: 'Hoi {{firstName}}', body: 'Hoi {{firstName}}, <script>alert(2)</script> & groet' }),
    );
    expect(response.status).toBe(200);
    const shown = await response.json();
    expect(shown.html).not.toContain('<img src=x');
    expect(shown.html).not.toContain('<script>alert(2)');
    expect(shown.html).toContain('&lt;img');
    expect(shown.html).toContain('&lt;script&gt;alert(2)&lt;/script&gt; &amp; groet');
    // A subject is one line of text, not html: shown as typed, never interpreted.
    expect(shown.subject).toBe('Hoi <img');
  });

  test('in English, from the English text', async () => {
    const va = await signInAsVa(t);
    const { intakeId } = await submitIntake(t);
    const template = await (await va.client.api.admin['email-templates'].$get()).json();
    const personal = template.find((x) => x.id === 'default-personal')!;
    const response = await preview(va, intakeId, {
      templateId: personal.id,
      locale: 'en',
      subject: personal.subject.en,
      body: personal.body.en,
    });
    const shown = await response.json();
    expect(shown.subject).toBe('Your delegation scan, Zoë');
    expect(shown.text).toMatch(/about [\d.]+ hours? a month/);
  });
});

describe('POST /api/admin/intakes/:intakeId/emails', () => {
  test('queues the follow-up now (201), with a timeline entry', async () => {
    const va = await signInAsVa(t);
    const { intakeId } = await submitIntake(t);
    const input = await followUpInput(va);
    const before = Date.now();
    const response = await send(va, intakeId, input);
    expect(response.status).toBe(201);
    const message = await response.json();
    expect(message).toMatchObject({
      kind: 'follow-up',
      to: 'zoe@example.nl',
      subject: 'Je delegatiescan, Zoë',
      locale: 'nl',
      status: 'queued',
      attempts: 0,
      sentAt: null,
      lastError: null,
      intake: { id: intakeId, name: 'Zoë de Vries' },
    });
    expect(Date.parse(message.nextAttemptAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(Date.parse(message.nextAttemptAt)).toBeLessThanOrEqual(Date.now());

    const stored = await withRendered(await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: message.id } }));
    expect(stored).toMatchObject({ templateId: 'default-personal', toName: 'Zoë de Vries', intakeId });
    expect(stored.idempotencyKey.startsWith(`follow-up:${intakeId}:`)).toBe(true);
    expect(stored.html).toContain(LINK_PLACEHOLDERS.result);
    const queued = await t.db.prisma.intakeEvent.findMany({ where: { intakeId, type: 'email-queued' } });
    const entry = queued.find((e) => (e.data as { messageId: string }).messageId === message.id);
    expect(entry?.data).toMatchObject({ kind: 'follow-up', subject: 'Je delegatiescan, Zoë', notBefore: message.nextAttemptAt });
  });

  test('or at sendAt, up to 90 days ahead; in the past or further ahead is a 422', async () => {
    const va = await signInAsVa(t);
    const { intakeId } = await submitIntake(t);
    const sendAt = new Date(Date.now() + 5 * DAY_MS).toISOString();
    const later = await send(va, intakeId, await followUpInput(va, { sendAt }));
    expect(later.status).toBe(201);
    expect((await later.json()).nextAttemptAt).toBe(sendAt);

    const past = await send(va, intakeId, await followUpInput(va, { sendAt: new Date(Date.now() - 60 * 60 * 1000).toISOString() }));
    expect(past.status).toBe(422);
    expect((await errorOf(past)).issues?.map((i) => [i.path, i.code])).toEqual([['sendAt', 'in_past']]);
    const tooFar = await send(va, intakeId, await followUpInput(va, { sendAt: new Date(Date.now() + 91 * DAY_MS).toISOString() }));
    expect(tooFar.status).toBe(422);
    expect((await errorOf(tooFar)).issues?.map((i) => [i.path, i.code])).toEqual([['sendAt', 'too_far']]);
    const notADate = await send(va, intakeId, await followUpInput(va, { sendAt: 'morgen' }));
    expect(notADate.status).toBe(422);
    expect(await t.db.prisma.outboxMessage.count({ where: { intakeId, kind: 'follow-up' } })).toBe(1);
  });

  test('the same Idempotency-Key stores one message and answers with it again', async () => {
    const va = await signInAsVa(t);
    const { intakeId } = await submitIntake(t);
    const input = await followUpInput(va);
    const key = newIdempotencyKey();
    const first = await send(va, intakeId, input, { 'idempotency-key': key });
    const again = await send(va, intakeId, input, { 'idempotency-key': key });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect((await again.json()).id).toBe((await first.json()).id);
    // Without a key every send is a new message.
    expect((await send(va, intakeId, input)).status).toBe(201);
    expect(await t.db.prisma.outboxMessage.count({ where: { intakeId, kind: 'follow-up' } })).toBe(2);
    const badKey = await send(va, intakeId, input, { 'idempotency-key': 'short' });
    expect(badKey.status).toBe(422);
  });

  test('refused with 409 no_follow_up_consent when the prospect did not agree to follow-ups', async () => {
    const va = await signInAsVa(t);
    const { intakeId } = await submitIntake(t, contactWith({ followUpConsent: false }));
    for (const response of [await send(va, intakeId, await followUpInput(va)), await preview(va, intakeId, await followUpInput(va))]) {
      expect(response.status).toBe(409);
      expect((await errorOf(response)).code).toBe('no_follow_up_consent');
    }
    expect(await t.db.prisma.outboxMessage.count({ where: { intakeId, kind: 'follow-up' } })).toBe(0);
  });

  test('refused with 409 unsubscribed after the prospect unsubscribed', async () => {
    const va = await signInAsVa(t);
    const { intakeId } = await submitIntake(t);
    await t.db.prisma.intake.update({ where: { id: intakeId }, data: { unsubscribedAt: new Date(), followUpConsent: false } });
    for (const response of [await send(va, intakeId, await followUpInput(va)), await preview(va, intakeId, await followUpInput(va))]) {
      expect(response.status).toBe(409);
      expect((await errorOf(response)).code).toBe('unsubscribed');
    }
    expect(await t.db.prisma.outboxMessage.count({ where: { intakeId, kind: 'follow-up' } })).toBe(0);
  });

  test('an unknown intake is a 404; an unknown template or merge field a 422 on the field', async () => {
    const va = await signInAsVa(t);
    const { intakeId } = await submitIntake(t);
    const missing = await send(va, 'no-such-intake', await followUpInput(va));
    expect(missing.status).toBe(404);
    expect((await errorOf(missing)).code).toBe('not_found');
    expect((await preview(va, 'no-such-intake', await followUpInput(va))).status).toBe(404);

    const unknownTemplate = await send(va, intakeId, await followUpInput(va, { templateId: 'nope' }));
    expect(unknownTemplate.status).toBe(422);
    expect((await errorOf(unknownTemplate)).issues?.map((i) => i.path)).toEqual(['templateId']);
    const unknownField = await send(va, intakeId, await followUpInput(va, { body: 'Hoi {{naam}}' }));
    expect(unknownField.status).toBe(422);
    expect((await errorOf(unknownField)).issues?.map((i) => i.path)).toEqual(['body']);
    const extra = await send(va, intakeId, await followUpInput(va, { to: 'someone@example.com' }));
    expect(extra.status).toBe(422);
    expect((await errorOf(extra)).issues?.map((i) => i.path)).toEqual(['to']);
    const previewWithSendAt = await preview(va, intakeId, await followUpInput(va, { sendAt: new Date().toISOString() }));
    expect(previewWithSendAt.status).toBe(422);
    expect(await t.db.prisma.outboxMessage.count({ where: { kind: 'follow-up' } })).toBe(0);
  });
});

describe('a status change cancels the automatic follow-ups', () => {
  test('its queued scheduled follow-ups are cancelled with the change; the VA’s own stay', async () => {
    const va = await signInAsVa(t);
    const scheduled = await va.client.api.admin['email-templates'].$post({
      json: {
        name: 'Na 3 dagen',
        subject: { nl: 'Hoi {{firstName}}', en: 'Hi {{firstName}}' },
        body: { nl: 'Nog even over je scan.', en: 'About your scan.' },
        schedule: { enabled: true, delayDays: 3 },
      },
    });
    const templateId = (await scheduled.json()).id;
    const { intakeId } = await submitIntake(t);
    const other = await submitIntake(t);
    const own = await send(va, intakeId, {
      templateId,
      locale: 'nl',
      subject: 'Hoi',
      body: 'Zoals beloofd',
      sendAt: new Date(Date.now() + 2 * DAY_MS).toISOString(),
    });
    expect(own.status).toBe(201);
    const ownId = (await own.json()).id;

    const changed = await va.request(`/api/admin/intakes/${intakeId}/status`, { method: 'PATCH', json: { status: 'contacted' } });
    expect(changed.status).toBe(200);

    const automatic = await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: `scheduled:${intakeId}:${templateId}` } });
    expect(automatic.status).toBe('cancelled');
    expect(automatic.cancelledAt).not.toBeNull();
    expect((await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: ownId } })).status).toBe('queued');
    // The result e-mail and the VA's notice are not follow-ups; another intake is not touched.
    const untouched = await t.db.prisma.outboxMessage.findMany({ where: { status: { not: 'queued' } }, select: { id: true } });
    expect(untouched.map((m) => m.id)).toEqual([automatic.id]);
    expect(
      (await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: `scheduled:${other.intakeId}:${templateId}` } })).status,
    ).toBe('queued');

    const timeline = await (await va.client.api.admin.intakes[':id'].$get({ param: { id: intakeId } })).json();
    const cancelledEntry = timeline.timeline.find((e) => e.type === 'email-cancelled');
    expect(cancelledEntry?.data).toMatchObject({ messageId: automatic.id, kind: 'follow-up', reason: 'status-changed' });

    // Setting the same status again changes nothing and cancels nothing more.
    await va.request(`/api/admin/intakes/${intakeId}/status`, { method: 'PATCH', json: { status: 'contacted' } });
    expect(await t.db.prisma.intakeEvent.count({ where: { type: 'email-cancelled' } })).toBe(1);
  });
});
