/**
 * `npm run bench:event-loop`: does the server keep answering prospects while the back office works
 * hard? Times GET /api/health (p50, p99) through the real app on a fresh SQLite file:
 *   - idle: the anchor, in the same run;
 *   - during a sign-in storm: BENCH_SIGN_INS (default 50) sign-ins at once (argon2, one at a time);
 *   - during a CSV export of BENCH_ROWS (default 20,000) intakes (batches that take their turn).
 * It prints each next to the anchor as a ratio. Numbers only: no assertion depends on time.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createApp } from '../../server/app.ts';
import { readEnv } from '../../server/env.ts';
import { saveVa } from '../../server/features/auth/auth.service.ts';
import { openDatabase } from '../../server/lib/db.ts';
import { createLogger } from '../../server/lib/logger.ts';
import { openBulkInserter } from './bulk-insert.ts';
import { intakeBatches } from './dataset.ts';

const SIGN_INS = Number(process.env.BENCH_SIGN_INS ?? 50);
const ROWS = Number(process.env.BENCH_ROWS ?? 20_000);
const VA = { email: 'bench@example.nl', name: 'Bench', password: 'een lang genoeg bench-wachtwoord' };

const dir = await mkdtemp(path.join(os.tmpdir(), 'delegatiescan-bench-loop-'));
const url = `file:${path.join(dir, 'bench.db')}`;
const db = await openDatabase(url);
try {
  const inserter = await openBulkInserter(db, url);
  for (const batch of intakeBatches(ROWS, 1000)) await inserter.insert(batch);
  await inserter.close();
  const env = readEnv({ NODE_ENV: 'production', PUBLIC_URL: 'https://scan.example.nl', CLIENT_DIST: '/nonexistent', TRUST_PROXY: '1' });
  const log = createLogger({ ...env, LOG_LEVEL: 'silent' });
  await saveVa({ db, log }, VA);
  const app = createApp({ db, env, log });

  let address = 0;
  const signIn = (email = `nobody-${address}@example.nl`, password = 'geraden-wachtwoord') =>
    app.request('/api/auth/login', {
      method: 'POST',
      // Each from its own address and for its own (unknown) account, so no throttle cuts the storm
      // short: every attempt is hashed (an unknown account against the dummy hash).
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${(address++ % 250) + 1}` },
      body: JSON.stringify({ email, password }),
    });
  const login = await signIn(VA.email, VA.password);
  const cookie = login.headers.getSetCookie().map((value) => value.split(';')[0]).join('; ');

  /** Health requests one after another until `busy` settles (or `count` of them when idle). */
  async function timeHealth(busy: Promise<unknown> | null, count = 200): Promise<number[]> {
    const times: number[] = [];
    let done = busy === null;
    void busy?.finally(() => (done = true));
    while (busy === null ? times.length < count : !done) {
      const started = performance.now();
      await app.request('/api/health');
      times.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    return times.sort((a, b) => a - b);
  }
  const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;

  await timeHealth(null, 50); // warm-up
  const idle = await timeHealth(null);
  const stormStarted = performance.now();
  const storm = await timeHealth(
    Promise.all(Array.from({ length: SIGN_INS }, () => signIn())).then((answers) => {
      const refused = answers.filter((answer) => answer.status !== 401).length;
      if (refused > 0) console.warn(`${refused} of the storm's sign-ins were not checked (throttled?)`);
    }),
  );
  const stormSeconds = (performance.now() - stormStarted) / 1000;
  const exportStarted = performance.now();
  const exported = await timeHealth(
    Promise.resolve(app.request('/api/admin/intakes/export.csv', { headers: { cookie } })).then((response) => response.text()),
  );
  const exportSeconds = (performance.now() - exportStarted) / 1000;

  const row = (name: string, times: number[], note = '') =>
    console.log(
      `${name.padEnd(34)} n=${String(times.length).padStart(4)}  p50 ${pct(times, 50).toFixed(1).padStart(6)} ms  p99 ${pct(times, 99).toFixed(1).padStart(7)} ms  ` +
        `p99 ratio ${(pct(times, 99) / pct(idle, 99)).toFixed(2).padStart(6)}x  ${note}`,
    );
  console.log(`GET /api/health while the back office works (SQLite, ${ROWS.toLocaleString('en')} intakes)`);
  row('idle (anchor, same run)', idle);
  row(`during ${SIGN_INS} sign-ins at once`, storm, `(storm took ${stormSeconds.toFixed(1)} s)`);
  row(`during a CSV export of ${ROWS.toLocaleString('en')}`, exported, `(export took ${exportSeconds.toFixed(1)} s)`);
} finally {
  await db.close();
  await rm(dir, { recursive: true, force: true });
}
