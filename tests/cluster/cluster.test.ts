/**
 * The short form of `npm run bench:cluster` (scripts/bench/cluster.ts): haproxy in front of three
 * server processes, steady submissions, a rolling restart of every process and one SIGKILL.
 * Nothing acknowledged may be lost, nothing stored twice, and no request may end in a 5xx.
 * On TEST_DATABASE_URL's PostgreSQL server when set, else on one SQLite file shared by the three.
 */
import { expect, test } from 'vitest';
import { formatReport, runClusterBench } from '../../scripts/bench/cluster.ts';

test('a rolling restart and a SIGKILL behind haproxy: nothing lost, nothing doubled, no 5xx', async () => {
  const report = await runClusterBench({
    databaseUrl: process.env.TEST_DATABASE_URL?.trim() || undefined,
    rate: 8,
    steadySeconds: 4,
    basePort: Number(process.env.CLUSTER_BASE_PORT ?? 4450),
  });
  console.log(formatReport(report));
  expect(report.acknowledged).toBeGreaterThan(50);
  expect({ lost: report.lost, doubled: report.doubled, serverErrors: report.serverErrors }).toEqual({ lost: 0, doubled: 0, serverErrors: 0 });
  expect(report.stored).toBe(report.acknowledged + report.unacknowledgedStored);
  expect(report.exitCodes.slice(0, 3)).toEqual([0, 0, 0]); // every SIGTERM was a clean stop
});
