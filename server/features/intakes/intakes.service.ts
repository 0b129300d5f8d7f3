import { createHash, randomUUID } from 'node:crypto';
import {
  computeDelegation,
  type DelegationContext,
  DelegationInputError,
  UnknownCategoryError,
  UnknownTaskError,
} from '#shared/delegation/engine.ts';
import { inboxBucketOf } from '#shared/schemas/admin-intakes.ts';
import { type DelegationResultV2, resultHeadline } from '#shared/schemas/result.ts';
import { type CreateIntakeInput, PRIVACY_TEXT_VERSION } from '#shared/schemas/intake.ts';
import type { CreateIntakeResponse } from '#shared/schemas/intake.ts';
import type { AppDeps } from '../../app-deps.ts';
import { isUniqueViolation } from '../../lib/db.ts';
import { AppError, validationError } from '../../lib/errors.ts';
import { submissions } from '../../lib/metrics.ts';
import { generateToken, hashToken } from '../../lib/security.ts';
import { delegationContextFrom } from '../scan/scan-settings.ts';
import { getVaSettings } from '../settings/settings.service.ts';
import { emailsForNewIntake } from './intakes.emails.ts';
import {
  createResultLink,
  findIntakeByIdempotencyKey,
  insertIntake,
} from './intakes.repository.ts';

type SubmitOutcome = { created: boolean; response: CreateIntakeResponse };

/**
 * Stores a submitted scan with the e-mails it causes (result link, new-intake notice, scheduled
 * follow-ups), all or nothing. The server computes the result itself from the answers; a
 * retried request (same idempotency key, same body) gets a fresh link to the same intake
 * instead of a second intake, and queues no e-mail again (the key's unique index refuses it).
 */
export async function submitIntake(
  deps: AppDeps,
  input: CreateIntakeInput,
  idempotencyKey: string,
): Promise<SubmitOutcome> {
  const keyHash = hashToken(idempotencyKey);
  // Serialised once: stored as the snapshot's answers and hashed as the request's fingerprint.
  const answersJson = JSON.stringify(input);
  const fingerprint = fingerprintOf(answersJson);

  // Read once: the result and the e-mails it causes use the same settings.
  const settings = await getVaSettings(deps);
  const result = computeOrReject(input, delegationContextFrom(settings));
  const headline = resultHeadline(result);

  const token = generateToken();
  const now = new Date();
  // Chosen here because the e-mails, built before the transaction, carry it (links, keys).
  const id = randomUUID();
  const emails = await emailsForNewIntake(deps, settings, { id, input, result, submittedAt: now });
  try {
    const intakeId = await insertIntake(deps.db, {
      intake: {
        id,
        locale: input.locale,
        name: input.contact.name,
        email: input.contact.email,
        company: input.contact.company || null,
        phone: input.contact.phone || null,
        businessKind: input.about.businessKind,
        hoursPerWeek: input.about.hoursPerWeek,
        rateKind: input.about.rateKind,
        hourlyRateCents: input.about.hourlyRateCents,
        vatStatus: input.about.vatStatus,
        delegationExperience: input.about.delegationExperience,
        mainPain: input.about.mainPain,
        painNote: input.about.painNote || null,
        answersJson,
        resultJson: JSON.stringify(result),
        submittedAt: now,
        engineVersion: result.engineVersion,
        catalogueVersion: result.catalogueVersion,
        privacyConsentAt: now,
        privacyConsentVersion: PRIVACY_TEXT_VERSION,
        followUpConsent: input.contact.followUpConsent,
        followUpConsentAt: input.contact.followUpConsent ? now : null,
        freedMinutesPerMonth: headline.freedMinutesPerMonth,
        netGainCentsPerMonth: headline.netGainCentsPerMonth,
        topBucket: inboxBucketOf(result),
        idempotencyKeyHash: keyHash,
        requestFingerprint: fingerprint,
      },
      tasks: taskRowsOf(result),
      resultLinkTokenHash: hashToken(token),
      emails,
    });
    submissions.inc({ outcome: 'created' });
    return { created: true, response: responseFor(intakeId, token) };
  } catch (error) {
    // The key is stored already (a retry, or two identical requests racing): answer like the
    // first. Not looked up beforehand: retries are rare, and every submit would pay the round trip.
    if (isUniqueViolation(error)) {
      const raced = await replayIfSeen(deps, keyHash, fingerprint);
      if (raced) return raced;
    }
    throw error;
  }
}

async function replayIfSeen(
  deps: AppDeps,
  keyHash: string,
  fingerprint: string,
): Promise<SubmitOutcome | null> {
  const existing = await findIntakeByIdempotencyKey(deps.db, keyHash);
  if (!existing) return null;
  if (existing.requestFingerprint !== fingerprint) {
    throw new AppError(
      409,
      'idempotency_conflict',
      'This idempotency key was already used for a different submission.',
    );
  }
  const token = generateToken();
  await createResultLink(deps.db, existing.id, hashToken(token), 'submit-retry');
  submissions.inc({ outcome: 'replayed' });
  return { created: false, response: responseFor(existing.id, token) };
}

/** The engine's input errors are the client's mistakes: answer 422 on the field. */
function computeOrReject(input: CreateIntakeInput, context: DelegationContext): DelegationResultV2 {
  try {
    return computeDelegation(input, context);
  } catch (error) {
    if (error instanceof UnknownTaskError) {
      const index = input.tasks.catalogueTasks.findIndex((t) => t.taskId === error.taskId);
      throw validationError([{ path: `tasks.catalogueTasks.${index}.taskId`, message: 'Unknown task' }]);
    }
    if (error instanceof UnknownCategoryError) {
      const index = input.tasks.customTasks.findIndex((t) => t.categoryId === error.categoryId);
      throw validationError([{ path: `tasks.customTasks.${index}.categoryId`, message: 'Unknown category' }]);
    }
    if (error instanceof DelegationInputError) {
      throw validationError([{ path: 'tasks', message: error.message }]);
    }
    throw error;
  }
}

/** The bucket column of an own task: not scored, discussed in the intro call. */
const OWN_TASK_BUCKET = 'own';

/** One row per picked task, catalogue tasks first, then the own tasks (not scored: score 0). */
function taskRowsOf(result: DelegationResultV2) {
  const catalogueRows = result.tasks.map((task) => ({
    taskId: task.key,
    customLabel: null,
    categoryId: task.categoryId,
    minutesPerMonth: task.minutesPerMonth,
    feeling: task.feeling,
    skill: task.skill,
    needsMe: task.needsMe,
    score: task.score,
    bucket: task.bucket,
  }));
  const ownRows = result.ownTasks.map((task) => ({
    taskId: null,
    customLabel: task.label.nl,
    categoryId: task.categoryId,
    minutesPerMonth: task.minutesPerMonth,
    feeling: task.feeling,
    skill: task.skill,
    needsMe: task.needsMe,
    score: 0,
    bucket: OWN_TASK_BUCKET,
  }));
  return [...catalogueRows, ...ownRows].map((row, position) => ({ position, ...row }));
}

/** Of the validated body, serialised in schema order: the same answers give the same fingerprint. */
function fingerprintOf(answersJson: string): string {
  return createHash('sha256').update(answersJson).digest('hex');
}

function responseFor(intakeId: string, token: string): CreateIntakeResponse {
  return { intakeId, resultToken: token, resultPath: `/r/${token}` };
}
