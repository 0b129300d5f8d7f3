import { DelegationResult, type ResultView } from '#shared/schemas/result.ts';
import { Locale, ResultToken } from '#shared/schemas/common.ts';
import type { AppDeps } from '../../app-deps.ts';
import { notFound } from '../../lib/errors.ts';
import { hashToken } from '../../lib/security.ts';
import { getVaSettings } from '../settings/settings.service.ts';
import { deleteIntake, findIntakeByResultTokenHash, recordResultOpened } from './results.repository.ts';

/** One message for every miss: a wrong token and an erased intake look the same. */
const NOT_FOUND_MESSAGE = 'This result does not exist (any more).';

export async function openResult(deps: AppDeps, token: string): Promise<ResultView> {
  const found = await findByToken(deps, token);
  await recordResultOpened(deps.db, found.linkId, found.intake.id);
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
    firstName: intake.name.trim().split(/\s+/)[0] ?? intake.name,
    company: intake.company,
    submittedAt: intake.createdAt.toISOString(),
    // Parsing guards against a corrupted row.
    result: DelegationResult.parse(intake.result),
    va: {
      name: va.vaName,
      bookingUrl: va.bookingUrl ?? `mailto:${va.replyEmail}`,
      replyEmail: va.replyEmail,
    },
  };
}

/** AVG right to erasure: the intake with its tasks, links and events, for good. */
export async function eraseResult(deps: AppDeps, token: string): Promise<void> {
  const found = await findByToken(deps, token);
  await deleteIntake(deps.db, found.intake.id);
}

async function findByToken(deps: AppDeps, token: string) {
  const found = ResultToken.safeParse(token).success
    ? await findIntakeByResultTokenHash(deps.db, hashToken(token))
    : null;
  if (!found) throw notFound(NOT_FOUND_MESSAGE);
  return found;
}
