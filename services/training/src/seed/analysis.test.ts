import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeExam } from '../analysis/test-data.ts';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';
import { seedAnalysis } from './analysis.ts';
import type { SeededExam } from './exams.ts';

describe('the demo analysis', () => {
  let f: TrainingFixture;
  let examId: string;
  let result: Awaited<ReturnType<typeof seedAnalysis>>;
  beforeAll(async () => {
    f = await trainingFixture();
    const { exam } = await writeExam(f, {
      title: '10月全市月考',
      month: '2026-10',
      questions: [{ point: '套餐资费', points: 4 }],
      // city mean 50 %: 湖滨's 赵雪 and 钱晓云, 清波's manager and 黄龙's manager are under it
      marks: {
        HZ10101: [4],
        HZ10103: [1],
        HZ10110: [0],
        HZ10201: [4],
        HZ10301: [1],
        HZ13001: [3],
        HZ13101: [1],
      },
    });
    examId = exam.id;
    const past = [{ examId, kind: 'CITY_MONTHLY', month: '2026-10' } as SeededExam];
    result = await seedAnalysis(f.training.prisma, f.seeded, { past, current: [] }, f.clock.now);
  });
  afterAll(() => f?.close());

  it('enrols everyone under the city mean in the retake with a task for their hall manager', async () => {
    const tasks = await f.training.prisma.conversationTask.findMany({
      where: { examId },
      orderBy: { staffNo: 'asc' },
    });
    expect(tasks.map((t) => [t.staffNo, t.managerName])).toEqual([
      ['HZ10103', '李娜'],
      ['HZ10110', '李娜'],
      ['HZ10301', '冯建华'],
      ['HZ13101', '蒋文博'],
    ]);
    const retake = await f.training.prisma.exam.findFirstOrThrow({ where: { retakeOfId: examId } });
    expect(retake).toMatchObject({ kind: 'RETAKE', month: '2026-11', status: 'DRAFT' });
    // Enrolled on 23 November, after the 1st: it opens the next morning (China time).
    expect(retake.opensAt).toEqual(new Date('2026-11-24T01:00:00Z'));
    expect(result.conversationTasks).toBe(4);
  });

  it('has some talks held and written down, and leaves 湖滨’s open for its manager', async () => {
    const tasks = await f.training.prisma.conversationTask.findMany({ where: { examId } });
    const done = tasks.filter((t) => t.status === 'DONE');
    expect(done.length).toBe(result.conversationsHeld);
    expect(done.length).toBeGreaterThan(0);
    expect(done.every((t) => t.notes.length > 10 && t.doneById === t.managerId && t.doneAt)).toBe(true);
    expect(tasks.filter((t) => t.hallName === '湖滨营业厅').every((t) => t.status === 'OPEN')).toBe(true);
  });
});
