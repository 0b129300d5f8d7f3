import { DRAFT_PRIVACY_TEXT_VERSION, DRAFT_VALID_DAYS, DraftAnswers, ResumeToken } from '#shared/schemas/draft.ts';
import type { SaveDraftInput, SaveDraftResponse, SavedDraft } from '#shared/schemas/draft.ts';
import { Locale } from '#shared/schemas/common.ts';
import { SCAN_STEP_COUNT, ScanStepNumber } from '#shared/schemas/intake.ts';
import type { AppDeps } from '../../app-deps.ts';
import { notFound } from '../../lib/errors.ts';
import { generateToken, hashToken } from '../../lib/security.ts';
import { emailBrandingFrom } from '../../emails/email-data.ts';
import { getVaSettings } from '../settings/settings.service.ts';
import { findResumeLink, insertDraftWithResumeEmail, insertDraftWithResumeLink, markResumeLinkUsed } from './drafts.repository.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * "Later verder": stores the half-finished scan and queues the e-mail with the link that reopens
 * it, in one transaction. Both expire after DRAFT_VALID_DAYS (the retention job erases the draft).
 * An installation that sends no e-mail answers with the link instead, to show on screen.
 */
export async function saveDraftForLater(deps: AppDeps, input: SaveDraftInput, now = new Date()): Promise<SaveDraftResponse> {
  const expiresAt = new Date(now.getTime() + DRAFT_VALID_DAYS * DAY_MS);
  const draft = {
    // Lower-case: a finished scan erases the drafts saved under its address (intakes.repository).
    email: input.email.toLowerCase(),
    locale: input.locale,
    answers: input.answers,
    step: input.step,
    privacyConsentAt: now,
    privacyConsentVersion: DRAFT_PRIVACY_TEXT_VERSION,
    expiresAt,
  };
  if (!deps.env.SMTP_URL) {
    const token = generateToken();
    await insertDraftWithResumeLink(deps.db, draft, { tokenHash: hashToken(token), expiresAt });
    return { expiresAt: expiresAt.toISOString(), resumePath: `/resume/${token}` };
  }
  const settings = await getVaSettings(deps);
  const content = {
    kind: 'resume-link' as const,
    input: { locale: input.locale, branding: emailBrandingFrom(settings, deps.env), step: input.step, stepCount: SCAN_STEP_COUNT },
  };
  await insertDraftWithResumeEmail(deps.db, draft, { toAddress: input.email, locale: input.locale, content });
  return { expiresAt: expiresAt.toISOString(), resumePath: null };
}

const LINK_NOT_FOUND = 'This link is unknown or has expired.';

/**
 * The draft behind a resume link. An unknown, malformed, tampered or expired token (or an expired
 * or erased draft) all get the same 404, so the answer tells nothing about which it was.
 */
export async function openSavedDraft(deps: AppDeps, token: string, now = new Date()): Promise<SavedDraft> {
  if (!ResumeToken.safeParse(token).success) throw notFound(LINK_NOT_FOUND);
  const link = await findResumeLink(deps.db, hashToken(token));
  if (!link || link.expiresAt <= now || link.draft.expiresAt <= now) throw notFound(LINK_NOT_FOUND);
  await markResumeLinkUsed(deps.db, link.id, now);
  // Stored after validation; should the shape have moved on since, the browser starts the
  // steps that no longer fit afresh (as with its own saved drafts), so an empty draft is safe.
  const answers = DraftAnswers.safeParse(link.draft.answers);
  return {
    answers: answers.success ? answers.data : { values: {} },
    step: ScanStepNumber.catch(1).parse(link.draft.step),
    locale: Locale.catch('nl').parse(link.draft.locale),
  };
}
