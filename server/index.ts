import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { readEnv } from './env.ts';
import { openDatabase } from './lib/db.ts';

/** Node entry: read env, open (and migrate) the database, listen. */
const env = readEnv();
const db = await openDatabase(env.DATABASE_URL);
const app = createApp({ db, env });

const server = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, (info) => {
  console.log(`Delegatiescan listens on http://${info.address}:${info.port} (${db.provider})`);
});

function shutdown(signal: string) {
  console.log(`${signal}: closing`);
  server.close(async () => {
    await db.close();
    process.exit(0);
  });
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));
