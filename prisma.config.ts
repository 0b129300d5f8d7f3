/**
 * Prisma CLI configuration (used by `prisma generate`, run from `npm run db:generate`).
 *
 * Prisma 7's CLI fetches a native schema-engine binary before `generate`, `validate` and `format`
 * unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file; those commands never execute it, so
 * any file will do. Migrations do not use the CLI at all: scripts/db/ drives Prisma's schema engine
 * compiled to WASM (see docs/decisions/0002-database.md).
 */
import { defineConfig } from 'prisma/config';

process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= '/bin/false';

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: { path: 'prisma/sqlite/migrations' },
});
