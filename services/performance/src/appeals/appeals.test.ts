// Appeals end to end on real databases: 湖滨's clerk appeals a line of her assessed scorecard; her manager records
// the interview — a 表9 record filed in a real forms service, which she then reads there — and accepts, which adds
// an adjustment through the scorecards' own code; every step is kept. Forms out of reach writes nothing. The
// window, one open appeal per line, who reads and who decides, and the signed-off month are refused, nothing written.
import { remoteServiceClient } from '@duda/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONTH, monthFixture, type MonthFixture } from './test-month.ts';
import { lockEveryDistrict } from '../scorecards/test-support.ts';

let f: MonthFixture;
const CLERK = 'HZ10103';
const OTHER_CLERK = 'HZ10110';
const interview = {
  date: '2026-11-11',
  topic: '关于检查扣分的申诉面谈',
  content: '核对了当天的排班表，扣分时该员工不在岗。',
  staffOpinion: '同意',
  actions: '',
};

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { cause?: { code?: string } }) => error.cause?.code ?? String(error),
  );

beforeAll(async () => {
  f = await monthFixture();
}, 300_000);
afterAll(() => f.close());

const clerkCardId = () => f.cards.get(CLERK)!.id;
const file = async (who = 'hubin.clerk', reason = '当天我调休，不在岗') =>
  (await f.as(who)).appeals.file({
    scorecardId: clerkCardId(),
    kpiId: f.kpiId,
    reason,
    evidence: [{ title: '排班表', url: 'https://example.com/roster.jpg' }, { title: '店长可作证' }],
  });

