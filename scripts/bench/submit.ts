/**
 * `npm run bench:submit`: what one scan submission costs, next to what it could cost. Runs the
 * built app (`node dist/server/index.js`, NODE_ENV=production; `npm run build` first) and a bare
 * Hono + zod + raw-driver anchor (scripts/bench/submit-anchor.ts: same body, same shared schema,
 * the same Intake and task rows in one transaction) side by side, interleaved (app, anchor, app,
 * anchor …), on PostgreSQL (a fresh database per server, created and dropped) and on SQLite (a
 * temp file per server). Each gets the same offered load: BENCH_RATE submissions a second spread
 * evenly over at most BENCH_CONNECTIONS keep-alive connections (a tick that finds them all busy
 * is offered, not sent: "missed"). Prints per server: answered/s, p50/p99 (from send to answer),
 * CPU ms per request (utime + stime of the server process, from /proc/<pid>/stat), RSS idle and
 * peak, and the app/anchor ratios.
 *
 * Environment (defaults keep it short, ~1 min): BENCH_RATE (200), BENCH_CONNECTIONS (10),
 * BENCH_SECONDS per round (5), BENCH_ROUNDS per server (2), BENCH_PROVIDERS (postgresql,sqlite),
 * BENCH_DATABASE_URL (postgres://postgres@127.0.0.1:5432/postgres), BENCH_PORT (4660: the app;
 * the anchor takes the next), BENCH_PROFILE=1 (run the app with --cpu-prof and print its top
 * self-time functions and packages; the profile stays in BENCH_PROFILE_DIR, default a temp folder).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import pg from 'pg';
import { DEFAULT_CATALOGUE } from '../../shared/delegation/catalogue.ts';
import { buildIntakeInput } from '../../tests/factories/intake.ts';
import { openDatabase } from '../../server/lib/db.ts';
import { buildIsCurrent } from '../build/source-hash.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const RATE = Number(process.env.BENCH_RATE ?? 200);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const PROVIDERS = (process.env.BENCH_PROVIDERS ?? 'postgresql,sqlite').split(',').map((p) => p.trim());
const PG_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PORT = Number(process.env.BENCH_PORT ?? 4660);
const PROFILE = process.env.BENCH_PROFILE === '1';
const CLOCK_TICK_MS = 10; // USER_HZ is 100 on Linux
/** As `npm start` and scripts/container.sh start the server (docs/decisions/0030-server-memory.md). */
const PRODUCTION_NODE_FLAGS = ['--max-semi-space-size=4'];

type Kind = 'app' | 'anchor';
type Server = { kind: Kind; child: ChildProcess; pid: number; port: number; output: () => string };
type Round = { answered: number; failed: number; missed: number; seconds: number; latencies: number[]; cpuMs: number; rssPeakMb: number };

// ---------------------------------------------------------------------------------------------
// The request: ten tasks (eight from the catalogue, two of the prospect's own), a fresh address
// and idempotency key each time, as the scan sends it.

const base = buildIntakeInput();
const taskAnswer = (i: number) => ({ minutesPerMonth: 60 + i * 15, feeling: 'drains', skill: 'others-better', needsMe: 'no' }) as const;
const tasks = {
  catalogueTasks: DEFAULT_CATALOGUE.tasks.slice(0, 8).map((task, i) => ({ taskId: task.id, ...taskAnswer(i) })),
  customTasks: [0, 1].map((i) => ({ label: `Eigen taak ${i + 1}`, categoryId: DEFAULT_CATALOGUE.categories[0]!.id, ...taskAnswer(i) })),
};
const runId = randomBytes(3).toString('hex');
let sequence = 0;
function nextRequest(startStamp: string | undefined): { body: string; key: string } {
  sequence += 1;
  const email = `bench-${runId}-${sequence}@example.nl`;
  const body = JSON.stringify({ ...base, tasks, contact: { ...base.contact, name: `Bench ${sequence}`, email }, ...(startStamp ? { startStamp } : {}) });
  return { body, key: `bench-${runId}-${sequence}-${randomBytes(6).toString('hex')}` };
}

// ---------------------------------------------------------------------------------------------
// The servers

