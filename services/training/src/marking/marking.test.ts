import type { QuestionResponse } from '@duda/contract-training';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestExam, type TestExam } from '../attempts/test-exam.ts';
import { resultReleased } from '../events/domain-events.ts';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';

let f: TrainingFixture;
let exam: TestExam;
const attempts: Record<string, string> = {};
const MINUTE = 60_000;
const code = (name: string) => ({ cause: { code: `training.marking.${name}` } });

/** Each candidate answers; the short answer (slot 6) is left blank by nanxing.mgr. */
const ANSWERS: Record<string, QuestionResponse[]> = {
  'hubin.clerk': [
    { type: 'SINGLE_CHOICE', choice: 'B' },
    { type: 'MULTIPLE_CHOICE', choices: ['A', 'B', 'D'] },
    { type: 'TRUE_FALSE', value: false },
    { type: 'FILL_IN', blanks: ['10086', '58'] },
    { type: 'MATCHING', pairs: { p1: 'c1', p2: 'c2' } },
    { type: 'SHORT_ANSWER', text: '先道歉安抚，再调详单核对，最后给方案' },
  ],
  'hubin.mgr': [
    { type: 'SINGLE_CHOICE', choice: 'A' },
    { type: 'MULTIPLE_CHOICE', choices: ['A'] },
    { type: 'TRUE_FALSE', value: true },
    { type: 'FILL_IN', blanks: ['10086', '68'] },
    { type: 'MATCHING', pairs: { p1: 'c1', p2: 'c3' } },
    { type: 'SHORT_ANSWER', text: '请客户去投诉热线' },
  ],
  'nanxing.mgr': [
    { type: 'SINGLE_CHOICE', choice: 'B' },
    { type: 'MULTIPLE_CHOICE', choices: ['A', 'B', 'D'] },
    { type: 'TRUE_FALSE', value: false },
    { type: 'FILL_IN', blanks: ['10086', '58'] },
    { type: 'MATCHING', pairs: { p1: 'c1', p2: 'c2' } },
    { type: 'SHORT_ANSWER', text: '  ' },
  ],
};

beforeAll(async () => {
  f = await trainingFixture();
  exam = await createTestExam(f, {
    opensAt: new Date(f.clock.now.getTime() - MINUTE),
    closesAt: new Date(f.clock.now.getTime() + 120 * MINUTE),
    reviewRule: 'AFTER_CLOSE',
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

describe('the marking queue', () => {
  it('lists the short answers left to mark, blind by default, with the rubric and reference beside', async () => {
    const trainer = await f.as('trainer');
    const queue = await trainer.marking.queue({ examId: exam.examId });
    expect(queue.total).toBe(2);
    expect(queue.items[0]).toMatchObject({
      slot: 6,
      points: 10,
      rubric: expect.stringContaining('安抚情绪'),
      reference: expect.stringContaining('先安抚致歉'),
      mark: null,
      examinee: null,
    });
    expect(JSON.stringify(queue)).not.toContain('赵雪');
    const named = await trainer.marking.queue({ examId: exam.examId, revealNames: true });
    expect(named.items.map((i) => i.examinee?.name).sort()).toEqual(['李娜', '赵雪']);
    expect(await trainer.marking.exams({ onlyPending: true })).toEqual([
      expect.objectContaining({ id: exam.examId, toMark: 2, marked: 0 }),
    ]);
  });

  it('is for trainers only', async () => {
    for (const who of ['hubin.mgr', 'sc.sup', 'hubin.clerk']) {
      const caller = await f.as(who);
      await expect(caller.marking.queue({ examId: exam.examId })).rejects.toMatchObject(code('notMarker'));
      await expect(caller.marking.exams({ onlyPending: false })).rejects.toMatchObject(code('notMarker'));
      await expect(
        caller.marking.mark({ attemptId: attempts['hubin.clerk']!, slot: 6, mark: 10 }),
      ).rejects.toMatchObject(code('answerNotFound'));
    }
  });

  it('takes a mark within the question’s points and makes the score final when nothing is left', async () => {
    const trainer = await f.as('trainer');
    const id = attempts['hubin.clerk']!;
    await expect(trainer.marking.mark({ attemptId: id, slot: 6, mark: 10.5 })).rejects.toMatchObject(
      code('markOutOfRange'),
    );
    await expect(trainer.marking.mark({ attemptId: id, slot: 1, mark: 1 })).rejects.toMatchObject(
      code('notManual'),
    );
    const marked = await trainer.marking.mark({
      attemptId: id,
      slot: 6,
      mark: 8.5,
      comment: '要点齐全，方案略简',
    });
    // 0 + 3 + 1 + 2 + 2 objective, 8.5 by hand.
    expect(marked).toMatchObject({ score: 16.5, needsMarking: false });
    const left = await trainer.marking.queue({ examId: exam.examId });
    expect(left.items.map((i) => i.attemptId)).toEqual([attempts['hubin.mgr']]);
    const done = await trainer.marking.queue({ examId: exam.examId, filter: 'MARKED' });
    expect(done.items).toEqual([expect.objectContaining({ mark: 8.5, comment: '要点齐全，方案略简' })]);
    // Kept to two decimals, and answered as kept.
    const odd = await trainer.marking.mark({ attemptId: attempts['hubin.mgr']!, slot: 6, mark: 3.333 });
    expect(odd).toMatchObject({ mark: 3.33, needsMarking: false });
    // Each examinee is told once (the portal's notifications): re-marking a final result announces nothing.
    await trainer.marking.mark({ attemptId: attempts['hubin.mgr']!, slot: 6, mark: 4 });
    const released = await f.training.prisma.outboxEvent.findMany({ where: { type: resultReleased.type } });
    expect(released.map((e) => resultReleased.schema.parse(e.payload))).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ attemptId: id, examId: exam.examId, score: 16.5 }),
        expect.objectContaining({
          attemptId: attempts['hubin.mgr'],
          personId: f.seeded.demoPeople['hubin.mgr']!.id,
        }),
      ]),
    );
    expect(released).toHaveLength(2);
  });
});

