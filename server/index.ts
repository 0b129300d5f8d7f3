import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { readEnv } from './env.ts';
import { createDemoVaIfFresh } from './features/auth/auth.service.ts';
import { startBackgroundJobs } from './jobs.ts';
import { openDatabase } from './lib/db.ts';
import { createLogger } from './lib/logger.ts';

/** Node entry: read env, open (and migrate) the database, listen. */
const env = readEnv();
const log = createLogger(env);
const db = await openDatabase(env.DATABASE_URL);
const deps = { db, env, log };
const app = createApp(deps);

// A fresh local installation (SQLite, not production, no account yet) gets a demo account with
// a random password, shown once. Production accounts come from `npm run va:create` only.
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

function shutdown(signal: string) {
  log.info(`${signal}: closing`);
  server.close(async () => {
    await jobs.stop();
    await db.close();
    process.exit(0);
  });
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
