// The three sources read from their areas, end to end on real databases: performance beside real training and forms
// services. In November 湖滨's manager records two handling exercises of 赵雪 (one with mistakes), the trainer makes
// an article required for 湖滨's clerks that 赵雪 does not read by its deadline, and 湖滨 takes three complaints, two
// found 赵雪's responsibility; the portal publishes 赵雪's duties of the month (a count, then a newer one). The
// city's month run scores them with their evidence, asking each area once; 赵雪 opens in forms each complaint her
// scorecard counts against her, and not the hall's third.
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { localServiceClient, type ServiceClient } from '@duda/service-kit';
import {
  createTrainingService,
  database as trainingDatabase,
  type TrainingService,
} from '@duda/service-training';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formsBeside } from '../appeals/test-month.ts';
import { runFixture, type RunFixture } from '../scorecards/test-support.ts';
import { dutyRatesSubscription, storeDutyRates } from './duty-rates.ts';

const MONTH = '2026-11';
let f: RunFixture;
let training: TrainingService;
let trainingDb: TestDatabase;
let dropForms: () => Promise<void>;
let formsAs: Awaited<ReturnType<typeof formsBeside>>['formsAs'];
const complaintIds: string[] = [];
let articleId: string;
const calls: string[] = [];

/** Counts what the run asks of a service: each source must be asked once for the city, not once per person. */
const counted = (area: string, client: ServiceClient): ServiceClient => ({
  ...client,
  query: (caller, path, input) => {
    calls.push(`${area}.${path}`);
    return client.query(caller, path, input);
  },
});

const kpi = (name: string, source: string, direction: 'HIGHER' | 'LOWER', target: number, rule: object) => ({
  name,
  definition: name,
  unit: source === 'SKILL_TEST' || source === 'DUTY_COMPLETION_RATE' ? '%' : '件',
  direction,
  target,
  rule,
  source,
});

beforeAll(async () => {
  f = await runFixture();
  const beside = await formsBeside(f);
  dropForms = beside.drop;
  formsAs = beside.formsAs;
  f.performance.deps.forms = counted('forms', f.performance.deps.forms!);
  trainingDb = await createTestDatabase([trainingDatabase]);
  training = createTrainingService({
    pool: trainingDb.pool,
    org: localServiceClient(f.inspection.org.router),
    now: () => f.inspection.clock.now,
  });
  f.performance.deps.training = counted('training', localServiceClient(training.router));
  const trainingAs = async (username: string) =>
    training.router.createCaller({
      ...(await f.inspection.contextOf(username)),
      passwordChangeRequired: false,
    });

  const zhao = f.inspection.seeded.demoPeople['hubin.clerk']!;
  const hubin = f.inspection.hall('HZ-SC-01');
  const manager = await trainingAs('hubin.mgr');
  for (const errors of [0, 2])
    await manager.skills.handlingRecord({
      personId: zhao.id,
      task: 'OPEN_ACCOUNT',
      seconds: 240,
      errors,
      heldOn: '2026-11-05',
      notes: '',
    });

  const trainer = await trainingAs('trainer');
  const point = await training.prisma.knowledgePoint.create({
    data: { cityId: f.inspection.seeded.cityId, name: '服务规范' },
  });
  const article = await trainer.knowledge.create({
    title: '首问负责制',
    knowledgePointId: point.id,
    content: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: '负责到底。' }] }],
    },
  });
  articleId = article.id;
  await trainer.knowledge.setStatus({ id: article.id, status: 'PUBLISHED' });
  await trainer.knowledge.assign({
    articleId: article.id,
    roles: ['clerk'],
    orgNodeIds: [hubin.id],
    deadline: new Date('2026-11-20T15:59:59Z'),
  });

  // Three cases the duty manager took at 湖滨 in November, as forms keeps them once resolved (two found 赵雪's
  // responsibility): she handles none of them.
  const duty = f.inspection.seeded.demoPeople['hubin.duty']!;
  for (const [day, responsible] of [
    [6, zhao],
    [9, zhao],
    [12, null],
  ] as const) {
    const { id } = await beside.forms.prisma.complaint.create({
      data: {
        hallId: hubin.id,
        hallName: hubin.name,
        cityId: f.inspection.seeded.cityId,
        customerName: '王先生',
        contact: '13800000000',
        channel: 'HALL',
        category: 'SERVICE',
        description: '排队无人引导',
        evidence: [],
        status: 'CLOSED',
        dueAt: new Date(Date.UTC(2026, 10, day + 1, 2)),
        intakeById: duty.id,
        intakeByName: duty.name,
        responsibleId: responsible?.id ?? null,
        responsibleName: responsible?.name ?? null,
        // 10:00 in China on the day.
        receivedAt: new Date(Date.UTC(2026, 10, day, 2)),
      },
    });
    complaintIds.push(id);
  }

  const sup = await f.as('city.sup');
  const ids = [];
  for (const spec of [
    kpi('技能测试准确率', 'SKILL_TEST', 'HIGHER', 100, { kind: 'LINEAR', floor: 0 }),
    kpi('必读未读', 'UNREAD_READING', 'LOWER', 0, { kind: 'DEDUCTION', perUnit: 10, cap: 30 }),
    kpi('投诉件数', 'COMPLAINTS', 'LOWER', 0, { kind: 'DEDUCTION', perUnit: 10, cap: 30 }),
    kpi('必做完成率', 'DUTY_COMPLETION_RATE', 'HIGHER', 100, { kind: 'LINEAR', floor: 50 }),
  ])
    ids.push((await sup.kpis.create(spec as never)).id);
  const lines = ids.map((kpiId) => ({ kpiId, weight: 25 }));
  for (const role of ['clerk', 'hall_manager'] as const)
    await sup.schemes.create({ role, name: `${role} 方案`, fromMonth: MONTH, lines });
  // After the reading's deadline.
  f.inspection.clock.now = new Date('2026-11-22T02:00:00Z');
}, 180_000);
afterAll(async () => {
  await dropForms();
  await training.close();
  await trainingDb.drop();
  await f.close();
});

