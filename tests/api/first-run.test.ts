/**
 * The honest first run, through the real app: an installation where the VA has not said who she
 * is and no e-mail can leave. Prospects see no placeholder identity, nothing claims an e-mail was
 * sent (the links come on screen), and the back office's checklist says what is left to do,
 * including a test e-mail that reports the SMTP server's own answer.
 */
import { describe, expect, test } from 'vitest';
import type { SetupStatus } from '#shared/schemas/setup.ts';
import { createApp } from '../../server/app.ts';
import { buildSaveDraftInput } from '../factories/intake.ts';
import { submitIntake } from '../factories/submitted-intake.ts';
import { signInAsVa } from '../setup/admin-session.ts';
import { useTestSmtpServer } from '../setup/smtp-server.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorOf } from '../setup/test-client.ts';

// A fresh installation: no VA_NAME, VA_EMAIL or booking link, no SMTP_URL.
const t = useTestApp({ VA_NAME: '', VA_EMAIL: '', VA_BOOKING_URL: '', SMTP_URL: '' });
const testSmtp = useTestSmtpServer();

describe('prospects', () => {
  test('the scan names no placeholder VA and says that no e-mail goes out', async () => {
    const config = await (await t.client.api.scan.config.$get()).json();
    expect(config.va).toMatchObject({ name: null, email: null });
    expect(config.emailDelivery).toBe(false);
    expect(JSON.stringify(config)).not.toMatch(/example\.nl|Jouw virtuele assistent/);
  });

  test('the result names no one and offers no contact that is not there; "e-mail me this link" is refused honestly', async () => {
    const { resultToken } = await submitIntake(t);
    const view = await (await t.client.api.results[':token'].$get({ param: { token: resultToken } })).json();
    expect(view.va).toEqual({ name: null, bookingUrl: null, replyEmail: null });
    // The page hands over its link to keep instead of offering to e-mail it.
    expect(view.emailDelivery).toBe(false);
    const emailMe = await t.client.api.results[':token'].email.$post({ param: { token: resultToken }, json: {} });
    expect(emailMe.status).toBe(409);
    expect((await errorOf(emailMe)).code).toBe('email_not_configured');
    // Without a reply address the VA's notice has nowhere to go: only the prospect's message waits.
    expect(await t.db.prisma.outboxMessage.findMany({ select: { kind: true } })).toEqual([{ kind: 'result-link' }]);
  });

  test('"continue later" gives the link on screen instead of claiming to e-mail it, and the link works', async () => {
    const response = await t.client.api.drafts.$post({ json: buildSaveDraftInput() });
    expect(response.status).toBe(202);
    const { resumePath } = await response.json();
    expect(resumePath).toMatch(/^\/resume\/[A-Za-z0-9_-]{22}$/);
    expect(await t.db.prisma.outboxMessage.count()).toBe(0);
    const reopened = await t.client.api.drafts[':token'].$get({ param: { token: resumePath!.slice('/resume/'.length) } });
    expect(reopened.status).toBe(200);
    expect(await reopened.json()).toMatchObject({ step: 2, locale: 'nl' });
  });
});

