import { IntakeStatus } from '#shared/schemas/admin-intakes.ts';
import { RETENTION_LIST_LIMIT, RETENTION_LOOKAHEAD_DAYS, type RetentionOverview } from '#shared/schemas/retention.ts';
import type { AppDeps } from '../../app-deps.ts';
import { forgetErasedRows } from '../../lib/db.ts';
import { endSignInsPastTheirLife, type EndedSignIns } from '../auth/auth.service.ts';
import { getVaSettings } from '../settings/settings.service.ts';
import { eraseCutoff, eraseMoment } from './retention-period.ts';
import { eraseExpiredDrafts, eraseIntakesSubmittedBefore, findIntakesDueBefore } from './retention.repository.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export type RetentionRun = { retentionMonths: number; erasedIntakes: number; erasedDrafts: number; endedSignIns: EndedSignIns };

/**
 * One run of the retention job (AVG): erases the intakes not marked client whose retention period
 * (the VA's setting, read now, so a changed period applies from the next run) has passed, and the
 * scan drafts whose 30 days are over, and the sessions and sign-in records past their life.
 * Logs the counts, never a name.
 */
export async function runRetention(deps: AppDeps, now: Date = new Date()): Promise<RetentionRun> {
  const { retentionMonths } = await getVaSettings(deps);
  const erasedIntakes = await eraseIntakesSubmittedBefore(deps.db, eraseCutoff(now, retentionMonths));
  const erasedDrafts = await eraseExpiredDrafts(deps.db, now);
  const endedSignIns = await endSignInsPastTheirLife(deps, now);
  if (erasedIntakes + erasedDrafts > 0) await forgetErasedRows(deps.db);
  deps.log.info(
    { job: 'retention', erasedIntakes, erasedDrafts, retentionMonths, endedSignIns },
    `Retention: erased ${erasedIntakes} intake(s) older than ${retentionMonths} month(s) (clients kept) and ${erasedDrafts} expired scan draft(s).`,
  );
  return { retentionMonths, erasedIntakes, erasedDrafts, endedSignIns };
}

/** The period, and the intakes the job will erase in the next 30 days (any overdue ones first). */
export async function getRetentionOverview(deps: AppDeps, now: Date = new Date()): Promise<RetentionOverview> {
  const { retentionMonths } = await getVaSettings(deps);
  const horizon = new Date(now.getTime() + RETENTION_LOOKAHEAD_DAYS * DAY_MS);
  const { rows, total } = await findIntakesDueBefore(deps.db, eraseCutoff(horizon, retentionMonths), RETENTION_LIST_LIMIT);
  return {
    retentionMonths,
    lookaheadDays: RETENTION_LOOKAHEAD_DAYS,
    total,
    upcoming: rows.map((row) => ({
      id: row.id,
      name: row.name,
      status: IntakeStatus.parse(row.status),
      createdAt: row.createdAt.toISOString(),
      eraseAt: eraseMoment(row.createdAt, retentionMonths).toISOString(),
    })),
  };
}
