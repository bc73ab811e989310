// The demo approvals on submitted records whose version has a flow (as the forms demo step leaves them, 表1, 表10,
// 表6, 表10 at the first hall of each district): every state, reached through the engine, and once only.
import type { FlowDefinition } from '@duda/contract-forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '../generated/prisma/client.ts';
import { seedApprovalsDemo } from './seed.ts';
import { approvalsFixture, type ApprovalsFixture } from './test-fixture.ts';

const step = (key: string, role: 'hall_manager' | 'district_supervisor', deadlineHours: number) => ({
  steps: [
    { key, name: key, approvers: [{ kind: 'role' as const, role }], mode: 'ANY' as const, deadlineHours },
  ],
});
const FLOWS: Record<string, FlowDefinition> = {
  表1: { stages: [step('district', 'district_supervisor', 72)] },
  表6: { stages: [step('manager', 'hall_manager', 24), step('district', 'district_supervisor', 48)] },
  表10: { stages: [step('manager', 'hall_manager', 24)] },
};
/** The order the records were submitted in, each hall alike. */
const SUBMITTED = [
  ['表1', 2],
  ['表10', 5],
  ['表6', 18],
  ['表10', 19],
] as const;

describe('demo approvals (against PostgreSQL)', () => {
  let f: ApprovalsFixture;

  beforeAll(async () => {
    f = await approvalsFixture();
    const prisma = f.forms.prisma;
    const versions: Record<string, string> = {};
    for (const [code, flow] of Object.entries(FLOWS)) {
      const template = await prisma.formTemplate.create({
        data: {
          orgNodeId: f.seeded.cityId,
          orgName: '杭州分公司',
          orgLevel: 'city',
          code,
          nameZh: `${code}示例`,
          nameEn: code,
          createdById: f.person('admin').personId,
          versions: {
            create: {
              version: 1,
              status: 'PUBLISHED',
              dataSchema: {},
              uiSchema: {},
              approvalFlow: flow as unknown as Prisma.InputJsonValue,
              createdById: f.person('admin').personId,
            },
          },
        },
        include: { versions: true },
      });
      versions[code] = template.versions[0]!.id;
    }
    for (const district of f.seeded.districts) {
      const hall = district.halls[0]!;
      const submitter = f.seeded.hallStaff[hall.code]!.at(-1)!;
      for (const [code, day] of SUBMITTED)
        await prisma.formSubmission.create({
          data: {
            templateId: (
              await prisma.formTemplateVersion.findUniqueOrThrow({ where: { id: versions[code]! } })
            ).templateId,
            versionId: versions[code]!,
            orgNodeId: hall.id,
            orgName: hall.name,
            status: 'SUBMITTED',
            data: {},
            submitterId: submitter.id,
            submitterName: submitter.name,
            submittedAt: new Date(Date.UTC(2026, 10, day, 2)),
          },
        });
    }
  }, 120_000);
  afterAll(() => f?.close());

  it('puts approvals in every state, each history told by the people who hold the roles, and runs once', async () => {
    const prisma = f.forms.prisma;
    expect(await seedApprovalsDemo(prisma, f.seeded, f.clock.now)).toEqual({ approvals: 8 });
    const statuses = (await prisma.approvalInstance.findMany()).map((i) => i.status);
    expect(new Set(statuses)).toEqual(
      new Set(['IN_PROGRESS', 'APPROVED', 'REJECTED', 'RETURNED', 'WITHDRAWN']),
    );
    const actions = new Set((await prisma.approvalHistory.findMany()).map((h) => h.action));
    expect(actions).toEqual(
      new Set(['SUBMIT', 'APPROVE', 'REJECT', 'RETURN', 'RESUBMIT', 'WITHDRAW', 'ESCALATE']),
    );

    // 湖滨's 表6 came back from the district to its manager; 文三路's, approved by its manager, waits for 西湖's
    // supervisor; 湖滨's 表1, untouched since November, went past 上城区's time and was handed up the line to the
    // city supervisor (超时上报), with a new time limit.
    const pending = async (username: string) =>
      (await (await f.as(username)).approvals.pending({})).items.map((i) => [i.title, i.overdue]);
    expect(await pending('hubin.mgr')).toEqual([[expect.stringContaining('表6'), false]]);
    expect(await pending('xh.sup')).toEqual([[expect.stringContaining('表6'), false]]);
    expect(await pending('sc.sup')).toEqual([]);
    expect(await pending('city.sup')).toEqual([[expect.stringContaining('表1'), false]]);

    expect(await seedApprovalsDemo(prisma, f.seeded, f.clock.now)).toEqual({ approvals: 0 });
  });
});
