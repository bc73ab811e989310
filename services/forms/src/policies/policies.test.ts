// The policy library against PostgreSQL, beside a real org service: a service standard drafted by the city,
// consulted on with two districts, its opinions answered, sent back by the leader and approved, in force and
// required reading for the clerks in scope only; then revised, the late opinion refused, the old version
// superseded and still readable, compared, and found as the version in force on a past date.
import type { Actor } from '@duda/authz';
import { paragraphs } from '@duda/contract-forms';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalsFixture, type ApprovalsFixture } from '../approvals/test-fixture.ts';
import { myPendingPolicies } from './pending.ts';

const DAY = 86_400_000;
const cause = (code: string, params?: Record<string, unknown>) => ({
  cause: expect.objectContaining({ code, ...(params ? { params: expect.objectContaining(params) } : {}) }),
});

let f: ApprovalsFixture;
beforeAll(async () => {
  f = await approvalsFixture();
}, 120_000);
afterAll(() => f?.close());

const district = (code: string) => f.seeded.districts.find((d) => d.code === code)!;
const cityId = () => f.seeded.cityId;
const actorOf = async (username: string) => (await f.contextOf(username)).actor as Actor;
const kinds = async (username: string) =>
  (await (await f.as(username)).pending.mine({})).items.map((i) => `${i.kind}:${i.title}`);
const pendingTask = async (username: string, title: string) => {
  const { items } = await (await f.as(username)).approvals.pending({});
  return items.find((i) => i.title.startsWith(title))!;
};

