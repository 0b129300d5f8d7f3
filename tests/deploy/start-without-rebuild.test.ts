/**
 * `npm start` builds once, not at every start: with a current build in dist/ it runs the built
 * output straight away (scripts/build/run-built.js). Run through one of the built tools, which
 * ends at once: `db:backup` against PostgreSQL refuses with a pointer to pg_dump.
 * `npm test` builds first.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import { buildIsCurrent, readStamp } from '../../scripts/build/source-hash.js';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

test('with a current build, the start runs the built output and builds nothing', async () => {
  if (!buildIsCurrent()) throw new Error('dist/ is missing or older than the sources: run `npm run build` first (npm test does).');
  const stampBefore = JSON.stringify(readStamp());
  const started = Date.now();
  const outcome = await run(process.execPath, ['scripts/build/run-built.js', 'db-backup'], {
    cwd: repoRoot,
    env: { PATH: process.env.PATH, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
  }).then(
    () => ({ code: 0, stdout: '', stderr: '' }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
  expect(outcome.code).toBe(2);
  expect(outcome.stderr).toMatch(/pg_dump/);
  expect(outcome.stdout).not.toMatch(/building first/);
  // The build's stamp is the same one: nothing was built again, and it took no build's time.
  expect(JSON.stringify(readStamp())).toBe(stampBefore);
  expect(Date.now() - started).toBeLessThan(10_000);
});
