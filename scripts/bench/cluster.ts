/**
 * `npm run bench:cluster [-- --short]`: scale-out, proven. Starts Debian's haproxy in front of
 * three app processes (the built server, as production runs it) on one PostgreSQL database,
 * offers a steady stream of scan submissions through it, restarts each process in turn (a
 * rolling deploy: SIGTERM, wait for the exit, start again, wait until ready) and kills one with
 * SIGKILL, then prints what the clients were told and what the database holds:
 *
 *   acknowledged, stored, lost (must be 0), doubled (must be 0), 5xx (must be 0),
 *   and throughput and p99 latency before, during and after the restarts.
 *
 * A 503 with Retry-After is allowed: the load script waits and sends the same request again with
 * the same idempotency key, as the browser does. Installs nothing: haproxy must be there
 * (`apt-get install haproxy`; .ci/run does). Database: BENCH_DATABASE_URL, else
 * TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres (a fresh database is made
 * on that server and dropped); `file:` runs the same on one SQLite file. Ports 4450-4453
 * (CLUSTER_BASE_PORT moves them). tests/cluster/cluster.test.ts runs the short form in `npm test`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { buildIntakeInput } from '../../tests/factories/intake.ts';
import { buildIsCurrent } from '../build/source-hash.js';
import { startServerProcess, waitUntil, type ServerProcess } from '../../tests/setup/server-process.ts';
import { openDatabase } from '../../server/lib/db.ts';

export const HAPROXY = '/usr/sbin/haproxy';

export type ClusterOptions = {
  /** postgres://… (a server: a fresh database is made on it) or file:… / undefined (SQLite in a temp folder). */
  databaseUrl?: string;
  /** Submissions offered per second, spread evenly. */
  rate: number;
  /** Seconds of steady load before the restarts, and after them. */
  steadySeconds: number;
  basePort: number;
  /** Progress lines (default: none). */
  say?: (line: string) => void;
};

export type PhaseFigures = { name: string; seconds: number; acknowledged: number; throughput: number; p50Ms: number; p99Ms: number };

export type ClusterReport = {
  provider: string;
  offered: number;
  acknowledged: number;
  stored: number;
  lost: number;
  doubled: number;
  /** Stored but never acknowledged (the client gave up): not lost, but worth knowing. */
  unacknowledgedStored: number;
  serverErrors: number;
  retried503: number;
  exitCodes: (number | null)[];
  phases: PhaseFigures[];
};

type Attempt = { start: number; end: number; status: number };
type Submission = { email: string; acknowledged: boolean };

const MAX_IN_FLIGHT = 64;