async function buildAnchor(): Promise<string> {
  const outfile = path.join(root, 'dist', 'bench', 'submit-anchor.js');
  await build({
    absWorkingDir: root,
    entryPoints: [path.join(root, 'scripts/bench/submit-anchor.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20.19',
    packages: 'external',
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  return outfile;
}

async function startServer(kind: Kind, args: string[], env: Record<string, string>): Promise<Server> {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // Production's log level (info): its cost is part of a request's. Only the tail is kept.
  const keep = (chunk: string) => (output = (output + chunk).slice(-20_000));
  child.stdout!.setEncoding('utf8').on('data', keep);
  child.stderr!.setEncoding('utf8').on('data', keep);
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${kind} did not start:\n${output}`));
    }, 60_000);
    const check = () => {
      const match = /listens on http:\/\/[^\s]+:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => reject(new Error(`${kind} exited (${code}) before it listened:\n${output}`)));
  });
  return { kind, child, pid: child.pid!, port, output: () => output };
}

async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const gone = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 15_000);
  await gone;
  clearTimeout(timer);
}

function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) * CLOCK_TICK_MS; // utime, stime (fields 14, 15)
}

function rssMb(pid: number): number {
  if (!existsSync(`/proc/${pid}/status`)) return NaN; // it has exited: offer() says so
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : NaN;
}

// ---------------------------------------------------------------------------------------------
// The load: an even stream, at most CONNECTIONS in flight

function post(agent: http.Agent, port: number, body: string, key: string): Promise<number> {
  return new Promise((resolve) => {
    const request = http.request(
      { agent, host: '127.0.0.1', port, path: '/api/intakes', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'idempotency-key': key } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    request.on('error', () => resolve(0));
    request.end(body);
  });
}

async function offer(server: Server, seconds: number, startStamp: string | undefined): Promise<Round> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const latencies: number[] = [];
  let answered = 0;
  let failed = 0;
  let missed = 0;
  let inFlight = 0;
  let rssPeakMb = rssMb(server.pid);
  const rssTimer = setInterval(() => (rssPeakMb = Math.max(rssPeakMb, rssMb(server.pid))), 200);
  const pending = new Set<Promise<void>>();
  const cpuBefore = cpuMs(server.pid);
  const started = performance.now();
  const interval = 1000 / RATE;
  for (let tick = 0; tick < RATE * seconds; tick++) {
    const wait = started + tick * interval - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    if (inFlight >= CONNECTIONS) {
      missed += 1;
      continue;
    }
    const { body, key } = nextRequest(startStamp);
    inFlight += 1;
    const sent = performance.now();
    const done = post(agent, server.port, body, key).then((status) => {
      inFlight -= 1;
      if (status === 201 || status === 200) {
        answered += 1;
        latencies.push(performance.now() - sent);
      } else failed += 1;
      pending.delete(done);
    });
    pending.add(done);
  }
  await Promise.all([...pending]);
  if (server.child.exitCode !== null || server.child.signalCode !== null) throw new Error(`The ${server.kind} stopped under load:\n${server.output()}`);
  const elapsed = (performance.now() - started) / 1000;
  const cpu = cpuMs(server.pid) - cpuBefore;
  clearInterval(rssTimer);
  agent.destroy();
  return { answered, failed, missed, seconds: elapsed, latencies, cpuMs: cpu, rssPeakMb };
}

// ---------------------------------------------------------------------------------------------
// Databases

async function freshDatabases(provider: string, workDir: string) {
  if (provider === 'sqlite') {
    return { app: `file:${path.join(workDir, 'app.db')}`, anchor: `file:${path.join(workDir, 'anchor.db')}`, drop: async () => {} };
  }
  const names = [`ds_bench_app_${runId}`, `ds_bench_anchor_${runId}`];
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  for (const name of names) await admin(`CREATE DATABASE "${name}"`);
  const urlOf = (name: string) => Object.assign(new URL(PG_URL), { pathname: `/${name}` }).toString();
  return {
    app: urlOf(names[0]!),
    anchor: urlOf(names[1]!),
    drop: async () => {
      for (const name of names) await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The profile: self time per function and per package

/** Self time between `from` and `to` (CLOCK_MONOTONIC µs, the profile's clock): the measured rounds, not the start-up. */
function summariseProfile(file: string, from: number, to: number): string[] {
  type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number } };
  const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfByFunction = new Map<string, number>();
  const selfByPackage = new Map<string, number>();
  let total = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const micros = profile.timeDeltas[i] ?? 0;
    at += micros;
    if (at < from || at > to) return;
    const frame = byId.get(id)!.callFrame;
    if (frame.functionName === '(idle)') return;
    total += micros;
    const file = frame.url.replace(/^file:\/\//, '').replace(root, '');
    const name = `${frame.functionName || '(anonymous)'}  ${file ? `${path.basename(file)}:${frame.lineNumber + 1}` : ''}`;
    selfByFunction.set(name, (selfByFunction.get(name) ?? 0) + micros);
    const pkg = /node_modules\/((@[^/]+\/)?[^/]+)/.exec(file)?.[1] ?? (file.startsWith('dist/server') ? 'our code (dist/server)' : file.startsWith('node:') ? 'node core' : file ? file : frame.functionName);
    selfByPackage.set(pkg, (selfByPackage.get(pkg) ?? 0) + micros);
  });
  const top = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, micros]) => `  ${((100 * micros) / total).toFixed(1).padStart(5)} %  ${name}`);
  return [`CPU profile of the app during the measured rounds (${(total / 1000).toFixed(0)} ms busy; start-up, warm-up and idle left out): ${file}`, 'by package:', ...top(selfByPackage, 12), 'by function (self time):', ...top(selfByFunction, 25)];
}

// ---------------------------------------------------------------------------------------------

function pct(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
}

function totals(rounds: Round[]) {
  const latencies = rounds.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const answered = rounds.reduce((s, r) => s + r.answered, 0);
  const seconds = rounds.reduce((s, r) => s + r.seconds, 0);
  return {
    rate: answered / seconds,
    p50: pct(latencies, 50),
    p99: pct(latencies, 99),
    cpuPerRequest: rounds.reduce((s, r) => s + r.cpuMs, 0) / Math.max(1, answered),
    rssPeakMb: Math.max(...rounds.map((r) => r.rssPeakMb)),
    failed: rounds.reduce((s, r) => s + r.failed, 0),
    missed: rounds.reduce((s, r) => s + r.missed, 0),
  };
}

if (!buildIsCurrent()) {
  console.error('The build is not current: run `npm run build` first (the bench runs what production runs, dist/server/index.js).');
  process.exit(1);
}
const anchorFile = await buildAnchor();
const profileDir = process.env.BENCH_PROFILE_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'delegatiescan-bench-profile-'));
mkdirSync(profileDir, { recursive: true });
console.log(
  `POST /api/intakes, ten tasks: offered ${RATE}/s over ≤ ${CONNECTIONS} connections, ${ROUNDS} × ${SECONDS} s per server, interleaved; ${os.cpus().length} cores, node ${process.version}`,
);
const lines: string[] = [];
const measured = { from: 0, to: 0 };
for (const provider of PROVIDERS) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'delegatiescan-bench-submit-'));
  const databases = await freshDatabases(provider, workDir);
  const servers: Server[] = [];
  try {
    // The anchor's database gets the same migrated schema (the same tables and indexes).
    await (await openDatabase(databases.anchor)).close();
    const app = await startServer('app', [...PRODUCTION_NODE_FLAGS, ...(PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), 'dist/server/index.js'], {
      PORT: String(PORT),
      DATABASE_URL: databases.app,
      PUBLIC_URL: 'https://scan.bench.test',
      CLIENT_DIST: '/nonexistent',
      SCAN_MIN_FILL_SECONDS: '0',
      SUBMIT_LIMIT_PER_HOUR: '100000000',
    });
    const anchor = await startServer('anchor', [anchorFile], { PORT: String(PORT + 1), DATABASE_URL: databases.anchor });
    servers.push(app, anchor);
    const stampAnswer = await fetch(`http://127.0.0.1:${app.port}/api/scan/start`, { method: 'POST' });
    const { startStamp } = (await stampAnswer.json()) as { startStamp: string };
    const idle = { app: rssMb(app.pid), anchor: rssMb(anchor.pid) };
    // Warm-up (JIT, pools, statement caches): not counted.
    for (const server of servers) await offer(server, 1, startStamp);
    const rounds: Record<Kind, Round[]> = { app: [], anchor: [] };
    measured.from = Number(process.hrtime.bigint() / 1000n);
    for (let round = 0; round < ROUNDS; round++) for (const server of servers) rounds[server.kind].push(await offer(server, SECONDS, startStamp));
    measured.to = Number(process.hrtime.bigint() / 1000n);
    const figures = { app: totals(rounds.app), anchor: totals(rounds.anchor) };
    lines.push('', `${provider}:`, '  server   answered/s    p50 ms    p99 ms   CPU ms/req   RSS idle → peak MB   failed  missed');
    for (const kind of ['app', 'anchor'] as const) {
      const f = figures[kind];
      lines.push(
        `  ${kind.padEnd(7)} ${f.rate.toFixed(1).padStart(11)} ${f.p50.toFixed(1).padStart(9)} ${f.p99.toFixed(1).padStart(9)} ${f.cpuPerRequest.toFixed(2).padStart(12)}   ${idle[kind].toFixed(0).padStart(8)} → ${f.rssPeakMb.toFixed(0).padStart(4)}   ${String(f.failed).padStart(6)}  ${String(f.missed).padStart(6)}`,
      );
    }
    lines.push(
      `  app/anchor: throughput ×${(figures.app.rate / figures.anchor.rate).toFixed(3)}, p99 ×${(figures.app.p99 / figures.anchor.p99).toFixed(1)}, CPU per request ×${(figures.app.cpuPerRequest / figures.anchor.cpuPerRequest).toFixed(1)}, peak RSS ×${(figures.app.rssPeakMb / figures.anchor.rssPeakMb).toFixed(1)}`,
    );
    console.log(lines.slice(-5).join('\n'));
  } finally {
    for (const server of servers) await stopServer(server);
    await databases.drop();
    rmSync(workDir, { recursive: true, force: true });
  }
  if (PROFILE) {
    // CPU.<date>.<time>.<pid>.<thread>.<n>.cpuprofile: the main thread's (thread 0), not a
    // worker's (SQLite's checkpointer, decision 0030).
    const newest = readdirSync(profileDir)
      .filter((name) => /\.\d+\.0\.\d+\.cpuprofile$/.test(name))
      .map((name) => path.join(profileDir, name))
      .sort()
      .at(-1);
    if (newest) lines.push('', `${provider}: ${summariseProfile(newest, measured.from, measured.to).join('\n')}`);
    else lines.push('', `${provider}: no CPU profile was written (did the app stop cleanly?)`);
  }
}
console.log(`\nSummary (${new Date().toISOString()}):${lines.join('\n')}`);
