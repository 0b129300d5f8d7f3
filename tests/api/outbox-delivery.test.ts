/**
 * The outbox end to end in one process: e-mails queued by the real flows (submit, "continue
 * later") or by queueMessages, sent by the real worker to a real SMTP server (tests/setup/
 * smtp-server.ts), links minted at send time and working, failures retried, and the back office's
 * outbox API (/api/admin/outbox).
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { OutboxListItem } from '#shared/schemas/email.ts';
import type { Env } from '../../server/env.ts';
import {
  claimDueMessages,
  queueMessages,
  recordSendOutcome,
  type NewOutboxMessage,
  type OutboxKind,
} from '../../server/features/outbox/outbox.repository.ts';
import { startOutboxWorker, type OutboxWorker } from '../../server/features/outbox/outbox.worker.ts';
import { hashToken } from '../../server/lib/security.ts';
import { testEmailContent } from '../factories/email-content.ts';
import { buildSaveDraftInput, newIdempotencyKey } from '../factories/intake.ts';
import { contactWith, submitIntake } from '../factories/submitted-intake.ts';
import { signInAsVa } from '../setup/admin-session.ts';
import { waitUntil } from '../setup/server-process.ts';
import { useTestSmtpServer, type ReceivedMail } from '../setup/smtp-server.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorOf } from '../setup/test-client.ts';

const t = useTestApp();
const workers: OutboxWorker[] = [];

const testSmtp = useTestSmtpServer();
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  await testSmtp.smtp.start();
  testSmtp.smtp.reset();
});

/** The real worker against the test SMTP server, polling fast; stopped after each test. */
function startWorker(env: Partial<Env> = {}): OutboxWorker {
  const worker = startOutboxWorker({
    ...t.deps,
    env: {
      ...t.env,
      SMTP_URL: testSmtp.smtp.url,
      MAIL_FROM: 'scan@mail.scan.test',
      OUTBOX_POLL_MS: 50,
      OUTBOX_RETRY_BASE_SECONDS: 0.05,
      ...env,
    },
  });
  workers.push(worker);
  return worker;
}

let sequence = 0;
function message({ kind = 'va-new-intake', ...overrides }: Partial<NewOutboxMessage> & { kind?: OutboxKind } = {}): NewOutboxMessage {
  sequence += 1;
  return {
    toAddress: 'sanne@example.nl',
    toName: 'Sanne Jansen',
    locale: 'nl',
    content: testEmailContent(kind, `Bericht ${sequence}`),
    idempotencyKey: `test:${sequence}:${newIdempotencyKey()}`,
    ...overrides,
  };
}

async function queue(...messages: NewOutboxMessage[]): Promise<string[]> {
  return t.db.sqlTransaction((sql) => queueMessages(sql, messages));
}

function outboxRow(id: string) {
  return t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id } });
}

async function statusesOf(ids: string[]): Promise<string[]> {
  const rows = await t.db.prisma.outboxMessage.findMany({ where: { id: { in: ids } }, select: { status: true } });
  return rows.map((row) => row.status);
}

function mailTo(address: string): ReceivedMail {
  const mail = testSmtp.smtp.delivered.find((received) => received.envelope.to.includes(address));
  if (!mail) throw new Error(`nothing delivered to ${address}`);
  return mail;
}

/** The token of the first link to `${PUBLIC_URL}/<prefix>/<token>` in a text. */
function tokenAfter(prefix: string, body: string): string {
  const match = new RegExp(`http://scan\\.test/${prefix}/([A-Za-z0-9_-]{22,})`).exec(body);
  if (!match) throw new Error(`no /${prefix}/ link in:\n${body}`);
  return match[1]!;
}

function headerText(mail: ReceivedMail, name: string): string | undefined {
  return mail.parsed.headerLines.find((line) => line.key === name)?.line.replace(/^[^:]+:\s*/, '').replace(/\r?\n\s+/g, ' ');
}

async function timelineOf(intakeId: string) {
  const va = await signInAsVa(t);
  const response = await va.client.api.admin.intakes[':id'].$get({ param: { id: intakeId } });
  expect(response.status).toBe(200);
  return (await response.json()).timeline;
}

