/**
 * One-click unsubscribe (/api/unsubscribe/:token, RFC 8058): idempotent, all in one transaction,
 * every miss the same 404, rate-limited per address.
 */
import { describe, expect, test, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import { generateToken, hashToken } from '../../server/lib/security.ts';
import { submitIntake } from '../factories/submitted-intake.ts';
import { signInAsVa } from '../setup/admin-session.ts';
import { refuseInserts } from '../setup/failing-writes.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorOf } from '../setup/test-client.ts';

const t = useTestApp();
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * An intake with an unsubscribe link, as the outbox sender leaves one behind when it sends an
 * e-mail (only the hash is stored), and follow-ups in several states: an automatic one and the
 * VA's own waiting, one failed, one sent.
 */
async function intakeWithFollowUps() {
  const va = await signInAsVa(t);
  const template = await va.client.api.admin['email-templates'].$post({
    json: {
      name: 'Na 3 dagen',
      subject: { nl: 'Hoi {{firstName}}', en: 'Hi {{firstName}}' },
      body: { nl: 'Nog even over je scan.', en: 'About your scan.' },
      schedule: { enabled: true, delayDays: 3 },
    },
  });
  const templateId = (await template.json()).id;
  const { intakeId } = await submitIntake(t);
  const followUp = (body: string) =>
    va.client.api.admin.intakes[':intakeId'].emails.$post({
      param: { intakeId },
      header: {},
      json: { templateId, locale: 'nl', subject: 'Hoi', body, sendAt: new Date(Date.now() + DAY_MS).toISOString() },
    });
  const own = await (await followUp('Zoals beloofd')).json();
  const failed = await (await followUp('Mislukt')).json();
  const sent = await (await followUp('Al verstuurd')).json();
  await t.db.prisma.outboxMessage.update({ where: { id: failed.id }, data: { status: 'failed', lastError: '550 mailbox full' } });
  await t.db.prisma.outboxMessage.update({ where: { id: sent.id }, data: { status: 'sent', sentAt: new Date() } });

  const token = generateToken();
  await t.db.prisma.unsubscribeLink.create({ data: { intakeId, tokenHash: hashToken(token) } });
  return { va, intakeId, token, templateId, ids: { own: own.id, failed: failed.id, sent: sent.id } };
}

async function statusOf(id: string) {
  return (await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id } })).status;
}

function oneClick(token: string, app = t.app) {
  // Exactly what a mail client sends for List-Unsubscribe-Post (RFC 8058).
  return app.request(`/api/unsubscribe/${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });
}

describe('GET /api/unsubscribe/:token', () => {
  test('tells the page whether this prospect has unsubscribed, and from whom', async () => {
    const { token } = await intakeWithFollowUps();
    const response = await t.app.request(`/api/unsubscribe/${token}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ unsubscribed: false, vaName: 'Sanne Jansen' });
    // Reading changes nothing (mail scanners open links).
    const link = await t.db.prisma.unsubscribeLink.findFirstOrThrow();
    expect(link.usedAt).toBeNull();
  });
});

