// `pnpm --filter @duda/service-portal bench`: the to-do inbox (portal.inbox.mine, ADR 0018) of a city supervisor
// with 2,000 pending items — answered orders waiting for their verification across the city and exams open to
// them — through the portal router as that person, asking every area the gateway's inbox asks (inspection,
// training, performance, forms, operations, org) in process, with today's duties and the monthly reports due, as
// the gateway wires it. Target (issue 13): p95 under 150 ms. Prints the figure beside its target, exits 1 on a miss.
//   BENCH_ORDERS (1950), BENCH_EXAMS (50), BENCH_RUNS (100), DATABASE_URL (else an embedded PostgreSQL).
import { randomUUID } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  applyMigrations,
  createDatabase,
  createPool,
  dropDatabase,
  startEmbeddedPostgres,
  type RunningPostgres,
} from '@duda/db';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { localFolderStorage } from '@duda/file-storage';
import { createLogger, localServiceClient, type CallerContext, type ServiceClient } from '@duda/service-kit';
import { createFormsService, database as formsDatabase } from '@duda/service-forms';
import { createInspectionService, database as inspectionDatabase } from '@duda/service-inspection';
import { createOperationsService, database as operationsDatabase } from '@duda/service-operations';
import { createOrgService, database as orgDatabase } from '@duda/service-org';
import { DEMO_PASSWORD, seedSmallOrg, type SeededOrg } from '@duda/service-org/seed';
import { createPerformanceService, database as performanceDatabase } from '@duda/service-performance';
import {
  createTrainingService,
  database as trainingDatabase,
  type TrainingService,
} from '@duda/service-training';
import { database } from '../src/database.ts';
import { inboxSources } from '../src/inbox/sources.ts';
import { createPortalService } from '../src/module.ts';

const ORDERS = Number(process.env.BENCH_ORDERS ?? 1_950);
const EXAMS = Number(process.env.BENCH_EXAMS ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const TARGET_MS = 150;
const NOW = new Date('2026-11-23T02:00:00Z');

async function server(): Promise<RunningPostgres & { cleanup(): Promise<void> }> {
  if (process.env.DATABASE_URL)
    return {
      url: process.env.DATABASE_URL,
      owned: false,
      stop: async () => undefined,
      cleanup: async () => undefined,
    };
  const dir = await makeTempDir('duda-bench-');
  const port = 55000 + Math.floor(Math.random() * 5000);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(dir, 'data'), port });
  return { ...pg, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

const p95 = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.ceil(samples.length * 0.95) - 1]!;

/** Orders the halls answered, each waiting for a supervisor to verify it, spread over the city's halls. */
async function answeredOrders(
  inspection: ReturnType<typeof createInspectionService>,
  seeded: SeededOrg,
  count: number,
) {
  const supervisor = seeded.demoPeople['city.sup']!;
  const template = await inspection.prisma.checklistTemplate.create({
    data: {
      lineId: randomUUID(),
      cityId: seeded.cityId,
      name: '压测检查标准',
      kind: 'STANDARD',
      version: 1,
      status: 'RETIRED',
      passLine: 80,
      sections: [],
      itemCount: 0,
      createdById: supervisor.id,
    },
  });
  const halls = seeded.districts.flatMap((district) => district.halls.map((hall) => ({ ...hall, district })));
  let made = 0;
  for (const [index, hall] of halls.entries()) {
    const share = index === halls.length - 1 ? count - made : Math.floor(count / halls.length);
    made += share;
    const visit = await inspection.prisma.inspection.create({
      data: {
        kind: 'MONTHLY_VISIT',
        status: 'SUBMITTED',
        hallId: hall.id,
        hallName: hall.name,
        districtId: hall.district.id,
        cityId: seeded.cityId,
        templateId: template.id,
        inspectorId: supervisor.id,
        inspectorName: supervisor.name,
        assigneeIds: [],
        inspectedOn: '2026-11-20',
        month: '2026-11',
        startedAt: new Date('2026-11-20T02:00:00Z'),
        submittedAt: new Date('2026-11-20T03:00:00Z'),
      },
    });
    await inspection.prisma.rectificationOrder.createMany({
      data: Array.from({ length: share }, (_, n) => ({
        inspectionId: visit.id,
        hallId: hall.id,
        hallName: hall.name,
        districtId: hall.district.id,
        cityId: seeded.cityId,
        month: '2026-11',
        itemCode: `B${n}`,
        itemTitle: `压测检查项 ${n}`,
        sectionName: '服务规范',
        severity: 'MINOR' as const,
        veto: false,
        problem: '台席不整洁',
        problemPhotoIds: [],
        evidenceRequired: false,
        status: 'RESPONDED' as const,
        attempt: 1,
        issuedAt: new Date('2026-11-20T03:00:00Z'),
        deadline: new Date(NOW.getTime() + (n % 7) * 86_400_000),
        verifierId: supervisor.id,
        verifierName: supervisor.name,
        responseMeasures: '已整改',
        respondedAt: new Date('2026-11-21T03:00:00Z'),
      })),
    });
  }
}

