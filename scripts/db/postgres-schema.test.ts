import { readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { schemaFiles } from '../../prisma/paths.ts';
import { assertPortable, POSTGRES_SCHEMA_HEADER, renderPostgresSchema } from './postgres-schema.ts';

const source = `// the source
// more about it

generator client {
  provider = "prisma-client"
  output   = "../server/generated/prisma-sqlite"
}

datasource db {
  provider = "sqlite"
}

/// A model.
model A {
  id String @id // not @db.Text
}
`;

describe('renderPostgresSchema', () => {
  test('swaps the provider and the client output, adds the header, keeps the rest', () => {
    const out = renderPostgresSchema(source);
    expect(out.startsWith(POSTGRES_SCHEMA_HEADER)).toBe(true);
    expect(out).toContain('provider = "postgresql"');
    expect(out).toContain('output   = "../../server/generated/prisma-postgres"');
    expect(out).not.toContain('sqlite');
    expect(out).not.toContain('the source');
    expect(out).toContain('/// A model.\nmodel A {\n  id String @id // not @db.Text\n}\n');
  });

  test('a `//postgresql` line is a comment in the source and a line of the PostgreSQL schema', () => {
    const withIndex = source.replace(
      '  id String @id // not @db.Text\n',
      '  id String @id // not @db.Text\n  name String\n  //postgresql @@index([name(ops: raw("gin_trgm_ops"))], type: Gin)\n',
    );
    expect(renderPostgresSchema(withIndex)).toContain('\n  name String\n  @@index([name(ops: raw("gin_trgm_ops"))], type: Gin)\n}');
    // Only at the start of a line (after indentation), and only with the space.
    expect(renderPostgresSchema(withIndex.replace('  //postgresql', '  // //postgresql'))).toContain('// //postgresql');
  });

  test('the real source schema renders', async () => {
    const out = renderPostgresSchema(await readFile(schemaFiles.sqlite, 'utf8'));
    expect(out).toContain('provider = "postgresql"');
  });

  test('refuses what only one provider supports', () => {
    expect(() => assertPortable(source.replace('id String @id', 'id String @id\n  tags String[]'))).toThrow(/scalar lists/);
    expect(() => assertPortable(source.replace('@id //', '@id @db.VarChar(20) //'))).toThrow(/@db/);
    expect(() => assertPortable(`${source}\nenum Status {\n  new\n}\n`)).toThrow(/enums/);
  });

  test('refuses a schema it cannot map', () => {
    expect(() => renderPostgresSchema(source.replace('"sqlite"', '"mysql"'))).toThrow(/provider "sqlite"/);
  });
});
