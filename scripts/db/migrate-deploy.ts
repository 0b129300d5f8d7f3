/**
 * npm run db:migrate:deploy — applies pending migrations to DATABASE_URL, as `prisma migrate
 * deploy` does (the schema engine keeps _prisma_migrations itself). Unset or file: is SQLite
 * (default ./data/delegatiescan.db), postgres:// or postgresql:// is PostgreSQL.
 * The server does the same at start (server/lib/db.ts); this is for deploy pipelines and by hand.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { deployMigrations } from '../../prisma/migrator.ts';
import { resolveDatabaseTarget, type DatabaseTarget } from '../../prisma/paths.ts';
import { runScript } from './run.ts';

/** Where, for the log line: a file path, or the server and database without credentials. */
function describe(target: DatabaseTarget): string {
  if (target.provider === 'sqlite') {
    const relative = path.relative(process.cwd(), target.file);
    return `SQLite ${relative.startsWith('..') ? target.file : relative}`;
  }
  try {
    const url = new URL(target.connectionString);
    return `PostgreSQL ${url.host}${url.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

runScript(async () => {
  const target = resolveDatabaseTarget(process.env.DATABASE_URL);
  if (target.provider === 'sqlite') await mkdir(path.dirname(target.file), { recursive: true });
  const where = describe(target);
  const { applied } = await deployMigrations(target);
  if (applied.length === 0) console.log(`No pending migrations (${where}).`);
  else console.log(`Applied to ${where}:\n${applied.map((name) => `  ${name}`).join('\n')}`);
  return 0;
});