const cardOf = async (username: string) => {
  const caller = await f.as(username);
  const [mine] = (await caller.scorecards.list({ month: MONTH })).items;
  return caller.scorecards.get({ id: mine!.id });
};

const zhaoRates = (countedAt: string, done: number, missed: number) => ({
  cityId: f.inspection.seeded.cityId,
  month: MONTH,
  final: false,
  countedAt,
  people: [
    {
      personId: f.inspection.seeded.demoPeople['hubin.clerk']!.id,
      personName: '赵雪',
      done,
      missed,
      open: 3,
      rate: Math.round((done / (done + missed)) * 1000) / 1000,
    },
  ],
});

describe('the portal’s duty rates, as performance keeps them', () => {
  it('keeps the newest count of a month, whatever order the deliveries come in', async () => {
    const deliver = (payload: object, id: string) =>
      dutyRatesSubscription(f.performance.deps).deliver(
        {
          id,
          type: 'portal.duty-rates.published',
          occurredAt: new Date().toISOString(),
          payload: payload as never,
        },
        { subscriber: 'performance.keep-duty-rates', attempt: 1 },
      );
    await deliver(zhaoRates('2026-11-20T22:30:00.000Z', 6, 2), crypto.randomUUID());
    await deliver(zhaoRates('2026-11-21T22:30:00.000Z', 9, 1), crypto.randomUUID());
    // The earlier count delivered again, late: ignored.
    await storeDutyRates(f.performance.prisma, zhaoRates('2026-11-20T22:30:00.000Z', 6, 2));
    expect(
      await f.performance.prisma.dutyRate.findMany({ select: { done: true, missed: true, rate: true } }),
    ).toEqual([{ done: 9, missed: 1, rate: 0.9 }]);
    // A malformed payload is refused before anything is stored.
    await expect(
      deliver({ ...zhaoRates('2026-11-22T22:30:00.000Z', 1, 1), month: '2026-13' }, crypto.randomUUID()),
    ).rejects.toThrow();
    expect(await f.performance.prisma.dutyRateMonth.count()).toBe(1);
  });
});

