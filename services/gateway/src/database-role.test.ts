// Least privilege over real HTTP (issue 9, item 6; ADR 0012): the gateway's services query as the database's
// app role, which serves logins and pages but can neither rewrite the audit log nor change any table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './testing/harness.ts';

const denied = { code: '42501' }; // insufficient_privilege

describe("the gateway's services as the app role", () => {
  let gw: TestGateway;
  let role: string;
  const asServices = async (sql: string) => (await gw.db.asApp()).pool.query(sql);
  beforeAll(async () => {
    gw = await startTestGateway({ seed: 'small' });
    role = (await gw.db.asApp()).role;
  }, 120_000);
  afterAll(() => gw?.close());

  it('connects every in-process service as the app role, and serves a login and the readiness check', async () => {
    const whoAmI = async (prisma: { $queryRaw<T>(sql: TemplateStringsArray): Promise<T> }) =>
      (await prisma.$queryRaw<{ me: string }[]>`SELECT current_user AS me`)[0]?.me;
    expect(await whoAmI(gw.services.local.org!.prisma)).toBe(role);
    expect(await whoAmI(gw.services.local.inspection!.prisma)).toBe(role);

    const browser = gw.client();
    await browser.login('hubin.mgr');
    expect((await browser.query('org.me')).status).toBe(200);
    expect((await fetch(`${gw.url}/readyz`)).status).toBe(200);
    const audit = await gw.db.pool.query(`SELECT count(*)::int AS n FROM org."AuditEntry"`);
    expect(audit.rows[0].n).toBeGreaterThan(0);
  });

  it('cannot empty, rewrite or unguard the audit log', async () => {
    await expect(asServices(`TRUNCATE org."AuditEntry"`)).rejects.toMatchObject(denied);
    await expect(asServices(`DELETE FROM org."AuditEntry"`)).rejects.toMatchObject(denied);
    await expect(asServices(`UPDATE org."AuditEntry" SET action = 'nothing'`)).rejects.toMatchObject(denied);
    await expect(asServices(`ALTER TABLE org."AuditEntry" DISABLE TRIGGER ALL`)).rejects.toMatchObject(
      denied,
    );
  });

  it('cannot change or drop a service table, nor create one in a service schema', async () => {
    await expect(asServices(`DROP TABLE inspection."Inspection"`)).rejects.toMatchObject(denied);
    await expect(asServices(`ALTER TABLE org."Account" ADD COLUMN note text`)).rejects.toMatchObject(denied);
    await expect(asServices(`TRUNCATE org."Session"`)).rejects.toMatchObject(denied);
    await expect(asServices(`CREATE TABLE org.sneaky (id int)`)).rejects.toMatchObject(denied);
    await expect(asServices(`CREATE TABLE inspection.sneaky (id int)`)).rejects.toMatchObject(denied);
  });
});
