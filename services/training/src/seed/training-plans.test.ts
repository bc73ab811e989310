// The demo training plans on the small organisation: last month's published (the city's closed) with sessions and
// attendance, this month's drafted from last month's city monthly exam.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExam } from '../analysis/test-data.ts';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';
import { seedTrainingPlans } from './training-plans.ts';

describe('the demo training plans', () => {
  let f: TrainingFixture;
  let seeded: Awaited<ReturnType<typeof seedTrainingPlans>>;
  beforeAll(async () => {
    f = await trainingFixture(); // 2026-11-23
    await writeExam(f, {
      title: '10月全市月考',
      month: '2026-10',
      questions: [
        { point: '套餐资费', points: 2 },
        { point: '宽带业务', points: 2 },
      ],
      marks: { HZ10101: [2, 2], HZ10103: [0, 2], HZ10110: [1, 2], HZ10201: [2, 1], HZ13001: [2, 2] },
    });
    seeded = await seedTrainingPlans(f.training.prisma, f.seeded, f.clock.now);
  });
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
});
