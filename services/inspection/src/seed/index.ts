// Demo data for the inspection area: standards with two versions, four months of plans, monthly,
// cross and mystery-shopper inspections, daily checks, rectification orders at every stage, monthly
// notices, an archived month and queue warnings. Skipped when the city already has standards.
import type { ChecklistTemplate } from '@duda/contract-inspection';
import { addMonths, currentMonth, monthsBetween } from '@duda/month';
import {
  CITY_STANDARD_CHECKLIST,
  DAILY_SELF_INSPECTION_CHECKLIST,
  DEFAULT_RECTIFICATION_POLICY,
} from '../domain/index.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { FileStorage } from '@duda/file-storage';
import type { InspectionPrisma } from '../prisma.ts';
import type { DemoHall, DemoOrg } from './demo-org.ts';
import { seedInspections } from './inspections.ts';
import { seedNotices } from './notices.ts';
import { seedPlans } from './plans.ts';
import { seedQueue } from './queue.ts';
import { demoPhoto } from './png.ts';
import { seededRandom } from './random.ts';
import { at } from './time.ts';

export type { DemoOrg } from './demo-org.ts';

async function seedTemplates(prisma: InspectionPrisma, cityId: string, authorId: string, months: string[]) {
  const standardLine = crypto.randomUUID();
  const dailyLine = crypto.randomUUID();
  const content = (c: typeof CITY_STANDARD_CHECKLIST) => ({
    sections: c.sections as unknown as Prisma.InputJsonValue,
    itemCount: c.sections.reduce((n, s) => n + s.items.length, 0),
  });
  // Version 1 weighted waiting time lower; the city re-weighted toward it in version 2
  // (docs/domain.md#standards).
  const v1Sections = CITY_STANDARD_CHECKLIST.sections.map((s) => ({
    ...s,
    items: s.items.map((i) =>
      s.code === 'D' && i.weight > 0 ? { ...i, weight: Math.max(1, i.weight - 1) } : i,
    ),
  }));
  const [v1, v2, daily] = await Promise.all([
    prisma.checklistTemplate.create({
      data: {
        lineId: standardLine,
        cityId,
        name: CITY_STANDARD_CHECKLIST.name,
        kind: 'STANDARD',
        version: 1,
        status: 'RETIRED',
        passLine: 80,
        ...content({ ...CITY_STANDARD_CHECKLIST, sections: v1Sections }),
        publishedAt: at(`${months[0]}-01`, 9),
        createdById: authorId,
      },
    }),
    prisma.checklistTemplate.create({
      data: {
        lineId: standardLine,
        cityId,
        name: CITY_STANDARD_CHECKLIST.name,
        kind: 'STANDARD',
        version: 2,
        status: 'PUBLISHED',
        passLine: 80,
        ...content(CITY_STANDARD_CHECKLIST),
        publishedAt: at(`${months[2]}-01`, 9),
        createdById: authorId,
      },
    }),
    prisma.checklistTemplate.create({
      data: {
        lineId: dailyLine,
        cityId,
        name: DAILY_SELF_INSPECTION_CHECKLIST.name,
        kind: 'DAILY',
        version: 1,
        status: 'PUBLISHED',
        passLine: 80,
        ...content(DAILY_SELF_INSPECTION_CHECKLIST),
        publishedAt: at(`${months[0]}-01`, 9),
        createdById: authorId,
      },
    }),
  ]);
  const asDomain = (
    row: typeof v1,
    sections: ChecklistTemplate['sections'],
  ): ChecklistTemplate & { rowId: string } => ({
    rowId: row.id,
    id: row.lineId,
    cityId,
    name: row.name,
    kind: row.kind,
    version: row.version,
    status: row.status,
    passLine: row.passLine,
    publishedAt: row.publishedAt,
    sections,
  });
  return {
    /** The standard version in use on a given month. */
    standardFor: (month: string) =>
      month < months[2]! ? asDomain(v1, v1Sections) : asDomain(v2, CITY_STANDARD_CHECKLIST.sections),
    standardLine,
    daily: asDomain(daily, DAILY_SELF_INSPECTION_CHECKLIST.sections),
  };
}

async function seedPhotos(prisma: InspectionPrisma, storage: FileStorage, halls: DemoHall[]) {
  const colours: [number, number, number][] = [
    [176, 196, 222],
    [205, 190, 160],
    [190, 210, 190],
  ];
  const byHall = new Map<string, string[]>();
  for (const [h, hall] of halls.entries()) {
    const ids: string[] = [];
    for (let i = 0; i < 2; i++) {
      const id = crypto.randomUUID();
      const key = `photos/${hall.id}/${id}.png`;
      const bytes = demoPhoto(160, 120, colours[(h + i) % colours.length]!);
      await storage.put(key, bytes, 'image/png');
      await prisma.photo.create({
        data: {
          id,
          hallId: hall.id,
          storageKey: key,
          contentType: 'image/png',
          size: bytes.length,
          uploadedById: hall.manager.id,
        },
      });
      ids.push(id);
    }
    byHall.set(hall.id, ids);
  }
  return byHall;
}

export async function seedInspectionDemo(
  prisma: InspectionPrisma,
  storage: FileStorage,
  org: DemoOrg,
  now: Date,
) {
  if ((await prisma.checklistTemplate.count({ where: { cityId: org.cityId } })) > 0) return { skipped: true };
  const random = seededRandom(20261001);
  const current = currentMonth(now);
  const months = monthsBetween(addMonths(current, -3), current);
  const halls: DemoHall[] = org.districts.flatMap((d) =>
    d.halls.map((h) => ({
      ...h,
      districtId: d.id,
      districtName: d.name,
      manager: org.hallStaff[h.code]![0]!,
      quality: 0.72 + random.next() * 0.26,
    })),
  );
  const citySupervisor = org.demoPeople['city.sup']!;
  const templates = await seedTemplates(prisma, org.cityId, citySupervisor.id, months);
  const photos = await seedPhotos(prisma, storage, halls);
  const plans = await seedPlans(prisma, {
    org,
    halls,
    months,
    now,
    standardLine: templates.standardLine,
    random,
  });
  const inspections = await seedInspections(prisma, {
    org,
    halls,
    plans,
    templates,
    photos,
    now,
    random,
    policy: DEFAULT_RECTIFICATION_POLICY,
  });
  await seedNotices(prisma, { org, halls, months, now });
  await seedQueue(prisma, { cityId: org.cityId, halls, now });
  return { months, ...inspections };
}
