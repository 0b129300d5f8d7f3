import { createHash } from 'node:crypto';
import type { SetupItemKey, SetupStatus, TestEmailResult } from '#shared/schemas/setup.ts';
import type { AppDeps } from '../../app-deps.ts';
import { AppError } from '../../lib/errors.ts';
import { createMailTransport } from '../../lib/mail.ts';
import { getVaSettings } from '../settings/settings.service.ts';
import { findSetupState, recordPassedEmailTest } from './setup.repository.ts';

/**
 * What is still to do before the scan is hers: the checklist in the back office. Each item is read
 * from what is saved (her settings, the last test e-mail), never from a flag that could go stale.
 */
export async function getSetupStatus(deps: AppDeps): Promise<SetupStatus> {
  const [settings, state] = await Promise.all([getVaSettings(deps), findSetupState(deps.db)]);
  const saved = settings.updatedAt !== null;
  const configured = Boolean(deps.env.SMTP_URL);
  // A test counts for the mail settings it went through: after a move to another server, user
  // or sender the item is open again until a test passes there.
  const passed = state?.emailTestPassedAt && state.emailTestConfig === mailConfigFingerprint(deps.env) ? state : null;
  const done: Record<SetupItemKey, boolean> = {
    name: settings.vaName.trim() !== '',
    photo: settings.logoDataUrl !== null,
    rate: saved,
    offers: saved,
    booking: settings.bookingUrl !== null,
    'reply-address': settings.replyEmail.trim() !== '',
    email: configured && passed !== null,
    embed: settings.embedOrigins.length > 0,
  };
  const items = (Object.keys(done) as SetupItemKey[]).map((key) => ({ key, done: done[key] }));
  return {
    items,
    complete: items.every((item) => item.done),
    email: {
      configured,
      sender: deps.env.MAIL_FROM,
      lastPassedTest:
        passed?.emailTestPassedAt && passed.emailTestAnswer !== null
          ? { at: passed.emailTestPassedAt.toISOString(), answer: passed.emailTestAnswer }
          : null,
    },
  };
}

/**
 * "Send me a test e-mail": straight to the SMTP server (not through the outbox), to the signed-in
 * VA's own address, so she reads the server's answer on the spot: accepted, or why not.
 */
export async function sendTestEmail(deps: AppDeps, to: string, now = new Date()): Promise<TestEmailResult> {
  const transport = createMailTransport(deps.env);
  if (!transport) {
    throw new AppError(409, 'email_not_configured', 'No SMTP server is set up (SMTP_URL): nothing can be sent.');
  }
  try {
    const outcome = await transport.send({
      messageId: `<setup-test.${now.getTime()}@${new URL(deps.env.PUBLIC_URL).hostname}>`,
      from: { name: 'Delegatiescan', address: deps.env.MAIL_FROM },
      replyTo: deps.env.MAIL_FROM,
      to: { name: null, address: to },
      subject: 'Testmail van je delegatiescan',
      text: TEST_TEXT,
      html: `<p>${TEST_TEXT.split('\n\n').join('</p><p>')}</p>`,
      headers: {},
    });
    if (!outcome.ok) {
      deps.log.warn({ job: 'setup' }, `test e-mail refused: ${outcome.error}`);
      return { ok: false, to, answer: outcome.error };
    }
    await recordPassedEmailTest(deps.db, now, outcome.response, mailConfigFingerprint(deps.env));
    return { ok: true, to, answer: outcome.response };
  } finally {
    transport.close();
  }
}

/**
 * What identifies the mail settings the test went through: the SMTP server, its user and the
 * sender, hashed. Never the password, not even hashed (a short one could be guessed back).
 */
function mailConfigFingerprint(env: Pick<AppDeps['env'], 'SMTP_URL' | 'MAIL_FROM'>): string {
  const smtp = env.SMTP_URL ? new URL(env.SMTP_URL) : null;
  const server = smtp ? `${smtp.protocol}//${smtp.username}@${smtp.host}` : '';
  return createHash('sha256').update(`${server}\n${env.MAIL_FROM}`).digest('hex');
}

const TEST_TEXT = [
  'Hoi!',
  'Deze testmail komt van je delegatiescan. Lees je dit, dan werkt het versturen: uitslagen, links om later verder te gaan en je follow-ups komen aan.',
  'Staat hij in je spammap? Vraag dan bij je mailprovider na hoe je het afzenderadres kunt laten goedkeuren (SPF en DKIM).',
].join('\n\n');