describe('filing', () => {
  it('waits until the result is shown, and only the person appeals their own scorecard', async () => {
    expect(await codeOf(file())).toBe('performance.appeals.notShown');
    await f.assess(CLERK, 70);
    expect(await codeOf(file('hubin.mgr'))).toBe('performance.appeals.ownOnly');
    expect(await codeOf(file('nanxing.mgr'))).toBe('performance.appeals.ownOnly');
    expect((await (await f.as('hubin.clerk')).appeals.list({})).total).toBe(0);
  });

  it('keeps the reason, the evidence and the first step; a second open appeal on the line is refused', async () => {
    const appeal = await file();
    expect(appeal).toMatchObject({
      status: 'FILED',
      kpiName: '工作态度',
      month: MONTH,
      reason: '当天我调休，不在岗',
      evidence: [
        { title: '排班表', url: 'https://example.com/roster.jpg' },
        { title: '店长可作证', url: null },
      ],
      canDecide: false,
      steps: [{ status: 'FILED', byName: '赵雪', note: '当天我调休，不在岗' }],
    });
    expect(await codeOf(file())).toBe('performance.appeals.alreadyOpen');
    expect((await (await f.as('hubin.clerk')).appeals.list({})).total).toBe(1);
  });

  it('refuses an evidence link that is not a web address, with nothing written', async () => {
    const clerk = await f.as('hubin.clerk');
    await expect(
      clerk.appeals.file({
        scorecardId: clerkCardId(),
        kpiId: f.kpiId,
        reason: '再次申诉',
        evidence: [{ title: '脚本', url: 'javascript:alert(1)' }],
      }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect((await clerk.appeals.list({})).total).toBe(1);
  });
});

describe('who reads it', () => {
  it('the clerk her own, her hall manager and her district their units; nobody else', async () => {
    const [mine] = (await (await f.as('hubin.clerk')).appeals.list({})).items;
    const units = async (who: string) =>
      (await (await f.as(who)).appeals.list({ scope: 'units' })).items.map((a) => [
        a.personName,
        a.canDecide,
      ]);
    expect(await units('hubin.mgr')).toEqual([['赵雪', true]]);
    expect(await units('sc.sup')).toEqual([['赵雪', true]]);
    expect(await units('xh.sup')).toEqual([]);
    expect(await units('nanxing.mgr')).toEqual([]);
    for (const who of ['nanxing.mgr', 'xh.sup', OTHER_CLERK, 'hr'])
      expect(await codeOf((await f.as(who)).appeals.get({ id: mine!.id }))).toBe(
        'performance.appeals.notFound',
      );
    expect(await (await f.as(OTHER_CLERK)).appeals.ofScorecard({ scorecardId: clerkCardId() })).toEqual([]);
    expect(
      (await (await f.as('hubin.mgr')).appeals.ofScorecard({ scorecardId: clerkCardId() })).map(
        (a) => a.status,
      ),
    ).toEqual(['FILED']);
  });

  it('is the hall manager’s to-do, not the district’s', async () => {
    const kinds = async (who: string) =>
      (await (await f.as(who)).pending.mine({ limit: 20 })).items.map((item) => item.kind);
    expect(await kinds('hubin.mgr')).toContain('appeal.decide');
    expect(await kinds('sc.sup')).not.toContain('appeal.decide');
    expect(await kinds('hubin.clerk')).not.toContain('appeal.decide');
  });

  it('a hall manager’s appeal is the district’s to-do', async () => {
    await f.assess('HZ10201', 80);
    await (
      await f.as('nanxing.mgr')
    ).appeals.file({
      scorecardId: f.cards.get('HZ10201')!.id,
      kpiId: f.kpiId,
      reason: '店长申诉',
    });
    const titles = async (who: string) =>
      (await (await f.as(who)).pending.mine({ limit: 20 })).items
        .filter((item) => item.kind === 'appeal.decide')
        .map((item) => item.title);
    expect(await titles('sc.sup')).toEqual([expect.stringContaining('吴俊')]);
    expect(await titles('hubin.mgr')).toEqual([expect.stringContaining('赵雪')]);
    expect(await titles('nanxing.mgr')).toEqual([]);
  });
});

describe('interview and decision', () => {
  it('the superior records the interview before deciding; the appellant can do neither', async () => {
    const [appeal] = (await (await f.as('hubin.clerk')).appeals.list({})).items;
    const manager = await f.as('hubin.mgr');
    expect(await codeOf(manager.appeals.decide({ id: appeal!.id, accept: false, reason: '不予受理' }))).toBe(
      'performance.appeals.interviewFirst',
    );
    expect(await codeOf((await f.as('hubin.clerk')).appeals.interview({ id: appeal!.id, interview }))).toBe(
      'performance.appeals.decideDenied',
    );
    const after = await manager.appeals.interview({ id: appeal!.id, interview });
    expect(after).toMatchObject({ status: 'INTERVIEWED', interview: { ...interview, byName: '李娜' } });
    const recordId = after.interviewRecord!.id;
    expect(after.interviewRecord!.link).toBe(`/forms/submissions/${recordId}`);
    expect(await codeOf(manager.appeals.interview({ id: appeal!.id, interview }))).toBe(
      'performance.appeals.wrongStep',
    );
  });

  it('the interview is a 表9 record in forms, filed by the manager, read by the appellant and the district', async () => {
    const [appeal] = (await (await f.as('hubin.clerk')).appeals.list({})).items;
    const { interviewRecord } = await (await f.as('hubin.mgr')).appeals.get({ id: appeal!.id });
    const record = await (await f.formsAs('hubin.clerk')).submissions.get({ id: interviewRecord!.id });
    expect(record).toMatchObject({
      status: 'SUBMITTED',
      submitterName: '李娜',
      data: {
        staff: { name: '赵雪' },
        kind: 'performance',
        date: interview.date,
        topic: interview.topic,
        content: interview.content,
        staffOpinion: '同意',
      },
    });
    expect(record.data).not.toHaveProperty('actions');
    expect((await (await f.formsAs('sc.sup')).submissions.get({ id: record.id })).id).toBe(record.id);
    await expect((await f.formsAs(OTHER_CLERK)).submissions.get({ id: record.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('with forms out of reach, the manager is told so and neither the appeal nor forms changes', async () => {
    const [appeal] = (await (await f.as('sc.sup')).appeals.list({ scope: 'units' })).items.filter(
      (one) => one.personName === '吴俊',
    );
    const records = await f.forms.prisma.formSubmission.count();
    const reachable = f.performance.deps.forms;
    // Nothing listens on port 9 (discard) here: the connection is refused as when forms is down.
    f.performance.deps.forms = remoteServiceClient({
      url: 'http://127.0.0.1:9/trpc',
      secret: 'test-secret',
      prefix: 'forms',
    });
    const sup = await f.as('sc.sup');
    const failure = await sup.appeals
      .interview({ id: appeal!.id, interview })
      .catch((error: unknown) => error);
    f.performance.deps.forms = reachable;
    expect(failure).toMatchObject({
      code: 'BAD_GATEWAY',
      message: expect.stringContaining('面谈记录（表9）未保存'),
    });
    expect(await sup.appeals.get({ id: appeal!.id })).toMatchObject({
      status: 'FILED',
      interview: null,
      interviewRecord: null,
    });
    expect((await sup.appeals.get({ id: appeal!.id })).steps).toHaveLength(1);
    expect(await f.forms.prisma.formSubmission.count()).toBe(records);
    // Reachable again, the district's supervisor files the record at the manager's hall.
    expect((await sup.appeals.interview({ id: appeal!.id, interview })).interviewRecord).not.toBeNull();
    expect(await f.forms.prisma.formSubmission.count()).toBe(records + 1);
  });

  it('an accepted appeal needs points and becomes an adjustment of the scorecard', async () => {
    const [appeal] = (await (await f.as('hubin.clerk')).appeals.list({})).items;
    const manager = await f.as('hubin.mgr');
    expect(await codeOf(manager.appeals.decide({ id: appeal!.id, accept: true, reason: '属实' }))).toBe(
      'performance.appeals.pointsRequired',
    );
    const decided = await manager.appeals.decide({
      id: appeal!.id,
      accept: true,
      points: 5,
      reason: '排班属实',
    });
    expect(decided).toMatchObject({
      status: 'ACCEPTED',
      decisionReason: '排班属实',
      adjustment: { points: 5, reason: '申诉受理（工作态度）：排班属实' },
    });
    expect(decided.steps.map((step) => [step.status, step.byName])).toEqual([
      ['FILED', '赵雪'],
      ['INTERVIEWED', '李娜'],
      ['ACCEPTED', '李娜'],
    ]);
    const card = await (await f.as('hubin.clerk')).scorecards.get({ id: clerkCardId() });
    expect([card.computed, card.adjustmentTotal, card.final]).toEqual([70, 5, 75]);
    expect(card.adjustments).toEqual([
      expect.objectContaining({ points: 5, reason: '申诉受理（工作态度）：排班属实', byName: '李娜' }),
    ]);
    expect(await codeOf(manager.appeals.decide({ id: appeal!.id, accept: false, reason: '改判' }))).toBe(
      'performance.appeals.wrongStep',
    );
  });

  it('a decided line may be appealed again; a rejection adjusts nothing', async () => {
    const again = await file('hubin.clerk', '补充材料');
    const manager = await f.as('hubin.mgr');
    await manager.appeals.interview({ id: again.id, interview });
    const rejected = await manager.appeals.decide({
      id: again.id,
      accept: false,
      points: 9,
      reason: '材料不足',
    });
    expect([rejected.status, rejected.adjustment]).toEqual(['REJECTED', null]);
    const card = await (await f.as('hubin.clerk')).scorecards.get({ id: clerkCardId() });
    expect(card.final).toBe(75);
  });
});

describe('the window and the closed month', () => {
  it('refuses an appeal after the window (7 days from the China day the result was shown)', async () => {
    await f.assess(OTHER_CLERK, 80);
    const start = f.inspection.clock.now;
    // Shown on 10 November (China time): the window runs to the end of 17 November, China time.
    f.inspection.clock.now = new Date('2026-11-17T16:00:01Z');
    const other = await f.as(OTHER_CLERK);
    const filing = other.appeals.file({
      scorecardId: f.cards.get(OTHER_CLERK)!.id,
      kpiId: f.kpiId,
      reason: '晚了',
    });
    expect(await codeOf(filing)).toBe('performance.appeals.windowClosed');
    f.inspection.clock.now = start;
    expect((await other.appeals.list({})).total).toBe(0);
  });

  it('refuses every step once the city has signed the month off, with nothing written', async () => {
    const open = await (
      await f.as(OTHER_CLERK)
    ).appeals.file({
      scorecardId: f.cards.get(OTHER_CLERK)!.id,
      kpiId: f.kpiId,
      reason: '签发前提出',
    });
    for (const staffNo of [...f.cards.keys()].filter((no) => no !== CLERK && no !== OTHER_CLERK))
      await f.assess(staffNo, 85);
    await lockEveryDistrict(f, MONTH);
    await (await f.as('city.sup')).months.signOff({ month: MONTH });
    const manager = await f.as('hubin.mgr');
    expect(await codeOf(manager.appeals.interview({ id: open.id, interview }))).toBe(
      'performance.scorecards.monthClosed',
    );
    expect(await codeOf(file('hubin.clerk', '签发后'))).toBe('performance.scorecards.monthClosed');
    expect((await manager.appeals.get({ id: open.id })).steps.map((step) => step.status)).toEqual(['FILED']);
    expect((await (await f.as('hubin.clerk')).appeals.list({})).total).toBe(2);
  });
});
