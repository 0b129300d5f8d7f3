import type { Database } from '../db.ts';

/**
 * A value loaded from the database and kept in memory, per open database, until the change feed
 * says it may have changed in any process (lib/db/change-feed.ts): for what every request reads
 * and the VA changes a few times a year (her settings, her scheduled follow-ups). Whoever changes
 * the data calls `db.changes.announce()`. The stamp is taken before loading, so a change that
 * lands during the load is seen by the next read. A failed load is not kept. Treat the value as
 * read-only: it is shared.
 */
export function cachedUntilChanged<Deps extends { db: Database; env?: object }, Value>(
  load: (deps: Deps) => Promise<Value>,
): (deps: Deps) => Promise<Value> {
  const cache = new WeakMap<Database, { stamp: string; env: object | undefined; value: Promise<Value> }>();
  return async (deps) => {
    const stamp = await deps.db.changes.stamp();
    const cached = cache.get(deps.db);
    // The same environment too (defaults come from it): two apps on one database, as tests open them, each read their own.
    if (cached && cached.stamp === stamp && cached.env === deps.env) return cached.value;
    const value = load(deps);
    cache.set(deps.db, { stamp, env: deps.env, value });
    value.catch(() => {
      if (cache.get(deps.db)?.value === value) cache.delete(deps.db);
    });
    return value;
  };
}