describe('delivery', () => {
  test('a submitted scan: the prospect gets the result e-mail with working links, the VA the notice', async () => {
    const submitted = await submitIntake(t);
    const queued = await t.db.prisma.outboxMessage.findMany({ where: { intakeId: submitted.intakeId }, orderBy: { kind: 'asc' } });
    expect(queued.map((row) => [row.kind, row.status])).toEqual([
      ['result-link', 'queued'],
      ['va-new-intake', 'queued'],
    ]);

    startWorker();
    await testSmtp.smtp.waitForDelivered(2);
    const resultMail = mailTo('zoe@example.nl');
    const resultRow = queued.find((row) => row.kind === 'result-link')!;

    // Sender, reply address, a Message-ID that names the outbox row, both parts.
    expect(resultMail.parsed.from?.value).toEqual([{ name: 'Sanne Jansen', address: 'scan@mail.scan.test' }]);
    expect(resultMail.parsed.replyTo?.value).toEqual([{ name: '', address: 'sanne@example.nl' }]);
    expect(resultMail.parsed.to).toMatchObject({ value: [{ name: 'Zoë de Vries', address: 'zoe@example.nl' }] });
    expect(resultMail.messageId).toBe(`<outbox.${resultRow.id}@scan.test>`);
    expect(resultMail.parsed.subject).toBe(resultRow.subject);
    expect(resultMail.parsed.html).toEqual(expect.any(String));
    expect(resultMail.parsed.text).toEqual(expect.any(String));
    expect(resultMail.raw).toMatch(/Content-Type: multipart\/alternative/i);

    // Fresh links instead of the placeholders, in both parts; the result link opens the result.
    const html = resultMail.parsed.html as string;
    const text = resultMail.parsed.text!;
    expect(html + text).not.toContain('link.invalid');
    const resultToken = tokenAfter('r', html);
    expect(tokenAfter('r', text)).toBe(resultToken);
    expect(resultToken).not.toBe(submitted.resultToken);
    expect((await t.app.request(`/api/results/${resultToken}`)).status).toBe(200);
    const link = await t.db.prisma.resultLink.findUniqueOrThrow({ where: { tokenHash: hashToken(resultToken) } });
    expect(link).toMatchObject({ intakeId: submitted.intakeId, purpose: 'email' });

    // One-click unsubscribe: the header (RFC 8058) and a link in the body, with one token.
    const unsubscribeToken = tokenAfter('u', html);
    expect(headerText(resultMail, 'list-unsubscribe')).toBe(`<http://scan.test/api/unsubscribe/${unsubscribeToken}>`);
    expect(headerText(resultMail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    const oneClick = await t.app.request(`/api/unsubscribe/${unsubscribeToken}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(oneClick.status).toBe(200);
    const intake = await t.db.prisma.intake.findUniqueOrThrow({ where: { id: submitted.intakeId } });
    expect(intake.unsubscribedAt).toBeInstanceOf(Date);

    // The VA's notice: no unsubscribe (it is not a mailing to a prospect), a link to the intake.
    const notice = mailTo('sanne@example.nl');
    expect(headerText(notice, 'list-unsubscribe')).toBeUndefined();
    expect(notice.parsed.text).toContain(`http://scan.test/admin/intakes/${submitted.intakeId}`);

    // Recorded as sent; the stored message keeps what it says (no rendered copy), never a usable token.
    await waitUntil('both are recorded as sent', async () => (await statusesOf(queued.map((row) => row.id))).every((s) => s === 'sent'));
    const stored = await outboxRow(resultRow.id);
    expect(stored).toMatchObject({ status: 'sent', attempts: 1, lastError: null, lockedUntil: null, html: null, text: null });
    expect(stored.sentAt).toBeInstanceOf(Date);
    expect(stored.content).toMatchObject({ locale: 'nl', summary: { firstName: 'Zoë' } });
    expect(JSON.stringify(stored)).not.toContain(resultToken);
    expect(JSON.stringify(stored)).not.toContain(unsubscribeToken);

    // The intake's timeline: queued and sent, per message.
    const timeline = await timelineOf(submitted.intakeId);
    const emailEvents = timeline.filter((event) => event.type.startsWith('email-'));
    expect(emailEvents).toHaveLength(4);
    for (const row of queued) {
      expect(emailEvents.filter((event) => event.data?.messageId === row.id).map((event) => event.type)).toEqual(['email-queued', 'email-sent']);
    }
    expect(emailEvents.find((event) => event.type === 'email-sent' && event.data?.messageId === resultRow.id)?.data).toEqual({
      messageId: resultRow.id,
      kind: 'result-link',
      subject: resultRow.subject,
    });
    expect(testSmtp.smtp.delivered).toHaveLength(2);
  });

  test('"continue later": the resume e-mail carries a link that opens the draft for 30 days', async () => {
    const saved = await t.app.request('/api/drafts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(buildSaveDraftInput({ email: 'druk@example.nl' })),
    });
    expect(saved.status).toBe(202);

    startWorker();
    const [mail] = await testSmtp.smtp.waitForDelivered(1);
    const body = `${mail!.parsed.html as string}\n${mail!.parsed.text}`;
    expect(body).not.toContain('link.invalid');
    const token = tokenAfter('resume', body);
    expect((await t.app.request(`/api/drafts/${token}`)).status).toBe(200);
    const link = await t.db.prisma.resumeLink.findUniqueOrThrow({ where: { tokenHash: hashToken(token) } });
    const days = (link.expiresAt.getTime() - Date.now()) / (24 * 60 * 60 * 1000);
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
  });

  test('without SMTP_URL nothing is sent: messages stay queued and the start says so', async () => {
    const [id] = await queue(message());
    const worker = startOutboxWorker({ ...t.deps, env: { ...t.env, SMTP_URL: undefined, OUTBOX_POLL_MS: 50 } });
    workers.push(worker);
    worker.nudge();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(t.logs.messages('warn')).toContain('E-mail: SMTP_URL is not set, so e-mails stay queued in the outbox (readable in the back office).');
    expect(await outboxRow(id!)).toMatchObject({ status: 'queued', attempts: 0, lastError: null });
    expect(testSmtp.smtp.delivered).toHaveLength(0);
  });

  test('SMTP down for a while: messages stay queued with their error, then go out once, when it is back', async () => {
    await testSmtp.smtp.stop();
    const ids = await queue(message(), message(), message());
    startWorker({ OUTBOX_MAX_ATTEMPTS: 50 });

    await waitUntil('each message was tried twice', async () => {
      const rows = await t.db.prisma.outboxMessage.findMany({ where: { id: { in: ids } } });
      return rows.every((row) => row.attempts >= 2 && row.status === 'queued');
    });
    for (const id of ids) {
      const row = await outboxRow(id);
      expect(row.lastError).toMatch(/^ESOCKET: connect ECONNREFUSED 127\.0\.0\.1:\d+$/);
      expect(row.lastError).not.toContain(testSmtp.smtp.credentials.pass);
    }
    expect(t.logs.messages('warn').some((line) => /Outbox: not sent \(attempt 1 of 50\), next try in/.test(line))).toBe(true);
    expect(JSON.stringify(t.logs.entries)).not.toContain(testSmtp.smtp.credentials.pass);

    await testSmtp.smtp.start();
    await waitUntil('all are recorded as sent', async () => (await statusesOf(ids)).every((status) => status === 'sent'));
    await new Promise((resolve) => setTimeout(resolve, 300)); // a few more polls: nothing goes out again
    expect(testSmtp.smtp.delivered.map((mail) => mail.outboxId).sort()).toEqual([...ids].sort());
    for (const id of ids) expect(await outboxRow(id)).toMatchObject({ status: 'sent', lastError: null });
  });

  test('a 4xx is tried again later, with the same Message-ID', async () => {
    testSmtp.smtp.replyWith({ kind: 'reject', code: 451, message: 'Greylisted, try again later' }, 1);
    const [id] = await queue(message());
    startWorker({ OUTBOX_RETRY_BASE_SECONDS: 0.2 });
    await waitUntil('it was deferred once', async () => (await outboxRow(id!)).lastError !== null);
    const deferred = await outboxRow(id!);
    expect(deferred).toMatchObject({ status: 'queued', attempts: 1 });
    expect(deferred.lastError).toMatch(/451 Greylisted, try again later/);
    expect(deferred.nextAttemptAt.getTime() - deferred.updatedAt.getTime()).toBeGreaterThan(100); // 0.2 s ± 25 %

    await waitUntil('it is sent', async () => (await outboxRow(id!)).status === 'sent');
    expect(await outboxRow(id!)).toMatchObject({ attempts: 2, lastError: null });
    expect(testSmtp.smtp.refused.map((mail) => mail.messageId)).toEqual([`<outbox.${id}@scan.test>`]);
    expect(testSmtp.smtp.delivered.map((mail) => mail.messageId)).toEqual([`<outbox.${id}@scan.test>`]);
  });

  test('a 5xx fails at once; the VA retries it from the outbox and it is sent', async () => {
    const { intakeId } = await submitIntake(t);
    const worker = startWorker();
    await testSmtp.smtp.waitForDelivered(2);
    testSmtp.smtp.replyWith({ kind: 'reject', code: 550, message: 'No such user here' }, 1);
    const [id] = await queue(message({ kind: 'follow-up', intakeId, toAddress: 'zoe@example.nl', toName: 'Zoë de Vries' }));
    worker.nudge();
    await waitUntil('it failed', async () => (await outboxRow(id!)).status === 'failed');
    const failed = await outboxRow(id!);
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/550 No such user here/);

    // The back office lists it as failed; retrying puts it back in the queue, once.
    const va = await signInAsVa(t);
    const failedPage = await (await va.client.api.admin.outbox.$get({ query: { status: 'failed' } })).json();
    expect(failedPage.items.map((item) => item.id)).toEqual([id]);
    expect(failedPage.items[0]).toMatchObject({ kind: 'follow-up', status: 'failed', lastError: failed.lastError, intake: { id: intakeId } });

    const retried = await va.client.api.admin.outbox[':id'].retry.$post({ param: { id: id! } });
    expect(retried.status).toBe(200);
    expect(await retried.json()).toMatchObject({ id, status: 'queued', attempts: 0 });
    const again = await va.request(`/api/admin/outbox/${id}/retry`, { method: 'POST' });
    expect(again.status).toBe(409);
    expect(await again.json()).toMatchObject({ error: { code: 'not_failed' } });

    worker.nudge();
    await waitUntil('the retried message is sent', async () => (await outboxRow(id!)).status === 'sent');
    expect(testSmtp.smtp.delivered.filter((mail) => mail.outboxId === id)).toHaveLength(1);
    expect(testSmtp.smtp.refused.map((mail) => mail.outboxId)).toEqual([id]);

    const timeline = await timelineOf(intakeId);
    expect(timeline.filter((event) => event.data?.messageId === id).map((event) => event.type)).toEqual([
      'email-queued',
      'email-failed',
      'email-retried',
      'email-sent',
    ]);
    expect(timeline.find((event) => event.type === 'email-failed')?.data).toEqual({
      messageId: id,
      kind: 'follow-up',
      subject: failed.subject,
      error: failed.lastError,
    });
  });

  test('after OUTBOX_MAX_ATTEMPTS deferrals a message fails', async () => {
    testSmtp.smtp.replyWith({ kind: 'reject', code: 421, message: 'Too busy, come back later' });
    const [id] = await queue(message());
    startWorker({ OUTBOX_MAX_ATTEMPTS: 3, OUTBOX_RETRY_BASE_SECONDS: 0.02 });
    await waitUntil('it failed', async () => (await outboxRow(id!)).status === 'failed');
    const row = await outboxRow(id!);
    expect(row.attempts).toBe(3);
    expect(row.lastError).toMatch(/421 Too busy/);
    expect(testSmtp.smtp.refused).toHaveLength(3);
    expect(t.logs.entries.some((entry) => entry.messageId === id && entry.msg.startsWith('Outbox: failed (attempt 3 of 3)'))).toBe(true);
  });

  test('stop() waits for the send in flight and records its outcome', async () => {
    testSmtp.smtp.replyWith({ kind: 'hold' }, 1);
    const [id] = await queue(message());
    const worker = startWorker();
    const held = await testSmtp.smtp.nextHeld();
    let stopped = false;
    const stopping = worker.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(stopped).toBe(false);
    held.release();
    await stopping;
    expect(await outboxRow(id!)).toMatchObject({ status: 'sent', attempts: 1 });
    expect(testSmtp.smtp.delivered.map((mail) => mail.outboxId)).toEqual([id]);
  });

  test('a follow-up never reaches a prospect who unsubscribed or did not consent', async () => {
    const { intakeId } = await submitIntake(t);
    startWorker();
    await testSmtp.smtp.waitForDelivered(2);
    await Promise.all(workers.splice(0).map((worker) => worker.stop()));
    const unsubscribeToken = tokenAfter('u', mailTo('zoe@example.nl').parsed.text!);
    const followUp = (forIntake: string, toAddress: string) =>
      message({ kind: 'follow-up', intakeId: forIntake, toAddress });
    const [afterUnsubscribe] = await queue(followUp(intakeId, 'zoe@example.nl'));
    expect((await t.app.request(`/api/unsubscribe/${unsubscribeToken}`, { method: 'POST' })).status).toBe(200);

    // Queued by mistake for someone who never consented: the sender's own check stops it.
    const withoutConsent = await submitIntake(t, contactWith({ email: 'nee@example.nl', followUpConsent: false }));
    const [noConsent] = await queue(followUp(withoutConsent.intakeId, 'nee@example.nl'));

    startWorker();
    await waitUntil('the notice and result e-mail of the second scan are sent', () => testSmtp.smtp.delivered.length === 4);
    await waitUntil('both follow-ups are settled', async () => (await statusesOf([afterUnsubscribe!, noConsent!])).every((s) => s === 'cancelled'));
    expect(testSmtp.smtp.delivered.map((mail) => mail.outboxId)).not.toContain(afterUnsubscribe);
    expect(testSmtp.smtp.delivered.map((mail) => mail.outboxId)).not.toContain(noConsent);
    const timeline = await timelineOf(withoutConsent.intakeId);
    expect(timeline.find((event) => event.type === 'email-cancelled')?.data).toEqual({
      messageId: noConsent,
      kind: 'follow-up',
      subject: (await outboxRow(noConsent!)).subject,
      reason: 'no-consent',
    });
  });
});

describe('claims', () => {
  test('concurrent claims never hand out the same message', async () => {
    const ids = await queue(...Array.from({ length: 30 }, () => message()));
    const now = new Date();
    const claims = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        claimDueMessages(t.db, { now, lockedUntil: new Date(now.getTime() + 60_000), claimToken: `claim-${index}`, limit: 5 }),
      ),
    );
    const claimed = claims.flat().map((row) => row.id);
    expect(new Set(claimed).size).toBe(claimed.length);
    expect(claimed.length).toBe(30);
    expect([...claimed].sort()).toEqual([...ids].sort());
    for (const row of claims.flat()) expect(row.attempts).toBe(1);
  });

  test('a claim whose lease ran out is taken over, and only the new holder can record the outcome', async () => {
    const [id] = await queue(message());
    const ref = (claimToken: string) => ({ id: id!, claimToken, kind: 'va-new-intake', subject: 'x', intakeId: null });
    // Claims at chosen moments, not the wall clock: a lease of one minute from `start`.
    const start = new Date();
    const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
    const first = await claimDueMessages(t.db, { now: start, lockedUntil: at(60), claimToken: 'first', limit: 1 });
    expect(first.map((row) => row.id)).toEqual([id]);
    expect(await claimDueMessages(t.db, { now: at(59), lockedUntil: at(119), claimToken: 'early', limit: 1 })).toEqual([]);

    const second = await claimDueMessages(t.db, { now: at(61), lockedUntil: at(121), claimToken: 'second', limit: 1 });
    expect(second).toMatchObject([{ id, attempts: 2, claimToken: 'second' }]);

    expect(await recordSendOutcome(t.db, ref('first'), { status: 'sent', at: new Date() })).toBe(false);
    expect(await outboxRow(id!)).toMatchObject({ status: 'sending', claimToken: 'second' });
    expect(await recordSendOutcome(t.db, ref('second'), { status: 'sent', at: new Date() })).toBe(true);
    expect(await outboxRow(id!)).toMatchObject({ status: 'sent' });
  });

  test('a message not yet due (a scheduled follow-up, a backoff) is not claimed', async () => {
    await queue(message({ notBefore: new Date(Date.now() + 60_000) }));
    const now = new Date();
    expect(await claimDueMessages(t.db, { now, lockedUntil: new Date(now.getTime() + 1000), claimToken: 'x', limit: 5 })).toEqual([]);
  });
});

