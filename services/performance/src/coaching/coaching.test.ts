// Coaching end to end on real databases. October and November are shown: 湖滨's clerk 赵雪 stays 不合格 (55 → 58),
// her colleague 钱晓云 improves (70 → 78), 南星's manager 吴俊 is 不合格 (50), 西湖's 沈佳琪 is below the threshold
// (40). 湖滨's manager sees his hall, 上城's supervisor its halls; the manager plans 赵雪's improvement, its
// follow-ups are his to-dos from their dates until recorded, and he closes it; he recognises 钱晓云. The clock starts
// on 2026-11-10 (China time).
import { router } from '@duda/service-kit';
import { fetchRequestHandler } from '@trpc/server/adapters/fetch';
import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { coachingFixture, MONTH, PREVIOUS, type CoachingFixture } from './test-support.ts';

let f: CoachingFixture;
const ZHAO = 'HZ10103';
const QIAN = 'HZ10110';
const WU = 'HZ10201';
const SHEN = 'HZ13001';

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { cause?: { code?: string }; code?: string }) => error.cause?.code ?? error.code ?? String(error),
  );

let managerId: string;
let zhaoId: string;

beforeAll(async () => {
  f = await coachingFixture();
  for (const [month, staffNo, score] of [
    [PREVIOUS, ZHAO, 55],
    [PREVIOUS, QIAN, 70],
    [MONTH, ZHAO, 58],
    [MONTH, QIAN, 78],
    [MONTH, WU, 50],
    [MONTH, SHEN, 40],
  ] as const)
    await f.assess(month, staffNo, score);
  managerId = (await f.inspection.contextOf('hubin.mgr')).actor!.personId;
  zhaoId = (await f.inspection.contextOf('hubin.clerk')).actor!.personId;
}, 300_000);
afterAll(() => f.close());

const plan = (today = '2026-11-10') => ({
  scorecardId: f.cardOf(MONTH, ZHAO),
  goal: '服务规范检查不再扣分',
  actions: [
    { description: '每天班前复习服务规范', ownerId: zhaoId, followUpOn: today },
    { description: '店长每周抽查一次', ownerId: managerId, followUpOn: '2026-11-20' },
  ],
});

describe('the coaching page', () => {
  it('lists the hall manager’s low performers and improvers of his hall, never his own card', async () => {
    const board = await (await f.as('hubin.mgr')).coaching.board({ month: MONTH });
    expect(board.thresholds).toEqual({ lowScore: 60, improveBy: 5 });
    expect(board.lowPerformers).toMatchObject([
      { personName: '赵雪', final: 58, grade: 'FAIL', reasons: ['FAIL_GRADE', 'LOW_SCORE'], plan: null },
    ]);
    // 70 → 78 is 8 points up; 合格 both months.
    expect(board.improvers).toMatchObject([
      { personName: '钱晓云', final: 78, previous: { final: 70, grade: 'PASS' }, reasons: ['SCORE_UP'] },
    ]);
    expect(board.openPlans).toEqual([]);
  });

  it('shows a district its halls, not the other district’s; a clerk has no coaching page', async () => {
    const board = await (await f.as('sc.sup')).coaching.board({ month: MONTH });
    expect(board.lowPerformers.map((one) => one.personName).sort()).toEqual(['吴俊', '赵雪'].sort());
    const xh = await (await f.as('xh.sup')).coaching.board({ month: MONTH });
    expect(xh.lowPerformers.map((one) => one.personName)).toEqual(['沈佳琪']);
    expect(await codeOf((await f.as('hubin.clerk')).coaching.board({ month: MONTH }))).toBe(
      'performance.coaching.coachDenied',
    );
  });
});

