/**
 * prisma/schema.prisma is the one source schema (provider sqlite); the PostgreSQL schema is
 * generated from it, so both providers always describe the same models.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { schemaFiles } from '../../prisma/paths.ts';

export const POSTGRES_SCHEMA_HEADER = '// generated from prisma/schema.prisma — do not edit\n';

const SQLITE_OUTPUT = '"../server/generated/prisma-sqlite"';
const POSTGRES_OUTPUT = '"../../server/generated/prisma-postgres"';

/** Constructs that only one provider supports: the source schema must keep to the common subset. */
const NOT_PORTABLE: { pattern: RegExp; why: string }[] = [
  { pattern: /@db\./, why: 'native types (@db.*) are provider-specific' },
  { pattern: /^\s*enum\s+\w+\s*\{/m, why: 'enums are String columns validated by zod at the boundary' },
];

const SCALAR_LIST = /^\s*\w+\s+(String|Int|BigInt|Float|Decimal|Boolean|DateTime|Json|Bytes)\[\]/m;

/** Throws when the source schema leaves the subset both providers support. */
export function assertPortable(source: string): void {
  const problems: string[] = [];
  const code = source.replace(/\/\/.*$/gm, '');
  const list = SCALAR_LIST.exec(code);
  if (list) problems.push(`scalar lists (${list[0].trim()}) are not supported by SQLite`);
  for (const { pattern, why } of NOT_PORTABLE) {
    if (pattern.test(code)) problems.push(why);
  }
  if (problems.length > 0) {
    throw new Error(`prisma/schema.prisma is not portable between SQLite and PostgreSQL:\n- ${problems.join('\n- ')}`);
  }
}

function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
  const matches = text.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`));
  if (matches?.length !== 1) {
    throw new Error(`prisma/schema.prisma: expected exactly one ${what}, found ${matches?.length ?? 0}`);
  }
  return text.replace(pattern, replacement);
}

/**
 * A line written `//postgresql <text>` in the source is a comment there (SQLite never sees it) and
 * `<text>` in the PostgreSQL schema: the one way in for what only PostgreSQL has, such as the inbox
 * search's trigram index (docs/decisions/0029). Its migration exists in the PostgreSQL history
 * only, and the drift check holds it to the line.
 */
const POSTGRES_ONLY_LINE = /^([ \t]*)\/\/postgresql (.*)$/gm;

/** The PostgreSQL schema for a source schema: another provider and client output, and its `//postgresql` lines. */
export function renderPostgresSchema(source: string): string {
  assertPortable(source);
  // Drop the source's leading comment block: it speaks about the source file.
  const body = source.replace(/^(?:\/\/.*\r?\n|\s*\r?\n)*/, '');
  let out = replaceOnce(body, /(datasource\s+\w+\s*\{[^}]*?provider\s*=\s*)"sqlite"/, '$1"postgresql"', 'datasource with provider "sqlite"');
  out = replaceOnce(out, /(output\s*=\s*)"\.\.\/server\/generated\/prisma-sqlite"/, `$1${POSTGRES_OUTPUT}`, `generator output ${SQLITE_OUTPUT}`);
  out = out.replace(POSTGRES_ONLY_LINE, '$1$2');
  return `${POSTGRES_SCHEMA_HEADER}\n${out}`;
}

/** What prisma/postgres/schema.prisma should contain now. */
export async function expectedPostgresSchema(): Promise<string> {
  return renderPostgresSchema(await readFile(schemaFiles.sqlite, 'utf8'));
}

/** True when prisma/postgres/schema.prisma is missing or differs from what the source gives. */
export async function postgresSchemaIsStale(): Promise<boolean> {
  const current = await readFile(schemaFiles.postgresql, 'utf8').catch(() => null);
  return current !== (await expectedPostgresSchema());
}

/** Writes prisma/postgres/schema.prisma when it is stale; true when it wrote. */
export async function writePostgresSchema(): Promise<boolean> {
  const expected = await expectedPostgresSchema();
  const current = await readFile(schemaFiles.postgresql, 'utf8').catch(() => null);
  if (current === expected) return false;
  await mkdir(path.dirname(schemaFiles.postgresql), { recursive: true });
  await writeFile(schemaFiles.postgresql, expected);
  console.log(`Wrote ${path.relative(process.cwd(), schemaFiles.postgresql)} from prisma/schema.prisma`);
  return true;
}
