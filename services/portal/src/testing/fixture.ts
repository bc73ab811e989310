// A real portal service beside real org, inspection and training services on one fresh test database with the
// small test organisation (the demo's named accounts in two districts and five halls): the inbox asks the two
// areas in process, as the gateway wires them. One clock for all.
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { localFolderStorage } from '@duda/file-storage';
import { localServiceClient, type CallerContext, type ServiceClient } from '@duda/service-kit';
import {
  createInspectionService,
  database as inspectionDatabase,
  type InspectionService,
} from '@duda/service-inspection';
import { createOrgService, database as orgDatabase, type OrgService } from '@duda/service-org';
import { seedSmallOrg, type SeededOrg } from '@duda/service-org/seed';
import { signedInContexts } from '@duda/service-org/testing';
import {
  createTrainingService,
  database as trainingDatabase,
  type TrainingService,
} from '@duda/service-training';
import { database } from '../database.ts';
import type { InboxSource } from '../inbox/sources.ts';
import { createPortalService, type PortalService } from '../module.ts';

export interface PortalFixture {
  db: TestDatabase;
  org: OrgService;
  inspection: InspectionService;
  training: TrainingService;
  portal: PortalService;
  seeded: SeededOrg;
  clock: { now: Date };
  /** The areas in process, as the gateway hands them to the portal. */
  clients: Record<'inspection' | 'training', ServiceClient>;
  hall(code: string): { id: string; name: string };
  contextOf(username: string): Promise<CallerContext>;
  /** The portal router called as that person (a demo username or 工号). */
  as(username: string): Promise<ReturnType<PortalService['router']['createCaller']>>;
  /** Another portal service on the same database, asking other sources (an area down, a slow one). */
  portalWith(inbox: InboxSource[]): PortalService;
  close(): Promise<void>;
}

export async function portalFixture(start = new Date('2026-11-23T02:00:00Z')): Promise<PortalFixture> {
  const db = await createTestDatabase([orgDatabase, inspectionDatabase, trainingDatabase, database]);
  const clock = { now: start };
  const now = () => clock.now;
  const org = createOrgService({ pool: db.pool, now });
  const seeded = await seedSmallOrg(org.prisma);
  const orgClient = localServiceClient(org.router);
  const inspection = createInspectionService({
    pool: db.pool,
    org: orgClient,
    photos: localFolderStorage(await makeTempDir('duda-portal-photos-')),
    secret: 'test-secret',
    now,
  });
  const training = createTrainingService({ pool: db.pool, org: orgClient, now });
  const clients = {
    inspection: localServiceClient(inspection.router),
    training: localServiceClient(training.router),
  };
  const portals: PortalService[] = [];
  const portalWith = (inbox: InboxSource[]) => {
    const made = createPortalService({ pool: db.pool, org: orgClient, inbox, now });
    portals.push(made);
    return made;
  };
  const portal = portalWith(Object.entries(clients).map(([area, client]) => ({ area, client })));
  const contextOf = signedInContexts(org);
  const halls = seeded.districts.flatMap((d) => d.halls);
  return {
    db,
    org,
    inspection,
    training,
    portal,
    seeded,
    clock,
    clients,
    hall: (code) => halls.find((h) => h.code === code)!,
    contextOf,
    as: async (username) => portal.router.createCaller(await contextOf(username)),
    portalWith,
    close: async () => {
      for (const made of portals) await made.close();
      await training.close();
      await inspection.close();
      await org.close();
      await db.drop();
    },
  };
}

/**
 * A published exam open from `opensAt` to `closesAt` with the named people as candidates, written straight into
 * the training schema: the inbox only needs it to be there (taking one is the training service's own test).
 */
export async function publishedExam(
  f: PortalFixture,
  title: string,
  window: { opensAt: Date; closesAt: Date },
  candidates: string[],
) {
  const prisma = f.training.prisma;
  const cityId = f.seeded.cityId;
  const trainerId = f.seeded.demoPeople.trainer!.id;
  const paper = await prisma.paper.create({
    data: { cityId, title: `${title}试卷`, kind: 'FIXED', status: 'PUBLISHED', createdById: trainerId },
  });
  const exam = await prisma.exam.create({
    data: {
      cityId,
      orgNodeId: cityId,
      orgName: '杭州分公司',
      title,
      kind: 'CITY_MONTHLY',
      month: '2026-11',
      status: 'PUBLISHED',
      paperId: paper.id,
      target: { orgNodeIds: [cityId], roles: [], personIds: [] },
      ...window,
      timeLimitMinutes: 30,
      passMark: 60,
      publishedAt: window.opensAt,
      createdById: trainerId,
    },
  });
  await prisma.examCandidate.createMany({
    data: candidates.map((username) => {
      const person = f.seeded.demoPeople[username]!;
      const hall = f.hall(person.orgCode);
      return {
        examId: exam.id,
        personId: person.id,
        personName: person.name,
        staffNo: username,
        orgNodeId: hall.id,
        orgName: hall.name,
        orgPath: [hall.id, cityId],
      };
    }),
  });
  return exam;
}
