import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ConfigError, isLocalOnly, readEnv } from './env.ts';

function problemsOf(source: NodeJS.ProcessEnv): string[] {
  try {
    readEnv(source);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.message.split('\n').slice(1).map((line) => line.trim());
  }
}

const goodProduction = {
  NODE_ENV: 'production',
  HOST: '0.0.0.0',
  TRUST_PROXY: 'true',
  PUBLIC_URL: 'https://scan.sannejansen.nl',
  SMTP_URL: 'smtp://scan:s3cret@smtp.mailprovider.eu:587',
  MAIL_FROM: 'scan@sannejansen.nl',
};

describe('development', () => {
  test('starts with friendly defaults and nothing set', () => {
    const env = readEnv({});
    expect(env).toMatchObject({ NODE_ENV: 'development', HOST: '127.0.0.1', PORT: 3000, PUBLIC_URL: 'http://localhost:3000', LOG_LEVEL: 'info' });
  });

  test('back-office sessions last as ASVS level 2 asks: 30 minutes idle, 12 hours at most', () => {
    for (const env of [readEnv({}), readEnv(goodProduction)]) {
      expect({ idle: env.SESSION_IDLE_MINUTES, max: env.SESSION_MAX_HOURS }).toEqual({ idle: 30, max: 12 });
    }
  });

  test('a localhost PUBLIC_URL, or SMTP without MAIL_FROM, is fine outside production', () => {
    expect(problemsOf({ HOST: '0.0.0.0', PUBLIC_URL: 'http://localhost:3000', SMTP_URL: 'smtp://user@localhost:1025' })).toEqual([]);
  });
});

test('TRUST_PROXY: off, true (one proxy in front) or the number of proxies in front', () => {
  expect(readEnv({}).TRUST_PROXY).toBe(0);
  expect(readEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(0);
  expect(readEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(1);
  expect(readEnv({ TRUST_PROXY: '2' }).TRUST_PROXY).toBe(2);
  expect(problemsOf({ TRUST_PROXY: 'sometimes' })).toEqual([expect.stringMatching(/^TRUST_PROXY: /)]);
});

describe('production', () => {
  test('a good configuration starts', () => {
    expect(problemsOf(goodProduction)).toEqual([]);
  });

  test('refuses a broken configuration with one clear line per problem', () => {
    const problems = problemsOf({
      ...goodProduction,
      PUBLIC_URL: 'http://localhost:3000',
      SMTP_URL: 'smtp://scan@smtp.mailprovider.eu:587',
      MAIL_FROM: undefined,
      METRICS_TOKEN: 'short',
    });
    expect(problems).toEqual([
      'METRICS_TOKEN: must be at least 32 characters (e.g. the output of `openssl rand -hex 32`)',
      expect.stringMatching(/^PUBLIC_URL: points at this machine \(localhost:3000\)/),
      'SMTP_URL: names a user but no password (smtp://user:password@host:587)',
      expect.stringMatching(/^MAIL_FROM: is required in production when SMTP_URL is set/),
    ]);
  });

  test('once others reach it, PUBLIC_URL must be set and use https', () => {
    expect(problemsOf({ ...goodProduction, PUBLIC_URL: undefined })).toEqual([expect.stringMatching(/^PUBLIC_URL: is required in production/)]);
    expect(problemsOf({ ...goodProduction, PUBLIC_URL: 'http://scan.sannejansen.nl' })).toEqual([
      'PUBLIC_URL: must start with https:// in production: sign-in cookies are Secure and links travel by e-mail',
    ]);
    expect(problemsOf({ ...goodProduction, MAIL_FROM: 'scan@example.nl' })).toEqual(['MAIL_FROM: is a placeholder address (scan@example.nl)']);
  });

  test('a known placeholder or default secret is refused (ASVS 2.10.2)', () => {
    expect(problemsOf({ ...goodProduction, DATABASE_URL: 'postgres://delegatiescan:change-me@db:5432/delegatiescan' })).toEqual([
      'DATABASE_URL: uses a default or placeholder database password: set your own (e.g. `openssl rand -hex 24`)',
    ]);
    expect(problemsOf({ ...goodProduction, DATABASE_URL: 'postgres://postgres:postgres@db:5432/delegatiescan' })).toHaveLength(1);
    for (const key of ['TOTP_ENCRYPTION_KEY', 'METRICS_TOKEN']) {
      for (const value of ['change-me-change-me-change-me-change-me', 'x'.repeat(32), 'your-secret-key-here-at-least-32-chars']) {
        expect(problemsOf({ ...goodProduction, [key]: value })).toEqual([`${key}: is a placeholder: use a random value (e.g. \`openssl rand -hex 32\`)`]);
      }
    }
    expect(problemsOf({ ...goodProduction, TOTP_ENCRYPTION_KEY: 'a3f9c2e1b7d84f6a9e0c5b2d7f1a8e4c3b6d9f0a2c5e8b1d4f7a0c3e6b9d2f5a' })).toEqual([]);
  });

  test('compose.yaml has no default database password: it stops when POSTGRES_PASSWORD is unset (ASVS 2.10.2)', () => {
    const compose = readFileSync(new URL('../compose.yaml', import.meta.url), 'utf8');
    expect(compose).not.toMatch(/change-me|POSTGRES_PASSWORD:-/);
    const uses = compose.match(/\$\{POSTGRES_PASSWORD[^}]*\}/g) ?? [];
    expect(uses.length).toBeGreaterThanOrEqual(2);
    for (const use of uses) expect(use).toMatch(/^\$\{POSTGRES_PASSWORD:\?.+\}$/);
  });

  test('a run only this machine reaches (the README first start) needs no configuration', () => {
    const env = readEnv({ NODE_ENV: 'production' });
    expect(isLocalOnly(env)).toBe(true);
    expect(env.PUBLIC_URL).toBe('http://localhost:3000');
    for (const reach of [{ HOST: '0.0.0.0' }, { TRUST_PROXY: 'true' }, { SMTP_URL: 'smtp://relay.local:25', MAIL_FROM: 'scan@sannejansen.nl' }]) {
      expect(problemsOf({ NODE_ENV: 'production', ...reach })).toEqual([expect.stringMatching(/^PUBLIC_URL: is required in production/)]);
    }
  });
});
