/**
 * The server as a process, the way whoever runs it sees it: a broken production configuration is
 * refused, a graceful stop finishes what is in flight within its deadline (jobs first, the outbox
 * giving back what it could not finish), a second signal exits at once, and several processes
 * starting at once on a fresh database migrate it once.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterEach, expect, test } from 'vitest';
import { buildIntakeInput, newIdempotencyKey } from '../factories/intake.ts';
import { serverCommand, startServerProcess, stopServerProcesses, waitUntil, type ServerProcess } from '../setup/server-process.ts';
import { useTestSmtpServer } from '../setup/smtp-server.ts';
import { createTestDatabase, useTestDatabase } from '../setup/test-database.ts';

const testDb = useTestDatabase();
const testSmtp = useTestSmtpServer();
afterEach(stopServerProcesses);

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

function baseEnv(): Record<string, string> {
  return { DATABASE_URL: testDb.db.url, PUBLIC_URL: 'http://scan.test', SCAN_MIN_FILL_SECONDS: '0', OUTBOX_POLL_MS: '100' };
}

/** A half-sent request: headers promise a body that never comes, so the request never ends. */
async function halfOpenClient(server: ServerProcess): Promise<net.Socket> {
  const socket = net.connect(server.port, '127.0.0.1');
  await new Promise((resolve) => socket.once('connect', resolve));
  socket.write(
    'POST /api/intakes HTTP/1.1\r\nHost: scan.test\r\nContent-Type: application/json\r\n' +
      `Idempotency-Key: ${newIdempotencyKey()}\r\nContent-Length: 5000\r\n\r\n{`,
  );
  socket.on('error', () => {});
  return socket;
}

test('production refuses a broken configuration: one line per problem, exit code 1, nothing listens', async () => {
  const child = spawn(process.execPath, serverCommand(), {
    cwd: repoRoot,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      HOST: '0.0.0.0',
      PORT: '4449',
      DATABASE_URL: testDb.db.url,
      PUBLIC_URL: 'http://localhost:4449',
      SMTP_URL: 'smtp://scan@smtp.mailprovider.eu:587',
    },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  expect(code).toBe(1);
  const lines = stderr.split('\n').filter((line) => line.startsWith('  '));
  expect(lines).toEqual([
    expect.stringMatching(/^ {2}PUBLIC_URL: points at this machine \(localhost:4449\)/),
    '  SMTP_URL: names a user but no password (smtp://user:password@host:587)',
    expect.stringMatching(/^ {2}MAIL_FROM: is required in production when SMTP_URL is set/),
  ]);
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace to wade through
});

test('production with a good configuration starts with node alone, logs JSON and is ready', async () => {
  const server = await startServerProcess({
    ...baseEnv(),
    NODE_ENV: 'production',
    TRUST_PROXY: 'true',
    PUBLIC_URL: 'https://scan.sannejansen.test',
  });
  const ready = await fetch(`http://127.0.0.1:${server.port}/api/ready`);
  expect(ready.status).toBe(200);
  expect(await ready.json()).toEqual({ ready: true, checks: { database: 'ok', migrations: 'ok', stopping: false } });
  const listening = server.output().split('\n').find((line) => line.includes('listens on'));
  expect(JSON.parse(listening!)).toMatchObject({ level: 'info', msg: expect.stringContaining('Delegatiescan listens on http://127.0.0.1:') });
  await server.stop();
  expect(await server.exited).toBe(0);
});

test('SIGTERM: the request in flight finishes, new connections are refused, then the process exits 0', async () => {
  const server = await startServerProcess(baseEnv());
  const body = JSON.stringify(buildIntakeInput());
  const url = `http://127.0.0.1:${server.port}/api/intakes`;
  // The body arrives in two halves, the stop signal in between.
  let sendRest!: () => void;
  const rest = new Promise<void>((resolve) => (sendRest = resolve));
  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(new TextEncoder().encode(body.slice(0, 100)));
      await rest;
      controller.enqueue(new TextEncoder().encode(body.slice(100)));
      controller.close();
    },
  });
  const inFlight = fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': newIdempotencyKey(), 'content-length': String(Buffer.byteLength(body)) },
    body: stream,
    duplex: 'half',
  } as RequestInit);
  await waitUntil('the request has started', () => server.output().length > 0 && true);
  await new Promise((resolve) => setTimeout(resolve, 300));

  server.signal('SIGTERM');
  await waitUntil('the stop has begun', () => server.output().includes('SIGTERM: stopping'));
  await expect(fetch(`http://127.0.0.1:${server.port}/api/health`)).rejects.toThrow();
  sendRest();

  const response = await inFlight;
  expect(response.status).toBe(201);
  expect(response.headers.get('connection')).toBe('close');
  expect(await server.exited).toBe(0);
  expect(await testDb.db.prisma.intake.count()).toBe(1);
  // The request was answered after the stop had begun.
  expect(server.output().indexOf('SIGTERM: stopping')).toBeLessThan(server.output().indexOf('"route":"/api/intakes","status":201'));
});

