import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectionFixture, type InspectionFixture } from '../testing/fixture.ts';

describe('who reads and maintains the city’s standards (against PostgreSQL)', () => {
  let f: InspectionFixture;
  beforeAll(async () => {
    f = await inspectionFixture();
  });
  afterAll(() => f.close());

  it('lets everyone who works to the standards read them, district and hall staff included', async () => {
    for (const username of ['city.sup', 'sc.sup', 'hubin.mgr', 'leader']) {
      const caller = await f.as(username);
      const names = (await caller.templates.list({ includeRetired: false })).map((t) => t.name);
      expect(names, username).toEqual(['营业厅服务规范达标检查标准', '营业厅日检表']);
      const standard = await caller.templates.get({ id: f.templates.standardId });
      expect(standard.sections.length, username).toBeGreaterThan(0);
    }
  });

  it('shows the province’s administrator the standards of its cities, not a dead end', async () => {
    const admin = await f.as('admin');
    const names = (await admin.templates.list({ includeRetired: false })).map((t) => t.name);
    expect(names).toEqual(['营业厅服务规范达标检查标准', '营业厅日检表']);
    expect((await admin.templates.get({ id: f.templates.standardId })).status).toBe('PUBLISHED');
  });

  it('keeps the standards from those who have nothing to do with inspections', async () => {
    const clerk = await f.as('hubin.clerk');
    await expect(clerk.templates.list({ includeRetired: false })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(clerk.templates.get({ id: f.templates.standardId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('shows a draft version only to those who maintain the standards, as the list does', async () => {
    const city = await f.as('city.sup');
    const { id } = await city.templates.createDraft({ fromId: f.templates.standardId });
    expect((await city.templates.get({ id })).status).toBe('DRAFT');
    for (const username of ['sc.sup', 'hubin.mgr', 'leader']) {
      const reader = await f.as(username);
      await expect(reader.templates.get({ id }), username).rejects.toMatchObject({ code: 'NOT_FOUND' });
    }
  });

  it('leaves maintenance to the city', async () => {
    const district = await f.as('sc.sup');
    await expect(district.templates.createDraft({ fromId: f.templates.standardId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
