// The deadline job against PostgreSQL: a reminder three quarters through a step's time, the task handed to the
// district supervisor past it, each once however often (or however many at once) the job runs.
import type { FlowDefinition } from '@duda/contract-forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processApprovalDeadlines } from './deadline-job.ts';
import { approvalsFixture, type ApprovalsFixture } from './test-fixture.ts';

const HOUR = 3_600_000;

const flow: FlowDefinition = {
  stages: [
    {
      steps: [
        {
          key: 'hall',
          name: '店面经理',
          approvers: [{ kind: 'role', role: 'hall_manager' }],
          mode: 'ANY',
          deadlineHours: 8,
        },
      ],
    },
  ],
};

describe('approval deadlines (against PostgreSQL)', () => {
  let f: ApprovalsFixture;
  const run = () => processApprovalDeadlines(f.forms.deps);
  const actions = async (instanceId: string) =>
    (await f.forms.prisma.approvalHistory.findMany({ where: { instanceId }, orderBy: { seq: 'asc' } })).map(
      (h) => h.action,
    );
  const reminders = async (instanceId: string) =>
    (await f.forms.prisma.outboxEvent.findMany({ where: { type: 'forms.approval.reminded' } }))
      .map((e) => e.payload as { instanceId: string; escalated: boolean; to: unknown[] })
      .filter((p) => p.instanceId === instanceId);

  beforeAll(async () => {
    f = await approvalsFixture();
  }, 120_000);
  afterAll(() => f?.close());

  it('reminds once, escalates once past the deadline, and the superior then decides', async () => {
    const start = f.clock.now;
    const id = await f.start('hubin.clerk', flow);
    const at = (hours: number) => (f.clock.now = new Date(start.getTime() + hours * HOUR));

    at(5);
    expect(await run()).toBe(0);
    at(6);
    expect(await run()).toBe(1);
    expect(await run()).toBe(0);
    expect(await actions(id)).toEqual(['SUBMIT', 'REMIND']);

    at(8);
    expect((await Promise.all([run(), run(), run()])).reduce((a, b) => a + b)).toBe(1);
    expect(await actions(id)).toEqual(['SUBMIT', 'REMIND', 'ESCALATE']);
    const hubin = f.hall('HZ-SC-01');
    expect(await reminders(id)).toEqual([
      expect.objectContaining({ escalated: false, to: [{ role: 'hall_manager', orgNodeId: hubin.id }] }),
      expect.objectContaining({
        escalated: true,
        to: [{ role: 'district_supervisor', orgNodeId: expect.any(String) }],
      }),
    ]);

    const mgr = await f.as('hubin.mgr');
    const supervisor = await f.as('sc.sup');
    const view = await supervisor.approvals.get({ instanceId: id });
    expect(view.tasks.map((t) => t.status)).toEqual(['ESCALATED', 'PENDING']);
    expect((await mgr.approvals.pending({})).items.map((i) => i.instanceId)).not.toContain(id);
    const done = await supervisor.approvals.act({ action: 'APPROVE', taskId: view.myTasks[0]!.taskId });
    expect(done.status).toBe('APPROVED');
    at(30);
    expect(await run()).toBe(0);
  });
});