describe('the VA', () => {
  test('the checklist lists what is left, and fills in as she saves her settings', async () => {
    const va = await signInAsVa(t);
    const before = await (await va.client.api.admin.setup.$get()).json();
    expect(before.complete).toBe(false);
    expect(before.items.every((item) => !item.done)).toBe(true);
    expect(before.items.map((item) => item.key)).toEqual(['name', 'photo', 'rate', 'offers', 'booking', 'reply-address', 'email', 'embed']);
    expect(before.email).toEqual({ configured: false, sender: 'delegatiescan@scan.test', lastPassedTest: null });

    const test = await va.client.api.admin.setup['test-email'].$post();
    expect(test.status).toBe(409);

    const { updatedAt: _updatedAt, embed: _embed, ...settings } = await (await va.client.api.admin.settings.$get()).json();
    const saved = await va.client.api.admin.settings.$put({
      json: {
        ...settings,
        vaName: 'Sanne Jansen',
        replyEmail: 'sanne@sannejansen.test',
        emailSignature: 'Sanne',
        bookingUrl: 'https://sannejansen.test/kennismaken',
        embedOrigins: ['https://www.sannejansen.test'],
      },
    });
    expect(saved.status, await saved.clone().text()).toBe(200);
    const after = await (await va.client.api.admin.setup.$get()).json();
    expect(Object.fromEntries(after.items.map((item) => [item.key, item.done]))).toEqual({
      name: true, photo: false, rate: true, offers: true, booking: true, 'reply-address': true, email: false, embed: true,
    });
  });

  test('"send me a test e-mail" reports the SMTP answer: a refusal word for word, then an acceptance that ticks the item', async () => {
    const withSmtp = { ...t.deps, env: { ...t.env, SMTP_URL: testSmtp.smtp.url, MAIL_FROM: 'scan@sannejansen.test' } };
    const app = createApp(withSmtp);
    const va = await signInAsVa({ ...t, app });

    testSmtp.smtp.replyWith({ kind: 'reject', code: 550, message: 'Sender address rejected: not owned by user' }, 1);
    const refused = await (await va.client.api.admin.setup['test-email'].$post()).json();
    expect(refused).toMatchObject({ ok: false, to: 'sanne@example.nl' });
    expect(refused.answer).toContain('550 Sender address rejected: not owned by user');
    expect(refused.answer).not.toContain(testSmtp.smtp.credentials.pass);

    const accepted = await (await va.client.api.admin.setup['test-email'].$post()).json();
    expect(accepted).toMatchObject({ ok: true, to: 'sanne@example.nl' });
    expect(accepted.answer).toMatch(/^250/);
    const delivered = await testSmtp.smtp.waitForDelivered(1);
    expect(delivered[0]!.parsed.subject).toBe('Testmail van je delegatiescan');

    const status = await (await va.client.api.admin.setup.$get()).json();
    expect(status.email.configured).toBe(true);
    expect(status.email.lastPassedTest).toMatchObject({ answer: accepted.answer });
    expect(status.items.find((item) => item.key === 'email')!.done).toBe(true);
  });
});

test('a mail server that cannot be reached: the test e-mail says why in the answer, never a 500, and ticks nothing', async () => {
  const app = createApp({ ...t.deps, env: { ...t.env, SMTP_URL: 'smtp://127.0.0.1:1', MAIL_FROM: 'scan@sannejansen.test' } });
  const va = await signInAsVa({ ...t, app });
  const response = await va.client.api.admin.setup['test-email'].$post();
  expect(response.status).toBe(200);
  const result = await response.json();
  expect(result).toMatchObject({ ok: false, to: 'sanne@example.nl' });
  expect(result.answer).toMatch(/ECONNREFUSED|connect/i);
  const status = await (await va.client.api.admin.setup.$get()).json();
  expect(status.email).toMatchObject({ configured: true, lastPassedTest: null });
  expect(status.items.find((item) => item.key === 'email')!.done).toBe(false);
});

test('a test that passed on one mail server does not count for another: the item opens again until a test passes there', async () => {
  const first = { ...t.deps, env: { ...t.env, SMTP_URL: testSmtp.smtp.url, MAIL_FROM: 'scan@sannejansen.test' } };
  const va = await signInAsVa({ ...t, app: createApp(first) });
  expect((await (await va.client.api.admin.setup['test-email'].$post()).json()).ok).toBe(true);
  const emailItem = (status: SetupStatus) => status.items.find((item) => item.key === 'email')!.done;
  expect(emailItem(await (await va.client.api.admin.setup.$get()).json())).toBe(true);

  // The same database, started with another sender (and so another mail set-up).
  const moved = await signInAsVa({ ...t, app: createApp({ ...first, env: { ...first.env, MAIL_FROM: 'hallo@sannejansen.test' } }) });
  const status = await (await moved.client.api.admin.setup.$get()).json();
  expect(emailItem(status)).toBe(false);
  expect(status.email.lastPassedTest).toBeNull();
  // Nothing of the SMTP URL's password is kept.
  const stored = await t.db.prisma.setupState.findUniqueOrThrow({ where: { id: 'default' } });
  expect(JSON.stringify(stored)).not.toContain(testSmtp.smtp.credentials.pass);
});
