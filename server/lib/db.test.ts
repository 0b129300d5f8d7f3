import path from 'node:path';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { resolveDatabaseTarget } from '../../prisma/paths.ts';
import { normaliseSearchTerm, toSearchText, type DbClient, type DbTransactionClient } from './db.ts';

describe('resolveDatabaseTarget', () => {
  const cwd = '/srv/app';

  test('no URL is the embedded SQLite default under ./data', () => {
    expect(resolveDatabaseTarget(undefined, cwd)).toEqual({ provider: 'sqlite', file: '/srv/app/data/delegatiescan.db' });
    expect(resolveDatabaseTarget('  ', cwd)).toEqual({ provider: 'sqlite', file: '/srv/app/data/delegatiescan.db' });
  });

  test('file: URLs are SQLite files, relative to the working directory', () => {
    expect(resolveDatabaseTarget('file:./var/x.db', cwd)).toEqual({ provider: 'sqlite', file: path.resolve(cwd, 'var/x.db') });
    expect(resolveDatabaseTarget('file:/tmp/x.db', cwd)).toEqual({ provider: 'sqlite', file: '/tmp/x.db' });
    expect(resolveDatabaseTarget('file:///tmp/x.db', cwd)).toEqual({ provider: 'sqlite', file: '/tmp/x.db' });
    expect(() => resolveDatabaseTarget('file::memory:', cwd)).toThrow(/in-memory/);
  });

  test('postgres:// and postgresql:// are PostgreSQL', () => {
    for (const url of ['postgres://u@h:5432/d', 'postgresql://u:p@h/d?sslmode=require']) {
      expect(resolveDatabaseTarget(url, cwd)).toEqual({ provider: 'postgresql', connectionString: url });
    }
  });

  test('anything else is refused with a clear message', () => {
    expect(() => resolveDatabaseTarget('mysql://h/d', cwd)).toThrow(/file:.*postgres/);
  });
});

describe('search text', () => {
  test('lower-case, accents stripped, whitespace collapsed, parts joined', () => {
    expect(toSearchText('  Zoë  Ângela ', 'ZOE@Example.NL', null)).toBe('zoe angela zoe@example.nl');
    expect(toSearchText('Ana', undefined, 'Café Noël')).toBe('ana cafe noel');
  });

  test('LIKE wildcards and the backslash become spaces', () => {
    expect(normaliseSearchTerm('first_last@x.nl')).toBe('first last@x.nl');
    expect(normaliseSearchTerm('100%\\net')).toBe('100 net');
    expect(normaliseSearchTerm('%%')).toBe('');
  });
});

test('the transaction client has the models but no connection methods', () => {
  expectTypeOf<DbTransactionClient>().toHaveProperty('intake');
  expectTypeOf<'$connect' extends keyof DbTransactionClient ? true : false>().toEqualTypeOf<false>();
  expectTypeOf<DbClient>().toHaveProperty('$transaction');
});