describe('the policy library (against PostgreSQL)', { timeout: 180_000 }, () => {
  it('revises a service standard through consultation and the leader, and makes it required reading in scope', async () => {
    const city = await f.as('city.sup');
    const title = `首问负责制服务规范-${crypto.randomUUID().slice(0, 6)}`;
    const content = {
      title,
      category: 'SERVICE_STANDARD' as const,
      body: paragraphs('一、首问负责\n二、微笑服务'),
      scope: { orgNodeIds: [district('HZ-SC').id], roles: ['clerk' as const] },
    };

    await expect(
      (await f.as('sc.sup')).policies.create({ ...content, ownerOrgId: cityId() }),
    ).rejects.toMatchObject(cause('forms.policies.manageDenied'));
    await expect(
      city.policies.create({
        ...content,
        ownerOrgId: cityId(),
        body: { type: 'doc', content: [{ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] }] },
      }),
    ).rejects.toMatchObject(cause('forms.policies.contentInvalid'));

    const { policyId, versionId } = await city.policies.create({ ...content, ownerOrgId: cityId() });
    const deadline = new Date(f.clock.now.getTime() + 3 * DAY);
    await city.policies.startConsultation({
      versionId,
      orgNodeIds: [district('HZ-SC').id, district('HZ-XH').id],
      deadline,
    });
    await expect(city.policies.saveDraft({ versionId, ...content })).rejects.toMatchObject(
      cause('forms.policies.notEditable'),
    );

    // Each consulted district's supervisor has the opinion to give in the inbox; a hall manager has not.
    expect(await kinds('sc.sup')).toContain(`policy.opinion:${title}（第 1 版）`);
    expect(await kinds('hubin.mgr')).not.toContain(`policy.opinion:${title}（第 1 版）`);
    // A manager of an unconsulted hall does not see the draft; the leader sees it but was not consulted.
    await expect(
      (await f.as('nanxing.mgr')).policies.giveOpinion({ versionId, text: '冒名意见' }),
    ).rejects.toMatchObject(cause('forms.policies.notFound'));
    await expect(
      (await f.as('leader')).policies.giveOpinion({ versionId, text: '领导意见' }),
    ).rejects.toMatchObject(cause('forms.policies.notConsulted'));

    await expect(city.policies.submit({ versionId })).rejects.toMatchObject(
      cause('forms.policies.consultationOpen'),
    );
    await (await f.as('sc.sup')).policies.giveOpinion({ versionId, text: '建议增加“首问到底”的时限' });
    await (await f.as('xh.sup')).policies.giveOpinion({ versionId, text: '建议取消站立迎客' });
    expect(await kinds('sc.sup')).not.toContain(`policy.opinion:${title}（第 1 版）`);
    await expect(city.policies.submit({ versionId })).rejects.toMatchObject(
      cause('forms.policies.opinionsUnmarked', { count: 2 }),
    );

    const opinions = (await city.policies.get({ id: policyId })).versions[0]!.opinions;
    const [sc, xh] = [
      opinions.find((o) => o.orgName === '上城区分公司')!,
      opinions.find((o) => o.orgName !== '上城区分公司')!,
    ];
    await city.policies.markOpinion({ opinionId: sc.id, accepted: true });
    await expect(city.policies.markOpinion({ opinionId: xh.id, accepted: false })).rejects.toMatchObject(
      cause('forms.policies.reasonRequired'),
    );
    await city.policies.markOpinion({ opinionId: xh.id, accepted: false, reason: '集团规范要求站立迎客' });
    await city.policies.submit({ versionId });
    expect((await city.policies.get({ id: policyId })).versions[0]).toMatchObject({
      status: 'AWAITING_APPROVAL',
      approvalStatus: 'IN_PROGRESS',
    });

    // What the leader decides on: the text and the opinions with the author's answers (a first version replaces
    // nothing); a clerk in scope, who will read it once in force, does not learn of it.
    const { approvalInstanceId } = (await city.policies.get({ id: policyId })).versions[0]!;
    const decision = await (await f.as('leader')).policies.forDecision({ instanceId: approvalInstanceId! });
    expect(decision).toMatchObject({
      policyId,
      title,
      version: { id: versionId, number: 1 },
      previous: null,
    });
    expect(decision.compare).toEqual([]);
    expect(decision.opinions.map((o) => [o.orgName, o.accepted, o.reason]).sort()).toEqual(
      [
        ['上城区分公司', true, null],
        [xh.orgName, false, '集团规范要求站立迎客'],
      ].sort(),
    );
    await expect(
      (await f.as('hubin.clerk')).policies.forDecision({ instanceId: approvalInstanceId! }),
    ).rejects.toMatchObject(cause('forms.policies.notFound'));

    // The leader sends it back: revision again, the approval's history kept; resubmitted, approved, in force.
    const leader = await f.as('leader');
    expect(await kinds('leader')).toContain(`approval.decide:${title}（第 1 版）`);
    const task = await pendingTask('leader', title);
    await leader.approvals.act({ action: 'RETURN', taskId: task.taskId, comment: '请补充首问时限' });
    const sentBack = (await city.policies.get({ id: policyId })).versions[0]!;
    expect(sentBack).toMatchObject({ status: 'DRAFT', approvalStatus: 'RETURNED' });
    await city.policies.saveDraft({
      versionId,
      ...content,
      body: paragraphs('一、首问负责，首问到底 24 小时\n二、微笑服务'),
    });
    await city.policies.submit({ versionId });
    await leader.approvals.act({ action: 'APPROVE', taskId: (await pendingTask('leader', title)).taskId });
    const history = await leader.approvals.history({ instanceId: sentBack.approvalInstanceId! });
    expect(history.map((h) => h.action)).toEqual(
      expect.arrayContaining(['SUBMIT', 'RETURN', 'RESUBMIT', 'APPROVE']),
    );

    const inForce = (await city.policies.get({ id: policyId })).versions[0]!;
    expect(inForce).toMatchObject({ status: 'IN_FORCE', publishedAt: f.clock.now });

    // Required reading: 湖滨's clerk (上城区, a clerk) has it; its manager (not a clerk) and a clerk of 西湖区 not.
    expect(await kinds('hubin.clerk')).toContain(`policy.read:${title}`);
    expect(await kinds('hubin.mgr')).not.toContain(`policy.read:${title}`);
    const hubinClerk = await actorOf('hubin.clerk');
    const westLake = f.hall('HZ-XH-01');
    const westLakeClerk: Actor = {
      ...hubinClerk,
      personId: crypto.randomUUID(),
      homeOrgNodeId: westLake.id,
      roles: [
        {
          role: 'clerk',
          orgNodeId: westLake.id,
          orgNodeName: westLake.name,
          orgLevel: 'hall',
          subtree: [westLake.id],
        },
      ],
    };
    const titles = async (actor: Actor) => (await myPendingPolicies(f.forms.deps, actor)).map((a) => a.title);
    expect(await titles(hubinClerk)).toContain(title);
    expect(await titles(westLakeClerk)).not.toContain(title);

    const clerk = await f.as('hubin.clerk');
    const seen = await clerk.policies.get({ id: policyId });
    expect(seen.versions.map((v) => v.number)).toEqual([1]);
    expect(seen.versions[0]!.opinions).toEqual([]);
    expect(seen.versions[0]!.mine).toMatchObject({ requiredReading: true, readAt: null });
    await clerk.policies.markRead({ versionId });
    expect(await kinds('hubin.clerk')).not.toContain(`policy.read:${title}`);
    await expect((await f.as('nanxing.mgr')).policies.get({ id: policyId })).rejects.toMatchObject(
      cause('forms.policies.notFound'),
    );
  });

  it('revises the version in force: a late opinion is refused, the old version superseded but readable', async () => {
    const city = await f.as('city.sup');
    const title = `值班制度-${crypto.randomUUID().slice(0, 6)}`;
    const scope = { orgNodeIds: [cityId()], roles: [] };
    const v1 = await city.policies.create({
      title,
      category: 'DUTY_RULE',
      body: paragraphs('值班经理八点到岗\n交接班须签字'),
      scope,
      ownerOrgId: cityId(),
    });
    const consultAndApprove = async (versionId: string) => {
      await city.policies.startConsultation({
        versionId,
        orgNodeIds: [district('HZ-SC').id],
        deadline: new Date(f.clock.now.getTime() + DAY),
      });
      f.clock.now = new Date(f.clock.now.getTime() + 2 * DAY);
      await city.policies.submit({ versionId });
      await (
        await f.as('leader')
      ).approvals.act({
        action: 'APPROVE',
        taskId: (await pendingTask('leader', title)).taskId,
      });
    };
    await consultAndApprove(v1.versionId);
    const firstDay = new Date(f.clock.now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);

    await expect(city.policies.revise({ policyId: v1.policyId })).resolves.toMatchObject({});
    await expect(city.policies.revise({ policyId: v1.policyId })).rejects.toMatchObject(
      cause('forms.policies.draftExists'),
    );
    const policy = await city.policies.get({ id: v1.policyId });
    const v2 = policy.versions[0]!;
    expect(v2).toMatchObject({ number: 2, status: 'DRAFT' });
    await city.policies.saveDraft({
      versionId: v2.id,
      title,
      category: 'DUTY_RULE',
      body: paragraphs('值班经理七点半到岗\n交接班须签字\n节假日双人值班'),
      scope,
    });
    await city.policies.startConsultation({
      versionId: v2.id,
      orgNodeIds: [district('HZ-SC').id],
      deadline: new Date(f.clock.now.getTime() + DAY),
    });
    f.clock.now = new Date(f.clock.now.getTime() + 2 * DAY);
    await expect(
      (await f.as('sc.sup')).policies.giveOpinion({ versionId: v2.id, text: '迟到的意见' }),
    ).rejects.toMatchObject(cause('forms.policies.consultationClosed'));
    await city.policies.submit({ versionId: v2.id });

    // The leader's deputy (西湖区's supervisor, who keeps no city policy) reads what they decide on inside the
    // delegation's window only: version 2 beside version 1, the one it replaces.
    const instanceId = (await city.policies.get({ id: v1.policyId })).versions[0]!.approvalInstanceId!;
    const deputy = await f.as('xh.sup');
    await expect(deputy.policies.forDecision({ instanceId })).rejects.toMatchObject(
      cause('forms.policies.notFound'),
    );
    const leader = await f.as('leader');
    const from = new Date(f.clock.now.getTime() + 60_000);
    await leader.approvals.delegations.create({
      deputy: f.person('xh.sup'),
      from,
      to: new Date(from.getTime() + DAY),
    });
    f.clock.now = new Date(from.getTime() + 60_000);
    const decision = await deputy.policies.forDecision({ instanceId });
    expect(decision).toMatchObject({ version: { number: 2 }, previous: { id: v1.versionId, number: 1 } });
    expect(decision.compare.map((r) => r.kind)).toEqual(['changed', 'same', 'added']);
    await leader.approvals.act({ action: 'APPROVE', taskId: (await pendingTask('leader', title)).taskId });

    const clerk = await f.as('hubin.clerk');
    const both = await clerk.policies.get({ id: v1.policyId });
    expect(both.versions.map((v) => [v.number, v.status])).toEqual([
      [2, 'IN_FORCE'],
      [1, 'SUPERSEDED'],
    ]);
    expect(both.versions[1]!.plainText).toBe('值班经理八点到岗\n交接班须签字');

    const compared = await clerk.policies.compare({ fromVersionId: v1.versionId, toVersionId: v2.id });
    expect(compared.rows.map((r) => r.kind)).toEqual(['changed', 'same', 'added']);

    const today = new Date(f.clock.now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    expect((await clerk.policies.inForceOn({ policyId: v1.policyId, date: firstDay })).version?.number).toBe(
      1,
    );
    expect((await clerk.policies.inForceOn({ policyId: v1.policyId, date: today })).version?.number).toBe(2);
    expect(
      (await clerk.policies.inForceOn({ policyId: v1.policyId, date: '2020-01-01' })).version,
    ).toBeNull();

    const listed = await clerk.policies.list({ q: title });
    expect(listed.items).toEqual([
      expect.objectContaining({
        title,
        latest: expect.objectContaining({ number: 2 }),
        inForce: expect.objectContaining({ number: 2 }),
      }),
    ]);
    expect((await clerk.policies.list({ q: title, status: 'DRAFT' })).total).toBe(0);
  });
});
