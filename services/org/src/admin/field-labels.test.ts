import { router } from '@duda/service-kit';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgFixture, type OrgFixture } from '../testing/fixture.ts';

describe("an administrator's refusals name the field as the admin screens do, not its wire name", () => {
  let f: OrgFixture;
  beforeAll(async () => {
    f = await orgFixture();
  });
  afterAll(() => f.close());

  /** One mutation through tRPC's HTTP handling, as the portal sends it; the answer's error message. */
  async function post(path: string, input: unknown) {
    const ctx = await f.contextOf('admin');
    const response = await fetchRequestHandler({
      endpoint: '/trpc',
      router: router({ org: f.org.router }),
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

  it('a new person with an over-long name is refused by 姓名, and nobody is created', async () => {
    const before = await f.org.prisma.person.count();
    const answer = await post('org.admin.createPerson', {
      staffNo: 'HZ19001',
      name: '张'.repeat(31),
      phone: '13800000000',
      orgNodeId: f.seeded.cityId,
      position: '营业员',
      hireDate: new Date('2026-01-05'),
      initialPassword: 'Duda-2026!',
    });
    expect(answer.status).toBe(400);
    expect(answer.message).toBe('姓名：最多 30 个字，请删减后再提交');
    expect(await f.org.prisma.person.count()).toBe(before);
  });

  it("a staff ID's suspension reason too long is refused by 原因", async () => {
    const answer = await post('org.staffIds.suspend', { id: crypto.randomUUID(), reason: '停'.repeat(201) });
    expect(answer.status).toBe(400);
    expect(answer.message).toBe('原因：最多 200 个字，请删减后再提交');
  });
});
