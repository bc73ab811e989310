// The demo's skill records on the small organisation: every one readable through the API, scores the server
// would give, a spread of results, and the week's coverage with someone still to examine.
import { TYPING_PASSAGES } from '@duda/contract-training';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoreTyping } from '../domain/typing.ts';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';
import { seedSkills } from './skills.ts';

let f: TrainingFixture;
let seeded: Awaited<ReturnType<typeof seedSkills>>;
beforeAll(async () => {
  f = await trainingFixture();
  seeded = await seedSkills(f.training.prisma, f.seeded, f.clock.now);
});
afterAll(() => f.close());

describe('the demo skill records', () => {
  it('has six weeks of oral exams with a spread of scores, each recorded by someone else', async () => {
    const rows = await f.training.prisma.oralExam.findMany();
    expect(rows.length).toBe(seeded.oralExams);
    expect(new Set(rows.map((r) => r.weekOf)).size).toBeGreaterThanOrEqual(6);
    const scores = rows.map((r) => r.score);
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(15);
    expect(rows.every((r) => r.recordedById !== r.personId && r.score >= 0 && r.score <= 100)).toBe(true);
  });

  it('stores typing results exactly as the server scores them, at human speeds', async () => {
    const rows = await f.training.prisma.typingResult.findMany();
    expect(rows.length).toBe(seeded.typingResults);
    expect(new Set(rows.map((r) => r.month)).size).toBe(2);
    for (const row of rows) {
      const passage = TYPING_PASSAGES.find((p) => p.id === row.passageId)!;
      expect(scoreTyping(passage.text, row.typed, row.elapsedMs)).toMatchObject({
        cpm: row.cpm,
        accuracy: row.accuracy,
        errors: row.errors,
      });
      expect(row.cpm).toBeLessThanOrEqual(passage.script === 'zh' ? 400 : 900);
    }
  });

  it("gives 湖滨's manager this month's handling report and the week's coverage", async () => {
    const manager = await f.as('hubin.mgr');
    const hallId = f.hall('HZ-SC-01').id;
    const report = await manager.skills.handlingReport({ hallId, month: '2026-11' });
    expect(report.people.length).toBeGreaterThan(0);
    expect(report.hall.every((t) => t.meanSeconds > 60 && t.errorRate >= 0 && t.errorRate <= 1)).toBe(true);
    const coverage = await manager.skills.oralCoverage({ hallId, week: '2026-11-16' });
    expect(coverage.people.some((p) => p.exams.length > 0)).toBe(true);
    expect(seeded.handlingRecords).toBeGreaterThan(0);
  });
});
