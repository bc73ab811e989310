import type { AttemptDraw, QuestionKey, QuestionResponse } from '@duda/contract-training';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gradeAttempt } from '../domain/grading.ts';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';
import { seedAttempts, type SeededAttempts } from './attempts.ts';
import { seedBank } from './bank.ts';
import { seedExams, type SeededExams } from './exams.ts';
import { seedPapers } from './papers.ts';

describe('the demo attempts', () => {
  let f: TrainingFixture;
  let exams: SeededExams;
  let seeded: SeededAttempts;
  beforeAll(async () => {
    f = await trainingFixture();
    const trainerId = f.seeded.demoPeople['trainer']!.id;
    await seedBank(f.training.prisma, f.seeded.cityId, trainerId, f.clock.now);
    const papers = await seedPapers(f.training.prisma, f.seeded.cityId, trainerId);
    exams = await seedExams(f.training.prisma, f.seeded, papers, f.clock.now);
    seeded = await seedAttempts(f.training.prisma, f.seeded, exams);
  }, 120_000);
  afterAll(() => f?.close());

  it('gives most candidates of every past exam a submitted attempt, and this month none', async () => {
    for (const exam of exams.past) {
      const sat = await f.training.prisma.examAttempt.count({
        where: { examId: exam.examId, status: 'SUBMITTED' },
      });
      expect(sat).toBeGreaterThanOrEqual(Math.floor(exam.candidates.length * 0.6));
      expect(sat).toBeLessThanOrEqual(exam.candidates.length);
    }
    const current = exams.current.map((e) => e.examId);
    expect(await f.training.prisma.examAttempt.count({ where: { examId: { in: current } } })).toBe(0);
    expect(seeded.attempts).toBe(await f.training.prisma.examAttempt.count());
  });

  it('stores marks and scores the service’s own marking gives', async () => {
    const attempts = await f.training.prisma.examAttempt.findMany({
      include: { answers: true, exam: { select: { multipleChoiceScoring: true } } },
    });
    const versions = await f.training.prisma.questionVersion.findMany({
      select: { id: true, answerKey: true },
    });
    const keys = new Map(versions.map((v) => [v.id, v.answerKey as unknown as QuestionKey]));
    for (const attempt of attempts) {
      const answers = new Map(
        attempt.answers.map((a) => [
          a.slot,
          { response: a.response as unknown as QuestionResponse, manualMark: a.markedById ? a.mark : null },
        ]),
      );
      const grade = gradeAttempt(
        (attempt.draw as unknown as AttemptDraw).slots,
        keys,
        answers,
        attempt.exam.multipleChoiceScoring,
      );
      expect(attempt).toMatchObject({
        score: grade.score,
        maxScore: grade.maxScore,
        needsMarking: grade.needsMarking,
      });
      const sum = attempt.answers.reduce((s, a) => s + (a.mark ?? 0), 0);
      expect(attempt.score).toBeCloseTo(sum, 4);
    }
  });

  it('spreads abilities: strong and weak people, and short answers of last month still to mark', async () => {
    const scores = (
      await f.training.prisma.examAttempt.findMany({ select: { score: true, maxScore: true } })
    ).map((a) => a.score! / a.maxScore);
    expect(Math.max(...scores) - Math.min(...scores)).toBeGreaterThan(0.25);
    expect(seeded.toMark).toBeGreaterThan(0);
    const trainer = await f.as('trainer');
    const pending = await trainer.marking.exams({ onlyPending: true });
    expect(pending.reduce((sum, e) => sum + e.toMark, 0)).toBe(seeded.toMark);
    const lastMonth = exams.past.at(-1)!.month;
    expect(new Set(pending.map((e) => e.month))).toEqual(new Set([lastMonth]));
  });
});
