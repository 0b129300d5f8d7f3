/**
 * The e-mails a submission causes, stored in the outbox in the intake's own transaction: the
 * result link to the prospect, the new-intake notice to the VA and the scheduled follow-ups; and
 * "e-mail me this link" from the result page.
 */
import { describe, expect, test, vi } from 'vitest';
import { createApp } from '../../server/app.ts';
import { LINK_PLACEHOLDERS } from '../../server/emails/link-placeholders.ts';
import { withRendered } from '../factories/email-content.ts';
import { buildIntakeInput, newIdempotencyKey } from '../factories/intake.ts';
import { contactWith, submitIntake } from '../factories/submitted-intake.ts';
import { signInAsVa } from '../setup/admin-session.ts';
import { refuseInserts } from '../setup/failing-writes.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorOf } from '../setup/test-client.ts';

const t = useTestApp();
const DAY_MS = 24 * 60 * 60 * 1000;

function post(body: unknown, key: string) {
  return t.app.request('/api/intakes', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(body),
  });
}

/** The intake's messages, each with the HTML and text the sender will render from it. */
async function messagesOf(intakeId: string) {
  const rows = await t.db.prisma.outboxMessage.findMany({ where: { intakeId }, orderBy: [{ nextAttemptAt: 'asc' }, { kind: 'asc' }] });
  return Promise.all(rows.map(withRendered));
}

/** A template whose schedule is on, made through the back office. */
async function scheduledTemplate(delayDays: number, texts: { subject?: string; body?: string } = {}) {
  const va = await signInAsVa(t);
  const response = await va.client.api.admin['email-templates'].$post({
    json: {
      name: `Na ${delayDays} dagen`,
      subject: { nl: texts.subject ?? 'Hoi {{firstName}}', en: texts.subject ?? 'Hi {{firstName}}' },
      body: {
        nl: texts.body ?? 'Je kunt {{hoursFreed}} per maand vrijmaken met {{topTasks}}. Plan: {{bookingLink}}',
        en: texts.body ?? 'You could free {{hoursFreed}} a month with {{topTasks}}. Book: {{bookingLink}}',
      },
      schedule: { enabled: true, delayDays },
    },
  });
  expect(response.status).toBe(201);
  return response.json();
}

