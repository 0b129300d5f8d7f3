import { randomUUID } from 'node:crypto';
import type { Locale } from '#shared/schemas/common.ts';
import { type EmailPreview, MAX_SCHEDULE_DAYS, type OutboxListItem, type SendFollowUpInput } from '#shared/schemas/email.ts';
import { DelegationResult } from '#shared/schemas/result.ts';
import type { AppDeps } from '../../app-deps.ts';
import { AppError, notFound, validationError } from '../../lib/errors.ts';
import { emailBrandingFrom, followUpMergeValues, resultSummaryFrom } from '../../emails/email-data.ts';
import { type EmailContent, renderEmailContent } from '../../emails/email-content.ts';
import { templateTexts } from '../email-templates/email-templates.service.ts';
import { toOutboxListItem } from '../outbox/outbox.service.ts';
import { getVaSettings } from '../settings/settings.service.ts';
import { followUpKey } from '../outbox/follow-up-keys.ts';
import { type FollowUpRefusal, findIntakeForFollowUp, queueFollowUp } from './follow-ups.repository.ts';

const INTAKE_NOT_FOUND = 'No such intake.';
const DAY_MS = 24 * 60 * 60 * 1000;
/** A "send at" this little in the past is the VA's clock or a slow request, not a mistake: sent now. */
const SEND_AT_GRACE_MS = 60 * 1000;

export type FollowUpText = Omit<SendFollowUpInput, 'sendAt'>;

/** What the prospect would receive, rendered as it will be sent; nothing is stored. */
export async function previewFollowUp(deps: AppDeps, intakeId: string, input: FollowUpText): Promise<EmailPreview> {
  const { intake, content } = await contentFor(deps, intakeId, input);
  return { to: intake.email, ...(await renderEmailContent(content)) };
}

/**
 * Queues the VA's follow-up now or at `sendAt`. The same idempotency key (from the client's
 * Idempotency-Key header) for the same intake returns the message stored the first time.
 */
export async function sendFollowUp(
  deps: AppDeps,
  intakeId: string,
  input: SendFollowUpInput,
  idempotencyKey: string | undefined,
  now = new Date(),
): Promise<{ created: boolean; message: OutboxListItem }> {
  const notBefore = sendMomentOf(input.sendAt, now);
  const { intake, content } = await contentFor(deps, intakeId, input);
  const outcome = await queueFollowUp(deps.db, {
    intakeId: intake.id,
    templateId: input.templateId,
    toAddress: intake.email,
    toName: intake.name,
    locale: input.locale,
    content,
    notBefore,
    idempotencyKey: followUpKey(intake.id, idempotencyKey ?? randomUUID()),
  });
  if ('refused' in outcome) throw refusal(outcome.refused);
  // The answer names the address alone (the outbox list adds the name).
  return { created: outcome.created, message: { ...toOutboxListItem(outcome.message), to: outcome.message.toAddress } };
}

/** The moment to send: now, or a later `sendAt` within MAX_SCHEDULE_DAYS (else a 422 with code `in_past` or `too_far`). */
function sendMomentOf(sendAt: string | undefined, now: Date): Date {
  if (sendAt === undefined) return now;
  const at = new Date(sendAt);
  if (at.getTime() < now.getTime() - SEND_AT_GRACE_MS) {
    throw validationError([{ path: 'sendAt', code: 'in_past', message: 'Must not be in the past' }]);
  }
  if (at.getTime() > now.getTime() + MAX_SCHEDULE_DAYS * DAY_MS) {
    throw validationError([{ path: 'sendAt', code: 'too_far', message: `At most ${MAX_SCHEDULE_DAYS} days ahead` }]);
  }
  return at > now ? at : now;
}

/**
 * What the follow-up says to one intake: the VA's subject and body as she wrote them now, with the
 * merge values from the intake's stored result (never a recomputation). Refused like a send would
 * be. Queued as it is; rendered by the outbox when it is sent.
 */
async function contentFor(
  deps: AppDeps,
  intakeId: string,
  input: FollowUpText,
): Promise<{ intake: { id: string; name: string; email: string }; content: EmailContent }> {
  const intake = await findIntakeForFollowUp(deps.db, intakeId);
  if (!intake) throw notFound(INTAKE_NOT_FOUND);
  if (intake.unsubscribedAt) throw refusal('unsubscribed');
  if (!intake.followUpConsent) throw refusal('no-follow-up-consent');
  if (!(await templateTexts(deps, input.templateId))) {
    throw validationError([{ path: 'templateId', message: 'No such template' }]);
  }
  const locale: Locale = input.locale;
  const branding = emailBrandingFrom(await getVaSettings(deps), deps.env);
  const summary = resultSummaryFrom({ name: intake.name, result: DelegationResult.parse(intake.result), locale });
  const merge = followUpMergeValues({ summary, locale, branding });
  return { intake, content: { kind: 'follow-up', input: { locale, branding, subject: input.subject, body: input.body, merge } } };
}

function refusal(reason: FollowUpRefusal): AppError {
  switch (reason) {
    case 'not-found':
      return notFound(INTAKE_NOT_FOUND);
    case 'unsubscribed':
      return new AppError(409, 'unsubscribed', 'This prospect has unsubscribed from follow-up e-mails.');
    case 'no-follow-up-consent':
      return new AppError(409, 'no_follow_up_consent', 'This prospect did not agree to receive follow-up e-mails.');
  }
}
