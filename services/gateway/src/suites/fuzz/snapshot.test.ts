import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../../modules.ts';
import { startTestGateway, type TestGateway } from '../../testing/harness.ts';
import { changedTables, snapshotter, type Snapshot } from './snapshot.ts';

describe('database snapshots around a refused call', () => {
  let gw: TestGateway;
  let snapshot: () => Promise<Snapshot>;
  beforeAll(async () => {
    gw = await startTestGateway({ seed: 'small' });
    snapshot = await snapshotter(
      gw.db.pool,
      modules.map((module) => module.database.schema),
    );
  }, 120_000);
  afterAll(() => gw?.close());

  const changedBy = async (sql: string) => {
    const before = await snapshot();
    await gw.db.pool.query(sql);
    return changedTables(before, await snapshot());
  };

  it('covers every table of every service schema', async () => {
    const tables = [...(await snapshot()).keys()];
    for (const table of ['org.Person', 'org.OrgNode', 'inspection.InspectionPlan', 'inspection.outbox_event'])
      expect(tables).toContain(table);
  });

  it('sees a changed value, a new row and a deleted row', async () => {
    expect(
      await changedBy(`UPDATE org."Person" SET name = name || '改' WHERE "staffNo" = 'HZ10110'`),
    ).toEqual(['org.Person']);
    expect(
      await changedBy(
        `INSERT INTO org."AuditEntry" (action, "entityType", "entityId") VALUES ('person.update', 'person', 'x')`,
      ),
    ).toEqual(['org.AuditEntry']);
    expect(await changedBy(`DELETE FROM org."RoleAssignment" WHERE role = 'hr'`)).toEqual([
      'org.RoleAssignment',
    ]);
  });

  it('leaves out the login bookkeeping a refused login writes by design', async () => {
    expect(
      await changedBy(
        `UPDATE org."Account" SET "failedAttempts" = 3, "lockedUntil" = now(), "updatedAt" = now() WHERE username = 'admin'`,
      ),
    ).toEqual([]);
    expect(
      await changedBy(
        `INSERT INTO org."AuditEntry" (action, "entityType", "entityId") VALUES ('account.loginFailed', 'account', 'x')`,
      ),
    ).toEqual([]);
    expect(await changedBy(`UPDATE org."Session" SET "lastSeenAt" = now()`)).toEqual([]);
    expect(await changedBy(`UPDATE org."Account" SET disabled = true WHERE username = 'admin'`)).toEqual([
      'org.Account',
    ]);
  });

  it('scans again only when something was written since the last snapshot', async () => {
    // The same snapshot, not scanned again (three tries: the job queue's own upkeep may write in between).
    let reused = false;
    for (let i = 0; i < 3 && !reused; i++) reused = (await snapshot()) === (await snapshot());
    expect(reused).toBe(true);
    // A write the snapshot does not count (login bookkeeping) still makes it look again, and find nothing.
    const bookkeeping = await changedBy(`UPDATE org."Session" SET "lastSeenAt" = now()`);
    expect(bookkeeping).toEqual([]);
    expect(
      await changedBy(`UPDATE org."Person" SET name = name || '再' WHERE "staffNo" = 'HZ10110'`),
    ).toEqual(['org.Person']);
  });
});
