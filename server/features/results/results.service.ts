import { randomUUID } from 'node:crypto';
import { DelegationResult, type ResultView } from '#shared/schemas/result.ts';
import { Locale, ResultToken } from '#shared/schemas/common.ts';
import type { AppDeps } from '../../app-deps.ts';
import { AppError, notFound } from '../../lib/errors.ts';
import { logSecurityEvent } from '../../lib/logger.ts';
import { hashToken } from '../../lib/security.ts';
import { emailBrandingFrom, firstNameOf, resultSummaryFrom } from '../../emails/email-data.ts';
import { getVaSettings } from '../settings/settings.service.ts';
import {
  deleteIntake,
  findIntakeByResultTokenHash,
  queueRequestedResultEmail,
  RESULT_EMAIL_REQUEST_PREFIX,
  recordResultVisit,
} from './results.repository.ts';

/** One message for every miss: a wrong token and an erased intake look the same. */
const NOT_FOUND_MESSAGE = 'This result does not exist (any more).';

export async function openResult(deps: AppDeps, token: string): Promise<ResultView> {
  const found = await findByToken(deps, token);
  await recordResultVisit(deps.db, found.linkId, found.intake.id);
  return buildResultView(deps, found.intake);
}

type StoredIntake = { id: string; locale: string; name: string; company: string | null; createdAt: Date; result: unknown };

/**
 * The result as the prospect sees it (also shown to the VA in the back office): the stored
 * snapshot, never a recomputation, with whom to contact as of today (her current name and
 * booking link, not those of the day it was computed).
 */
export async function buildResultView(deps: AppDeps, intake: StoredIntake): Promise<ResultView> {
  const va = await getVaSettings(deps);
  return {
    intakeId: intake.id,
    locale: Locale.parse(intake.locale),
    firstName: firstNameOf(intake.name),
    company: intake.company,
    submittedAt: intake.createdAt.toISOString(),
    // Parsing guards against a corrupted row.
    result: DelegationResult.parse(intake.result),
    va: {
      name: va.vaName || null,
      bookingUrl: va.bookingUrl ?? (va.replyEmail ? `mailto:${va.replyEmail}` : null),
      replyEmail: va.replyEmail || null,
    },
    emailDelivery: Boolean(deps.env.SMTP_URL),
  };
}

/**
 * The result as a PDF (same content as the print view), in the language asked for or else the
 * scan's, named after the prospect.
 */
export async function resultPdf(
  deps: AppDeps,
  token: string,
  requestedLocale: Locale | undefined,
): Promise<{ pdf: Buffer; fileName: { ascii: string; utf8: string } }> {
  const { intake } = await findByToken(deps, token);
  const view = await buildResultView(deps, intake);
  const locale = requestedLocale ?? view.locale;
  // The PDF stack (@react-pdf/renderer: layout engine, fonts) is loaded by the first PDF, not at
  // start: a process that only takes submissions never holds it (RSS, decision 0027).
  const { pdfFileName, renderResultPdf } = await import('./result-pdf.tsx');
  return { pdf: await renderResultPdf(view, locale), fileName: pdfFileName(intake.name, locale) };
}

/** "E-mail me this link": at most this many per intake per hour (beyond: 429). */
export const RESULT_EMAILS_PER_HOUR = 3;
const HOUR_MS = 60 * 60 * 1000;

/**
 * "E-mail me this link": queues a result-link e-mail (with a fresh link, minted when it is sent)
 * to the address stored with the intake, in the language asked for or else the intake's own.
 */
export async function emailResultLink(
  deps: AppDeps,
  token: string,
  requestedLocale: Locale | undefined,
  now = new Date(),
): Promise<'queued' | 'limit-reached'> {
  const { intake } = await findByToken(deps, token);
  // No screen may claim an e-mail was sent when none can be: the page offers the link to copy instead.
  if (!deps.env.SMTP_URL) {
    throw new AppError(409, 'email_not_configured', 'This installation sends no e-mail yet: copy or bookmark the link of this page.');
  }
  const locale = requestedLocale ?? Locale.parse(intake.locale);
  const branding = emailBrandingFrom(await getVaSettings(deps), deps.env);
  const summary = resultSummaryFrom({ name: intake.name, result: DelegationResult.parse(intake.result), locale });
  return queueRequestedResultEmail(
    deps.db,
    {
      intakeId: intake.id,
      toAddress: intake.email,
      toName: intake.name,
      locale,
      content: { kind: 'result-link', input: { locale, branding, summary } },
      idempotencyKey: `${RESULT_EMAIL_REQUEST_PREFIX}${intake.id}:${randomUUID()}`,
    },
    { since: new Date(now.getTime() - HOUR_MS), maxPerWindow: RESULT_EMAILS_PER_HOUR },
  );
}

/** AVG right to erasure: the intake with its tasks, links and events, for good. */
export async function eraseResult(deps: AppDeps, token: string): Promise<void> {
  const found = await findByToken(deps, token);
  await deleteIntake(deps.db, found.intake.id);
  logSecurityEvent(deps.log, 'erasure', { what: 'intake', by: 'prospect', intakeId: found.intake.id });
}

async function findByToken(deps: AppDeps, token: string) {
  const found = ResultToken.safeParse(token).success
    ? await findIntakeByResultTokenHash(deps.db, hashToken(token))
    : null;
  if (!found) throw notFound(NOT_FOUND_MESSAGE);
  return found;
}