describe('the back office outbox API', () => {
  test('needs a session', async () => {
    const [id] = await queue(message());
    expect((await t.app.request('/api/admin/outbox')).status).toBe(401);
    expect((await t.app.request(`/api/admin/outbox/${id}`)).status).toBe(401);
    expect((await t.app.request(`/api/admin/outbox/${id}/retry`, { method: 'POST' })).status).toBe(401);
    const va = await signInAsVa(t);
    expect((await va.request(`/api/admin/outbox/${id}/retry`, { method: 'POST', withoutCsrf: true })).status).toBe(403);
  });

  test('lists newest first in keyset pages, filtered by status and intake', async () => {
    const { intakeId } = await submitIntake(t); // result-link + va-new-intake for this intake
    const ids: string[] = [];
    for (let index = 0; index < 5; index++) {
      ids.push(...(await queue(message())));
      await new Promise((resolve) => setTimeout(resolve, 5)); // distinct createdAt, as in real life
    }
    await t.db.prisma.outboxMessage.update({ where: { id: ids[1]! }, data: { status: 'failed', lastError: 'ECONNECTION: boom' } });
    const va = await signInAsVa(t);

    const seen: OutboxListItem[] = [];
    let cursor: string | null = null;
    do {
      const response = await va.client.api.admin.outbox.$get({ query: cursor ? { limit: '3', cursor } : { limit: '3' } });
      expect(response.status).toBe(200);
      const page = await response.json();
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toHaveLength(7);
    expect(seen.slice(0, 5).map((item) => item.id)).toEqual([...ids].reverse());
    const byTime = seen.map((item) => item.createdAt);
    expect(byTime).toEqual([...byTime].sort().reverse());
    expect(seen[0]).toMatchObject({ kind: 'va-new-intake', to: 'Sanne Jansen <sanne@example.nl>', status: 'queued', attempts: 0, intake: null });

    const failed = await (await va.client.api.admin.outbox.$get({ query: { status: 'failed' } })).json();
    expect(failed).toEqual({ items: [expect.objectContaining({ id: ids[1], status: 'failed', lastError: 'ECONNECTION: boom' })], nextCursor: null });
    const forIntake = await (await va.client.api.admin.outbox.$get({ query: { intakeId } })).json();
    expect(forIntake.items.map((item) => item.kind).sort()).toEqual(['result-link', 'va-new-intake']);
    expect(forIntake.items[0]!.intake).toEqual({ id: intakeId, name: 'Zoë de Vries' });
  });

  test('answers 422 with the field for a bad query, including a tampered cursor', async () => {
    const va = await signInAsVa(t);
    const garbage = Buffer.from(JSON.stringify({ c: 'yesterday', i: 'x' })).toString('base64url');
    const cases: [query: string, field: string][] = [
      ['status=bounced', 'status'],
      ['limit=0', 'limit'],
      ['limit=101', 'limit'],
      ['limit=ten', 'limit'],
      ['colour=red', 'colour'],
      ['cursor=not-a-cursor', 'cursor'],
      [`cursor=${garbage}`, 'cursor'],
      [`cursor=${'x'.repeat(201)}`, 'cursor'],
    ];
    for (const [query, field] of cases) {
      const response = await va.request(`/api/admin/outbox?${query}`); // queries the typed client would not send
      expect(response.status, query).toBe(422);
      const { issues } = await errorOf(response);
      expect(issues!.map((issue) => issue.path), query).toContain(field);
    }
  });

  test('shows one message with example links where real ones are minted at send time', async () => {
    const { intakeId } = await submitIntake(t);
    const row = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { intakeId, kind: 'result-link' } });
    const va = await signInAsVa(t);
    const response = await va.client.api.admin.outbox[':id'].$get({ param: { id: row.id } });
    expect(response.status).toBe(200);
    const detail = await response.json();
    expect(detail).toMatchObject({ id: row.id, kind: 'result-link', status: 'queued', subject: row.subject, templateName: null, intake: { id: intakeId } });
    expect(detail.html).toContain('http://scan.test/r/voorbeeld');
    expect(detail.text).toContain('http://scan.test/r/voorbeeld');
    expect(detail.html + detail.text).not.toContain('link.invalid');

    expect((await va.request('/api/admin/outbox/nope')).status).toBe(404);
    expect((await va.request('/api/admin/outbox/nope/retry', { method: 'POST' })).status).toBe(404);
    expect((await va.request(`/api/admin/outbox/${row.id}/retry`, { method: 'POST' })).status).toBe(409);
  });
});
