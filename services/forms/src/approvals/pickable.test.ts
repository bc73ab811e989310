// Picking an approver (自选审批人) as a clerk, who reads only themself in org: the people offered for a `picked` step
// are those at work at the units of the form's line (湖滨, 上城区's office, 杭州's office) — only their name, roles
// and unit, nobody off the line — and the one picked is taken when the approval starts.
import type { FlowDefinition } from '@duda/contract-forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Prisma } from '../generated/prisma/client.ts';
import { probeTemplateContent } from '../testing/probes/templates.ts';
import { approvalsFixture, type ApprovalsFixture } from './test-fixture.ts';

const FLOW: FlowDefinition = {
  stages: [
    { steps: [{ key: 'pick', name: '自选审批人', approvers: [{ kind: 'picked' }], mode: 'ANY' }] },
    {
      steps: [
        {
          key: 'hall',
          name: '店面经理',
          approvers: [{ kind: 'role', role: 'hall_manager' }],
          mode: 'ANY',
        },
      ],
    },
  ],
};

let f: ApprovalsFixture;
let versionId: string;
beforeAll(async () => {
  f = await approvalsFixture();
  const template = await f.forms.prisma.formTemplate.create({
    data: {
      orgNodeId: f.seeded.cityId,
      orgName: '杭州分公司',
      orgLevel: 'city',
      code: '自选',
      nameZh: '自选审批人测试表',
      nameEn: 'Picked approver test form',
      createdById: f.person('city.sup').personId,
      versions: {
        create: {
          version: 1,
          status: 'PUBLISHED',
          publishedAt: f.clock.now,
          dataSchema: probeTemplateContent.dataSchema as Prisma.InputJsonValue,
          uiSchema: probeTemplateContent.uiSchema as Prisma.InputJsonValue,
          approvalFlow: FLOW as unknown as Prisma.InputJsonValue,
          createdById: f.person('city.sup').personId,
        },
      },
    },
    include: { versions: true },
  });
  versionId = template.versions[0]!.id;
}, 120_000);
afterAll(() => f?.close());

const hubin = () => f.hall('HZ-SC-01');
const nameOf = (username: string) => f.person(username).name;
const pickable = async (username: string, q = '', over: Record<string, unknown> = {}) =>
  (await f.as(username)).submissions.pickable({
    versionId,
    stepKey: 'pick',
    orgNodeId: hubin().id,
    q,
    ...over,
  });

describe('picking an approver (against PostgreSQL and the org service)', { timeout: 120_000 }, () => {
  it('offers a clerk the people at work on the line, as name, roles and unit only', async () => {
    // The clerk's own search finds nobody but themself: why the fill page asks this instead.
    const own = await (await f.callerOf('hubin.clerk')).people.search({ q: nameOf('sc.sup'), limit: 20 });
    expect(own).toEqual([]);

    const offered = await pickable('hubin.clerk');
    const names = offered.map((p) => p.name);
    for (const onLine of ['hubin.mgr', 'hubin.duty', 'sc.sup', 'city.sup', 'leader'])
      expect(names).toContain(nameOf(onLine));
    for (const offLine of ['nanxing.mgr', 'xh.sup']) expect(names).not.toContain(nameOf(offLine));
    expect(new Set(offered.map((p) => p.orgName))).toEqual(
      new Set(['湖滨营业厅', '上城区分公司', '杭州分公司']),
    );
    for (const person of offered)
      expect(Object.keys(person).sort()).toEqual(['name', 'orgName', 'personId', 'roles']);
    expect(offered.find((p) => p.name === nameOf('sc.sup'))).toEqual({
      personId: f.person('sc.sup').personId,
      name: nameOf('sc.sup'),
      roles: ['district_supervisor'],
      orgName: '上城区分公司',
    });

    expect((await pickable('hubin.clerk', nameOf('sc.sup'))).map((p) => p.name)).toEqual([nameOf('sc.sup')]);
    expect(await pickable('hubin.clerk', nameOf('xh.sup'))).toEqual([]);
    expect(await pickable('hubin.clerk', nameOf('nanxing.mgr'))).toEqual([]);
  });

  it('offers nobody for a step that is not picked, and refuses a unit the caller does not file for', async () => {
    expect(await pickable('hubin.clerk', '', { stepKey: 'hall' })).toEqual([]);
    await expect(pickable('nanxing.mgr')).rejects.toMatchObject({
      code: 'FORBIDDEN',
      cause: { code: 'forms.submissions.submitDenied' },
    });
  });

  it('starts the approval with the person the clerk picked, and refuses one off the line', async () => {
    const instanceId = await f.start('hubin.clerk', FLOW, { picked: { pick: f.person('sc.sup') } });
    const tasks = await f.forms.prisma.approvalTask.findMany({ where: { instanceId } });
    expect(tasks.map((t) => [t.stepKey, t.assigneePersonId])).toEqual([
      ['pick', f.person('sc.sup').personId],
    ]);
    await expect(
      f.start('hubin.clerk', FLOW, { picked: { pick: f.person('xh.sup') } }),
    ).rejects.toMatchObject({
      code: 'forms.approvals.personUnknown',
    });
  });
});
