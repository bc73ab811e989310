// The approval procedures against PostgreSQL: a leave request through hall manager → district supervisor → leader,
// found by role on the submitter's own line; two approvers at once on a 或签 step; delegation windows; history
// that cannot be changed; the events in the outbox.
import type { FlowDefinition } from '@duda/contract-forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { takesPartInApproval } from './access.ts';
import { threeStages } from './domain/test-support.ts';
import { approvalsFixture, type ApprovalsFixture } from './test-fixture.ts';

const code = (name: string) => ({ cause: { code: `forms.approvals.${name}` } });
const HOUR = 3_600_000;

// Hall manager → district supervisor → the city's leader: the engine tests' three-stage flow.
const leaveFlow = threeStages;

describe('forms.approvals (against PostgreSQL)', () => {
  let f: ApprovalsFixture;
  const pendingIds = async (username: string) =>
    (await (await f.as(username)).approvals.pending({})).items.map((i) => i.instanceId);
  const taskOf = async (username: string, instanceId: string) =>
    (await (await f.as(username)).approvals.get({ instanceId })).myTasks[0]!.taskId;
  const outbox = (type: string) =>
    f.forms.prisma.outboxEvent.findMany({ where: { type }, orderBy: { occurredAt: 'asc' } });

  beforeAll(async () => {
    f = await approvalsFixture();
  }, 120_000);
  afterAll(() => f?.close());

  it('a clerk’s leave: rejected with a comment, changed and resubmitted, approved, every step in the history', async () => {
    const id = await f.start('hubin.clerk', leaveFlow);
    expect(await pendingIds('hubin.mgr')).toContain(id);
    expect(await pendingIds('nanxing.mgr')).not.toContain(id);
    expect(await pendingIds('sc.sup')).not.toContain(id);

    const mgr = await f.as('hubin.mgr');
    await mgr.approvals.act({
      action: 'REJECT',
      taskId: await taskOf('hubin.mgr', id),
      comment: '月底人手紧张',
    });
    const clerk = await f.as('hubin.clerk');
    expect(await clerk.approvals.get({ instanceId: id })).toMatchObject({
      status: 'REJECTED',
      can: { resubmit: true, withdraw: false },
    });
    await clerk.approvals.resubmit({ instanceId: id, comment: '改为下月初' });
    await mgr.approvals.act({ action: 'APPROVE', taskId: await taskOf('hubin.mgr', id) });
    expect(await pendingIds('sc.sup')).toContain(id);
    await (await f.as('sc.sup')).approvals.act({ action: 'APPROVE', taskId: await taskOf('sc.sup', id) });
    const done = await (
      await f.as('leader')
    ).approvals.act({ action: 'APPROVE', taskId: await taskOf('leader', id), comment: '同意' });
    expect(done.status).toBe('APPROVED');

    const history = await clerk.approvals.history({ instanceId: id });
    expect(history.map((h) => [h.action, h.actorName, h.comment])).toEqual([
      ['SUBMIT', '赵雪', null],
      ['REJECT', '李娜', '月底人手紧张'],
      ['RESUBMIT', '赵雪', '改为下月初'],
      ['APPROVE', '李娜', null],
      ['APPROVE', '刘海涛', null],
      ['APPROVE', '王建国', '同意'],
    ]);
    const completed = (await outbox('forms.approval.completed')).filter(
      (e) => (e.payload as { instanceId: string }).instanceId === id,
    );
    expect(completed.map((e) => (e.payload as { outcome: string }).outcome)).toEqual([
      'REJECTED',
      'APPROVED',
    ]);
  });

  it('refuses withdrawing after a decision, and shows the approval only to those it concerns', async () => {
    const id = await f.start('hubin.clerk', leaveFlow);
    const clerk = await f.as('hubin.clerk');
    await (
      await f.as('hubin.mgr')
    ).approvals.act({ action: 'APPROVE', taskId: await taskOf('hubin.mgr', id) });
    await expect(clerk.approvals.withdraw({ instanceId: id })).rejects.toMatchObject(
      code('withdrawAfterDecision'),
    );
    await expect((await f.as('nanxing.mgr')).approvals.get({ instanceId: id })).rejects.toMatchObject(
      code('notFound'),
    );
    await expect(
      (await f.as('nanxing.mgr')).approvals.act({ action: 'APPROVE', taskId: await taskOf('sc.sup', id) }),
    ).rejects.toMatchObject(code('notFound'));
    await expect((await f.as('xh.sup')).approvals.history({ instanceId: id })).rejects.toMatchObject(
      code('notFound'),
    );
    expect(await (await f.as('city.sup')).approvals.history({ instanceId: id })).toHaveLength(2);
  });

  it('或签: two approvers acting at once — exactly one wins, the other is told it was handled', async () => {
    const flow: FlowDefinition = {
      stages: [
        {
          steps: [
            {
              key: 'either',
              name: '店长或值班经理',
              approvers: [
                { kind: 'role', role: 'hall_manager' },
                { kind: 'role', role: 'duty_manager' },
              ],
              mode: 'ANY',
            },
          ],
        },
      ],
    };
    for (let round = 0; round < 3; round++) {
      const id = await f.start('hubin.clerk', flow);
      const [mgrTask, dutyTask] = [await taskOf('hubin.mgr', id), await taskOf('hubin.duty', id)];
      const [mgr, duty] = [await f.as('hubin.mgr'), await f.as('hubin.duty')];
      const results = await Promise.allSettled([
        mgr.approvals.act({ action: 'APPROVE', taskId: mgrTask }),
        duty.approvals.act({ action: 'APPROVE', taskId: dutyTask }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const [lost] = results.filter((r) => r.status === 'rejected');
      expect((lost as PromiseRejectedResult).reason).toMatchObject(code('taskNotPending'));
      const history = await (await f.as('hubin.clerk')).approvals.history({ instanceId: id });
      expect(history.filter((h) => h.action === 'APPROVE')).toHaveLength(1);
    }
  });

  it('a deputy acts for the principal inside the delegation window only, recorded as acting for them', async () => {
    const mgr = await f.as('hubin.mgr');
    const from = new Date(f.clock.now.getTime() + HOUR);
    const to = new Date(f.clock.now.getTime() + 3 * HOUR);
    const delegation = await mgr.approvals.delegations.create({ deputy: f.person('sc.sup'), from, to });
    expect((await mgr.approvals.delegations.list({})).items).toContainEqual(delegation);
    const id = await f.start('hubin.clerk', leaveFlow);
    const deputy = await f.as('sc.sup');
    const task = await taskOf('hubin.mgr', id);

    expect(await pendingIds('sc.sup')).not.toContain(id);
    await expect(deputy.approvals.act({ action: 'APPROVE', taskId: task })).rejects.toMatchObject(
      code('notYourTask'),
    );

    f.clock.now = new Date(from.getTime() + HOUR);
    const mine = (await deputy.approvals.pending({})).items.find((i) => i.instanceId === id);
    expect(mine).toMatchObject({ taskId: task, onBehalfOf: f.person('hubin.mgr') });
    expect((await deputy.pending.mine({})).items.map((i) => i.id)).toContain(`forms.approval.decide.${task}`);
    await deputy.approvals.act({ action: 'APPROVE', taskId: task, comment: '代店长审批' });
    const [, approved] = await deputy.approvals.history({ instanceId: id });
    expect(approved).toMatchObject({ actorName: '刘海涛', onBehalfOfName: '李娜', comment: '代店长审批' });

    f.clock.now = new Date(to.getTime() + HOUR);
    const later = await f.start('hubin.clerk', leaveFlow);
    await expect(
      deputy.approvals.act({ action: 'APPROVE', taskId: await taskOf('hubin.mgr', later) }),
    ).rejects.toMatchObject(code('notYourTask'));
    await expect(
      (await f.as('hubin.clerk')).approvals.delegations.remove({ id: delegation.id }),
    ).rejects.toMatchObject(code('delegationNotFound'));
    await mgr.approvals.delegations.remove({ id: delegation.id });
    expect((await mgr.approvals.delegations.list({})).items).toEqual([]);
  });

  it('counts a deputy as taking part in the approval (reads its subject) inside the delegation window only', async () => {
    const from = new Date(f.clock.now.getTime() + HOUR);
    const to = new Date(f.clock.now.getTime() + 3 * HOUR);
    const delegation = await (
      await f.as('hubin.mgr')
    ).approvals.delegations.create({ deputy: f.person('sc.sup'), from, to });
    const id = await f.start('hubin.clerk', leaveFlow);
    const { subjectType, subjectId } = await f.forms.prisma.approvalInstance.findUniqueOrThrow({
      where: { id },
    });
    const deputy = (await f.contextOf('sc.sup')).actor!;
    const takesPart = (at: Date) => takesPartInApproval(f.forms.prisma, deputy, subjectType, subjectId, at);

    expect(await takesPart(new Date(from.getTime() - 1))).toBe(false);
    expect(await takesPart(from)).toBe(true);
    expect(await takesPart(new Date(to.getTime() - 1))).toBe(true);
    expect(await takesPart(to)).toBe(false);
    expect(
      await takesPartInApproval(
        f.forms.prisma,
        (await f.contextOf('nanxing.mgr')).actor!,
        subjectType,
        subjectId,
        from,
      ),
    ).toBe(false);
    await (await f.as('hubin.mgr')).approvals.delegations.remove({ id: delegation.id });
  });

  it('keeps the history append-only: the database refuses to change or delete an entry', async () => {
    const id = await f.start('hubin.clerk', leaveFlow);
    await expect(
      f.forms.prisma.approvalHistory.updateMany({ where: { instanceId: id }, data: { comment: '改写' } }),
    ).rejects.toThrow(/append-only/);
    await expect(f.forms.prisma.approvalHistory.deleteMany({ where: { instanceId: id } })).rejects.toThrow(
      /append-only/,
    );
  });
});
