// Naming people in an approval against PostgreSQL and the real org service: a picked approver, a transfer's and an
// added signer's person must exist for the caller, be at work, and work within the approval's city (or above it).
import type { FlowDefinition } from '@duda/contract-forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalsFixture, type ApprovalsFixture } from './test-fixture.ts';

// Through a procedure the refusal is the cause of a TRPCError; inside the caller's own transaction it is thrown as is.
const code = (name: string) => ({ cause: { code: `forms.approvals.${name}` } });
const refusal = (name: string) => ({ code: `forms.approvals.${name}` });

const pickedFlow: FlowDefinition = {
  stages: [{ steps: [{ key: 'chosen', name: '指定审批', approvers: [{ kind: 'picked' }], mode: 'ANY' }] }],
};
const managerFlow: FlowDefinition = {
  stages: [
    {
      steps: [
        { key: 'mgr', name: '店长审批', approvers: [{ kind: 'role', role: 'hall_manager' }], mode: 'ANY' },
      ],
    },
  ],
};

describe('naming people in an approval (against PostgreSQL)', () => {
  let f: ApprovalsFixture;
  let elsewhere: { personId: string; name: string };
  const instances = () => f.forms.prisma.approvalInstance.count();
  const taskOf = async (username: string, instanceId: string) =>
    (await (await f.as(username)).approvals.get({ instanceId })).myTasks[0]!.taskId;

  beforeAll(async () => {
    f = await approvalsFixture();
    // A person of another city (宁波), which the province's administrator sees and the approval's line has not.
    const admin = await f.callerOf('admin');
    const city = await admin.admin.createNode({
      parentId: f.seeded.provinceId,
      code: 'NB',
      name: '宁波分公司',
      level: 'city',
    });
    // Signed in again: a session's reach is the org tree as it was at sign-in.
    const created = await (
      await f.callerOf('admin')
    ).admin.createPerson({
      staffNo: 'NB00001',
      name: '孙宁',
      phone: '13800000001',
      orgNodeId: city.id,
      position: '营业服务管理员',
      hireDate: new Date('2026-01-01'),
      roles: [],
      initialPassword: 'Welcome2026',
    });
    elsewhere = { personId: created.id, name: '孙宁' };
  }, 120_000);
  afterAll(() => f?.close());

  it('starts with a picked approver who is real, at work and in the line’s city', async () => {
    const id = await f.start('sc.sup', pickedFlow, { picked: { chosen: f.person('hubin.mgr') } });
    const approval = await (await f.as('hubin.mgr')).approvals.get({ instanceId: id });
    expect(approval.myTasks).toHaveLength(1);
  });

  it('refuses a picked approver who does not exist, and stores nothing', async () => {
    const before = await instances();
    const ghost = { personId: crypto.randomUUID(), name: '查无此人' };
    await expect(f.start('sc.sup', pickedFlow, { picked: { chosen: ghost } })).rejects.toMatchObject(
      refusal('personUnknown'),
    );
    expect(await instances()).toBe(before);
  });

  it('refuses a picked approver of another city, though the caller sees them', async () => {
    const before = await instances();
    await expect(f.start('admin', pickedFlow, { picked: { chosen: elsewhere } })).rejects.toMatchObject(
      refusal('personOutOfScope'),
    );
    expect(await instances()).toBe(before);
  });

  it('refuses transferring to someone not at work or out of sight, and accepts a colleague at work', async () => {
    const id = await f.start('hubin.clerk', managerFlow);
    const mgr = await f.as('hubin.mgr');
    const duty = f.person('hubin.duty');
    await (await f.callerOf('admin')).admin.setPersonStatus({ id: duty.personId, status: 'on_leave' });
    await expect(
      mgr.approvals.act({ action: 'TRANSFER', taskId: await taskOf('hubin.mgr', id), to: duty }),
    ).rejects.toMatchObject(code('personInactive'));
    await expect(
      mgr.approvals.act({ action: 'TRANSFER', taskId: await taskOf('hubin.mgr', id), to: elsewhere }),
    ).rejects.toMatchObject(code('personUnknown'));
    const history = await mgr.approvals.history({ instanceId: id });
    expect(history.map((h) => h.action)).toEqual(['SUBMIT']);

    await (await f.callerOf('admin')).admin.setPersonStatus({ id: duty.personId, status: 'active' });
    const moved = await mgr.approvals.act({
      action: 'TRANSFER',
      taskId: await taskOf('hubin.mgr', id),
      to: duty,
    });
    expect(moved.status).toBe('IN_PROGRESS');
    expect((await (await f.as('hubin.duty')).approvals.get({ instanceId: id })).myTasks).toHaveLength(1);
  });

  it('refuses adding a signer who does not exist', async () => {
    const id = await f.start('hubin.clerk', managerFlow);
    const mgr = await f.as('hubin.mgr');
    await expect(
      mgr.approvals.act({
        action: 'ADD_SIGNER',
        taskId: await taskOf('hubin.mgr', id),
        signers: [{ personId: crypto.randomUUID(), name: '查无此人' }],
        position: 'AFTER',
      }),
    ).rejects.toMatchObject(code('personUnknown'));
  });

  it('adds several signers in one call, one history entry each; one refused adds none', async () => {
    const id = await f.start('hubin.clerk', managerFlow);
    const mgr = await f.as('hubin.mgr');
    const [duty, sup] = [f.person('hubin.duty'), f.person('sc.sup')];
    await expect(
      mgr.approvals.act({
        action: 'ADD_SIGNER',
        taskId: await taskOf('hubin.mgr', id),
        signers: [duty, elsewhere],
        position: 'AFTER',
      }),
    ).rejects.toMatchObject(code('personUnknown'));
    expect((await mgr.approvals.history({ instanceId: id })).map((h) => h.action)).toEqual(['SUBMIT']);
    await mgr.approvals.act({
      action: 'ADD_SIGNER',
      taskId: await taskOf('hubin.mgr', id),
      signers: [duty, sup],
      position: 'BEFORE',
    });
    const added = (await mgr.approvals.history({ instanceId: id })).filter((h) => h.action === 'ADD_SIGNER');
    expect(added.map((h) => (h.detail.signer as { personId: string }).personId)).toEqual([
      duty.personId,
      sup.personId,
    ]);
    expect((await (await f.as('sc.sup')).approvals.get({ instanceId: id })).myTasks).toHaveLength(1);
  });

  it('copies in only people one may name, and tells each newly copied in once (forms.approval.copied)', async () => {
    const id = await f.start('hubin.clerk', managerFlow);
    const clerk = await f.as('hubin.clerk');
    const copiedEvents = () =>
      f.forms.prisma.outboxEvent.findMany({ where: { type: 'forms.approval.copied' } });
    const before = (await copiedEvents()).length;
    await expect(
      clerk.approvals.cc({ instanceId: id, people: [f.person('hubin.duty'), elsewhere] }),
    ).rejects.toMatchObject(code('personUnknown'));
    // Someone who reads the approval but takes no part in it is told that, not about the people.
    await expect(
      (await f.as('sc.sup')).approvals.cc({ instanceId: id, people: [elsewhere] }),
    ).rejects.toMatchObject(code('ccDenied'));
    expect((await clerk.approvals.get({ instanceId: id })).cc).toEqual([]);
    await clerk.approvals.cc({ instanceId: id, people: [f.person('hubin.duty')] });
    await clerk.approvals.cc({ instanceId: id, people: [f.person('hubin.duty'), f.person('hubin.mgr')] });
    const events = (await copiedEvents())
      .slice(before)
      .map((e) => e.payload as { people: { personId: string }[] });
    expect(events.map((e) => e.people.map((p) => p.personId))).toEqual([
      [f.person('hubin.duty').personId],
      [f.person('hubin.mgr').personId],
    ]);
  });

  describe('whom one may name (forms.approvals.nameable)', () => {
    const ids = (page: { items: { personId: string }[] }) => page.items.map((p) => p.personId);

    it('offers the people of the line at work, not those already signing, the caller or another city', async () => {
      const id = await f.start('hubin.clerk', managerFlow);
      const mgr = await f.as('hubin.mgr');
      const taskId = await taskOf('hubin.mgr', id);
      const page = await mgr.approvals.nameable({
        instanceId: id,
        purpose: 'ADD_SIGNER',
        taskId,
        pageSize: 200,
      });
      expect(ids(page)).toContain(f.person('hubin.duty').personId);
      expect(ids(page)).toContain(f.person('sc.sup').personId);
      expect(ids(page)).not.toContain(f.person('hubin.mgr').personId);
      expect(ids(page)).not.toContain(elsewhere.personId);
      expect(page.total).toBe(page.items.length);
      await mgr.approvals.act({
        action: 'ADD_SIGNER',
        taskId,
        signers: [f.person('hubin.duty')],
        position: 'AFTER',
      });
      const after = await mgr.approvals.nameable({
        instanceId: id,
        purpose: 'TRANSFER',
        taskId,
        pageSize: 200,
      });
      expect(ids(after)).not.toContain(f.person('hubin.duty').personId);
      // The administrator sees 宁波 too, but it is outside the approval's city.
      const cc = await (
        await f.as('hubin.clerk')
      ).approvals.nameable({ instanceId: id, purpose: 'CC', pageSize: 200 });
      expect(ids(cc)).not.toContain(f.person('hubin.clerk').personId);
      expect(ids(cc)).toContain(f.person('hubin.duty').personId);
    });

    it('finds by name or 工号, pages, and leaves out people not at work', async () => {
      const id = await f.start('hubin.clerk', managerFlow);
      const clerk = await f.as('hubin.clerk');
      const duty = { id: f.person('hubin.duty').personId, name: '张伟', staffNo: 'HZ10102' };
      const byName = await clerk.approvals.nameable({ instanceId: id, purpose: 'CC', q: duty.name });
      expect(ids(byName)).toEqual([duty.id]);
      const byNo = await clerk.approvals.nameable({ instanceId: id, purpose: 'CC', q: duty.staffNo });
      expect(ids(byNo)).toEqual([duty.id]);
      const first = await clerk.approvals.nameable({ instanceId: id, purpose: 'CC', pageSize: 1 });
      const second = await clerk.approvals.nameable({ instanceId: id, purpose: 'CC', pageSize: 1, page: 2 });
      expect(first.total).toBeGreaterThan(1);
      expect(ids(first)).not.toEqual(ids(second));
      await (await f.callerOf('admin')).admin.setPersonStatus({ id: duty.id, status: 'on_leave' });
      const away = await clerk.approvals.nameable({ instanceId: id, purpose: 'CC', q: duty.name });
      await (await f.callerOf('admin')).admin.setPersonStatus({ id: duty.id, status: 'active' });
      expect(ids(away)).toEqual([]);
    });

    it('answers only those who may take the action now', async () => {
      const id = await f.start('hubin.clerk', managerFlow);
      const taskId = await taskOf('hubin.mgr', id);
      await expect(
        (await f.as('hubin.clerk')).approvals.nameable({ instanceId: id, purpose: 'TRANSFER', taskId }),
      ).rejects.toMatchObject(code('notYourTask'));
      await expect(
        (await f.as('sc.sup')).approvals.nameable({ instanceId: id, purpose: 'CC' }),
      ).rejects.toMatchObject(code('ccDenied'));
      await expect(
        (await f.as('xh.sup')).approvals.nameable({ instanceId: id, purpose: 'CC' }),
      ).rejects.toMatchObject(code('notFound'));
    });
  });
});