describe('regrading a corrected question', () => {
  it('lists in a dry run the attempts whose marks would change, and applies only when asked', async () => {
    const trainer = await f.as('trainer');
    // The key of question 1 was wrong: B is the right answer. The correction is a new version.
    const questionId = exam.questionIds[0]!;
    const old = await f.training.prisma.questionVersion.findFirstOrThrow({ where: { questionId } });
    await f.training.prisma.questionVersion.create({
      data: {
        questionId,
        version: 2,
        stem: old.stem,
        body: old.body as object,
        answerKey: { type: 'SINGLE_CHOICE', correct: 'B' },
        points: old.points,
        createdById: old.createdById,
      },
    });
    await f.training.prisma.question.update({ where: { id: questionId }, data: { currentVersion: 2 } });
    const before = await f.training.prisma.examAttempt.findMany({ where: { examId: exam.examId } });
    const dry = await trainer.marking.regrade({ examId: exam.examId, questionId, dryRun: true });
    expect(dry.attemptsWithQuestion).toBe(3);
    const byAttempt = Object.fromEntries(dry.changed.map((c) => [c.attemptId, c]));
    expect(byAttempt[attempts['hubin.clerk']!]).toMatchObject({
      changes: [{ slot: 1, oldMark: 0, newMark: 2 }],
      oldScore: 16.5,
      newScore: 18.5,
    });
    expect(byAttempt[attempts['hubin.mgr']!]).toMatchObject({
      changes: [{ slot: 1, oldMark: 2, newMark: 0 }],
    });
    expect(await f.training.prisma.examAttempt.findMany({ where: { examId: exam.examId } })).toEqual(before);

    const listed = await trainer.marking.questions({ examId: exam.examId });
    expect(listed[0]).toMatchObject({ questionId, shownVersions: [1], currentVersion: 2, corrected: true });
    expect(listed.filter((q) => q.corrected)).toHaveLength(1);
    const applied = await trainer.marking.regrade({ examId: exam.examId, questionId, dryRun: false });
    expect(applied.changed).toEqual(dry.changed);
    const clerk = await f.training.prisma.examAttempt.findUniqueOrThrow({
      where: { id: attempts['hubin.clerk']! },
    });
    expect(clerk.score).toBe(18.5);
    // The review shows the key that marked it.
    f.clock.now = new Date(f.clock.now.getTime() + 121 * MINUTE);
    const review = await (await f.as('hubin.clerk')).attempts.result({ attemptId: attempts['hubin.clerk']! });
    expect(review.questions[0]).toMatchObject({ mark: 2, key: { type: 'SINGLE_CHOICE', correct: 'B' } });
    expect(review).toMatchObject({ score: 18.5, passed: true });
    // Run again: nothing left to change, and the question no longer shows as corrected.
    expect(
      (await trainer.marking.regrade({ examId: exam.examId, questionId, dryRun: true })).changed,
    ).toEqual([]);
    expect((await trainer.marking.questions({ examId: exam.examId })).some((q) => q.corrected)).toBe(false);
  });

  it('is refused to anyone but a trainer of the exam', async () => {
    await expect((await f.as('sc.sup')).marking.questions({ examId: exam.examId })).rejects.toMatchObject(
      code('examNotFound'),
    );
    await expect(
      (await f.as('sc.sup')).marking.regrade({
        examId: exam.examId,
        questionId: exam.questionIds[0]!,
        dryRun: true,
      }),
    ).rejects.toMatchObject(code('examNotFound'));
  });
});
