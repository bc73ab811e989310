// Duty holders known without a visit: the night's generation asks the org service who holds a duty role in each
// city the portal keeps duties for, so a person who never signed in has their day's tasks in the morning.
import { localServiceClient } from '@duda/service-kit';
import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database } from '../database.ts';
import { createPortalService, type PortalService } from '../module.ts';
import { generateForEveryHolder, generateToday } from './generation.ts';

let f: OrgFixture;
let service: PortalService;
// Wednesday 2 December 2026, 00:05 in China: the night's run.
let now = new Date('2026-12-01T16:05:00Z');

beforeAll(async () => {
  f = await orgFixture({ with: [database] });
  service = createPortalService({ pool: f.db.pool, org: localServiceClient(f.org.router), now: () => now });
});
afterAll(async () => {
  await service.close();
  await f.close();
});

const tasksOf = (personId: string) => service.prisma.dutyTask.findMany({ where: { personId } });

describe('duty holders learnt from the org service', () => {
  it("gives a person who never signed in their day's tasks, once however often the job runs", async () => {
    // The city becomes known to the portal by one person's visit (in the demo, by its seed).
    await (await service.router.createCaller(await f.contextOf('hubin.mgr'))).duties.mine({});
    const nanxing = f.seeded.demoPeople['nanxing.mgr']!.id;
    const xihu = f.seeded.demoPeople['xh.sup']!.id;
    const admin = await f.callerOf('admin');
    const hubin = f.seeded.districts.flatMap((d) => d.halls).find((h) => h.name === '湖滨营业厅')!;
    const { id: newcomer } = await admin.admin.createPerson({
      staffNo: 'HZ99001',
      name: '新来的值班经理',
      orgNodeId: hubin.id,
      position: '值班经理',
      hireDate: new Date('2026-12-01T00:00:00Z'),
      roles: [{ role: 'duty_manager', orgNodeId: hubin.id }],
      initialPassword: 'Newcomer2026',
    });

    // Before: only what was learnt from visits, so nobody else has a task.
    await generateToday(service.duties.deps);
    expect(await tasksOf(nanxing)).toHaveLength(0);

    await generateForEveryHolder(service.duties.deps);
    const managerTasks = await tasksOf(nanxing);
    expect(managerTasks.map((t) => t.code)).toContain('hall.daily.checklist');
    expect(managerTasks.find((t) => t.code === 'hall.daily.checklist')).toMatchObject({
      periodStart: '2026-12-02',
      orgName: '南星营业厅',
      status: 'OPEN',
    });
    expect((await tasksOf(xihu)).length).toBeGreaterThan(0);
    expect((await tasksOf(newcomer)).length).toBeGreaterThan(0);
    // A clerk holds no duty role.
    expect(await tasksOf(f.seeded.demoPeople['hubin.clerk']!.id)).toHaveLength(0);

    const count = await service.prisma.dutyTask.count();
    expect(await generateForEveryHolder(service.duties.deps)).toBe(0);
    expect(await service.prisma.dutyTask.count()).toBe(count);
  });

  it('drops a holder whose role ended: from the next night on they get no tasks', async () => {
    const admin = await f.callerOf('admin');
    const clerk = f.seeded.demoPeople['hubin.clerk']!;
    const hubin = f.seeded.districts.flatMap((d) => d.halls).find((h) => h.name === '湖滨营业厅')!;
    // The clerk stands in as duty manager for a while (代班).
    const { id: assignmentId } = await admin.admin.assignRole({
      personId: clerk.id,
      role: 'duty_manager',
      orgNodeId: hubin.id,
    });
    await generateForEveryHolder(service.duties.deps);
    expect(await service.prisma.dutyHolder.count({ where: { personId: clerk.id } })).toBe(1);
    expect((await tasksOf(clerk.id)).map((t) => t.periodStart)).toContain('2026-12-02');

    await admin.admin.revokeRole({ assignmentId });
    // Thursday's night run.
    now = new Date('2026-12-02T16:05:00Z');
    await generateForEveryHolder(service.duties.deps);
    expect(await service.prisma.dutyHolder.count({ where: { personId: clerk.id } })).toBe(0);
    expect((await tasksOf(clerk.id)).map((t) => t.periodStart)).not.toContain('2026-12-03');
    // The others are still there and get Thursday's tasks.
    const nanxing = f.seeded.demoPeople['nanxing.mgr']!.id;
    expect((await tasksOf(nanxing)).map((t) => t.periodStart)).toContain('2026-12-03');
  });
});