test('a client that never finishes its request does not hold the stop past SHUTDOWN_TIMEOUT_SECONDS', async () => {
  const server = await startServerProcess({ ...baseEnv(), SHUTDOWN_TIMEOUT_SECONDS: '2' });
  const socket = await halfOpenClient(server);
  server.signal('SIGTERM');
  expect(await server.exited).toBe(1);
  expect(server.output()).toContain('stop took longer than 2000 ms');
  socket.destroy();
});

test('a second signal exits at once, whatever is still running', async () => {
  const server = await startServerProcess({ ...baseEnv(), SHUTDOWN_TIMEOUT_SECONDS: '120' });
  const socket = await halfOpenClient(server);
  server.signal('SIGTERM');
  await waitUntil('the stop has begun', () => server.output().includes('SIGTERM: stopping'));
  server.signal('SIGINT');
  expect(await server.exited).toBe(1);
  expect(server.output()).toContain('second SIGINT: exiting at once');
  socket.destroy();
});

test('the background jobs stop first: a send the SMTP server holds is given back to the queue, not left claimed', async () => {
  const server = await startServerProcess({
    ...baseEnv(),
    SMTP_URL: testSmtp.smtp.url,
    MAIL_FROM: 'scan@mail.scan.test',
    SHUTDOWN_TIMEOUT_SECONDS: '2',
    VA_EMAIL: 'sanne@sannejansen.test',
  });
  testSmtp.smtp.replyWith({ kind: 'hold' });
  const response = await fetch(`http://127.0.0.1:${server.port}/api/intakes`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': newIdempotencyKey() },
    body: JSON.stringify(buildIntakeInput()),
  });
  expect(response.status).toBe(201);
  await testSmtp.smtp.nextHeld();

  await server.stop();
  expect(await server.exited).toBe(0);
  expect(server.output()).toContain('released for another sender');
  const messages = await testDb.db.prisma.outboxMessage.findMany({ select: { status: true, attempts: true, claimToken: true } });
  expect(messages).toHaveLength(2);
  for (const message of messages) expect(message).toEqual({ status: 'queued', attempts: 0, claimToken: null });
  expect(testSmtp.smtp.delivered).toHaveLength(0);
});

test('three processes starting at once on a fresh database migrate it once and all become ready', { timeout: 90_000 }, async () => {
  const fresh = await createTestDatabase({ migrate: false });
  try {
    const servers = await Promise.all([1, 2, 3].map(() => startServerProcess({ ...baseEnv(), DATABASE_URL: fresh.url }, 60_000)));
    for (const server of servers) {
      expect((await fetch(`http://127.0.0.1:${server.port}/api/ready`)).status).toBe(200);
    }
    const rows = await fresh.prisma.$queryRawUnsafe<{ migration_name: string; finished_at: unknown; rolled_back_at: unknown }[]>(
      'SELECT migration_name, finished_at, rolled_back_at FROM "_prisma_migrations"',
    );
    const names = rows.map((row) => row.migration_name);
    expect(new Set(names).size).toBe(names.length);
    expect(rows.every((row) => row.finished_at !== null && row.rolled_back_at === null)).toBe(true);
    await Promise.all(servers.map((server) => server.stop()));
  } finally {
    await fresh.drop();
  }
});
