/**
 * What the image does (Dockerfile), outside an image: the built output assembled by
 * scripts/container.sh, a production install (`npm ci --omit=dev`) next to it, and the image's
 * start and health check, run here exactly as the Dockerfile runs them. `npm test` builds first.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { buildIsCurrent } from '../../scripts/build/source-hash.js';
import { buildIntakeInput, newIdempotencyKey } from '../factories/intake.ts';
import { waitUntil } from '../setup/server-process.ts';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const PORT = Number(process.env.DEPLOY_TEST_PORT ?? 4460);
const base = `http://127.0.0.1:${PORT}`;
let image: string;
let server: ChildProcess | undefined;

beforeAll(async () => {
  if (!buildIsCurrent()) throw new Error('dist/ is missing or older than the sources: run `npm run build` first (npm test does).');
  image = await mkdtemp(path.join(os.tmpdir(), 'delegatiescan-image-'));
  await run('bash', ['scripts/container.sh', 'assemble', image], { cwd: repoRoot });
  await run('bash', ['scripts/container.sh', 'install-production'], { cwd: image, timeout: 15 * 60_000, maxBuffer: 32 * 1024 * 1024 });
}, 16 * 60_000);

afterAll(async () => {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  if (image) await rm(image, { recursive: true, force: true });
});

/** The image's environment (Dockerfile ENV) with what an operator sets; nothing of this checkout's. */
function imageEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    HOST: '127.0.0.1',
    PORT: String(PORT),
    DATABASE_URL: `file:${path.join(image, 'data', 'delegatiescan.db')}`,
    PUBLIC_URL: 'https://scan.sannejansen.test',
    TRUST_PROXY: 'true',
    ...extra,
  };
}

async function isReady(): Promise<boolean> {
  try {
    return (await fetch(`${base}/api/ready`)).status === 200;
  } catch {
    return false;
  }
}

test('the production install holds what runs and no development tools', () => {
  for (const runtime of ['hono', 'pino', 'prom-client', 'better-sqlite3/build/Release/better_sqlite3.node', '@prisma/client']) {
    expect(existsSync(path.join(image, 'node_modules', runtime)), runtime).toBe(true);
  }
  for (const devTool of ['tsx', 'vite', 'vitest', 'esbuild', '@playwright/test', 'pino-pretty']) {
    expect(existsSync(path.join(image, 'node_modules', devTool)), devTool).toBe(false);
  }
  expect(existsSync(path.join(image, 'server'))).toBe(false); // no sources: only dist/
});

test('the image starts as production with node alone, answers its health check and serves a scan', async () => {
  server = spawn('bash', ['scripts/container.sh', 'start'], { cwd: image, env: imageEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  server.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  server.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => server!.once('exit', resolve));
  await waitUntil(`the image's server is ready (output so far: ${output})`, isReady, 60_000);

  await run('bash', ['scripts/container.sh', 'healthcheck'], { cwd: image, env: imageEnv() });
  expect(output).not.toContain('Demo account'); // production that others reach: no demo account
  expect(JSON.parse(output.split('\n').find((line) => line.includes('listens on'))!)).toMatchObject({ level: 'info' });

  const page = await fetch(`${base}/`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<div id="root">');
  const submitted = await fetch(`${base}/api/intakes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': newIdempotencyKey() },
    body: JSON.stringify({ ...buildIntakeInput(), startStamp: undefined }),
  });
  // The image keeps the 15-second minimum fill time: a scan sent at once is refused, as it should be.
  expect(submitted.status).toBe(422);

  // The built command-line tool makes the first account; it can sign in.
  await run('node', ['dist/server/va-create.js', '--email', 'sanne@sannejansen.test', '--name', 'Sanne Jansen'], {
    cwd: image,
    env: imageEnv({ VA_PASSWORD: 'a long and sturdy password' }),
  });
  const signIn = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'https://scan.sannejansen.test' },
    body: JSON.stringify({ email: 'sanne@sannejansen.test', password: 'a long and sturdy password' }),
  });
  expect(signIn.status).toBe(200);

  server.kill('SIGTERM');
  expect(await exited).toBe(0);
});
