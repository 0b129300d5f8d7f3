/**
 * Makes the real database refuse inserts into one table (a trigger that raises), to show that a
 * change and what it causes are stored all or nothing. No mock: the write really fails, inside
 * the app's real transaction, as a full disk or a lost connection would make it fail.
 *
 *   const restore = await refuseInserts(t.db, 'OutboxMessage');
 *   try { ... } finally { await restore(); }
 */
import type { Database } from '../../server/lib/db.ts';

const TRIGGER = 'ds_test_refuse_insert';

export async function refuseInserts(db: Database, table: string): Promise<() => Promise<void>> {
  const quoted = `"${table.replace(/"/g, '""')}"`;
  if (db.provider === 'sqlite') {
    await db.prisma.$executeRawUnsafe(
      `CREATE TRIGGER ${TRIGGER} BEFORE INSERT ON ${quoted} BEGIN SELECT RAISE(ABORT, 'insert refused by the test'); END`,
    );
    return async () => {
      await db.prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${TRIGGER}`);
    };
  }
  await db.prisma.$executeRawUnsafe(
    `CREATE OR REPLACE FUNCTION ${TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'insert refused by the test'; END $$`,
  );
  await db.prisma.$executeRawUnsafe(`CREATE TRIGGER ${TRIGGER} BEFORE INSERT ON ${quoted} FOR EACH ROW EXECUTE FUNCTION ${TRIGGER}()`);
  return async () => {
    await db.prisma.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${TRIGGER} ON ${quoted}`);
    await db.prisma.$executeRawUnsafe(`DROP FUNCTION IF EXISTS ${TRIGGER}()`);
  };
}