describe('POST /api/intakes queues the e-mails of a new intake', () => {
  test('the result link to the prospect and the new-intake notice to the VA, with timeline entries', async () => {
    const { intakeId, resultToken } = await submitIntake(t);
    const messages = await messagesOf(intakeId);
    expect(messages.map((m) => m.kind).sort()).toEqual(['result-link', 'va-new-intake']);

    const toProspect = messages.find((m) => m.kind === 'result-link')!;
    expect(toProspect).toMatchObject({
      toAddress: 'zoe@example.nl',
      toName: 'Zoë de Vries',
      locale: 'nl',
      status: 'queued',
      idempotencyKey: `result-link:${intakeId}`,
      templateId: null,
    });
    expect(toProspect.subject).toBe('Je delegatiescan staat voor je klaar');
    // The links are minted when it is sent: placeholders now, and never the submit's own token.
    for (const part of [toProspect.html, toProspect.text]) {
      expect(part).toContain(LINK_PLACEHOLDERS.result);
      expect(part).toContain(LINK_PLACEHOLDERS.unsubscribe);
      expect(part).not.toContain(resultToken);
    }
    expect(toProspect.text).toContain('Hoi Zoë,');

    const toVa = messages.find((m) => m.kind === 'va-new-intake')!;
    expect(toVa).toMatchObject({
      toAddress: 'sanne@example.nl',
      toName: 'Sanne Jansen',
      locale: 'nl',
      idempotencyKey: `va-new-intake:${intakeId}`,
    });
    expect(toVa.subject).toBe('Nieuwe scan van Zoë de Vries (Zoë Coaching)');
    expect(toVa.html).toContain(`http://scan.test/admin/intakes/${intakeId}`);
    expect(toVa.text).toContain(`http://scan.test/admin/intakes/${intakeId}`);

    const events = await t.db.prisma.intakeEvent.findMany({ where: { intakeId }, orderBy: { createdAt: 'asc' } });
    expect(events.map((e) => e.type).sort()).toEqual(['email-queued', 'email-queued', 'submitted']);
    expect(events.filter((e) => e.type === 'email-queued').map((e) => (e.data as { kind: string }).kind).sort()).toEqual([
      'result-link',
      'va-new-intake',
    ]);
  });

  test('the notice goes to the reply address in the VA’s saved settings', async () => {
    const va = await signInAsVa(t);
    const { updatedAt: _updatedAt, embed: _embed, ...settings } = await (await va.client.api.admin.settings.$get()).json();
    const saved = await va.client.api.admin.settings.$put({
      json: { ...settings, vaName: 'Mila Bakker', replyEmail: 'mila@example.nl' },
    });
    expect(saved.status, await saved.clone().text()).toBe(200);
    const { intakeId } = await submitIntake(t);
    const toVa = (await messagesOf(intakeId)).find((m) => m.kind === 'va-new-intake')!;
    expect(toVa).toMatchObject({ toAddress: 'mila@example.nl', toName: 'Mila Bakker' });
  });

  test('an English scan gets the English result e-mail; the VA’s notice stays Dutch', async () => {
    const { intakeId } = await submitIntake(t, { locale: 'en' });
    const messages = await messagesOf(intakeId);
    expect(messages.find((m) => m.kind === 'result-link')).toMatchObject({
      locale: 'en',
      subject: 'Your delegation scan results are ready',
    });
    expect(messages.find((m) => m.kind === 'va-new-intake')).toMatchObject({ locale: 'nl' });
  });

  test('what the prospect typed is escaped in every stored html part', async () => {
    const name = 'Zoë <img src=x onerror="alert(1)"> & co';
    const { intakeId } = await submitIntake(t, contactWith({ name, company: '<script>alert(2)</script>' }));
    for (const message of await messagesOf(intakeId)) {
      expect(message.html).not.toContain('<img src=x');
      expect(message.html).not.toContain('<script>alert(2)');
      expect(message.subject).not.toContain('\n');
    }
    const toVa = (await messagesOf(intakeId)).find((m) => m.kind === 'va-new-intake')!;
    expect(toVa.html).toContain('Zoë &lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co');
    expect(toVa.html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
  });

  test('a template with its schedule on queues a follow-up that many days later, merged and escaped', async () => {
    const later = await scheduledTemplate(3);
    const before = Date.now();
    const { intakeId } = await submitIntake(t, contactWith({ name: 'Zoë <b>de</b> Vries' }));
    const followUps = (await messagesOf(intakeId)).filter((m) => m.kind === 'follow-up');
    expect(followUps).toHaveLength(1);
    const followUp = followUps[0]!;
    expect(followUp).toMatchObject({
      templateId: later.id,
      toAddress: 'zoe@example.nl',
      locale: 'nl',
      status: 'queued',
      idempotencyKey: `scheduled:${intakeId}:${later.id}`,
      subject: 'Hoi Zoë',
    });
    expect(followUp.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 3 * DAY_MS - 1000);
    expect(followUp.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now() + 3 * DAY_MS);
    expect(followUp.html).toContain('https://example.nl/kennismaken');
    expect(followUp.html).toContain(LINK_PLACEHOLDERS.unsubscribe);
    expect(followUp.text).toMatch(/Je kunt \d+(,\d)? uur per maand vrijmaken met /);
    expect(followUp.html).not.toMatch(/\{\{\s*\w+\s*\}\}/);

    const queued = await t.db.prisma.intakeEvent.findMany({ where: { intakeId, type: 'email-queued' } });
    const entry = queued.map((e) => e.data as { kind: string; notBefore: string | null }).find((d) => d.kind === 'follow-up');
    expect(entry?.notBefore).toBe(followUp.nextAttemptAt.toISOString());
  });

  test('an English scan gets the template’s English text', async () => {
    await scheduledTemplate(10);
    const { intakeId } = await submitIntake(t, { locale: 'en' });
    const followUp = (await messagesOf(intakeId)).find((m) => m.kind === 'follow-up')!;
    expect(followUp).toMatchObject({ locale: 'en', subject: 'Hi Zoë' });
    expect(followUp.text).toMatch(/You could free [\d.]+ hours? a month with /);
  });

  test('no scheduled follow-up without consent, nor from a template whose schedule is off', async () => {
    const va = await signInAsVa(t);
    // The shipped templates (schedules off) are installed by the first listing.
    expect((await va.request('/api/admin/email-templates')).status).toBe(200);
    await scheduledTemplate(3);
    expect(await t.db.prisma.emailTemplate.count()).toBe(4);

    const { intakeId } = await submitIntake(t, contactWith({ followUpConsent: false }));
    expect((await messagesOf(intakeId)).map((m) => m.kind).sort()).toEqual(['result-link', 'va-new-intake']);

    const consented = await submitIntake(t);
    expect((await messagesOf(consented.intakeId)).filter((m) => m.kind === 'follow-up')).toHaveLength(1);
  });

  test('a schedule switched off in the back office is seen by the very next submit', async () => {
    const template = await scheduledTemplate(3);
    const first = await submitIntake(t);
    expect((await messagesOf(first.intakeId)).filter((m) => m.kind === 'follow-up')).toHaveLength(1);

    const va = await signInAsVa(t);
    const switchedOff = await va.request(`/api/admin/email-templates/${template.id}`, {
      method: 'PUT',
      json: { name: 'Na 3 dagen', subject: { nl: 'Hoi', en: 'Hi' }, body: { nl: 'Tekst', en: 'Text' }, schedule: { enabled: false, delayDays: 3 } },
    });
    expect(switchedOff.status).toBe(200);
    const next = await submitIntake(t);
    expect((await messagesOf(next.intakeId)).map((m) => m.kind).sort()).toEqual(['result-link', 'va-new-intake']);
  });

  test('a follow-up built from a template switched off meanwhile is left out, with its timeline entry', async () => {
    const template = await scheduledTemplate(3);
    await submitIntake(t); // the list of scheduled templates is now in memory
    // Switched off behind the cache's back, as by another process a moment before the insert.
    await t.db.prisma.$executeRawUnsafe(`UPDATE "EmailTemplate" SET "scheduleEnabled" = ${t.db.provider === 'sqlite' ? '0' : 'false'} WHERE "id" = '${template.id}'`);
    const { intakeId } = await submitIntake(t);
    expect((await messagesOf(intakeId)).map((m) => m.kind).sort()).toEqual(['result-link', 'va-new-intake']);
    const queued = await t.db.prisma.intakeEvent.findMany({ where: { intakeId, type: 'email-queued' } });
    expect(queued.map((event) => (event.data as { kind: string }).kind).sort()).toEqual(['result-link', 'va-new-intake']);
  });

  test('a retried submission queues nothing new, and a double click queues one set', async () => {
    await scheduledTemplate(3);
    const input = buildIntakeInput();
    const key = newIdempotencyKey();
    expect((await post(input, key)).status).toBe(201);
    expect((await post(input, key)).status).toBe(200);
    expect(await t.db.prisma.outboxMessage.count()).toBe(3);

    const other = buildIntakeInput({ locale: 'en' });
    const otherKey = newIdempotencyKey();
    const statuses = (await Promise.all([post(other, otherKey), post(other, otherKey)])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 201]);
    expect(await t.db.prisma.intake.count()).toBe(2);
    expect(await t.db.prisma.outboxMessage.count()).toBe(6);
    expect(await t.db.prisma.intakeEvent.count({ where: { type: 'email-queued' } })).toBe(6);
  });

  test('a submission whose e-mails cannot be stored stores nothing at all', async () => {
    await scheduledTemplate(3);
    const restore = await refuseInserts(t.db, 'OutboxMessage');
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await post(buildIntakeInput(), newIdempotencyKey());
      expect(response.status).toBe(500);
      expect((await errorOf(response)).code).toBe('internal');
      // The one error handler logs it: expected here, so it does not fail the test. (The driver's
      // error, not Prisma's: pg's reads "error: insert refused …", without a capital E.)
      expect(consoleError).toHaveBeenCalledWith('Unhandled error', expect.stringContaining('insert refused by the test'));
    } finally {
      consoleError.mockRestore();
      await restore();
    }
    expect(await t.db.prisma.intake.count()).toBe(0);
    expect(await t.db.prisma.intakeSnapshot.count()).toBe(0);
    expect(await t.db.prisma.intakeTask.count()).toBe(0);
    expect(await t.db.prisma.resultLink.count()).toBe(0);
    expect(await t.db.prisma.intakeEvent.count()).toBe(0);
    expect(await t.db.prisma.outboxMessage.count()).toBe(0);

    // The same scan goes through once the database accepts it again.
    const { intakeId } = await submitIntake(t);
    expect(await messagesOf(intakeId)).toHaveLength(3);
  });
});

