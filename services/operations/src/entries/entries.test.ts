import { localServiceClient } from '@duda/service-kit';
import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database } from '../database.ts';
import { createOperationsService, type OperationsService } from '../module.ts';

let f: OrgFixture;
let service: OperationsService;

beforeAll(async () => {
  f = await orgFixture({ with: [database] });
  service = createOperationsService({ pool: f.db.pool, org: localServiceClient(f.org.router) });
});
afterAll(async () => {
  await service.close();
  await f.close();
});

const as = async (username: string) => service.router.createCaller(await f.contextOf(username));

describe('operations entries', () => {
  it('a district supervisor adds an entry for a hall of the district and finds it in the list', async () => {
    const hall = f.seeded.districts[0]!.halls[0]!;
    const supervisor = await as('sc.sup');
    const created = await supervisor.entries.create({ orgNodeId: hall.id, title: '第一条' });
    expect(created).toMatchObject({ orgName: hall.name, status: 'OPEN' });
    const list = await supervisor.entries.list({});
    expect(list.items.map((e) => e.id)).toContain(created.id);
  });

  it('another district sees none of it and may not add there', async () => {
    const hall = f.seeded.districts[0]!.halls[0]!;
    const other = await as('xh.sup');
    expect((await other.entries.list({})).items.every((e) => e.orgNodeId !== hall.id)).toBe(true);
    await expect(other.entries.create({ orgNodeId: hall.id, title: 'x' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
