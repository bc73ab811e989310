// A real inspection service beside a real org service on a fresh test database: the small test
// organisation (the demo's named accounts in two districts and five halls), the city's two published
// standards, and callers for the named people.
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { localFolderStorage } from '@duda/file-storage';
import { localServiceClient, type CallerContext } from '@duda/service-kit';
import { createOrgService, database as orgDatabase, type OrgService } from '@duda/service-org';
import { seedSmallOrg, type SeededOrg } from '@duda/service-org/seed';
import { signedInContexts } from '@duda/service-org/testing';
import { database } from '../database.ts';
import type { ChecklistTemplateContent } from '@duda/contract-inspection';
import { CITY_STANDARD_CHECKLIST, DAILY_SELF_INSPECTION_CHECKLIST } from '../domain/index.ts';
import { createInspectionService, type InspectionService } from '../index.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { demoPhoto } from '../seed/png.ts';

export interface InspectionFixture {
  db: TestDatabase;
  org: OrgService;
  inspection: InspectionService;
  seeded: SeededOrg;
  clock: { now: Date };
  templates: { standardId: string; standardLine: string; dailyId: string };
  hall(code: string): { id: string; name: string };
  district(code: string): { id: string; name: string };
  contextOf(username: string): Promise<CallerContext>;
  as(username: string): Promise<ReturnType<InspectionService['router']['createCaller']>>;
  orgAs(username: string): Promise<ReturnType<OrgService['router']['createCaller']>>;
  close(): Promise<void>;
}

/** A standard as the seed publishes it: the city's first version, ready for inspections. */
export async function publishTemplate(
  inspection: InspectionService,
  cityId: string,
  authorId: string,
  content: ChecklistTemplateContent,
) {
  const row = await inspection.prisma.checklistTemplate.create({
    data: {
      lineId: crypto.randomUUID(),
      cityId,
      name: content.name,
      kind: content.kind,
      version: 1,
      status: 'PUBLISHED',
      passLine: content.passLine,
      sections: content.sections as unknown as Prisma.InputJsonValue,
      itemCount: content.sections.reduce((n, s) => n + s.items.length, 0),
      publishedAt: new Date('2026-10-01T00:00:00Z'),
      createdById: authorId,
    },
  });
  return row;
}

export async function inspectionFixture(
  start = new Date('2026-11-10T02:00:00Z'),
): Promise<InspectionFixture> {
  const db = await createTestDatabase([orgDatabase, database]);
  const clock = { now: start };
  const now = () => clock.now;
  const org = createOrgService({ pool: db.pool, now });
  const seeded = await seedSmallOrg(org.prisma);
  const inspection = createInspectionService({
    pool: db.pool,
    org: localServiceClient(org.router),
    photos: localFolderStorage(await makeTempDir('duda-photos-')),
    secret: 'test-secret',
    now,
  });
  const citySupervisor = seeded.demoPeople['city.sup']!.id;
  const standard = await publishTemplate(inspection, seeded.cityId, citySupervisor, CITY_STANDARD_CHECKLIST);
  const daily = await publishTemplate(
    inspection,
    seeded.cityId,
    citySupervisor,
    DAILY_SELF_INSPECTION_CHECKLIST,
  );
  const contextOf = signedInContexts(org);
  const halls = seeded.districts.flatMap((d) => d.halls);
  return {
    db,
    org,
    inspection,
    seeded,
    clock,
    templates: { standardId: standard.id, standardLine: standard.lineId, dailyId: daily.id },
    hall: (code) => halls.find((h) => h.code === code)!,
    district: (code) => seeded.districts.find((d) => d.code === code)!,
    contextOf,
    as: async (username) => inspection.router.createCaller(await contextOf(username)),
    orgAs: async (username) => org.router.createCaller(await contextOf(username)),
    close: async () => {
      await inspection.close();
      await org.close();
      await db.drop();
    },
  };
}

/** Full marks on every item of the city standard, with a photo wherever one is required. */
export function perfectResults(content: ChecklistTemplateContent, photoId: string) {
  return content.sections.flatMap((s) =>
    s.items.map((item) => ({
      itemCode: item.code,
      outcome: item.scoringMode === 'POINTS' ? (item.maxPoints ?? 1) : ('PASS' as const),
      photoIds: item.photoRequired ? [photoId] : [],
    })),
  );
}

/** Uploads a small real PNG for the hall as that caller, the way the form does. */
export async function uploadPhoto(
  caller: Awaited<ReturnType<InspectionFixture['as']>>,
  hallId: string,
  bytes: Uint8Array = demoPhoto(32, 24, [200, 200, 200]),
  type = 'image/png',
) {
  const form = new FormData();
  form.set('hallId', hallId);
  form.set('file', new File([bytes], 'photo.png', { type }));
  return caller.inspections.uploadPhoto(form);
}

/**
 * A monthly visit (月度明查) to the hall by `username` against the city standard: started, every item passed
 * except those in `problems` (item code → the problem the inspector wrote), submitted.
 */
export async function submitVisit(
  f: InspectionFixture,
  username: string,
  hallId: string,
  problems: Readonly<Record<string, string>> = {},
) {
  const caller = await f.as(username);
  const photo = await uploadPhoto(caller, hallId);
  const { id } = await caller.inspections.start({
    clientKey: crypto.randomUUID(),
    hallId,
    kind: 'MONTHLY_VISIT',
    templateId: f.templates.standardId,
  });
  const results = perfectResults(CITY_STANDARD_CHECKLIST, photo.id).map((r) => {
    const note = problems[r.itemCode];
    if (note === undefined) return r;
    return { ...r, outcome: typeof r.outcome === 'number' ? 1 : ('FAIL' as const), note };
  });
  const outcome = await caller.inspections.submit({ id, results });
  return { id, photoId: photo.id, results, outcome };
}
