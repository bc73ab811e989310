// The demo policies against PostgreSQL: one in force with its superseded version, one in consultation — as the
// people of the demo see them through the API — and written once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approvalsFixture, type ApprovalsFixture } from '../approvals/test-fixture.ts';
import { DEMO_SERVICE_STANDARD, seedPoliciesDemo } from './seed.ts';

let f: ApprovalsFixture;
beforeAll(async () => {
  f = await approvalsFixture();
  await seedPoliciesDemo(f.forms.prisma, f.seeded, f.clock.now);
  await seedPoliciesDemo(f.forms.prisma, f.seeded, f.clock.now);
}, 120_000);
afterAll(() => f?.close());

describe('demo policies (against PostgreSQL)', { timeout: 60_000 }, () => {
  it('has a service standard in force over its superseded version, required reading for a clerk', async () => {
    const clerk = await f.as('hubin.clerk');
    const { items } = await clerk.policies.list({});
    expect(items.map((p) => p.title)).toEqual([DEMO_SERVICE_STANDARD]);
    const policy = await clerk.policies.get({ id: items[0]!.id });
    expect(policy.versions.map((v) => [v.number, v.status])).toEqual([
      [2, 'IN_FORCE'],
      [1, 'SUPERSEDED'],
    ]);
    const inbox = await clerk.pending.mine({});
    expect(inbox.items.map((i) => `${i.kind}:${i.title}`)).toContain(`policy.read:${DEMO_SERVICE_STANDARD}`);
  });

  it('has a duty rule in consultation: 上城区 answered, 西湖区 still to', async () => {
    const city = await f.as('city.sup');
    const { items, total } = await city.policies.list({ status: 'IN_CONSULTATION' });
    expect(total).toBe(1);
    const version = (await city.policies.get({ id: items[0]!.id })).versions[0]!;
    expect(version.opinions.map((o) => o.orgName)).toEqual(['上城区分公司']);
    const titles = async (username: string) =>
      (await (await f.as(username)).pending.mine({})).items.map((i) => `${i.kind}:${i.title}`);
    expect(await titles('xh.sup')).toContain('policy.opinion:营业厅值班制度（第 1 版）');
    expect(await titles('sc.sup')).not.toContain('policy.opinion:营业厅值班制度（第 1 版）');
  });
});
