/**
 * npm run db:generate — writes prisma/postgres/schema.prisma from prisma/schema.prisma, then
 * generates both Prisma clients (server/generated/prisma-sqlite and prisma-postgres).
 * Runs from `postinstall`, so a fresh `npm install` / `npm ci` has both clients.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { schemaFiles } from '../../prisma/paths.ts';
import { writePostgresSchema } from './postgres-schema.ts';
import { runScript } from './run.ts';

runScript(async () => {
  await writePostgresSchema();

  const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');
  for (const schema of [schemaFiles.sqlite, schemaFiles.postgresql]) {
    const run = spawnSync(process.execPath, [prismaCli, 'generate', '--schema', schema], {
      stdio: 'inherit',
      env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    });
    if (run.status !== 0) {
      throw new Error(`prisma generate --schema ${path.relative(process.cwd(), schema)} failed`);
    }
  }
});
