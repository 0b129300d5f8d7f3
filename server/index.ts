import { serve } from '@hono/node-server';
import closeWithGrace from 'close-with-grace';
import { createApp } from './app.ts';
import { ConfigError, readEnv, type Env } from './env.ts';
import { createDemoVaIfFresh } from './features/auth/auth.service.ts';
import { startBackgroundJobs } from './jobs.ts';
import { openDatabase } from './lib/db.ts';
import { createLifecycle } from './lib/lifecycle.ts';
import { createLogger } from './lib/logger.ts';

/** Node entry: read env, open (and migrate) the database, start the jobs, listen; stop with grace. */
const env = readEnvOrExit();
const log = createLogger(env);
const db = await openDatabase(env.DATABASE_URL, {
  pool: { size: env.DATABASE_POOL_SIZE, waitMs: env.DATABASE_POOL_WAIT_MS },
});
const deps = { db, env, log };
const lifecycle = createLifecycle();
const app = createApp(deps, lifecycle);

// A fresh installation that only this machine reaches (SQLite, no account yet) gets a demo
// account with a random password, shown once. Real accounts come from `npm run va:create`.
const demoVa = await createDemoVaIfFresh(deps);
const jobs = startBackgroundJobs(deps);

const server = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, (info) => {
  log.info({ provider: db.provider, port: info.port }, `Delegatiescan listens on http://${info.address}:${info.port} (${db.provider})`);
  if (demoVa) {
    // On the terminal, not in the log: the password is shown once and must not be kept.
    process.stdout.write(
      [
        '',
        '  Demo account created (shown only this once; change it with `npm run va:create`):',
        `  Back office: ${new URL('/admin', env.PUBLIC_URL).href} — ${demoVa.email} / ${demoVa.password}`,
        '',
        '',
      ].join('\n'),
    );
  }
});
const serverClosed = new Promise<void>((resolve) => server.once('close', () => resolve()));

/**
 * A graceful stop (SIGTERM, SIGINT, or a crash): readiness turns false and the listener closes
 * (no new connections), the background jobs stop first (the outbox finishes or gives back what it
 * is sending), the requests in flight finish, then the database closes. After
 * SHUTDOWN_TIMEOUT_SECONDS the process exits anyway; a second signal exits at once.
 */
closeWithGrace(
  {
    delay: env.SHUTDOWN_TIMEOUT_SECONDS * 1000,
    logger: { error: (message: unknown) => log.error(String(message)) },
    onTimeout: (delay: number) => log.error(`stop took longer than ${delay} ms: exiting with requests or sends unfinished`),
    onSecondSignal: (signal: string) => log.warn(`second ${signal}: exiting at once`),
  },
  async ({ signal, err }) => {
    if (err) log.fatal({ err }, 'crashed: stopping');
    else log.info(`${signal ?? 'exit'}: stopping (at most ${env.SHUTDOWN_TIMEOUT_SECONDS} s)`);
    lifecycle.stopping = true;
    server.close();
    await jobs.stop();
    await serverClosed;
    await db.close();
    log.info('stopped');
  },
);

function readEnvOrExit(): Env {
  try {
    return readEnv();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n\nThe server did not start. Fix the variables above (see "Configuration" in the README).\n`);
    process.exit(1);
  }
}
