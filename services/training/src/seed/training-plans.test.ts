// The demo training plans on the small organisation beside a real inspection service: last month's published (the
// city's closed) with sessions and attendance, this month's drafted from last month's city monthly exam and short
// staves.
import { submitVisit } from '@duda/service-inspection/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExam } from '../analysis/test-data.ts';
import { plansFixture, type PlansFixture } from '../training-plans/test-support.ts';
import { seedTrainingPlans } from './training-plans.ts';

describe('the demo training plans', () => {
  let f: PlansFixture;
  let seeded: Awaited<ReturnType<typeof seedTrainingPlans>>;
  beforeAll(async () => {
    f = await plansFixture(); // 2026-11-23
    // October: 湖滨 fails 首问负责 (B01) in the district's visit.
    const today = f.clock.now;
    f.clock.now = new Date('2026-10-14T02:00:00Z');
    await submitVisit(f.inspection, 'sc.sup', f.hall('HZ-SC-01').id, { B01: '未首问负责' });
    f.clock.now = today;
    await writeExam(f, {
      title: '10月全市月考',
      month: '2026-10',
      questions: [
        { point: '套餐资费', points: 2 },
        { point: '宽带业务', points: 2 },
      ],
      marks: { HZ10101: [2, 2], HZ10103: [0, 2], HZ10110: [1, 2], HZ10201: [2, 1], HZ13001: [2, 2] },
    });
    seeded = await seedTrainingPlans(f.training.deps, f.seeded, f.clock.now);
  }, 120_000);
  afterAll(() => f.close());

  it('publishes last month’s plans with two sessions each and attendance taken', async () => {
    expect(seeded.trainingSessions).toBe(seeded.trainingPlans);
    const mgr = await f.as('hubin.mgr');
    const [october] = await mgr.plans.list({ orgNodeId: f.hall('HZ-SC-01').id, month: '2026-10' });
    expect(october).toMatchObject({ status: 'PUBLISHED', sessionCount: 2, mine: true });
    const plan = await mgr.plans.get({ id: october!.id });
    const marks = plan.sessions.flatMap((s) => s.attendance.map((a) => a.status));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks).not.toContain(null);
    const [city] = await (await f.as('trainer')).plans.list({ orgNodeId: f.seeded.cityId, month: '2026-10' });
    expect(city?.status).toBe('DONE');
    // The city's plan is tested by the month's city monthly exam (考核考试); a hall's by its district's written exam,
    // of which this test writes none.
    expect(city?.exams.map((e) => e.title)).toEqual(['10月全市月考']);
    expect(october!.exams).toEqual([]);
    const ledger = await (await f.as('trainer')).plans.monthSummary({ month: '2026-10' });
    expect(ledger.every((p) => p.sessionsHeld === 2 && p.attendanceRate !== null)).toBe(true);
  });

  it('drafts this month’s plans from last month’s exam: 湖滨’s weak point against the city', async () => {
    const mgr = await f.as('hubin.mgr');
    const [november] = await mgr.plans.list({ orgNodeId: f.hall('HZ-SC-01').id, month: '2026-11' });
    expect(november?.status).toBe('DRAFT');
    const plan = await mgr.plans.get({ id: november!.id });
    // 湖滨 earned 3 of 6 on 套餐资费 against the city's 7 of 10.
    expect(plan.topics[0]).toMatchObject({
      title: '套餐资费',
      reason: { kind: 'facility', facility: 50, cityFacility: 70 },
    });
  });

  it('drafts this month’s plans with last month’s short staves (短板) read through the inspection API', async () => {
    const staves = async (username: string, orgNodeId: string) => {
      const [november] = await (await f.as(username)).plans.list({ orgNodeId, month: '2026-11' });
      const plan = await (await f.as(username)).plans.get({ id: november!.id });
      return plan.topics.filter((t) => t.source === 'SHORT_STAVE');
    };
    const hubin = await staves('hubin.mgr', f.hall('HZ-SC-01').id);
    expect(hubin).toEqual([
      expect.objectContaining({ key: 'item:B01', reason: { kind: 'failures', failed: 1 } }),
    ]);
    expect(await staves('sc.sup', f.district('HZ-SC').id)).toEqual(hubin);
    expect(await staves('trainer', f.seeded.cityId)).toEqual(hubin);
  });
});