describe('an improvement plan', () => {
  it('is refused for someone not low, by a clerk, with a past date or an outside owner — nothing written', async () => {
    const manager = await f.as('hubin.mgr');
    expect(await codeOf(manager.coaching.createPlan({ ...plan(), scorecardId: f.cardOf(MONTH, QIAN) }))).toBe(
      'performance.coaching.notLowPerformer',
    );
    expect(await codeOf((await f.as('hubin.clerk')).coaching.createPlan(plan()))).toBe(
      'performance.coaching.coachDenied',
    );
    expect(await codeOf((await f.as('nanxing.mgr')).coaching.createPlan(plan()))).toBe(
      'performance.coaching.coachDenied',
    );
    expect(await codeOf(manager.coaching.createPlan(plan('2026-11-09')))).toBe(
      'performance.coaching.followUpInPast',
    );
    const outsider = plan();
    outsider.actions[1]!.ownerId = (await f.inspection.contextOf('hubin.duty')).actor!.personId;
    expect(await codeOf(manager.coaching.createPlan(outsider))).toBe('performance.coaching.ownerOutsidePlan');
    // 清波's manager was not assessed: his result is not shown.
    expect(
      await codeOf(
        (await f.as('sc.sup')).coaching.createPlan({
          ...plan(),
          scorecardId: f.cardOf(MONTH, 'HZ10301'),
          actions: [{ description: '复盘', ownerId: managerId, followUpOn: '2026-11-12' }],
        }),
      ),
    ).toBe('performance.coaching.notShown');
    expect((await manager.coaching.listPlans({ scope: 'units' })).total).toBe(0);
  });

  it('is made by the superior, once per person, and shows on the page', async () => {
    const manager = await f.as('hubin.mgr');
    const made = await manager.coaching.createPlan(plan());
    expect(made).toMatchObject({
      status: 'OPEN',
      month: MONTH,
      personName: '赵雪',
      coachName: '李娜',
      nextFollowUpOn: '2026-11-10',
      canCoach: true,
      actions: [
        {
          description: '每天班前复习服务规范',
          ownerName: '赵雪',
          followUpOn: '2026-11-10',
          followedUpAt: null,
        },
        { description: '店长每周抽查一次', ownerName: '李娜', followUpOn: '2026-11-20' },
      ],
    });
    expect(await codeOf(manager.coaching.createPlan(plan()))).toBe('performance.coaching.planAlreadyOpen');
    const board = await manager.coaching.board({ month: MONTH });
    expect(board.lowPerformers[0]!.plan).toEqual({ id: made.id, status: 'OPEN' });
    expect(board.openPlans).toMatchObject([
      { id: made.id, personName: '赵雪', nextFollowUpOn: '2026-11-10' },
    ]);
  });

  it('is read by the person, her hall manager and district; not by her colleague or another hall', async () => {
    const { items } = await (await f.as('hubin.mgr')).coaching.listPlans({ scope: 'units' });
    const id = items[0]!.id;
    const clerk = await f.as('hubin.clerk');
    expect((await clerk.coaching.listPlans({})).items).toMatchObject([{ id, canCoach: false }]);
    expect(await clerk.coaching.getPlan({ id })).toMatchObject({ goal: '服务规范检查不再扣分' });
    expect((await (await f.as('sc.sup')).coaching.getPlan({ id })).canCoach).toBe(true);
    for (const who of [QIAN, 'nanxing.mgr', 'xh.sup']) {
      expect(await codeOf((await f.as(who)).coaching.getPlan({ id }))).toBe(
        'performance.coaching.planNotFound',
      );
      expect((await (await f.as(who)).coaching.listPlans({ scope: 'units' })).total).toBe(0);
    }
    expect(
      await codeOf(clerk.coaching.followUp({ planId: id, actionId: items[0]!.id, note: '我自己记' })),
    ).toBe('performance.coaching.coachDenied');
  });
});

describe('follow-ups in the inbox', () => {
  const followUps = async () =>
    (await (await f.as('hubin.mgr')).pending.mine({ limit: 50 })).items.filter(
      (item) => item.kind === 'coaching.followUp',
    );

  it('appear from their date, go once recorded, and a plan closes only when all are recorded', async () => {
    const manager = await f.as('hubin.mgr');
    const [first] = await followUps();
    expect(await followUps()).toHaveLength(1);
    expect(first).toMatchObject({
      title: '赵雪 · 每天班前复习服务规范',
      overdue: false,
      orgName: '湖滨营业厅',
    });
    const planId = first!.route.path.split('/').at(-1)!;
    expect(first!.route).toEqual({ remote: 'performance', path: `coaching/plans/${planId}` });
    // Nobody else gets the manager's follow-up.
    expect(
      (await (await f.as('sc.sup')).pending.mine({ limit: 50 })).items.some(
        (item) => item.kind === 'coaching.followUp',
      ),
    ).toBe(false);

    const plan = await manager.coaching.getPlan({ id: planId });
    const [today, later] = plan.actions;
    const after = await manager.coaching.followUp({
      planId,
      actionId: today!.id,
      note: '已按规范复习，抽问全对',
    });
    expect(after.actions[0]).toMatchObject({
      followUpNote: '已按规范复习，抽问全对',
      followedUpByName: '李娜',
    });
    expect(after.nextFollowUpOn).toBe('2026-11-20');
    expect(await followUps()).toEqual([]);
    expect(await codeOf(manager.coaching.followUp({ planId, actionId: today!.id, note: '再记一次' }))).toBe(
      'performance.coaching.followUpRecorded',
    );
    expect(await codeOf(manager.coaching.closePlan({ id: planId, outcome: 'IMPROVED', note: '好转' }))).toBe(
      'performance.coaching.followUpsOpen',
    );

    // The 20th passed unrecorded: overdue on the 21st.
    f.inspection.clock.now = new Date('2026-11-21T02:00:00Z');
    expect(await followUps()).toMatchObject([{ title: '赵雪 · 店长每周抽查一次', overdue: true }]);
    await manager.coaching.followUp({ planId, actionId: later!.id, note: '抽查两次均规范' });
    expect(await followUps()).toEqual([]);

    const closed = await manager.coaching.closePlan({
      id: planId,
      outcome: 'IMPROVED',
      note: '连续两周规范',
    });
    expect(closed).toMatchObject({ status: 'IMPROVED', closingNote: '连续两周规范', closedByName: '李娜' });
    expect(await codeOf(manager.coaching.closePlan({ id: planId, outcome: 'MOVED_ON', note: '调岗' }))).toBe(
      'performance.coaching.planClosed',
    );
    expect((await manager.coaching.board({ month: MONTH })).openPlans).toEqual([]);
  });
});

