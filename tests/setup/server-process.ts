/**
 * The real server as a child process, for tests that need what only a process has: being killed
 * mid-send, or several processes on one database. It runs what production runs, the built
 * `node dist/server/index.js`, when that build is current (`npm test` builds first); while you
 * change code between builds, the sources through tsx.
 *
 *   const server = await startServerProcess({ DATABASE_URL: testDb.db.url, SMTP_URL: smtp.url });
 *   await server.kill('SIGKILL');       // or: await server.stop()  (SIGTERM, clean shutdown)
 *   afterEach(stopServerProcesses);     // nothing outlives its test
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildIsCurrent } from '../../scripts/build/source-hash.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

/** node's arguments for a built entry (dist/server/<entry>.js) when the build is current, else its source. */
export function builtOrSource(entry: string, source: string): string[] {
  return buildIsCurrent() ? [`dist/server/${entry}.js`] : ['--import', 'tsx', source];
}

/** How to start the server: the built output when it is current, else the sources. */
export function serverCommand(): string[] {
  return builtOrSource('index', 'server/index.ts');
}

export interface ServerProcess {
  readonly pid: number;
  /** The port it listens on (PORT=0 lets the system pick one). */
  readonly port: number;
  /** Everything it printed so far (stdout and stderr), to explain a failure. */
  output(): string;
  /** Sends the signal and waits until the process has exited. */
  kill(signal: NodeJS.Signals): Promise<void>;
  /** Sends the signal and returns at once. */
  signal(signal: NodeJS.Signals): void;
  /** Resolves with the exit code (null when a signal ended it) once the process has exited. */
  readonly exited: Promise<number | null>;
  /** SIGTERM: the server's own clean shutdown (it stops its jobs first). */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();

/** Variables of ours that the test process may have; the child gets only what the test passes. */
const NOT_INHERITED = /^(DATABASE_URL|TEST_DATABASE_URL|SMTP_URL|MAIL_FROM|OUTBOX_.*|PORT|HOST|PUBLIC_URL|NODE_OPTIONS|VITEST.*|VA_.*)$/;

/** Starts the server and resolves once it listens (it has migrated and started its jobs by then). */
export async function startServerProcess(env: Record<string, string>, timeoutMs = 30_000): Promise<ServerProcess> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !NOT_INHERITED.test(key)));
  const child = spawn(process.execPath, serverCommand(), {
    cwd: repoRoot,
    env: { ...inherited, NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', CLIENT_DIST: '/nonexistent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  running.add(child);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  void exited.then(() => running.delete(child));
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => fail(`did not start within ${timeoutMs} ms`), timeoutMs);
    const check = () => {
      const match = /listens on http:\/\/[^\s]+:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout.off('data', check);
        child.off('exit', onExit);
        resolve(Number(match[1]));
      }
    };
    const onExit = (code: number | null) => fail(`exited (${code}) before it listened`);
    function fail(reason: string) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`The server process ${reason}. Its output:\n${output}`));
    }
    child.stdout.on('data', check);
    child.once('exit', onExit);
  });

  const signal = (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(name);
  };
  const kill = async (name: NodeJS.Signals) => {
    signal(name);
    await exited;
  };
  return {
    pid: child.pid ?? -1,
    port,
    output: () => output,
    exited,
    signal,
    kill,
    stop: () => kill('SIGTERM'),
  };
}

/** Kills whatever a test left running (for afterEach / afterAll). */
export async function stopServerProcesses(): Promise<void> {
  await Promise.all(
    [...running].map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGKILL');
        }),
    ),
  );
}

/** Polls `check` until it returns true; fails with `what` after the timeout. */
export async function waitUntil(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
