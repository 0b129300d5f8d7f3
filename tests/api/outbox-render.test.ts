/**
 * Decision 0026: the outbox keeps what an e-mail says (its kind and a small JSON snapshot of its
 * template's inputs as of queueing) and renders it when it sends it and when the back office shows
 * it; no rendered copy is stored. Against the real worker, the real test SMTP server and the
 * admin API.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { LINK_PLACEHOLDERS } from '../../server/emails/link-placeholders.ts';
import { startOutboxWorker, type OutboxWorker } from '../../server/features/outbox/outbox.worker.ts';
import { withRendered } from '../factories/email-content.ts';
import { newIdempotencyKey } from '../factories/intake.ts';
import { contactWith, submitIntake } from '../factories/submitted-intake.ts';
import { signInAsVa } from '../setup/admin-session.ts';
import { waitUntil } from '../setup/server-process.ts';
import { useTestSmtpServer, type ReceivedMail } from '../setup/smtp-server.ts';
import { useTestApp } from '../setup/test-app.ts';

const t = useTestApp();
const testSmtp = useTestSmtpServer();
const workers: OutboxWorker[] = [];
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop()));
  testSmtp.smtp.reset();
});

function startWorker(): OutboxWorker {
  const worker = startOutboxWorker({
    ...t.deps,
    env: { ...t.env, SMTP_URL: testSmtp.smtp.url, MAIL_FROM: 'scan@mail.scan.test', OUTBOX_POLL_MS: 50, OUTBOX_RETRY_BASE_SECONDS: 0.05 },
  });
  workers.push(worker);
  return worker;
}

function mailFor(outboxId: string): ReceivedMail | undefined {
  return testSmtp.smtp.delivered.find((mail) => mail.outboxId === outboxId);
}

async function statusOf(id: string): Promise<string> {
  return (await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id }, select: { status: true } })).status;
}

async function scheduledTemplate(texts: { subject: string; body: string }) {
  const va = await signInAsVa(t);
  const input = {
    name: 'Na een week',
    subject: { nl: texts.subject, en: texts.subject },
    body: { nl: texts.body, en: texts.body },
    schedule: { enabled: true, delayDays: 7 },
  };
  const response = await va.client.api.admin['email-templates'].$post({ json: input });
  expect(response.status).toBe(201);
  const { id } = await response.json();
  return {
    id,
    async edit(next: { subject: string; body: string }) {
      const edited = await va.request(`/api/admin/email-templates/${id}`, {
        method: 'PUT',
        json: { ...input, subject: { nl: next.subject, en: next.subject }, body: { nl: next.body, en: next.body } },
      });
      expect(edited.status).toBe(200);
    },
  };
}

/** Makes a scheduled message due now (as if its days had passed). */
async function makeDue(id: string) {
  await t.db.prisma.outboxMessage.update({ where: { id }, data: { nextAttemptAt: new Date(Date.now() - 1000) } });
}