describe('POST /api/results/:token/email ("e-mail me this link")', () => {
  function emailMe(token: string, init: RequestInit = {}) {
    return t.app.request(`/api/results/${token}/email`, { method: 'POST', ...init });
  }

  test('queues a result e-mail to the address stored with the intake', async () => {
    const { intakeId, resultToken } = await submitIntake(t);
    const response = await emailMe(resultToken);
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ queued: true });
    const requested = (await messagesOf(intakeId)).filter((m) => m.idempotencyKey.startsWith('result-link-request:'));
    expect(requested).toHaveLength(1);
    expect(requested[0]).toMatchObject({ kind: 'result-link', toAddress: 'zoe@example.nl', locale: 'nl', status: 'queued' });
    expect(requested[0]!.html).toContain(LINK_PLACEHOLDERS.result);
    expect(requested[0]!.html).not.toContain(resultToken);
  });

  test('in the language the result is read in; an address in the request is refused, never used', async () => {
    const { intakeId, resultToken } = await submitIntake(t);
    const english = await emailMe(resultToken, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'en' }),
    });
    expect(english.status).toBe(202);
    const withAddress = await emailMe(resultToken, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'attacker@example.com' }),
    });
    expect(withAddress.status).toBe(422);
    const requested = (await messagesOf(intakeId)).filter((m) => m.idempotencyKey.startsWith('result-link-request:'));
    expect(requested.map((m) => [m.toAddress, m.locale, m.subject])).toEqual([
      ['zoe@example.nl', 'en', 'Your delegation scan results are ready'],
    ]);
  });

  test('at most three per intake per hour, then 429; other intakes are not affected', async () => {
    const { intakeId, resultToken } = await submitIntake(t);
    for (let i = 0; i < 3; i++) expect((await emailMe(resultToken)).status).toBe(202);
    const refused = await emailMe(resultToken);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('3600');
    expect((await errorOf(refused)).code).toBe('result_email_limit');
    expect(await t.db.prisma.outboxMessage.count({ where: { intakeId, kind: 'result-link' } })).toBe(4);

    // An hour later the count starts again.
    await t.db.prisma.outboxMessage.updateMany({
      where: { intakeId, idempotencyKey: { startsWith: 'result-link-request:' } },
      data: { createdAt: new Date(Date.now() - 61 * 60 * 1000) },
    });
    expect((await emailMe(resultToken)).status).toBe(202);

    const other = await submitIntake(t);
    expect((await emailMe(other.resultToken)).status).toBe(202);
  });

  test('limited per client address too', async () => {
    // A fresh app: its per-address counters start at zero, whatever the other tests sent.
    const app = createApp(t.deps);
    const emailMeOnce = (token: string) => app.request(`/api/results/${token}/email`, { method: 'POST' });
    const { resultToken } = await submitIntake(t);
    const statuses: number[] = [];
    for (let i = 0; i < 20; i++) statuses.push((await emailMeOnce(resultToken)).status);
    expect(statuses.slice(0, 3)).toEqual([202, 202, 202]);
    expect(new Set(statuses.slice(3))).toEqual(new Set([429]));
    const last = await emailMeOnce(resultToken);
    expect(last.status).toBe(429);
    expect((await errorOf(last)).code).toBe('rate_limited');
    expect(t.logs.messages('warn')).toContainEqual(expect.stringContaining('rate limit result-email'));
  });

  test.each([
    ['a wrong token', 'AAAAAAAAAAAAAAAAAAAAAA'],
    ['a malformed token', 'not-a-token!'],
  ])('%s answers the same 404 as the result page', async (_label, token) => {
    const response = await emailMe(token);
    expect(response.status).toBe(404);
    const page = await t.app.request(`/api/results/${token}`);
    expect(await response.json()).toEqual(await page.json());
    expect(await t.db.prisma.outboxMessage.count()).toBe(0);
  });
});