describe(
  'skill tests, unread required reading, complaints and duties in the monthly run',
  { timeout: 120_000 },
  () => {
    it('asks training and forms once each for the whole city', async () => {
      calls.length = 0;
      const sup = await f.as('city.sup');
      await sup.months.run({ month: MONTH });
      expect((await sup.scorecards.list({ month: MONTH, pageSize: 50 })).total).toBe(7);
      expect(calls.sort()).toEqual([
        'forms.complaints.counts',
        'training.figures.reading',
        'training.figures.skills',
      ]);
    });

    it('scores the clerk’s skill tests, unread item and complaints, each record linked as evidence', async () => {
      const [skills, reading, complaints, duties] = (await cardOf('hubin.clerk')).lines;
      // One of two exercises without a mistake: 50 %.
      expect(skills!.value).toBe(50);
      expect(skills!.evidence.map((e) => [e.kind, e.figure, e.link])).toEqual([
        ['SKILL_TEST', 100, '/training/skills/handling'],
        ['SKILL_TEST', 0, '/training/skills/handling'],
      ]);
      expect(skills!.evidence[1]!.title).toBe('2026-11-05 开户（240 秒，差错 2 处）');
      expect(reading!.value).toBe(1);
      expect(reading!.evidence).toEqual([
        expect.objectContaining({
          kind: 'REQUIRED_READING',
          title: '首问负责制（2026-11-20 前未读完）',
          figure: 1,
          link: `/training/knowledge/${articleId}`,
        }),
      ]);
      expect(complaints!.value).toBe(2);
      expect(complaints!.evidence.map((e) => [e.kind, e.id, e.figure, e.link, e.grant])).toEqual(
        complaintIds.slice(0, 2).map((id) => ['COMPLAINTS', id, 1, `/forms/complaints/${id}`, undefined]),
      );
      expect(complaints!.evidence.map((e) => e.title)).toEqual([
        expect.stringMatching(/^2026-11-06 投诉 #\d+（服务类）$/),
        expect.stringMatching(/^2026-11-09 投诉 #\d+（服务类）$/),
      ]);
      // 9 of the 10 duties done or missed were done: 90 %.
      expect(duties!.value).toBe(90);
      expect(duties!.evidence).toEqual([
        expect.objectContaining({
          kind: 'DUTY_RATE',
          title: '必做完成 9 项、未完成 1 项、进行中 3 项',
          figure: 90,
          link: '/duties?tab=rates&span=month',
          counted: { at: '2026-11-21T22:30:00.000Z', final: false },
        }),
      ]);
    });

    it('gives the hall manager the hall’s complaints, and no skill or duty figure without a record', async () => {
      const [skills, reading, complaints, duties] = (await cardOf('hubin.mgr')).lines;
      expect([skills!.value, skills!.evidence]).toEqual([null, []]);
      // The portal published no count of the manager's duties: no figure.
      expect([duties!.value, duties!.evidence]).toEqual([null, []]);
      expect([reading!.value, reading!.evidence]).toEqual([0, []]);
      expect(complaints!.value).toBe(3);
      expect(complaints!.evidence.map((e) => e.link)).toEqual(
        complaintIds.map((id) => `/forms/complaints/${id}`),
      );
    });

    it('lets 赵雪 open in forms each complaint her scorecard counts against her — the contact masked — and not the hall’s third', async () => {
      const [, , complaints] = (await cardOf('hubin.clerk')).lines;
      const clerk = await formsAs('hubin.clerk');
      for (const record of complaints!.evidence)
        expect(await clerk.complaints.get({ id: record.id })).toMatchObject({
          id: record.id,
          contact: '138****0000',
          contactMasked: true,
          responsible: { name: '赵雪' },
        });
      await expect(clerk.complaints.get({ id: complaintIds[2]! })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      // Her manager handles every one of the hall's.
      const manager = await formsAs('hubin.mgr');
      for (const id of complaintIds)
        expect(await manager.complaints.get({ id })).toMatchObject({ id, contactMasked: false });
    });

    it('refuses the superior typing in a figure the areas give', async () => {
      const card = await cardOf('hubin.clerk');
      await (await f.as('hubin.clerk')).scorecards.selfAssess({ id: card.id, comment: '已阅' });
      const refused = await (
        await f.as('hubin.mgr')
      ).scorecards
        .assess({ id: card.id, comment: '', values: [{ kpiId: card.lines[2]!.kpiId, value: 0 }] })
        .then(
          () => null,
          (error: { cause?: { code?: string } }) => error.cause?.code,
        );
      expect(refused).toBe('performance.scorecards.lineNotManual');
    });
  },
);
