import { beforeEach } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { AppDeps } from '../../server/app-deps.ts';
import { readEnv } from '../../server/env.ts';
import { clientOf } from './test-client.ts';
import { useTestDatabase } from './test-database.ts';
import { createTestLogger } from './test-logger.ts';

/**
 * The real app over a fresh migrated test database, per test file (emptied before each test),
 * logging into `logs` (emptied before each test too).
 */
export function useTestApp(envOverrides: Record<string, string> = {}) {
  const testDb = useTestDatabase();
  const logs = createTestLogger();
  beforeEach(() => logs.clear());
  const env = readEnv({
    NODE_ENV: 'test',
    PUBLIC_URL: 'http://scan.test',
    VA_NAME: 'Sanne Jansen',
    VA_EMAIL: 'sanne@example.nl',
    VA_BOOKING_URL: 'https://example.nl/kennismaken',
    CLIENT_DIST: '/nonexistent',
    SUBMIT_LIMIT_PER_HOUR: '1000',
    // E-mail is set up (the routes offer to e-mail; no worker runs unless a test starts one with
    // its own SMTP server). Tests of an installation without e-mail pass SMTP_URL: ''.
    SMTP_URL: 'smtp://127.0.0.1:9',
    // No minimum fill time unless a test asks for one (tests/api/scan-spam.test.ts does).
    SCAN_MIN_FILL_SECONDS: '0',
    ...envOverrides,
  });
  let app: ReturnType<typeof createApp> | undefined;
  return {
    get db() {
      return testDb.db;
    },
    get app() {
      app ??= createApp(this.deps);
      return app;
    },
    /** The app as a typed client without a session (tests/setup/test-client.ts). */
    get client() {
      return clientOf(this.app);
    },
    /** What the app was made with: pass it on (with changes) to make another app or a job. */
    get deps(): AppDeps {
      return { db: testDb.db, env, log: logs.log };
    },
    env,
    log: logs.log,
    logs,
  };
}