describe('the outbox renders e-mails when it sends them', () => {
  test('a submission stores what its e-mails say, not their HTML; the sender renders them', async () => {
    const { intakeId } = await submitIntake(t);
    const rows = await t.db.prisma.outboxMessage.findMany({ where: { intakeId }, orderBy: { kind: 'asc' } });
    expect(rows.map((row) => row.kind)).toEqual(['result-link', 'va-new-intake']);
    for (const row of rows) {
      expect(row).toMatchObject({ html: null, text: null });
      expect(row.content).toEqual(expect.any(Object));
    }
    const [resultRow, noticeRow] = rows;
    expect(resultRow!.content).toMatchObject({ locale: 'nl', branding: { vaName: 'Sanne Jansen' }, summary: { firstName: 'Zoë' } });
    expect(resultRow!.subject).toBe('Je delegatiescan staat voor je klaar');
    expect(noticeRow!.subject).toMatch(/^Nieuwe scan van Zoë de Vries/);

    startWorker();
    await testSmtp.smtp.waitForDelivered(2);
    const resultMail = mailFor(resultRow!.id)!;
    expect(resultMail.parsed.subject).toBe(resultRow!.subject);
    expect(resultMail.parsed.text).toContain('Hoi Zoë,');
    expect(resultMail.parsed.html).toContain('<title>Je delegatiescan staat voor je klaar</title>');
    expect(resultMail.parsed.text).toMatch(/http:\/\/scan\.test\/r\/[A-Za-z0-9_-]{22,}/);
    expect(mailFor(noticeRow!.id)!.parsed.text).toContain(`http://scan.test/admin/intakes/${intakeId}`);
    // What was sent is what the back office shows for the row (the same render), links aside.
    const { text } = await withRendered(resultRow!);
    const sentText = resultMail.parsed.text!.replace(/http:\/\/scan\.test\/(r|u)\/[A-Za-z0-9_-]+/g, (_, kind: string) =>
      kind === 'r' ? LINK_PLACEHOLDERS.result : LINK_PLACEHOLDERS.unsubscribe,
    );
    expect(sentText.trim()).toBe(text.trim());
  });

  test('a scheduled follow-up says what its template said when it was queued; an edit changes the next intakes', async () => {
    const template = await scheduledTemplate({ subject: 'Hoi {{firstName}}, een week later', body: 'Eerste versie voor {{firstName}}.' });
    const { intakeId } = await submitIntake(t);
    const queued = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { intakeId, kind: 'follow-up' } });
    expect(queued).toMatchObject({ templateId: template.id, subject: 'Hoi Zoë, een week later', html: null });

    await template.edit({ subject: 'Nieuwe versie, {{firstName}}', body: 'Tweede versie voor {{firstName}}.' });

    // Shown in the back office as it will be sent: the text as queued.
    const va = await signInAsVa(t);
    const shown = await (await va.client.api.admin.outbox[':id'].$get({ param: { id: queued.id } })).json();
    expect(shown).toMatchObject({ subject: 'Hoi Zoë, een week later', templateName: 'Na een week' });
    expect(shown.text).toContain('Eerste versie voor Zoë.');

    await makeDue(queued.id);
    startWorker();
    await waitUntil('the follow-up is sent', async () => (await statusOf(queued.id)) === 'sent');
    const sent = mailFor(queued.id)!;
    expect(sent.parsed.subject).toBe('Hoi Zoë, een week later');
    expect(sent.parsed.text).toContain('Eerste versie voor Zoë.');
    expect(sent.parsed.text).not.toContain('Tweede versie');

    // The next intake gets the edited text.
    const next = await submitIntake(t, contactWith({ name: 'Bram Smit', email: 'bram@example.nl' }));
    const nextRow = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { intakeId: next.intakeId, kind: 'follow-up' } });
    expect(nextRow.subject).toBe('Nieuwe versie, Bram');
    expect((await withRendered(nextRow)).text).toContain('Tweede versie voor Bram.');
  });

  test('a sent e-mail is still shown in the back office, rendered from what it says, and its timeline entry stays', async () => {
    const { intakeId } = await submitIntake(t);
    const row = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { intakeId, kind: 'result-link' } });
    startWorker();
    await waitUntil('it is sent', async () => (await statusOf(row.id)) === 'sent');

    const va = await signInAsVa(t);
    const response = await va.client.api.admin.outbox[':id'].$get({ param: { id: row.id } });
    expect(response.status).toBe(200);
    const detail = await response.json();
    expect(detail).toMatchObject({ id: row.id, status: 'sent', subject: row.subject });
    expect(detail.html).toContain('http://scan.test/r/voorbeeld');
    expect(detail.text).toContain('Hoi Zoë,');
    expect(detail.html + detail.text).not.toContain('link.invalid');

    const timeline = (await (await va.client.api.admin.intakes[':id'].$get({ param: { id: intakeId } })).json()).timeline;
    const sentEvent = timeline.find((event) => event.type === 'email-sent' && event.data?.messageId === row.id);
    expect(sentEvent?.data).toEqual({ messageId: row.id, kind: 'result-link', subject: row.subject });
  });

  test('content that cannot be rendered fails with its reason (outbox, timeline), never silently; a fixed one is resent', async () => {
    const { intakeId } = await submitIntake(t);
    startWorker();
    await testSmtp.smtp.waitForDelivered(2);
    const broken = await t.db.prisma.outboxMessage.create({
      data: {
        kind: 'result-link', intakeId, toAddress: 'zoe@example.nl', locale: 'nl', subject: 'Kapot',
        content: { locale: 'nl', summary: 'geen samenvatting' }, idempotencyKey: `broken:${newIdempotencyKey()}`,
      },
    });
    workers[0]!.nudge();
    await waitUntil('it failed', async () => (await statusOf(broken.id)) === 'failed');
    const failed = await t.db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: broken.id } });
    expect(failed.lastError).toMatch(/cannot be rendered/);
    expect(mailFor(broken.id)).toBeUndefined();
    // No link was minted for a message that never went out.
    expect(await t.db.prisma.resultLink.count({ where: { intakeId, purpose: 'email' } })).toBe(1);

    const va = await signInAsVa(t);
    const timeline = (await (await va.client.api.admin.intakes[':id'].$get({ param: { id: intakeId } })).json()).timeline;
    expect(timeline.find((event) => event.type === 'email-failed' && event.data?.messageId === broken.id)?.data).toMatchObject({
      error: expect.stringMatching(/cannot be rendered/),
    });
    const shown = await (await va.client.api.admin.outbox[':id'].$get({ param: { id: broken.id } })).json();
    expect(shown).toMatchObject({ status: 'failed', html: '' });
    expect(shown.text).toMatch(/cannot be rendered/);

    // Repaired (say, by a data fix), the VA's retry sends it.
    const good = await t.db.prisma.outboxMessage.findFirstOrThrow({ where: { intakeId, kind: 'result-link', id: { not: broken.id } } });
    await t.db.prisma.outboxMessage.update({ where: { id: broken.id }, data: { content: good.content ?? {} } });
    expect((await va.request(`/api/admin/outbox/${broken.id}/retry`, { method: 'POST' })).status).toBe(200);
    workers[0]!.nudge();
    await waitUntil('it is sent', async () => (await statusOf(broken.id)) === 'sent');
    expect(mailFor(broken.id)!.parsed.text).toContain('Hoi Zoë,');
  });

  test('a message queued before this change (rendered HTML, no content) is still sent as stored, with fresh links', async () => {
    const { intakeId } = await submitIntake(t);
    startWorker();
    await testSmtp.smtp.waitForDelivered(2);
    const legacy = await t.db.prisma.outboxMessage.create({
      data: {
        kind: 'result-link', intakeId, toAddress: 'zoe@example.nl', locale: 'nl', subject: 'Oud bericht',
        html: `<p>Oud <a href="${LINK_PLACEHOLDERS.result}">resultaat</a></p>`, text: `Oud: ${LINK_PLACEHOLDERS.result}\n`,
        idempotencyKey: `legacy:${newIdempotencyKey()}`,
      },
    });
    workers[0]!.nudge();
    await waitUntil('it is sent', async () => (await statusOf(legacy.id)) === 'sent');
    const mail = mailFor(legacy.id)!;
    expect(mail.parsed.subject).toBe('Oud bericht');
    expect(mail.parsed.text).toMatch(/^Oud: http:\/\/scan\.test\/r\/[A-Za-z0-9_-]{22,}/);

    const va = await signInAsVa(t);
    const shown = await (await va.client.api.admin.outbox[':id'].$get({ param: { id: legacy.id } })).json();
    expect(shown.html).toContain('http://scan.test/r/voorbeeld');
  });

  test('an intake takes a fraction of the space: the stored content is far smaller than the rendered e-mails', async () => {
    await scheduledTemplate({ subject: 'Hoi {{firstName}}', body: 'Je kunt {{hoursFreed}} per maand vrijmaken met {{topTasks}}. Plan: {{bookingLink}}' });
    const { intakeId } = await submitIntake(t);
    const rows = await t.db.prisma.outboxMessage.findMany({ where: { intakeId } });
    expect(rows).toHaveLength(3);
    const storedBytes = rows.reduce((sum, row) => sum + Buffer.byteLength(JSON.stringify(row.content)) + Buffer.byteLength(row.subject), 0);
    const rendered = await Promise.all(rows.map(withRendered));
    const renderedBytes = rendered.reduce((sum, row) => sum + Buffer.byteLength(row.html) + Buffer.byteLength(row.text), 0);
    expect(rows.every((row) => row.html === null && row.text === null)).toBe(true);
    expect(storedBytes).toBeLessThan(4000);
    expect(storedBytes * 5).toBeLessThan(renderedBytes);
  });
});
