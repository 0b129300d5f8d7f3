import type { Env } from './env.ts';
import type { Db } from './lib/db.ts';

/** What every feature may use; created once at start and passed down explicitly. */
export type AppDeps = {
  db: Db;
  env: Env;
};