describe('recognition', () => {
  it('marks an improver with a note, once, by her superior only', async () => {
    const card = f.cardOf(MONTH, QIAN);
    expect(
      await codeOf((await f.as('hubin.clerk')).coaching.recognise({ scorecardId: card, note: '好' })),
    ).toBe('performance.coaching.recogniseDenied');
    const manager = await f.as('hubin.mgr');
    // 赵雪: 55 → 58, 不合格 both months — no improvement by the city's 5 points.
    expect(
      await codeOf(manager.coaching.recognise({ scorecardId: f.cardOf(MONTH, ZHAO), note: '进步' })),
    ).toBe('performance.coaching.notImprover');
    await manager.coaching.recognise({ scorecardId: card, note: '本月服务评价明显提升' });
    expect(await codeOf(manager.coaching.recognise({ scorecardId: card, note: '再表扬' }))).toBe(
      'performance.coaching.alreadyRecognised',
    );
    const board = await manager.coaching.board({ month: MONTH });
    expect(board.improvers[0]!.recognition).toMatchObject({ note: '本月服务评价明显提升', byName: '李娜' });
  });
});

describe('the city’s thresholds', () => {
  it('are the city supervisor’s; a higher threshold lists more people', async () => {
    expect(
      await codeOf((await f.as('hubin.mgr')).coaching.saveSettings({ lowScore: 80, improveBy: 5 })),
    ).toBe('performance.coaching.settingsDenied');
    const sup = await f.as('city.sup');
    await expect(sup.coaching.saveSettings({ lowScore: 120, improveBy: 5 })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    expect(await sup.coaching.saveSettings({ lowScore: 80, improveBy: 10 })).toEqual({
      lowScore: 80,
      improveBy: 10,
    });
    const board = await (await f.as('hubin.mgr')).coaching.board({ month: MONTH });
    // 78 is now below 80; 8 points up is no longer 10.
    expect(board.lowPerformers.map((one) => one.personName)).toEqual(['赵雪', '钱晓云']);
    expect(board.improvers).toEqual([]);
    expect(await (await f.as('hubin.clerk')).coaching.settings({})).toEqual({ lowScore: 80, improveBy: 10 });
  });
});

describe('previewing thresholds', () => {
  it('counts the last closed month in the caller’s halls by the page’s rules, saving nothing', async () => {
    const start = f.inspection.clock.now;
    // In December, November is the last closed month.
    f.inspection.clock.now = new Date('2026-12-05T02:00:00Z');
    try {
      const sup = await f.as('city.sup');
      const saved = await sup.coaching.settings({});
      // 58 (不合格), 50 and 40 are below 60; 钱晓云 is 8 points up on October.
      expect(await sup.coaching.previewSettings({ lowScore: 60, improveBy: 5 })).toEqual({
        month: MONTH,
        shown: 4,
        lowPerformers: 3,
        improvers: 1,
      });
      expect(await sup.coaching.previewSettings({ lowScore: 80, improveBy: 10 })).toMatchObject({
        lowPerformers: 4,
        improvers: 0,
      });
      // The hall manager counts his hall without himself: 赵雪 and 钱晓云.
      expect(
        await (await f.as('hubin.mgr')).coaching.previewSettings({ lowScore: 60, improveBy: 5 }),
      ).toEqual({ month: MONTH, shown: 2, lowPerformers: 1, improvers: 1 });
      expect(await sup.coaching.settings({})).toEqual(saved);
      expect(
        await codeOf((await f.as('hubin.clerk')).coaching.previewSettings({ lowScore: 60, improveBy: 5 })),
      ).toBe('performance.coaching.coachDenied');
      await expect(sup.coaching.previewSettings({ lowScore: 60, improveBy: 0 })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      });
    } finally {
      f.inspection.clock.now = start;
    }
  });
});

describe('bad input', () => {
  /** One mutation through tRPC's HTTP handling, as the portal sends it; the answer's error message. */
  async function post(path: string, input: unknown) {
    const ctx = { ...(await f.inspection.contextOf('hubin.mgr')), passwordChangeRequired: false };
    const response = await fetchRequestHandler({
      endpoint: '/trpc',
      router: router({ performance: f.performance.router }),
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

  it('names the field as the pages do, and writes nothing', async () => {
    const before = await f.performance.deps.prisma.improvementPlan.count();
    const goal = await post('performance.coaching.createPlan', { ...plan(), goal: '改'.repeat(501) });
    expect(goal).toEqual({ status: 400, message: '改进目标：最多 500 个字，请删减后再提交' });
    const long = plan();
    long.actions[1]!.description = '查'.repeat(501);
    expect((await post('performance.coaching.createPlan', long)).message).toBe(
      '措施：最多 500 个字，请删减后再提交',
    );
    expect(await f.performance.deps.prisma.improvementPlan.count()).toBe(before);
  });
});
