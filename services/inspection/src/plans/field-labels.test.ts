import { TEXT_LIMITS } from '@duda/contract-inspection';
import { router } from '@duda/service-kit';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectionFixture, type InspectionFixture } from '../testing/fixture.ts';

describe('refusals of what a user typed name the field as the form does', () => {
  let f: InspectionFixture;
  beforeAll(async () => {
    f = await inspectionFixture();
  });
  afterAll(() => f.close());

  /** One mutation through tRPC's HTTP handling, as the portal sends it; the answer's error. */
  async function post(username: string, path: string, input: unknown) {
    const ctx = await f.contextOf(username);
    const response = await fetchRequestHandler({
      endpoint: '/trpc',
      router: router({ inspection: f.inspection.router }),
      req: new Request(`http://local/trpc/${path}`, {
        method: 'POST',
        body: JSON.stringify(superjson.serialize(input)),
        headers: { 'content-type': 'application/json' },
      }),
      createContext: () => ctx,
    });
    const body = (await response.json()) as { error: { json: { message: string } } };
    return { status: response.status, message: body.error.json.message };
  }

  it('refuses an over-long plan title, saying its label and limit, instead of keeping part of it', async () => {
    const answer = await post('city.sup', 'inspection.plans.create', {
      scopeOrgId: f.seeded.cityId,
      month: '2026-12',
      title: '十二月检查'.repeat(24),
    });
    expect(answer).toEqual({
      status: 400,
      message: `计划标题：最多 ${TEXT_LIMITS.planTitle} 个字，请删减后再提交`,
    });
    expect(await f.inspection.prisma.inspectionPlan.count()).toBe(0);
  });

  it('asks for the measures by their name', async () => {
    const answer = await post('hubin.mgr', 'inspection.rectifications.respond', {
      id: crypto.randomUUID(),
      measures: 'x'.repeat(TEXT_LIMITS.measures + 1),
    });
    expect(answer.message).toBe(`整改措施：最多 ${TEXT_LIMITS.measures} 个字，请删减后再提交`);
  });
});
