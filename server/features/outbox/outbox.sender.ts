import type { AppDeps } from '../../app-deps.ts';
import type { Env } from '../../env.ts';
import type { MailTransport, OutgoingMail } from '../../lib/mail.ts';
import { emailsFailed, emailsSent } from '../../lib/metrics.ts';
import { generateToken, hashToken } from '../../lib/security.ts';
import { publicUrl } from '../../env.ts';
import { NEUTRAL_SENDER_NAME } from '../../emails/email-copy.ts';
import { emailContentFromStored, InvalidEmailContent, renderEmailContent } from '../../emails/email-content.ts';
import type { RenderedEmail } from '../../emails/email-types.ts';
import { fillLinkPlaceholders, LINK_PLACEHOLDERS } from '../../emails/link-placeholders.ts';
import { getVaSettings } from '../settings/settings.service.ts';
import {
  createSendLinks,
  recordSendOutcome,
  releaseClaim,
  type ClaimedMessage,
  type SendLinkHashes,
  type SendOutcomeRecord,
} from './outbox.repository.ts';

/** E-mails to the prospect: they carry a one-click unsubscribe (header and link). */
const PROSPECT_KINDS = new Set(['result-link', 'follow-up']);
/** A resume link opens the draft for this long (the draft itself expires after 30 days too). */
const RESUME_LINK_DAYS = 30;
const MAX_RETRY_DELAY_MS = 6 * 60 * 60 * 1000;

/** Who the e-mails come from; read once per batch, so a change in the VA's settings applies to the next. */
export type SenderIdentity = { from: { name: string; address: string }; replyTo: string };

export async function senderIdentity(deps: AppDeps): Promise<SenderIdentity> {
  const settings = await getVaSettings(deps);
  return { from: { name: settings.vaName || NEUTRAL_SENDER_NAME, address: deps.env.MAIL_FROM }, replyTo: settings.replyEmail || deps.env.MAIL_FROM };
}

/**
 * The wait before attempt `attempts + 1`: OUTBOX_RETRY_BASE_SECONDS × 2^(attempts − 1), ±25 % so
 * that messages which failed together (the SMTP server was down) do not all come back at once,
 * and never more than 6 hours.
 */
export function retryDelayMs(attempts: number, baseSeconds: number, random: () => number = Math.random): number {
  const exponential = baseSeconds * 1000 * 2 ** Math.max(0, attempts - 1);
  return Math.min(MAX_RETRY_DELAY_MS, Math.round(exponential * (0.75 + random() * 0.5)));
}

/**
 * Sends one claimed message and records the outcome (only while the claim is ours). Never throws
 * for a failed send: that is an outcome. A database error does throw; the claim then runs out and
 * another pass takes the message again. When `stopping` fires before the send has finished, the
 * claim is released (outbox.repository.ts releaseClaim) instead of an outcome being recorded.
 */
export async function sendClaimedMessage(
  deps: AppDeps,
  transport: MailTransport,
  identity: SenderIdentity,
  message: ClaimedMessage,
  stopping?: AbortSignal,
): Promise<void> {
  const { env } = deps;
  const log = deps.log.child({ messageId: message.id, kind: message.kind });
  const maxAttempts = env.OUTBOX_MAX_ATTEMPTS;
  const record = async (outcome: SendOutcomeRecord) => {
    const ref = { id: message.id, claimToken: message.claimToken ?? '', kind: message.kind, subject: message.subject, intakeId: message.intakeId };
    if (!(await recordSendOutcome(deps.db, ref, outcome))) {
      log.warn('Outbox: outcome not recorded, the claim is gone (its lease ran out and another sender took over, or it was erased).');
    }
  };

  /** A failed attempt (refused, or not rendered): failed for good, or back in the queue after the backoff. */
  const afterFailedAttempt = async (outcome: { permanent: boolean; error: string }) => {
    const attempt = `attempt ${message.attempts} of ${maxAttempts}`;
    if (outcome.permanent || message.attempts >= maxAttempts) {
      log.warn(`Outbox: failed (${attempt}${outcome.permanent ? ', refused for good' : ''}): ${outcome.error}`);
      emailsFailed.inc({ kind: message.kind });
      return record({ status: 'failed', error: outcome.error });
    }
    const delay = retryDelayMs(message.attempts, env.OUTBOX_RETRY_BASE_SECONDS);
    log.warn(`Outbox: not sent (${attempt}), next try in ${Math.ceil(delay / 1000)} s: ${outcome.error}`);
    return record({ status: 'queued', error: outcome.error, nextAttemptAt: new Date(Date.now() + delay) });
  };

  // Claimed again after its sender stopped mid-send, with no attempt left.
  if (message.attempts > maxAttempts) {
    return record({ status: 'failed', error: `Gave up after ${maxAttempts} attempts (the last sender stopped mid-send).` });
  }
  const blocked = followUpBlockedBecause(message);
  if (blocked) return record({ status: 'cancelled', reason: blocked, at: new Date() });

  let links: { html: string; text: string; headers: Record<string, string> };
  let rendered: RenderedEmail;
  try {
    // Rendered now, from what the message says as of queueing; a crash from here until the outcome
    // is recorded leaves the claim to run out, and the next sender renders it again.
    rendered = await renderStoredMessage(message);
    links = await mintLinks(deps, message, rendered);
  } catch (error) {
    if (error instanceof UnsendableMessage || error instanceof InvalidEmailContent) {
      log.warn(`Outbox: cannot be sent: ${error.message}`);
      return record({ status: 'failed', error: error.message });
    }
    if (!(error instanceof RenderFailed)) throw error;
    // An unexpected error while rendering counts as a failed attempt, as a refused send does.
    return afterFailedAttempt({ permanent: false, error: error.message });
  }

  const mail: OutgoingMail = {
    messageId: messageIdOf(message.id, env),
    from: identity.from,
    replyTo: identity.replyTo,
    to: { name: message.toName, address: message.toAddress },
    subject: rendered.subject,
    ...links,
  };
  const outcome = stopping?.aborted ? null : await transport.send(mail, stopping);
  if (!outcome || (!outcome.ok && stopping?.aborted)) {
    const released = await releaseClaim(deps.db, { id: message.id, claimToken: message.claimToken ?? '' });
    log.info(released ? 'Outbox: not sent before the stop; released for another sender' : 'Outbox: not sent before the stop; the claim was already gone');
    return;
  }
  if (outcome.ok) {
    log.info(`Outbox: sent (attempt ${message.attempts})`);
    emailsSent.inc({ kind: message.kind });
    return record({ status: 'sent', at: new Date() });
  }

  return afterFailedAttempt(outcome);
}

