import { monthLabel } from '@duda/month';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeTestBank } from '../papers/test-bank.ts';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';
import { seedExams, type SeededExams } from './exams.ts';
import { seedPapers, type SeededPapers } from './papers.ts';

describe('the demo papers and exams', () => {
  let f: TrainingFixture;
  let papers: SeededPapers;
  let exams: SeededExams;
  beforeAll(async () => {
    f = await trainingFixture();
    const trainerId = f.seeded.demoPeople['trainer']!.id;
    await writeTestBank(f.training.prisma, f.seeded.cityId, trainerId, [
      { point: 'portability', type: 'SINGLE_CHOICE', difficulty: 2, n: 8 },
      { point: 'tariffs', type: 'SINGLE_CHOICE', difficulty: 3, n: 8 },
      { point: 'tariffs', type: 'TRUE_FALSE', difficulty: 1, n: 6 },
      { point: 'root', type: 'MULTIPLE_CHOICE', difficulty: 4, n: 5 },
    ]);
    papers = await seedPapers(f.training.prisma, f.seeded.cityId, trainerId);
    exams = await seedExams(f.training.prisma, f.seeded, papers, f.clock.now);
  });
  afterAll(() => f.close());

  it('publishes a fixed and a random paper the bank can satisfy', async () => {
    const trainer = await f.as('trainer');
    const random = await trainer.papers.get({ id: papers.random!.id });
    expect(random).toMatchObject({
      status: 'PUBLISHED',
      kind: 'RANDOM',
      totalPoints: papers.random!.totalPoints,
    });
    expect((await trainer.papers.check({ rules: random.rules })).problems).toEqual([]);
    const fixed = await trainer.papers.get({ id: papers.fixed!.id });
    expect(fixed.slots.length).toBeGreaterThanOrEqual(10);
    expect(new Set(fixed.slots.map((s) => s.questionId)).size).toBe(fixed.slots.length);
  });

  it('holds each district written exam and the city monthly for the last three months, closed, and this month open', async () => {
    expect(exams.past.map((e) => [e.month, e.kind])).toEqual(
      ['2026-08', '2026-09', '2026-10'].flatMap((m) => [
        [m, 'DISTRICT_WRITTEN'],
        [m, 'DISTRICT_WRITTEN'],
        [m, 'CITY_MONTHLY'],
      ]),
    );
    expect(exams.past.every((e) => e.closesAt < f.clock.now)).toBe(true);
    expect(exams.current.every((e) => e.opensAt <= f.clock.now && f.clock.now < e.closesAt)).toBe(true);
    const city = exams.current.find((e) => e.kind === 'CITY_MONTHLY')!;
    const hubinClerk = f.seeded.demoPeople['hubin.clerk']!.id;
    expect(city.candidates).toContainEqual({ personId: hubinClerk, hallId: f.hall('HZ-SC-01').id });
    const candidate = await f.training.prisma.examCandidate.findFirstOrThrow({
      where: { examId: city.examId, personId: hubinClerk },
    });
    expect(candidate).toMatchObject({ staffNo: 'HZ10103', orgName: '湖滨营业厅' });
  });

  it("shows this month's exams open on the clerk's list and records them for the to-do list", async () => {
    const mine = await (await f.as('hubin.clerk')).exams.mine();
    const label = monthLabel('2026-11');
    expect(
      mine
        .filter((e) => e.phase === 'OPEN')
        .map((e) => e.title)
        .sort(),
    ).toEqual([`上城区分公司${label}业务笔试`, `${label}三大渠道月考`].sort());
    expect(mine.filter((e) => e.phase === 'CLOSED')).toHaveLength(6);
    expect(await f.training.prisma.outboxEvent.count({ where: { type: 'training.exam.published' } })).toBe(
      12,
    );
  });
});
