import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgFixture, type OrgFixture } from '../testing/fixture.ts';

describe('the audit log filtered by who, what, which object and when', () => {
  let f: OrgFixture;
  let clerk: string;
  let admin: Awaited<ReturnType<OrgFixture['callerOf']>>;
  let startedAt: Date;
  beforeAll(async () => {
    f = await orgFixture();
    clerk = f.seeded.demoPeople['hubin.clerk']!.id;
    admin = await f.callerOf('admin');
    startedAt = new Date();
    await admin.admin.updatePerson({ id: clerk, position: '营业员（受理）' });
    await admin.admin.resetPassword({ personId: clerk });
  });
  afterAll(() => f.close());

  const page = { page: 1, pageSize: 50 };

  it('keeps only the entries of one action, with their before and after', async () => {
    const log = await admin.admin.audit({ ...page, action: 'person.update' });
    expect(log.items.map((e) => e.action)).toEqual(['person.update']);
    expect(log.items[0]).toMatchObject({
      entityId: clerk,
      before: expect.objectContaining({ position: '营业员（综合业务）' }),
      after: expect.objectContaining({ position: '营业员（受理）' }),
    });
  });

  it('keeps only what one person did, and only what happened in the time range', async () => {
    const adminId = f.seeded.demoPeople.admin!.id;
    const byAdmin = await admin.admin.audit({ ...page, actorPersonId: adminId, from: startedAt });
    expect(byAdmin.items.map((e) => e.action).sort()).toEqual(['account.resetPassword', 'person.update']);
    const byClerk = await admin.admin.audit({ ...page, actorPersonId: clerk });
    expect(byClerk.total).toBe(0);
    const before = await admin.admin.audit({ ...page, actorPersonId: adminId, to: startedAt });
    expect(before.items.some((e) => e.action === 'account.resetPassword')).toBe(false);
  });
});