/** Rendering a message failed unexpectedly (not its stored content: that is InvalidEmailContent). */
class RenderFailed extends Error {}

/**
 * A stored message as it is sent (and shown): rendered from its content, or, for a row queued
 * before decision 0026, the HTML and text rendered back then.
 */
export async function renderStoredMessage(message: Pick<ClaimedMessage, 'kind' | 'subject' | 'content' | 'html' | 'text'>): Promise<RenderedEmail> {
  if (message.content === null || message.content === undefined) {
    if (message.html === null || message.text === null) throw new InvalidEmailContent('It has neither content nor a rendered body.');
    return { subject: message.subject, html: message.html, text: message.text };
  }
  const content = emailContentFromStored(message.kind, message.content);
  try {
    return await renderEmailContent(content);
  } catch (error) {
    throw new RenderFailed(`Rendering failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** `<outbox.<id>@<PUBLIC_URL's host>>`: stable per message, so a copy sent twice is recognisable. */
export function messageIdOf(outboxId: string, env: Pick<Env, 'PUBLIC_URL'>): string {
  return `<outbox.${outboxId}@${new URL(env.PUBLIC_URL).hostname}>`;
}

/** A follow-up goes only to a prospect who consented and has not unsubscribed since it was queued. */
function followUpBlockedBecause(message: ClaimedMessage): string | null {
  if (message.kind !== 'follow-up' || !message.intake) return null;
  if (message.intake.unsubscribedAt) return 'unsubscribed';
  if (!message.intake.followUpConsent) return 'no-consent';
  return null;
}

/** A message that can never be sent as stored (a bug where it was queued); it fails at once. */
class UnsendableMessage extends Error {}

/**
 * Replaces the link placeholders with fresh links, storing only their tokens' hashes (the stored
 * message keeps its placeholders). A link is minted only when the message uses it; an e-mail to
 * a prospect always gets an unsubscribe token for its List-Unsubscribe header.
 */
async function mintLinks(
  deps: AppDeps,
  message: ClaimedMessage,
  rendered: RenderedEmail,
): Promise<{ html: string; text: string; headers: Record<string, string> }> {
  const base = publicUrl(deps.env);
  const uses = (placeholder: string) => rendered.html.includes(placeholder) || rendered.text.includes(placeholder);
  const prospect = PROSPECT_KINDS.has(message.kind);
  const hashes: SendLinkHashes = { intakeId: message.intakeId, draftId: message.draftId };
  const replacements: [placeholder: string, url: string][] = [];
  const headers: Record<string, string> = {};

  const needIntake = (what: string) => {
    if (!message.intakeId) throw new UnsendableMessage(`It has a ${what} link but belongs to no intake.`);
  };
  if (uses(LINK_PLACEHOLDERS.result)) {
    needIntake('result');
    const token = generateToken();
    hashes.result = hashToken(token);
    replacements.push([LINK_PLACEHOLDERS.result, `${base}/r/${token}`]);
  }
  if (prospect || uses(LINK_PLACEHOLDERS.unsubscribe)) {
    needIntake('unsubscribe');
    const token = generateToken();
    hashes.unsubscribe = hashToken(token);
    replacements.push([LINK_PLACEHOLDERS.unsubscribe, `${base}/u/${token}`]);
    if (prospect) {
      headers['List-Unsubscribe'] = `<${base}/api/unsubscribe/${token}>`;
      headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click';
    }
  }
  if (uses(LINK_PLACEHOLDERS.resume)) {
    if (!message.draftId) throw new UnsendableMessage('It has a resume link but belongs to no saved scan.');
    const token = generateToken();
    hashes.resume = { tokenHash: hashToken(token), expiresAt: new Date(Date.now() + RESUME_LINK_DAYS * 24 * 60 * 60 * 1000) };
    replacements.push([LINK_PLACEHOLDERS.resume, `${base}/resume/${token}`]);
  }

  if (replacements.length > 0) await createSendLinks(deps.db, hashes);
  return { html: fillLinkPlaceholders(rendered.html, replacements), text: fillLinkPlaceholders(rendered.text, replacements), headers };
}
