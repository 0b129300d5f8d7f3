import type { AppDeps } from '../../app-deps.ts';
import { pendingMigrations } from '../../lib/db.ts';
import type { Lifecycle } from '../../lib/lifecycle.ts';

/** A probe must answer quickly: a database that takes longer than this counts as not answering. */
const CHECK_TIMEOUT_MS = 2000;

export type Readiness = {
  ready: boolean;
  checks: { database: 'ok' | 'unreachable'; migrations: 'ok' | 'pending' | 'unknown'; stopping: boolean };
};

export async function checkReadiness(deps: AppDeps, lifecycle: Lifecycle): Promise<Readiness> {
  let database: Readiness['checks']['database'] = 'ok';
  let migrations: Readiness['checks']['migrations'] = 'ok';
  try {
    const pending = await withTimeout(pendingMigrations(deps.db), CHECK_TIMEOUT_MS);
    if (pending.length > 0) migrations = 'pending';
  } catch (err) {
    deps.log.warn({ err }, 'readiness: the database did not answer');
    database = 'unreachable';
    migrations = 'unknown';
  }
  const checks = { database, migrations, stopping: lifecycle.stopping };
  return { ready: database === 'ok' && migrations === 'ok' && !lifecycle.stopping, checks };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
