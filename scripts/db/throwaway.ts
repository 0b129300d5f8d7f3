/**
 * Compares a provider's migration history with the schema, as `prisma migrate diff
 * --from-migrations --to-schema` does, without a server and without the engine's shadow database
 * (which fails with driver adapters): replay the migrations into a throwaway database that we make
 * ourselves (a temp SQLite file; an in-memory PGlite for PostgreSQL), then diff it against the schema.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import {
  noFilter,
  postgresMigrationAdapter,
  readMigrationsList,
  sqliteMigrationAdapter,
  withSchemaEngine,
} from '../../prisma/migrator.ts';
import { schemaFiles, type Provider } from '../../prisma/paths.ts';
import { PglitePool } from './pglite-pool.ts';

async function withThrowawayDatabase<T>(
  provider: Provider,
  use: (adapterFactory: SqlMigrationAwareDriverAdapterFactory) => Promise<T>,
): Promise<T> {
  if (provider === 'sqlite') {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'delegatiescan-migrate-'));
    try {
      const { factory, close } = sqliteMigrationAdapter(path.join(dir, 'throwaway.db'));
      try {
        return await use(factory);
      } finally {
        await close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  const pool = await PglitePool.create();
  try {
    return await use(postgresMigrationAdapter(pool));
  } finally {
    await pool.end();
  }
}

export interface HistoryDiff {
  provider: Provider;
  /** SQL that brings a database migrated with the history up to the schema; '' when none. */
  script: string;
}

/** What the migration history of `provider` lacks compared with its schema file. */
export async function diffHistoryAgainstSchema(provider: Provider): Promise<HistoryDiff> {
  const schema = { path: schemaFiles[provider], content: await readFile(schemaFiles[provider], 'utf8') };
  const migrationsList = await readMigrationsList(provider);
  return withThrowawayDatabase(provider, (adapterFactory) =>
    withSchemaEngine(
      provider,
      adapterFactory,
      async (engine) => {
        await engine.applyMigrations({ migrationsList, filters: noFilter });
        const result = await engine.diff({
          from: { tag: 'schemaDatasource', files: [schema], configDir: path.dirname(schema.path) },
          to: { tag: 'schemaDatamodel', files: [schema] },
          script: true,
          exitCode: true,
          filters: noFilter,
        });
        return { provider, script: result.exitCode === 2 ? (result.stdout ?? '') : '' };
      },
      schema,
    ),
  );
}
