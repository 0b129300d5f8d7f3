/**
 * npm run db:migrate:create <name> — for each provider, replays its migrations into a throwaway
 * database, diffs that against the schema and writes the difference as a new migration:
 *   prisma/sqlite/migrations/<timestamp>_<name>/migration.sql
 *   prisma/postgres/migrations/<timestamp>_<name>/migration.sql
 * (with migration_lock.toml per history, as `prisma migrate dev --create-only` writes them).
 * Refreshes prisma/postgres/schema.prisma from the source first.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { MIGRATION_LOCK_FILE, migrationLockToml } from '../../prisma/migrator.ts';
import { migrationsDirs, type Provider } from '../../prisma/paths.ts';
import { writePostgresSchema } from './postgres-schema.ts';
import { schemaEngineMismatch } from './engine-version.ts';
import { runScript } from './run.ts';
import { diffHistoryAgainstSchema } from './throwaway.ts';

const PROVIDERS: Provider[] = ['sqlite', 'postgresql'];

/** As the CLI does: lower-case, anything but letters, digits and '_' becomes '_'. */
function migrationNameFrom(argument: string | undefined): string {
  const name = (argument ?? '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9_]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 200);
  if (!name) {
    throw new Error('Usage: npm run db:migrate:create <name>   (e.g. npm run db:migrate:create add_notes)');
  }
  return name;
}

/** yyyyMMddHHmmss in UTC, as the CLI names migration folders. */
function timestamp(date = new Date()): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

runScript(async () => {
  const mismatch = schemaEngineMismatch();
  if (mismatch) {
    console.error(mismatch);
    return 1;
  }
  const name = migrationNameFrom(process.argv[2]);
  await writePostgresSchema();

  const diffs = await Promise.all(PROVIDERS.map((provider) => diffHistoryAgainstSchema(provider)));
  const changed = diffs.filter((diff) => diff.script.trim() !== '');
  if (changed.length === 0) {
    console.log('No changes: both migration histories already match prisma/schema.prisma.');
    return 0;
  }
  if (changed.length !== PROVIDERS.length) {
    console.warn(
      `Only ${changed.map((diff) => diff.provider).join(', ')} has changes: expected when only a \`//postgresql\` line ` +
        'changed (scripts/db/postgres-schema.ts); otherwise the histories had drifted apart. Check the new migration carefully.',
    );
  }

  const folder = `${timestamp()}_${name}`;
  for (const { provider, script } of changed) {
    const baseDir = migrationsDirs[provider];
    const dir = path.join(baseDir, folder);
    if (existsSync(dir)) throw new Error(`The migration directory already exists at ${dir}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'migration.sql'), script);
    await writeFile(path.join(baseDir, MIGRATION_LOCK_FILE), migrationLockToml(provider));
    console.log(`Created ${path.relative(process.cwd(), path.join(dir, 'migration.sql'))}`);
  }
  console.log('Review the SQL, then run npm run db:generate (clients) and commit the migrations.');
  return 0;
});
