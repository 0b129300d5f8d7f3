/**
 * Where the schemas and the two migration histories live, and how a DATABASE_URL picks a provider.
 * Free of database drivers, so that `db:generate` (run by postinstall) loads nothing native.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type Provider = 'sqlite' | 'postgresql';

/** Where the database lives: a SQLite file or a PostgreSQL connection string. */
export type DatabaseTarget =
  | { provider: 'sqlite'; /** absolute path of the database file */ file: string }
  | { provider: 'postgresql'; connectionString: string };

/**
 * This folder: found from this file, in the sources (prisma/paths.ts) and in the compiled server
 * (dist/server/…, bundled), by going up until a folder holds prisma/schema.prisma.
 */
function findPrismaDir(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(path.join(dir, 'schema.prisma'))) return dir;
    if (existsSync(path.join(dir, 'prisma', 'schema.prisma'))) return path.join(dir, 'prisma');
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`prisma/schema.prisma not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

const prismaDir = findPrismaDir();

/** The embedded default: a SQLite file under ./data of the working directory. */
export const DEFAULT_SQLITE_FILE = 'data/delegatiescan.db';

/**
 * Reads a DATABASE_URL: unset or `file:<path>` is SQLite (a relative path is resolved against the
 * working directory), `postgres://` or `postgresql://` is PostgreSQL.
 */
export function resolveDatabaseTarget(databaseUrl: string | undefined, cwd = process.cwd()): DatabaseTarget {
  const url = databaseUrl?.trim() || undefined;
  if (url === undefined) return { provider: 'sqlite', file: path.resolve(cwd, DEFAULT_SQLITE_FILE) };
  if (/^postgres(ql)?:\/\//i.test(url)) return { provider: 'postgresql', connectionString: url };
  if (url.startsWith('file:')) {
    const file = decodeURIComponent(url.slice('file:'.length).replace(/^\/\/(?=\/)/, '').replace(/\?.*$/, ''));
    if (file === '' || file === ':memory:') {
      throw new Error('DATABASE_URL: an in-memory SQLite database cannot be migrated and shared; give a file path, e.g. file:./data/delegatiescan.db');
    }
    return { provider: 'sqlite', file: path.resolve(cwd, file) };
  }
  throw new Error('DATABASE_URL must start with file: (SQLite), postgres:// or postgresql:// (PostgreSQL)');
}

/** The schema file each provider's engine reads (the postgres one is generated). */
export const schemaFiles: Record<Provider, string> = {
  sqlite: path.join(prismaDir, 'schema.prisma'),
  postgresql: path.join(prismaDir, 'postgres', 'schema.prisma'),
};

/** One migration history per provider. */
export const migrationsDirs: Record<Provider, string> = {
  sqlite: path.join(prismaDir, 'sqlite', 'migrations'),
  postgresql: path.join(prismaDir, 'postgres', 'migrations'),
};

/** The `provider` line of migration_lock.toml, as the CLI writes it. */
export const lockfileProvider: Record<Provider, string> = {
  sqlite: 'sqlite',
  postgresql: 'postgresql',
};

