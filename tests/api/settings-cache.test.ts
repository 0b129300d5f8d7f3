/**
 * The VA's settings are read from memory in every process, and a save in any process reaches them
 * all (lib/db/change-feed.ts): on SQLite by default, on PostgreSQL (LISTEN/NOTIFY) with
 * TEST_DATABASE_URL set.
 */
import { afterEach, expect, test } from 'vitest';
import { readEnv } from '../../server/env.ts';
import { getVaSettings, updateVaSettings } from '../../server/features/settings/settings.service.ts';
import { startServerProcess, stopServerProcesses, waitUntil } from '../setup/server-process.ts';
import { useTestDatabase } from '../setup/test-database.ts';
import { serverClientOf } from '../setup/test-client.ts';
import { createTestLogger } from '../setup/test-logger.ts';

const testDb = useTestDatabase();
afterEach(stopServerProcesses);

async function vaNameSeenBy(port: number) {
  const response = await serverClientOf(port).api.scan.config.$get();
  const config = await response.json();
  return config.va.name;
}

test('a save in one process reaches the cached settings of every other process', { timeout: 60_000 }, async () => {
  const env = { DATABASE_URL: testDb.db.url, VA_NAME: 'Sanne Jansen', VA_EMAIL: 'sanne@example.nl' };
  const first = await startServerProcess(env);
  const second = await startServerProcess(env);
  // Both have read (and cached) the defaults, twice.
  for (const server of [first, second, first, second]) expect(await vaNameSeenBy(server.port)).toBe('Sanne Jansen');

  // A third process (this test, its own connection) saves.
  const deps = {
    db: testDb.db,
    env: readEnv({ VA_NAME: 'Sanne Jansen', VA_EMAIL: 'sanne@example.nl' }),
    log: createTestLogger().log,
  };
  const current = await getVaSettings(deps);
  await updateVaSettings(deps, {
    vaName: 'Marloes Bakker',
    logoDataUrl: current.logoDataUrl,
    brandColor: current.brandColor,
    hourlyRateCents: current.hourlyRateCents,
    packages: current.packages,
    offers: current.offers,
    briefingSharePercent: current.briefingSharePercent,
    bookingUrl: current.bookingUrl,
    replyEmail: current.replyEmail,
    emailSignature: current.emailSignature,
    trustTexts: current.trustTexts,
    embedOrigins: current.embedOrigins,
    retentionMonths: current.retentionMonths,
  });

  // SQLite: at the next read. PostgreSQL: once the notification has arrived (milliseconds).
  for (const server of [first, second]) {
    await waitUntil('the other process shows the new name', async () => (await vaNameSeenBy(server.port)) === 'Marloes Bakker', 2_000);
  }
  await Promise.all([first.stop(), second.stop()]);
});
