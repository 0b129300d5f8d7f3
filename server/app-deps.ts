import type { Env } from './env.ts';
import type { Db } from './lib/db.ts';
import type { Logger } from './lib/logger.ts';

/** What every feature may use; created once at start and passed down explicitly. */
export type AppDeps = {
  db: Db;
  env: Env;
  /** The process's root logger; lines logged while handling a request carry its id by themselves. */
  log: Logger;
};