export async function runClusterBench(options: ClusterOptions): Promise<ClusterReport> {
  const say = options.say ?? (() => {});
  if (!existsSync(HAPROXY)) throw new Error(`${HAPROXY} is missing: apt-get install haproxy (Debian's package)`);
  const workDir = await mkdtemp(path.join(os.tmpdir(), 'delegatiescan-cluster-'));
  const database = await freshDatabase(options.databaseUrl, workDir);
  const appPorts = [1, 2, 3].map((n) => options.basePort + n);
  const frontPort = options.basePort;
  const apps: ServerProcess[] = [];
  let haproxy: ChildProcess | undefined;
  try {
    if (!buildIsCurrent()) say('the build is not current: the processes run the sources (npm run build first to run what production runs)');
    say(`database: ${database.provider}; haproxy on :${frontPort} → app processes on :${appPorts.join(', :')}`);
    const appEnv = (port: number) => ({
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      DATABASE_URL: database.url,
      PUBLIC_URL: 'https://scan.cluster.test',
      TRUST_PROXY: 'true',
      SCAN_MIN_FILL_SECONDS: '0',
      SUBMIT_LIMIT_PER_HOUR: '1000000',
      SHUTDOWN_TIMEOUT_SECONDS: '10',
    });
    // The first one migrates the fresh database; the others find it done.
    apps.push(await startServerProcess(appEnv(appPorts[0]!), 60_000));
    apps.push(...(await Promise.all(appPorts.slice(1).map((port) => startServerProcess(appEnv(port), 60_000)))));
    haproxy = await startHaproxy(workDir, frontPort, appPorts);
    await waitUntil('haproxy sees every process up', () => allUp(frontPort, appPorts.length), 20_000);

    const load = startLoad(`http://127.0.0.1:${frontPort}`, options.rate);
    const phase = (name: string, from: number, to: number) => ({ name, from, to });
    const t0 = Date.now();
    await sleep(options.steadySeconds * 1000);
    const t1 = Date.now();
    const exitCodes: (number | null)[] = [];
    for (const [index, port] of appPorts.entries()) {
      say(`rolling restart: process ${index + 1} (SIGTERM)`);
      const old = apps[index]!;
      await old.stop();
      exitCodes.push(await old.exited);
      apps[index] = await startServerProcess(appEnv(port), 60_000);
      await waitUntil(`process ${index + 1} is ready again`, () => isReady(port), 30_000);
      await sleep(1500); // haproxy's checks see it up (rise 2 × inter 500 ms)
    }
    say('process 2: SIGKILL');
    const killed = apps[1]!;
    await killed.kill('SIGKILL');
    exitCodes.push(await killed.exited);
    await sleep(1000);
    apps[1] = await startServerProcess(appEnv(appPorts[1]!), 60_000);
    await waitUntil('process 2 is ready again', () => isReady(appPorts[1]!), 30_000);
    await sleep(1500);
    const t2 = Date.now();
    await sleep(options.steadySeconds * 1000);
    const t3 = Date.now();
    say('load stops; waiting for the answers still out');
    await load.stop();

    const phases = [phase('before', t0, t1), phase('during', t1, t2), phase('after', t2, t3)].map((p) => figures(p, load.attempts));
    const stored = await storedByEmail(database.url);
    const acknowledged = load.submissions.filter((s) => s.acknowledged);
    const lost = acknowledged.filter((s) => !stored.has(s.email)).length;
    const doubled = [...stored.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0);
    const unacknowledgedStored = load.submissions.filter((s) => !s.acknowledged && stored.has(s.email)).length;
    return {
      provider: database.provider,
      offered: load.submissions.length,
      acknowledged: acknowledged.length,
      stored: [...stored.values()].reduce((sum, count) => sum + count, 0),
      lost,
      doubled,
      unacknowledgedStored,
      serverErrors: load.attempts.filter((a) => a.status >= 500 && a.status !== 503).length,
      retried503: load.attempts.filter((a) => a.status === 503).length,
      exitCodes,
      phases,
    };
  } finally {
    await Promise.all(apps.map((app) => app.kill('SIGKILL')));
    if (haproxy && haproxy.exitCode === null) {
      const gone = new Promise((resolve) => haproxy!.once('exit', resolve));
      haproxy.kill('SIGTERM');
      await gone;
    }
    await database.drop();
    await rm(workDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// The load: an even stream of submissions, each retried with its own key until acknowledged

function startLoad(baseUrl: string, rate: number) {
  const attempts: Attempt[] = [];
  const submissions: Submission[] = [];
  let inFlight = 0;
  let stopped = false;
  const pending = new Set<Promise<void>>();
  const runId = randomBytes(3).toString('hex');

  const submitOnce = async (submission: Submission, key: string, body: string): Promise<void> => {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const start = Date.now();
      let status = 0;
      let retryAfterMs = 200;
      try {
        const response = await fetch(`${baseUrl}/api/intakes`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': key },
          body,
          signal: AbortSignal.timeout(30_000),
        });
        status = response.status;
        await response.arrayBuffer();
        if (status === 503) retryAfterMs = Math.min(2000, Number(response.headers.get('retry-after') ?? '1') * 1000);
      } catch {
        status = 0; // no answer at all: try again with the same key
      }
      attempts.push({ start, end: Date.now(), status });
      if (status === 200 || status === 201) {
        submission.acknowledged = true;
        return;
      }
      await sleep(retryAfterMs);
    }
  };

  const interval = 1000 / rate;
  let sequence = 0;
  const started = Date.now();
  const ticker = (async () => {
    while (!stopped) {
      const due = started + sequence * interval;
      const wait = due - Date.now();
      if (wait > 0) await sleep(wait);
      if (stopped) break;
      sequence += 1;
      if (inFlight >= MAX_IN_FLIGHT) continue; // the cluster cannot keep up: offered, not sent
      const email = `bench-${runId}-${sequence}@example.nl`;
      const input = buildIntakeInput();
      const body = JSON.stringify({ ...input, contact: { ...input.contact, name: `Bench ${sequence}`, email } });
      const submission: Submission = { email, acknowledged: false };
      submissions.push(submission);
      inFlight += 1;
      const done = submitOnce(submission, `bench-${runId}-${sequence}-${randomBytes(8).toString('hex')}`, body).finally(() => {
        inFlight -= 1;
        pending.delete(done);
      });
      pending.add(done);
    }
  })();

  return {
    attempts,
    submissions,
    async stop() {
      stopped = true;
      await ticker;
      await Promise.all([...pending]);
    },
  };
}

function figures(phase: { name: string; from: number; to: number }, attempts: Attempt[]): PhaseFigures {
  const answered = attempts.filter((a) => (a.status === 200 || a.status === 201) && a.end >= phase.from && a.end < phase.to);
  const latencies = answered.map((a) => a.end - a.start).sort((a, b) => a - b);
  const seconds = (phase.to - phase.from) / 1000;
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { name: phase.name, seconds, acknowledged: answered.length, throughput: answered.length / seconds, p50Ms: at(0.5), p99Ms: at(0.99) };
}

// ---------------------------------------------------------------------------------------------
// haproxy, the processes, the database

async function startHaproxy(workDir: string, frontPort: number, appPorts: number[]): Promise<ChildProcess> {
  const config = [
    'global',
    '  maxconn 2000',
    'defaults',
    '  mode http',
    '  timeout connect 2s',
    '  timeout client 60s',
    '  timeout server 30s',
    // A request that reached a process that went away (refused, or closed without an answer) is
    // sent to another one: safe for POST /api/intakes, whose idempotency key makes it count once.
    '  retries 3',
    '  option redispatch 1',
    '  retry-on conn-failure empty-response response-timeout',
    '  option http-buffer-request',
    'frontend scan',
    `  bind 127.0.0.1:${frontPort}`,
    '  option forwardfor',
    '  default_backend app',
    'backend app',
    '  balance roundrobin',
    '  option httpchk GET /api/ready',
    '  http-check expect status 200',
    // A slow answer on a busy machine is not a dead process: three failed checks take it out.
    '  timeout check 3s',
    '  default-server inter 500ms fall 3 rise 2',
    ...appPorts.map((port, index) => `  server app${index + 1} 127.0.0.1:${port} check`),
    '',
  ].join('\n');
  const file = path.join(workDir, 'haproxy.cfg');
  await writeFile(file, config);
  const child = spawn(HAPROXY, ['-f', file, '-db'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  await sleep(300);
  if (child.exitCode !== null) throw new Error(`haproxy did not start:\n${stderr}`);
  return child;
}

async function isReady(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/ready`)).status === 200;
  } catch {
    return false;
  }
}

/** Round robin over `count` processes: `count` readiness answers in a row through haproxy. */
async function allUp(frontPort: number, count: number): Promise<boolean> {
  for (let i = 0; i < count * 2; i++) if (!(await isReady(frontPort))) return false;
  return true;
}

async function freshDatabase(databaseUrl: string | undefined, workDir: string) {
  if (!databaseUrl || databaseUrl.startsWith('file:')) {
    const url = databaseUrl ?? `file:${path.join(workDir, 'cluster.db')}`;
    return { provider: 'sqlite', url, drop: async () => {} };
  }
  const name = `ds_cluster_${randomBytes(4).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  return { provider: 'postgresql', url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`) };
}

/** How many intakes each bench e-mail address has in the database. */
async function storedByEmail(databaseUrl: string): Promise<Map<string, number>> {
  const db = await openDatabase(databaseUrl, { migrate: false });
  try {
    const rows = await db.prisma.intake.groupBy({ by: ['email'], where: { email: { startsWith: 'bench-' } }, _count: { _all: true } });
    return new Map(rows.map((row) => [row.email, row._count._all]));
  } finally {
    await db.close();
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function formatReport(report: ClusterReport): string {
  const ms = (n: number) => `${Math.round(n)} ms`;
  return [
    `Cluster: haproxy + 3 app processes on ${report.provider}; rolling restart of each process, then one SIGKILL`,
    `  offered       ${report.offered}`,
    `  acknowledged  ${report.acknowledged}`,
    `  stored        ${report.stored}`,
    `  lost          ${report.lost}   (acknowledged, not stored; must be 0)`,
    `  doubled       ${report.doubled}   (stored more than once; must be 0)`,
    `  5xx           ${report.serverErrors}   (must be 0; 503s retried with the same key: ${report.retried503})`,
    `  stored, never acknowledged: ${report.unacknowledgedStored}`,
    `  exit codes: SIGTERM ×3 → ${report.exitCodes.slice(0, 3).join(', ')} (0 = a clean stop within its deadline); SIGKILL → killed`,
    '',
    '  phase    seconds  acknowledged  throughput/s     p50      p99',
    ...report.phases.map(
      (p) =>
        `  ${p.name.padEnd(8)} ${p.seconds.toFixed(1).padStart(7)}  ${String(p.acknowledged).padStart(12)}  ${p.throughput.toFixed(1).padStart(12)}  ${ms(p.p50Ms).padStart(7)}  ${ms(p.p99Ms).padStart(7)}`,
    ),
    `  during/before: throughput ×${(report.phases[1]!.throughput / report.phases[0]!.throughput).toFixed(2)}, p99 ×${(report.phases[1]!.p99Ms / Math.max(1, report.phases[0]!.p99Ms)).toFixed(2)}`,
  ].join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const short = process.argv.includes('--short');
  const databaseUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const report = await runClusterBench({
    databaseUrl,
    rate: short ? 8 : 15,
    steadySeconds: short ? 5 : 20,
    basePort: Number(process.env.CLUSTER_BASE_PORT ?? 4450),
    say: (line) => console.log(`… ${line}`),
  });
  console.log(`\n${formatReport(report)}`);
  process.exit(report.lost === 0 && report.doubled === 0 && report.serverErrors === 0 ? 0 : 1);
}