/** Exams open now with the supervisor among the candidates, closing over the coming days. */
async function openExams(training: TrainingService, seeded: SeededOrg, count: number) {
  const supervisor = seeded.demoPeople['city.sup']!;
  const trainerId = seeded.demoPeople.trainer!.id;
  const paper = await training.prisma.paper.create({
    data: {
      cityId: seeded.cityId,
      title: '压测试卷',
      kind: 'FIXED',
      status: 'PUBLISHED',
      createdById: trainerId,
    },
  });
  for (let n = 0; n < count; n++) {
    const exam = await training.prisma.exam.create({
      data: {
        cityId: seeded.cityId,
        orgNodeId: seeded.cityId,
        orgName: '杭州分公司',
        title: `压测考试 ${n}`,
        kind: 'CITY_MONTHLY',
        month: '2026-11',
        status: 'PUBLISHED',
        paperId: paper.id,
        target: { orgNodeIds: [seeded.cityId], roles: [], personIds: [] },
        opensAt: new Date(NOW.getTime() - 3_600_000),
        closesAt: new Date(NOW.getTime() + (n + 1) * 3_600_000),
        timeLimitMinutes: 30,
        passMark: 60,
        publishedAt: NOW,
        createdById: trainerId,
      },
    });
    await training.prisma.examCandidate.create({
      data: {
        examId: exam.id,
        personId: supervisor.id,
        personName: supervisor.name,
        staffNo: 'city.sup',
        orgNodeId: seeded.cityId,
        orgName: '杭州分公司',
        orgPath: [seeded.cityId],
      },
    });
  }
}

const pg = await server();
const name = `duda_bench_${randomUUID().slice(0, 8)}`;
const url = await createDatabase(pg.url, name);
const pool = createPool(url, 10);
try {
  for (const db of [
    orgDatabase,
    inspectionDatabase,
    trainingDatabase,
    formsDatabase,
    performanceDatabase,
    operationsDatabase,
    database,
  ])
    await applyMigrations(pool, db);
  const now = () => NOW;
  const org = createOrgService({ pool, now });
  const seeded = await seedSmallOrg(org.prisma);
  const orgClient = localServiceClient(org.router);
  const inspection = createInspectionService({
    pool,
    org: orgClient,
    photos: localFolderStorage(await makeTempDir('duda-bench-photos-')),
    secret: 'bench',
    now,
  });
  const training = createTrainingService({ pool, org: orgClient, now });
  const forms = createFormsService({ pool, org: orgClient, now });
  const operations = createOperationsService({ pool, org: orgClient, now });
  const performanceArea = createPerformanceService({
    pool,
    org: orgClient,
    inspection: localServiceClient(inspection.router),
    training: localServiceClient(training.router),
    forms: localServiceClient(forms.router),
    now,
  });
  const clients: Record<string, ServiceClient> = {
    org: orgClient,
    inspection: localServiceClient(inspection.router),
    training: localServiceClient(training.router),
    forms: localServiceClient(forms.router),
    performance: localServiceClient(performanceArea.router),
    operations: localServiceClient(operations.router),
  };
  const portal = createPortalService({
    pool,
    org: orgClient,
    inbox: inboxSources((area) => clients[area]!),
    dutiesInInbox: true,
    reportsInInbox: true,
    now,
  });
  await answeredOrders(inspection, seeded, ORDERS);
  await openExams(training, seeded, EXAMS);

  const login = await org.identity.login(
    { username: 'city.sup', password: DEMO_PASSWORD },
    { ip: '', userAgent: 'bench' },
  );
  const session = (await org.identity.resolveSession(login.token))!;
  const ctx: CallerContext = {
    requestId: 'bench',
    actor: session.actor,
    sessionId: session.sessionId,
    passwordChangeRequired: false,
    ip: '',
    userAgent: 'bench',
    log: createLogger('bench', 'silent'),
  };
  const caller = portal.router.createCaller(ctx);
  const first = await caller.inbox.mine({});
  console.log(
    `city supervisor's inbox: ${first.total} pending (${first.areas.map((a) => `${a.area} ${a.total}`).join(', ')}), ${first.items.length} shown`,
  );
  const unavailable = first.areas.filter((area) => !area.available).map((area) => area.area);
  if (unavailable.length > 0) throw new Error(`areas that did not answer: ${unavailable.join(', ')}`);
  if (first.total < ORDERS + EXAMS)
    throw new Error(`expected ${ORDERS + EXAMS} pending items, found ${first.total}`);
  for (let i = 0; i < 5; i++) await caller.inbox.mine({});
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await caller.inbox.mine({});
    samples.push(performance.now() - started);
  }
  const value = p95(samples);
  const missed = value > TARGET_MS;
  if (missed) process.exitCode = 1;
  console.log(
    `${'portal.inbox.mine'.padEnd(20)} p95 ${value.toFixed(1).padStart(7)} ms   target ${TARGET_MS} ms   ratio ${(value / TARGET_MS).toFixed(3)}   ${missed ? 'OVER BUDGET' : 'ok'}   (${RUNS} runs)`,
  );
  await portal.close();
  await performanceArea.close();
  await operations.close();
  await forms.close();
  await training.close();
  await inspection.close();
  await org.close();
} finally {
  await pool.end();
  await dropDatabase(pg.url, name);
  await pg.stop();
  await pg.cleanup();
}