describe('POST /api/unsubscribe/:token', () => {
  test('one click unsubscribes: consent off, link used, every unsent follow-up cancelled, one timeline entry', async () => {
    const { intakeId, token, templateId, ids } = await intakeWithFollowUps();
    const before = Date.now();
    const response = await oneClick(token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ unsubscribed: true, vaName: 'Sanne Jansen' });

    const intake = await t.db.prisma.intake.findUniqueOrThrow({ where: { id: intakeId } });
    expect(intake.followUpConsent).toBe(false);
    expect(intake.unsubscribedAt!.getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect((await t.db.prisma.unsubscribeLink.findFirstOrThrow()).usedAt).not.toBeNull();

    const automatic = await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: `scheduled:${intakeId}:${templateId}` } });
    expect(automatic.status).toBe('cancelled');
    expect(await statusOf(ids.own)).toBe('cancelled');
    expect(await statusOf(ids.failed)).toBe('cancelled');
    expect(await statusOf(ids.sent)).toBe('sent');
    // Not follow-ups: the result e-mail and the VA's notice stay queued.
    const others = await t.db.prisma.outboxMessage.findMany({ where: { intakeId, kind: { not: 'follow-up' } } });
    expect(others.map((m) => m.status)).toEqual(['queued', 'queued']);

    const events = await t.db.prisma.intakeEvent.findMany({ where: { intakeId, type: { in: ['unsubscribed', 'email-cancelled'] } } });
    expect(events.filter((e) => e.type === 'unsubscribed')).toHaveLength(1);
    const cancelled = events.filter((e) => e.type === 'email-cancelled').map((e) => e.data as { messageId: string; reason: string });
    expect(cancelled.map((d) => d.messageId).sort()).toEqual([automatic.id, ids.own, ids.failed].sort());
    expect(new Set(cancelled.map((d) => d.reason))).toEqual(new Set(['unsubscribed']));

    expect(await (await t.app.request(`/api/unsubscribe/${token}`)).json()).toEqual({ unsubscribed: true, vaName: 'Sanne Jansen' });
  });

  test('clicking again, from the page (empty or JSON body), changes and records nothing more', async () => {
    const { intakeId, token } = await intakeWithFollowUps();
    expect((await oneClick(token)).status).toBe(200);
    const first = await t.db.prisma.intake.findUniqueOrThrow({ where: { id: intakeId } });
    const usedAt = (await t.db.prisma.unsubscribeLink.findFirstOrThrow()).usedAt;

    const again = [
      await t.app.request(`/api/unsubscribe/${token}`, { method: 'POST' }),
      await t.app.request(`/api/unsubscribe/${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      }),
      await oneClick(token),
    ];
    expect(again.map((r) => r.status)).toEqual([200, 200, 200]);
    const after = await t.db.prisma.intake.findUniqueOrThrow({ where: { id: intakeId } });
    expect(after.unsubscribedAt).toEqual(first.unsubscribedAt);
    expect((await t.db.prisma.unsubscribeLink.findFirstOrThrow()).usedAt).toEqual(usedAt);
    expect(await t.db.prisma.intakeEvent.count({ where: { intakeId, type: 'unsubscribed' } })).toBe(1);
    expect(await t.db.prisma.intakeEvent.count({ where: { intakeId, type: 'email-cancelled' } })).toBe(3);
  });

  test('two clicks at the same moment record one unsubscribe', async () => {
    const { intakeId, token } = await intakeWithFollowUps();
    const responses = await Promise.all([oneClick(token), oneClick(token), oneClick(token)]);
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(await t.db.prisma.intakeEvent.count({ where: { intakeId, type: 'unsubscribed' } })).toBe(1);
    expect(await t.db.prisma.intakeEvent.count({ where: { intakeId, type: 'email-cancelled' } })).toBe(3);
  });

  test('afterwards the VA cannot send a follow-up, and a new submission of theirs is not affected', async () => {
    const { va, intakeId, token, templateId } = await intakeWithFollowUps();
    await oneClick(token);
    const refused = await va.request(`/api/admin/intakes/${intakeId}/emails`, {
      method: 'POST',
      json: { templateId, locale: 'nl', subject: 'Hoi', body: 'Toch nog even' },
    });
    expect(refused.status).toBe(409);
    expect((await errorOf(refused)).code).toBe('unsubscribed');

    const { intakeId: newer } = await submitIntake(t);
    expect(await t.db.prisma.outboxMessage.count({ where: { intakeId: newer, kind: 'follow-up', status: 'queued' } })).toBe(1);
  });

  test('all or nothing: when the timeline entry cannot be written, nothing is unsubscribed or cancelled', async () => {
    const { intakeId, token, ids } = await intakeWithFollowUps();
    const restore = await refuseInserts(t.db, 'IntakeEvent');
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect((await oneClick(token)).status).toBe(500);
      expect(consoleError).toHaveBeenCalledWith('Unhandled error', expect.stringContaining('Error'));
    } finally {
      consoleError.mockRestore();
      await restore();
    }
    const intake = await t.db.prisma.intake.findUniqueOrThrow({ where: { id: intakeId } });
    expect(intake).toMatchObject({ unsubscribedAt: null, followUpConsent: true });
    expect((await t.db.prisma.unsubscribeLink.findFirstOrThrow()).usedAt).toBeNull();
    expect(await statusOf(ids.own)).toBe('queued');
    expect(await t.db.prisma.outboxMessage.count({ where: { status: 'cancelled' } })).toBe(0);

    expect((await oneClick(token)).status).toBe(200);
    expect(await statusOf(ids.own)).toBe('cancelled');
  });

  test.each([
    ['an unknown token', generateToken()],
    ['a malformed token', 'not-a-token!'],
    ['a very long token', 'A'.repeat(500)],
  ])('%s answers 404 not_found, the same for GET and POST, and changes nothing', async (_label, token) => {
    await intakeWithFollowUps();
    const responses = [await t.app.request(`/api/unsubscribe/${encodeURIComponent(token)}`), await oneClick(encodeURIComponent(token))];
    for (const response of responses) {
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'This link does not exist (any more).' } });
    }
    expect(await t.db.prisma.intake.count({ where: { unsubscribedAt: { not: null } } })).toBe(0);
  });

  test('a tampered token (one character changed) is a 404 too', async () => {
    const { token } = await intakeWithFollowUps();
    const tampered = token.slice(0, -1) + (token.endsWith('A') ? 'B' : 'A');
    expect((await oneClick(tampered)).status).toBe(404);
    expect(await t.db.prisma.intake.count({ where: { unsubscribedAt: { not: null } } })).toBe(0);
  });

  test('an erased intake’s link is a 404', async () => {
    const { intakeId, token, va } = await intakeWithFollowUps();
    await va.reauthenticate();
    expect((await va.request(`/api/admin/intakes/${intakeId}`, { method: 'DELETE' })).status).toBe(200);
    expect((await oneClick(token)).status).toBe(404);
  });

  test('limited per client address', async () => {
    const app = createApp(t.deps);
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) statuses.push((await app.request(`/api/unsubscribe/${generateToken()}`)).status);
    expect(new Set(statuses.slice(0, 60))).toEqual(new Set([404]));
    const limited = await oneClick(generateToken(), app);
    expect(statuses[60]).toBe(429);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).not.toBeNull();
    expect(t.logs.messages('warn')).toContainEqual(expect.stringContaining('rate limit unsubscribe'));
  });
});

describe('POST /api/unsubscribe/:token/undo', () => {
  function undo(token: string) {
    return t.app.request(`/api/unsubscribe/${token}/undo`, { method: 'POST' });
  }

  test('a prospect who clicked by mistake undoes it: consent as it was, one timeline entry; cancelled follow-ups stay cancelled', async () => {
    const { intakeId, token, ids } = await intakeWithFollowUps();
    expect((await oneClick(token)).status).toBe(200);

    const response = await undo(token);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ unsubscribed: false, vaName: 'Sanne Jansen' });
    const intake = await t.db.prisma.intake.findUniqueOrThrow({ where: { id: intakeId } });
    expect(intake.unsubscribedAt).toBeNull();
    expect(intake.followUpConsent).toBe(true);
    // What was cancelled is not sent after all: the VA decides anew.
    expect(await statusOf(ids.own)).toBe('cancelled');

    // Undoing twice records it once.
    expect((await undo(token)).status).toBe(200);
    expect(await t.db.prisma.intakeEvent.count({ where: { intakeId, type: 'resubscribed' } })).toBe(1);
    expect(await (await t.app.request(`/api/unsubscribe/${token}`)).json()).toEqual({ unsubscribed: false, vaName: 'Sanne Jansen' });
  });

  test('someone who never agreed to follow-ups does not agree by undoing', async () => {
    const { intakeId, token } = await intakeWithFollowUps();
    await t.db.prisma.intake.update({ where: { id: intakeId }, data: { followUpConsent: false, followUpConsentAt: null } });
    await oneClick(token);
    expect((await undo(token)).status).toBe(200);
    const intake = await t.db.prisma.intake.findUniqueOrThrow({ where: { id: intakeId } });
    expect(intake.unsubscribedAt).toBeNull();
    expect(intake.followUpConsent).toBe(false);
  });

  test('an unknown link is the same 404', async () => {
    const response = await undo(generateToken());
    expect(response.status).toBe(404);
  });
});
