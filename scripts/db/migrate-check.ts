/**
 * npm run db:migrate:check — fails (exit 1) when
 *   - prisma/postgres/schema.prisma is stale (run npm run db:generate), or
 *   - a migration history lags behind its schema (run npm run db:migrate:create <name>).
 * Needs no database server: each history is replayed into a throwaway database.
 */
import path from 'node:path';
import { schemaFiles, type Provider } from '../../prisma/paths.ts';
import { postgresSchemaIsStale } from './postgres-schema.ts';
import { schemaEngineMismatch } from './engine-version.ts';
import { runScript } from './run.ts';
import { diffHistoryAgainstSchema } from './throwaway.ts';

const PROVIDERS: Provider[] = ['sqlite', 'postgresql'];

runScript(async () => {
  const mismatch = schemaEngineMismatch();
  if (mismatch) {
    console.error(mismatch);
    return 1;
  }
  if (await postgresSchemaIsStale()) {
    console.error(
      `${path.relative(process.cwd(), schemaFiles.postgresql)} is out of date with prisma/schema.prisma.\n` +
        'Run `npm run db:generate` and commit the result.',
    );
    return 1;
  }
  const diffs = await Promise.all(PROVIDERS.map((provider) => diffHistoryAgainstSchema(provider)));
  const drifted = diffs.filter((diff) => diff.script.trim() !== '');
  for (const { provider, script } of drifted) {
    console.error(
      `Drift: the ${provider} migration history does not produce prisma/schema.prisma. Missing:\n\n` +
        `${script.trim()}\n`,
    );
  }
  if (drifted.length > 0) {
    console.error('Run `npm run db:migrate:create <name>` and commit the new migrations.');
    return 1;
  }
  console.log('Migrations OK: prisma/postgres/schema.prisma is current and both histories match the schema.');
  return 0;
});
