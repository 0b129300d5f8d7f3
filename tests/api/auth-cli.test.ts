/**
 * `npm run va:create` as a person runs it: a child process against its own SQLite file, then a
 * sign-in with the account it made, through the real app.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createApp } from '../../server/app.ts';
import { readEnv } from '../../server/env.ts';
import { openDatabase } from '../../server/lib/db.ts';
import { createTestLogger } from '../setup/test-logger.ts';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

let dir: string;
let databaseUrl: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'delegatiescan-cli-'));
  databaseUrl = `file:${path.join(dir, 'cli.db')}`;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function createVa(args: string[], extraEnv: Record<string, string>) {
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', DATABASE_URL: databaseUrl, ...extraEnv };
  if (!('VA_PASSWORD' in extraEnv)) delete env.VA_PASSWORD;
  try {
    // stdin is not a terminal here, as in CI.
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/create-va.ts', ...args], {
      cwd: repoRoot,
      env,
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function signIn(email: string, password: string): Promise<number> {
  const db = await openDatabase(databaseUrl);
  try {
    const app = createApp({ db, env: readEnv({ NODE_ENV: 'test', CLIENT_DIST: '/nonexistent' }), log: createTestLogger().log });
    const response = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    return response.status;
  } finally {
    await db.close();
  }
}

test('va:create makes an account from VA_PASSWORD that can sign in, and later changes its password', { timeout: 120_000 }, async () => {
  const refused = await createVa(['--email', 'sanne@example.nl', '--name', 'Sanne Jansen'], {});
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain('No password: set VA_PASSWORD, or run this in a terminal');

  const weak = await createVa(['--email', 'sanne@example.nl', '--name', 'Sanne Jansen'], { VA_PASSWORD: 'too short' });
  expect(weak.code).toBe(1);
  expect(weak.stderr).toContain('password: must be at least 12 characters');
  const common = await createVa(['--email', 'sanne@example.nl', '--name', 'Sanne Jansen'], { VA_PASSWORD: 'welkom12345678' });
  expect(common.code).toBe(1);
  expect(common.stderr).toContain('password: is too easy to guess: it is a common or leaked password');

  const created = await createVa(['--email', 'Sanne@Example.nl', '--name', 'Sanne Jansen'], {
    VA_PASSWORD: 'first long password',
  });
  expect(created).toMatchObject({ code: 0, stdout: 'Created VA account sanne@example.nl (Sanne Jansen).\n' });
  expect(await signIn('sanne@example.nl', 'first long password')).toBe(200);

  const updated = await createVa(['--email', 'sanne@example.nl'], { VA_PASSWORD: 'second long password' });
  expect(updated.code).toBe(0);
  expect(updated.stdout).toContain('Account sanne@example.nl already existed: updated its password');
  // The security event goes to stderr as a JSON line, without the address.
  expect(JSON.parse(updated.stderr.trim().split('\n').at(-1)!)).toMatchObject({ security: 'password-changed', level: 'warn' });
  expect(updated.stderr).not.toContain('sanne@example.nl');
  expect(await signIn('sanne@example.nl', 'first long password')).toBe(401);
  expect(await signIn('sanne@example.nl', 'second long password')).toBe(200);
});
