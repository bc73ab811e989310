import { localServiceClient } from '@duda/service-kit';
import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database } from '../database.ts';
import { createFormsService, type FormsService } from '../module.ts';
import { seedFormsDemo, type SeededForms } from './index.ts';

let f: OrgFixture;
let service: FormsService;
let seeded: SeededForms;

beforeAll(async () => {
  f = await orgFixture({ with: [database] });
  service = createFormsService({ pool: f.db.pool, org: localServiceClient(f.org.router) });
  seeded = await seedFormsDemo(service.prisma, f.seeded);
});
afterAll(async () => {
  await service.close();
  await f.close();
});

const byCode = async (code: string) =>
  service.prisma.formSubmission.findMany({
    where: { version: { template: { code, orgNodeId: f.seeded.provinceId } } },
  });

describe('the forms demo data', () => {
  it('publishes the ten hall forms as the province templates, each with records but 表8 (taken in as complaint cases)', async () => {
    const templates = await service.prisma.formTemplate.findMany({
      where: { orgNodeId: f.seeded.provinceId },
      include: { versions: true },
      orderBy: { createdAt: 'asc' },
    });
    expect(templates.map((t) => t.code)).toEqual([
      '表1',
      '表2',
      '表3',
      '表4',
      '表5',
      '表6',
      '表7',
      '表8',
      '表9',
      '表10',
    ]);
    expect(templates.every((t) => t.orgLevel === 'province' && t.versions[0]?.status === 'PUBLISHED')).toBe(
      true,
    );
    expect(templates.filter((t) => t.versions[0]?.approvalFlow !== null).map((t) => t.code)).toEqual([
      '表1',
      '表6',
      '表10',
    ]);
    for (const template of templates.filter((t) => t.code !== '表8'))
      expect((await byCode(template.code)).length).toBeGreaterThan(0);
    expect(await byCode('表8')).toEqual([]);
    expect(seeded.submissions.length).toBe(await service.prisma.formSubmission.count());
  });

  it('stores the computed values: 表1 weights total 100 with the self-score total, 表10 leave days from the dates', async () => {
    const [plan] = await byCode('表1');
    expect(plan?.data).toMatchObject({ weightTotal: 100, selfScoreTotal: 90.6 });
    const leaves = (await byCode('表10')).map((s) => (s.data as { days: number }).days).sort();
    expect(leaves).toContain(3);
    expect(leaves).toContain(1);
  });

  it('is idempotent', async () => {
    const before = await service.prisma.formSubmission.count();
    expect(await seedFormsDemo(service.prisma, f.seeded)).toEqual({ versions: {}, submissions: [] });
    expect(await service.prisma.formSubmission.count()).toBe(before);
  });
});
