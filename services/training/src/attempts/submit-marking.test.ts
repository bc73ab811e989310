// What a submit leaves behind is what marking and the analysis read: the attempt closed at the moment of the
// submit, each objective answer marked, the short answers in the trainer's queue — and once they are marked, a
// final result in the below-average list. Both closes are covered: the examinee's submit and the overdue rule's.
import type { QuestionResponse } from '@duda/contract-training';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeOverdueAttempts } from './overdue.ts';
import { createTestExam, type TestExam } from './test-exam.ts';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';

let f: TrainingFixture;
let exam: TestExam;
const MINUTE = 60_000;

/** 湖滨's clerk knows it (18 of 20 with the short answer); 湖滨's manager does not (4 of 20). */
const ANSWERS: Record<string, QuestionResponse[]> = {
  'hubin.clerk': [
    { type: 'SINGLE_CHOICE', choice: 'A' },
    { type: 'MULTIPLE_CHOICE', choices: ['A', 'B', 'D'] },
    { type: 'TRUE_FALSE', value: false },
    { type: 'FILL_IN', blanks: ['10086', '58'] },
    { type: 'MATCHING', pairs: { p1: 'c1', p2: 'c2' } },
    { type: 'SHORT_ANSWER', text: '先道歉安抚，再调详单核对，最后给出退费方案并回访' },
  ],
  'hubin.mgr': [
    { type: 'SINGLE_CHOICE', choice: 'B' },
    { type: 'MULTIPLE_CHOICE', choices: ['C'] },
    { type: 'TRUE_FALSE', value: true },
    { type: 'FILL_IN', blanks: ['10086', '68'] },
    { type: 'MATCHING', pairs: { p1: 'c2', p2: 'c1' } },
    { type: 'SHORT_ANSWER', text: '请客户去投诉热线' },
  ],
};
const MARKS: Record<string, number> = { 'hubin.clerk': 8, 'hubin.mgr': 3 };
const attempts: Record<string, string> = {};

beforeAll(async () => {
  f = await trainingFixture();
  exam = await createTestExam(f, {
    opensAt: new Date(f.clock.now.getTime() - MINUTE),
    closesAt: new Date(f.clock.now.getTime() + 120 * MINUTE),
    reviewRule: 'AFTER_CLOSE',
    candidates: ['hubin.clerk', 'hubin.mgr', 'nanxing.mgr'],
  });
  for (const [who, responses] of Object.entries(ANSWERS)) {
    const caller = await f.as(who);
    const deviceId = `${who}-device`;
    const { attempt } = await caller.attempts.start({ examId: exam.examId, deviceId });
    for (const [i, response] of responses.entries()) {
      await caller.attempts.save({ attemptId: attempt.id, deviceId, slot: i + 1, seq: 1, response });
    }
    await caller.attempts.submit({ attemptId: attempt.id, deviceId });
    attempts[who] = attempt.id;
  }
}, 120_000);
afterAll(() => f?.close());

describe('after a submit', () => {
  it('stores the attempt closed at the moment of the submit, in UTC like every other timestamp', async () => {
    const row = await f.training.prisma.examAttempt.findUniqueOrThrow({
      where: { id: attempts['hubin.clerk']! },
    });
    expect(row).toMatchObject({
      status: 'SUBMITTED',
      submittedAt: f.clock.now,
      counted: true,
      score: 10,
      maxScore: 20,
      needsMarking: true,
    });
    // The column as PostgreSQL holds it (timestamp without time zone): the UTC wall time Prisma's own writes use.
    const [stored] = await f.training.prisma.$queryRaw<{ submittedAt: string; startedAt: string }[]>`
      SELECT "submittedAt"::text AS "submittedAt", "startedAt"::text AS "startedAt"
      FROM training."ExamAttempt" WHERE "id" = ${row.id}::uuid`;
    expect(stored).toEqual({ submittedAt: '2026-11-23 02:00:00', startedAt: '2026-11-23 02:00:00' });
    const marks = await f.training.prisma.attemptAnswer.findMany({
      where: { attemptId: row.id },
      orderBy: { slot: 'asc' },
      select: { mark: true, markedById: true },
    });
    expect(marks).toEqual([2, 3, 1, 2, 2, null].map((mark) => ({ mark, markedById: null })));
  });

  it('puts the short answers in the trainer’s queue, takes the marks, and the results are final', async () => {
    const trainer = await f.as('trainer');
    expect(await trainer.marking.exams({ onlyPending: true })).toEqual([
      expect.objectContaining({ id: exam.examId, toMark: 2, marked: 0 }),
    ]);
    const queue = await trainer.marking.queue({ examId: exam.examId, revealNames: true });
    // Both handed in at the same moment: the queue's order between them is the attempts' ids.
    expect(queue.items.map((i) => [i.examinee?.staffNo, i.slot, i.mark, i.submittedAt]).sort()).toEqual([
      ['hubin.clerk', 6, null, f.clock.now],
      ['hubin.mgr', 6, null, f.clock.now],
    ]);
    for (const [who, mark] of Object.entries(MARKS)) {
      expect(await trainer.marking.mark({ attemptId: attempts[who]!, slot: 6, mark })).toMatchObject({
        needsMarking: false,
      });
    }
    expect(await trainer.marking.exams({ onlyPending: true })).toEqual([]);
    const rows = await f.training.prisma.examAttempt.findMany({
      where: { examId: exam.examId },
      orderBy: { score: 'desc' },
      select: { score: true, needsMarking: true },
    });
    expect(rows).toEqual([
      { score: 18, needsMarking: false },
      { score: 4, needsMarking: false },
    ]);
  });

  it('lists the weaker result under the city mean', async () => {
    // (90 % + 20 %) / 2 = 55 %: 湖滨's manager is under it.
    const list = await (await f.as('trainer')).analysis.belowAverage({ examId: exam.examId });
    expect(list).toMatchObject({ cityMean: 55 });
    expect(list.people.map((p) => [p.staffNo, p.percent])).toEqual([['hubin.mgr', 20]]);
  });
});

describe('after the overdue rule submits', () => {
  it('closes the attempt at its deadline, marks it, and queues its short answer', async () => {
    const caller = await f.as('nanxing.mgr');
    const deviceId = 'nanxing-device';
    const { attempt } = await caller.attempts.start({ examId: exam.examId, deviceId });
    for (const [i, response] of ANSWERS['hubin.clerk']!.entries()) {
      await caller.attempts.save({ attemptId: attempt.id, deviceId, slot: i + 1, seq: 1, response });
    }
    const deadline = new Date(f.clock.now.getTime() + 30 * MINUTE);
    f.clock.now = new Date(f.clock.now.getTime() + 31 * MINUTE);
    expect(await closeOverdueAttempts(f.training.deps)).toBe(1);
    expect(
      await f.training.prisma.examAttempt.findUniqueOrThrow({ where: { id: attempt.id } }),
    ).toMatchObject({ status: 'SUBMITTED', submittedAt: deadline, score: 10, needsMarking: true });
    const queue = await (await f.as('trainer')).marking.queue({ examId: exam.examId });
    expect(queue.items.map((i) => [i.attemptId, i.slot, i.submittedAt])).toEqual([[attempt.id, 6, deadline]]);
  });
});
