import type { ParsedMail } from 'mailparser';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DRAFT_PRIVACY_TEXT_VERSION } from '#shared/schemas/draft.ts';
import { createApp } from '../../server/app.ts';
import { LINK_PLACEHOLDERS } from '../../server/emails/link-placeholders.ts';
import { startOutboxWorker } from '../../server/features/outbox/outbox.worker.ts';
import { createMailTransport } from '../../server/lib/mail.ts';
import { generateToken, hashToken } from '../../server/lib/security.ts';
import { withRendered } from '../factories/email-content.ts';
import { buildSaveDraftInput } from '../factories/intake.ts';
import { todaysCount } from '../setup/daily-counts.ts';
import { startTestSmtpServer } from '../setup/smtp-server.ts';
import { useTestApp } from '../setup/test-app.ts';
import { errorBodyOf, errorOf } from '../setup/test-client.ts';

const t = useTestApp({ TRUST_PROXY: 'true' });
const DAY_MS = 24 * 60 * 60 * 1000;

let address = 0;
/** Each test its own client address: the resume limit (10 an hour) only bites where a test wants it. */
const nextAddress = () => `203.0.113.${++address}`;

/** Raw: some tests send bodies that are not a draft, or not JSON at all. */
function saveDraft(body: unknown, { app = t.app, from = nextAddress() } = {}) {
  return app.request('/api/drafts', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function openDraft(token: string, { app = t.app, from = nextAddress() } = {}) {
  return app.request(`/api/drafts/${token}`, { headers: { 'x-forwarded-for': from } });
}

const counter = (key: string) => todaysCount(t.db, key);

/**
 * Sends the outbox as the server does (the real worker, over real SMTP) and returns the resume
 * link from the e-mail's text part.
 */
async function sendOutboxAndReadResumeLink(): Promise<{ token: string; mail: ParsedMail }> {
  const smtp = await startTestSmtpServer();
  const env = { ...t.env, SMTP_URL: smtp.url };
  const log = vi.spyOn(console, 'log').mockImplementation(() => {});
  const worker = startOutboxWorker({ ...t.deps, env }, { transport: createMailTransport(env) });
  try {
    await vi.waitFor(() => expect(smtp.delivered).toHaveLength(1), { timeout: 10_000, interval: 50 });
  } finally {
    await worker.stop();
    await smtp.close();
    log.mockRestore();
  }
  const mail = smtp.delivered[0]!.parsed;
  const match = /http:\/\/scan\.test\/resume\/([A-Za-z0-9_-]+)/.exec(mail.text ?? '');
  expect(match, mail.text).not.toBeNull();
  return { token: match![1]!, mail };
}

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('POST /api/drafts', () => {
  test('stores the draft for 30 days and queues the resume e-mail with a placeholder, in one go', async () => {
    const input = buildSaveDraftInput();
    const before = Date.now();
    const response = await t.client.api.drafts.$post({ json: input }, { headers: { 'x-forwarded-for': nextAddress() } });
    expect(response.status).toBe(202);
    const { expiresAt } = await response.json();
    const expires = Date.parse(expiresAt);
    expect(expires).toBeGreaterThanOrEqual(before + 30 * DAY_MS - 1000);
    expect(expires).toBeLessThanOrEqual(Date.now() + 30 * DAY_MS);

    const draft = await t.db.prisma.scanDraft.findFirstOrThrow({ include: { outboxMessages: true, resumeLinks: true } });
    expect(draft).toMatchObject({
      email: 'zoe@example.nl',
      locale: 'nl',
      step: 2,
      answers: input.answers,
      privacyConsentVersion: DRAFT_PRIVACY_TEXT_VERSION,
    });
    expect(draft.expiresAt.toISOString()).toBe(expiresAt);
    expect(draft.privacyConsentAt.getTime()).toBeGreaterThanOrEqual(before - 1000);

    expect(draft.outboxMessages).toHaveLength(1);
    const message = await withRendered(draft.outboxMessages[0]!);
    expect(message).toMatchObject({
      kind: 'resume-link',
      toAddress: 'zoe@example.nl',
      locale: 'nl',
      status: 'queued',
      intakeId: null,
      idempotencyKey: `resume:${draft.id}`,
      subject: 'Ga verder met je delegatiescan',
    });
    expect(message.html).toContain(LINK_PLACEHOLDERS.resume);
    expect(message.text).toContain(LINK_PLACEHOLDERS.resume);
    expect(message.text).toContain('stap 2 van 4');
    // The link is minted when the e-mail is sent, not before.
    expect(draft.resumeLinks).toHaveLength(0);
  });

  test('writes the e-mail in the language of the scan', async () => {
    await saveDraft(buildSaveDraftInput({ locale: 'en', step: 3 }));
    const message = await withRendered(await t.db.prisma.outboxMessage.findFirstOrThrow());
    expect(message.subject).toBe('Pick up your delegation scan where you left off');
    expect(message.text).toContain('step 3 of 4');
  });

  test('refuses bad input with 422 on the field, and stores nothing', async () => {
    const valid = buildSaveDraftInput();
    const deep = { a: { b: { c: { d: { e: { f: { g: 1 } } } } } } };
    const cases: [unknown, string][] = [
      [{ ...valid, privacyConsent: false }, 'privacyConsent'],
      [{ ...valid, privacyConsent: undefined }, 'privacyConsent'],
      [{ ...valid, email: 'not-an-address' }, 'email'],
      [{ ...valid, email: undefined }, 'email'],
      [{ ...valid, step: 0 }, 'step'],
      [{ ...valid, step: 5 }, 'step'],
      [{ ...valid, locale: 'de' }, 'locale'],
      [{ ...valid, answers: undefined }, 'answers'],
      [{ ...valid, answers: { values: 'text' } }, 'answers.values'],
      [{ ...valid, answers: { values: [] } }, 'answers.values'],
      [{ ...valid, answers: { values: { about: deep } } }, 'answers.values'],
      [{ ...valid, answers: { values: { about: { note: 'x'.repeat(2001) } } } }, 'answers.values'],
      [{ ...valid, answers: { values: { tasks: Array.from({ length: 101 }, () => 1) } } }, 'answers.values'],
      [{ ...valid, answers: { ...valid.answers, reportedSteps: [9] } }, 'answers.reportedSteps.0'],
      [{ ...valid, answers: { ...valid.answers, idempotencyKey: 'short' } }, 'answers.idempotencyKey'],
      [{ ...valid, extra: true }, 'extra'],
    ];
    for (const [body, path] of cases) {
      const response = await saveDraft(body);
      expect(response.status, JSON.stringify(body).slice(0, 200)).toBe(422);
      const { error } = await errorBodyOf(response);
      expect(error.code).toBe('validation_failed');
      expect(error.issues?.map((issue) => issue.path), JSON.stringify(body).slice(0, 200)).toContain(path);
    }
    expect((await saveDraft('{not json')).status).toBe(422);
    expect(await t.db.prisma.scanDraft.count()).toBe(0);
    expect(await t.db.prisma.outboxMessage.count()).toBe(0);
  });

  test('a body over 64 kB is refused with 413 before it is read', async () => {
    const values = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, 'x'.repeat(1900)]));
    const response = await saveDraft({ ...buildSaveDraftInput(), answers: { values } });
    expect(response.status).toBe(413);
    expect((await errorOf(response)).code).toBe('payload_too_large');
  });

  test('unknown keys in the answers are dropped, not refused (the draft is the browser\'s)', async () => {
    const input = buildSaveDraftInput();
    expect((await saveDraft({ ...input, answers: { ...input.answers, savedAt: '2026-11-28' } })).status).toBe(202);
    const draft = await t.db.prisma.scanDraft.findFirstOrThrow();
    expect(draft.answers).toEqual(input.answers);
  });

  test('requests per address are limited (RESUME_LIMIT_PER_HOUR), logged and counted', async () => {
    const app = createApp({ ...t.deps, env: { ...t.env, RESUME_LIMIT_PER_HOUR: 2 } });
    const from = nextAddress();
    expect((await saveDraft(buildSaveDraftInput(), { app, from })).status).toBe(202);
    expect((await saveDraft(buildSaveDraftInput(), { app, from })).status).toBe(202);
    const limited = await saveDraft(buildSaveDraftInput(), { app, from });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3600');
    expect((await errorOf(limited)).code).toBe('rate_limited');
    expect(t.logs.messages('warn')).toContainEqual(expect.stringContaining('rate limit resume-request'));
    expect(await counter('rejected.rate-limit.resume')).toBe(1);
    expect(await t.db.prisma.scanDraft.count()).toBe(2);
    // Another address may still ask.
    expect((await saveDraft(buildSaveDraftInput(), { app })).status).toBe(202);
  });
});

