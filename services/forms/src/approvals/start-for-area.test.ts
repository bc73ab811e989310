// Another area starting an approval of its own subject through forms' contract (forms.approvals.start), against
// PostgreSQL and the real org service: who may start one, the approver's to-do, and the outcome told back as
// forms.approval.completed.
import { ACTIONS } from '@duda/authz';
import { EXTERNAL_APPROVAL_SUBJECTS, type FlowDefinition } from '@duda/contract-forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalsFixture, type ApprovalsFixture } from './test-fixture.ts';

const code = (name: string) => ({ cause: { code: `forms.approvals.${name}` } });

const districtFlow: FlowDefinition = {
  stages: [
    {
      steps: [
        {
          key: 'district',
          name: '区县督导审批',
          approvers: [{ kind: 'role', role: 'district_supervisor' }],
          mode: 'ANY',
        },
      ],
    },
  ],
};

describe('an approval another area starts (against PostgreSQL)', () => {
  let f: ApprovalsFixture;
  const instances = () => f.forms.prisma.approvalInstance.count();
  const scrap = (overrides: Record<string, unknown> = {}) => ({
    subjectType: 'operations.device-retirement' as const,
    subjectId: crypto.randomUUID(),
    title: '报废：叫号机 JH-001（湖滨营业厅）',
    orgNodeId: f.hall('HZ-SC-01').id,
    flow: districtFlow,
    ...overrides,
  });

  beforeAll(async () => {
    f = await approvalsFixture();
  }, 120_000);
  afterAll(() => f?.close());

  it('lists only subject types whose permission is a real action of their own area', () => {
    for (const [type, owner] of Object.entries(EXTERNAL_APPROVAL_SUBJECTS)) {
      expect(type.startsWith(`${owner.area}.`)).toBe(true);
      expect(ACTIONS).toContain(owner.permission);
    }
  });

  it('starts for the hall’s manager; the district decides it from their to-dos and the owner is told', async () => {
    const input = scrap();
    const started = await (await f.as('hubin.mgr')).approvals.start(input);
    expect(started.status).toBe('IN_PROGRESS');
    const sup = await f.as('sc.sup');
    const pending = await sup.approvals.pending({ pageSize: 200 });
    const mine = pending.items.find((item) => item.instanceId === started.instanceId);
    expect(mine).toMatchObject({
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      title: input.title,
    });
    const taskId = (await sup.approvals.get({ instanceId: started.instanceId })).myTasks[0]!.taskId;
    await sup.approvals.act({ action: 'APPROVE', taskId });
    const told = await f.forms.prisma.outboxEvent.findMany({ where: { type: 'forms.approval.completed' } });
    expect(told.map((e) => e.payload)).toContainEqual(
      expect.objectContaining({
        subjectType: input.subjectType,
        subjectId: input.subjectId,
        outcome: 'APPROVED',
        submitterId: f.person('hubin.mgr').personId,
        decidedBy: f.person('sc.sup'),
      }),
    );
  });

  it('refuses a submitter without the area’s right over the unit, and writes nothing', async () => {
    const before = await instances();
    await expect((await f.as('hubin.clerk')).approvals.start(scrap())).rejects.toMatchObject(
      code('subjectNotYours'),
    );
    // Another hall's manager holds the right over their own hall only.
    await expect((await f.as('nanxing.mgr')).approvals.start(scrap())).rejects.toMatchObject(
      code('subjectNotYours'),
    );
    expect(await instances()).toBe(before);
  });

  it('refuses a flow naming a person who is not one to name, and one still in progress', async () => {
    const before = await instances();
    const mgr = await f.as('hubin.mgr');
    const ghost: FlowDefinition = {
      stages: [
        {
          steps: [
            {
              key: 'named',
              name: '指定人审批',
              approvers: [{ kind: 'person', personId: crypto.randomUUID(), name: '查无此人' }],
              mode: 'ANY',
            },
          ],
        },
      ],
    };
    await expect(mgr.approvals.start(scrap({ flow: ghost }))).rejects.toMatchObject(code('personUnknown'));
    expect(await instances()).toBe(before);
    const input = scrap();
    await mgr.approvals.start(input);
    await expect(mgr.approvals.start(input)).rejects.toMatchObject(code('resubmitNotAllowed'));
  });
});