describe('GET /api/drafts/:token', () => {
  test('the link in the sent e-mail opens the draft: answers, step and language', async () => {
    const input = buildSaveDraftInput({ locale: 'en', step: 2 });
    expect((await saveDraft(input)).status).toBe(202);
    const { token, mail } = await sendOutboxAndReadResumeLink();
    expect(mail.to).toMatchObject({ value: [{ address: 'zoe@example.nl' }] });
    expect(mail.html).toContain(`http://scan.test/resume/${token}`);
    expect(mail.text).not.toContain(LINK_PLACEHOLDERS.resume);

    // Only the token's hash is stored, valid for 30 days.
    const link = await t.db.prisma.resumeLink.findFirstOrThrow();
    expect(link.tokenHash).toBe(hashToken(token));
    expect(link.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * DAY_MS);
    const everything = JSON.stringify(await t.db.prisma.outboxMessage.findMany()) + JSON.stringify(link);
    expect(everything).not.toContain(token);

    const response = await openDraft(token);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ answers: input.answers, step: 2, locale: 'en' });
    expect((await t.db.prisma.resumeLink.findFirstOrThrow()).lastUsedAt).not.toBeNull();
    // It keeps working (until it expires): the prospect may open it again.
    expect((await openDraft(token)).status).toBe(200);
  });

  describe('unknown, tampered, malformed and expired links all get the same 404', () => {
    async function savedDraftWithLink(expiresInMs = 30 * DAY_MS) {
      expect((await saveDraft(buildSaveDraftInput())).status).toBe(202);
      const draft = await t.db.prisma.scanDraft.findFirstOrThrow();
      const token = generateToken();
      // A link as the outbox sender mints it (only the token's hash is stored).
      await t.db.prisma.resumeLink.create({
        data: { draftId: draft.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + expiresInMs) },
      });
      return { draft, token };
    }

    async function expectSameNotFound(response: Response) {
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: { code: 'not_found', message: 'This link is unknown or has expired.' } });
    }

    test('a tampered, an unknown and a malformed token', async () => {
      const { token } = await savedDraftWithLink();
      expect((await openDraft(token)).status).toBe(200);
      const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
      for (const wrong of [tampered, generateToken(), 'abc', 'x'.repeat(65), '%3Cscript%3E']) {
        await expectSameNotFound(await openDraft(wrong));
      }
    });

    test('an expired link (moved past its expiry), and a link whose draft has expired', async () => {
      const { draft, token } = await savedDraftWithLink();
      await t.db.prisma.resumeLink.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
      await expectSameNotFound(await openDraft(token));

      await t.db.prisma.resumeLink.updateMany({ data: { expiresAt: new Date(Date.now() + DAY_MS) } });
      expect((await openDraft(token)).status).toBe(200);
      await t.db.prisma.scanDraft.update({ where: { id: draft.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
      await expectSameNotFound(await openDraft(token));
    });

    test('30 days after the link was sent, by the clock', async () => {
      const { token } = await savedDraftWithLink(30 * DAY_MS);
      vi.useFakeTimers({ toFake: ['Date'] });
      vi.setSystemTime(Date.now() + 30 * DAY_MS - 60_000);
      expect((await openDraft(token)).status).toBe(200);
      vi.setSystemTime(Date.now() + 2 * 60_000);
      await expectSameNotFound(await openDraft(token));
    });

    test('an erased draft', async () => {
      const { draft, token } = await savedDraftWithLink();
      await t.db.prisma.scanDraft.delete({ where: { id: draft.id } });
      await expectSameNotFound(await openDraft(token));
    });
  });

  test('opening links is limited per address too, logged and counted', async () => {
    const app = createApp({ ...t.deps, env: { ...t.env, RESUME_LIMIT_PER_HOUR: 2 } });
    const from = nextAddress();
    for (let i = 0; i < 2; i++) expect((await openDraft(generateToken(), { app, from })).status).toBe(404);
    const limited = await openDraft(generateToken(), { app, from });
    expect(limited.status).toBe(429);
    expect(t.logs.messages('warn')).toContainEqual(expect.stringContaining('rate limit resume-open'));
    expect(await counter('rejected.rate-limit.resume')).toBe(1);
  });
});
