import type { QuestionResponse } from '@duda/contract-training';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingModule } from '../module.ts';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';
import { frozenVersions } from './frozen-versions.ts';
import { keysOf, markForSubmit, writeSubmit } from './attempt-state.ts';
import { closeOverdueAttempts } from './overdue.ts';
import { readForSubmit } from './submit.ts';
import { createTestExam, type TestExamOptions } from './test-exam.ts';

let f: TrainingFixture;
beforeAll(async () => {
  f = await trainingFixture();
}, 120_000);
afterAll(() => f?.close());

const MINUTE = 60_000;
const PHONE = 'phone-of-zhao-xue';
const LAPTOP = 'laptop-of-zhao-xue';
const code = (name: string) => ({ cause: { code: `training.attempts.${name}` } });

/** An exam open from now for two hours, 30 minutes per attempt. */
const openExam = (over: Partial<TestExamOptions> = {}) =>
  createTestExam(f, {
    opensAt: new Date(f.clock.now.getTime() - MINUTE),
    closesAt: new Date(f.clock.now.getTime() + 120 * MINUTE),
    ...over,
  });
const later = (minutes: number) => {
  f.clock.now = new Date(f.clock.now.getTime() + minutes * MINUTE);
};

describe('starting and resuming', () => {
  it('draws the paper for a candidate, shows no answer key, freezes the versions used', async () => {
    const exam = await openExam();
    const clerk = await f.as('hubin.clerk');
    const view = await clerk.attempts.start({ examId: exam.examId, deviceId: PHONE });
    expect(view.serverNow).toEqual(f.clock.now);
    expect(view.attempt).toMatchObject({
      attemptNo: 1,
      status: 'IN_PROGRESS',
      deadlineAt: new Date(f.clock.now.getTime() + 30 * MINUTE),
    });
    expect(view.questions.map((q) => q.type)).toEqual([
      'SINGLE_CHOICE',
      'MULTIPLE_CHOICE',
      'TRUE_FALSE',
      'FILL_IN',
      'MATCHING',
      'SHORT_ANSWER',
    ]);
    const shown = JSON.stringify(view);
    for (const secret of ['correct', 'answerKey', 'rubric', 'reference', '10086', '先安抚致歉', 'pairs']) {
      expect(shown).not.toContain(secret);
    }
    const versions = await f.training.prisma.questionVersion.findMany({
      where: { id: { in: exam.versionIds } },
    });
    expect(versions.every((v) => v.usedAt !== null)).toBe(true);
  });

  it('resumes on the same device, refuses another, and lets it in once a trainer releases the attempt', async () => {
    const exam = await openExam();
    const clerk = await f.as('hubin.clerk');
    const first = await clerk.attempts.start({ examId: exam.examId, deviceId: PHONE });
    await clerk.attempts.save({
      attemptId: first.attempt.id,
      deviceId: PHONE,
      slot: 1,
      seq: 1,
      response: { type: 'SINGLE_CHOICE', choice: 'A' },
    });
    const again = await clerk.attempts.start({ examId: exam.examId, deviceId: PHONE });
    expect(again.attempt.id).toBe(first.attempt.id);
    expect(again.answers).toEqual([
      expect.objectContaining({ slot: 1, seq: 1, response: { type: 'SINGLE_CHOICE', choice: 'A' } }),
    ]);
    await expect(clerk.attempts.start({ examId: exam.examId, deviceId: LAPTOP })).rejects.toMatchObject(
      code('otherDevice'),
    );
    // Only a trainer of the examinee's hall may release it.
    await expect(
      (await f.as('hubin.mgr')).attempts.releaseDevice({ attemptId: first.attempt.id }),
    ).rejects.toMatchObject(code('attemptNotFound'));
    await (await f.as('trainer')).attempts.releaseDevice({ attemptId: first.attempt.id });
    const moved = await clerk.attempts.start({ examId: exam.examId, deviceId: LAPTOP });
    expect(moved.attempt.id).toBe(first.attempt.id);
    expect(moved.answers).toHaveLength(1);
    await expect(
      clerk.attempts.save({
        attemptId: first.attempt.id,
        deviceId: PHONE,
        slot: 1,
        seq: 2,
        response: { type: 'SINGLE_CHOICE', choice: 'B' },
      }),
    ).rejects.toMatchObject(code('otherDevice'));
  });

  it('makes one attempt of a double tap on 开始考试', async () => {
    const exam = await openExam();
    const clerk = await f.as('hubin.clerk');
    // Four taps at once: more ways for the starts to interleave (one reading before another's attempt is committed).
    const views = await Promise.all(
      Array.from({ length: 4 }, () => clerk.attempts.start({ examId: exam.examId, deviceId: PHONE })),
    );
    expect(new Set(views.map((v) => v.attempt.id)).size).toBe(1);
    expect(await f.training.prisma.examAttempt.count({ where: { examId: exam.examId } })).toBe(1);
  });

  it('refuses someone not a candidate, an exam not open, and an attempt too many', async () => {
    const exam = await openExam();
    await expect(
      (await f.as('xh.sup')).attempts.start({ examId: exam.examId, deviceId: PHONE }),
    ).rejects.toMatchObject(code('notCandidate'));
    const upcoming = await createTestExam(f, {
      opensAt: new Date(f.clock.now.getTime() + 60 * MINUTE),
      closesAt: new Date(f.clock.now.getTime() + 120 * MINUTE),
    });
    const clerk = await f.as('hubin.clerk');
    await expect(clerk.attempts.start({ examId: upcoming.examId, deviceId: PHONE })).rejects.toMatchObject(
      code('notYetOpen'),
    );
    const view = await clerk.attempts.start({ examId: exam.examId, deviceId: PHONE });
    await clerk.attempts.submit({ attemptId: view.attempt.id, deviceId: PHONE });
    await expect(clerk.attempts.start({ examId: exam.examId, deviceId: PHONE })).rejects.toMatchObject(
      code('noAttemptsLeft'),
    );
  });
});

describe('saving answers', () => {
  it('keeps the newest answer whatever order saves arrive in, and refuses answers that do not fit', async () => {
    const exam = await openExam();
    const clerk = await f.as('hubin.clerk');
    const { attempt } = await clerk.attempts.start({ examId: exam.examId, deviceId: PHONE });
    const save = (
      slot: number,
      seq: number,
      response: Parameters<typeof clerk.attempts.save>[0]['response'],
    ) => clerk.attempts.save({ attemptId: attempt.id, deviceId: PHONE, slot, seq, response });
    expect(await save(2, 5, { type: 'MULTIPLE_CHOICE', choices: ['A', 'B'] })).toMatchObject({ saved: true });
    expect(await save(2, 4, { type: 'MULTIPLE_CHOICE', choices: ['C'] })).toMatchObject({ saved: false });
    expect(await save(2, 5, { type: 'MULTIPLE_CHOICE', choices: ['C'] })).toMatchObject({ saved: false });
    await expect(save(2, 6, { type: 'SINGLE_CHOICE', choice: 'A' })).rejects.toMatchObject(
      code('responseTypeMismatch'),
    );
    await expect(save(2, 6, { type: 'MULTIPLE_CHOICE', choices: ['A', 'Z'] })).rejects.toMatchObject(
      code('responseOutOfQuestion'),
    );
    await expect(save(99, 6, { type: 'TRUE_FALSE', value: true })).rejects.toMatchObject(
      code('slotNotInAttempt'),
    );
    await expect(
      (await f.as('hubin.mgr')).attempts.save({
        attemptId: attempt.id,
        deviceId: PHONE,
        slot: 3,
        seq: 1,
        response: { type: 'TRUE_FALSE', value: true },
      }),
    ).rejects.toMatchObject(code('attemptNotFound'));
    const view = await clerk.attempts.get({ attemptId: attempt.id });
    expect(view.answers).toEqual([
      expect.objectContaining({
        slot: 2,
        seq: 5,
        response: { type: 'MULTIPLE_CHOICE', choices: ['A', 'B'] },
      }),
    ]);
    await expect((await f.as('hubin.mgr')).attempts.get({ attemptId: attempt.id })).rejects.toMatchObject(
      code('attemptNotFound'),
    );
  });

  it('counts focus losses for the trainer', async () => {
    const exam = await openExam();
    const clerk = await f.as('hubin.clerk');
    const { attempt } = await clerk.attempts.start({ examId: exam.examId, deviceId: PHONE });
    await clerk.attempts.reportFocusLoss({ attemptId: attempt.id, deviceId: PHONE, count: 1 });
    expect(
      await clerk.attempts.reportFocusLoss({ attemptId: attempt.id, deviceId: PHONE, count: 2 }),
    ).toMatchObject({
      focusLosses: 3,
    });
    const seen = await (await f.as('trainer')).attempts.ofExam({ examId: exam.examId });
    expect(seen.attempts).toEqual([expect.objectContaining({ personName: '赵雪', focusLosses: 3 })]);
  });

  it('counts focus losses reported at the same moment, and saves beside them', async () => {
    const exam = await openExam();
    const clerk = await f.as('hubin.clerk');
    const { attempt } = await clerk.attempts.start({ examId: exam.examId, deviceId: PHONE });
    await Promise.all([
      ...Array.from({ length: 6 }, () =>
        clerk.attempts.reportFocusLoss({ attemptId: attempt.id, deviceId: PHONE, count: 1 }),
      ),
      ...Array.from({ length: 6 }, (_, i) =>
        clerk.attempts.save({
          attemptId: attempt.id,
          deviceId: PHONE,
          slot: 1,
          seq: i + 1,
          response: { type: 'SINGLE_CHOICE', choice: i % 2 ? 'A' : 'B' },
        }),
      ),
    ]);
    const row = await f.training.prisma.examAttempt.findUniqueOrThrow({ where: { id: attempt.id } });
    expect(row.focusLosses).toBe(6);
    const answer = await f.training.prisma.attemptAnswer.findUniqueOrThrow({
      where: { attemptId_slot: { attemptId: attempt.id, slot: 1 } },
    });
    expect(answer).toMatchObject({ seq: 6, response: { type: 'SINGLE_CHOICE', choice: 'A' } });
  });
});

describe('submitting and the result', () => {
  it('marks the objective questions at once, answers a second submit the same, refuses later saves', async () => {
    const exam = await openExam({ reviewRule: 'IMMEDIATELY' });
    const clerk = await f.as('hubin.clerk');
    const { attempt } = await clerk.attempts.start({ examId: exam.examId, deviceId: PHONE });
    const answers: QuestionResponse[] = [
      { type: 'SINGLE_CHOICE', choice: 'A' },
      { type: 'MULTIPLE_CHOICE', choices: ['A', 'B'] },
      { type: 'TRUE_FALSE', value: false },
      { type: 'FILL_IN', blanks: ['１００８６', '五十八'] },
      { type: 'MATCHING', pairs: { p1: 'c1', p2: 'c3' } },
      { type: 'SHORT_ANSWER', text: '先安抚客户，再查详单' },
    ];
    for (const [i, response] of answers.entries()) {
      await clerk.attempts.save({ attemptId: attempt.id, deviceId: PHONE, slot: i + 1, seq: 1, response });
    }
    const result = await clerk.attempts.submit({ attemptId: attempt.id, deviceId: PHONE });
    // 2 + 3·(2/3) + 1 + 2 + 1 = 8 of 20; the short answer waits for a trainer.
    expect(result).toMatchObject({
      status: 'SUBMITTED',
      score: 8,
      maxScore: 20,
      needsMarking: true,
      passed: null,
    });
    // The submit answers with the score; the questions with their marks and keys are the result page's.
    expect(result).not.toHaveProperty('questions');
    const shown = await clerk.attempts.result({ attemptId: attempt.id });
    expect(shown).toMatchObject({ ...result, serverNow: expect.any(Date) });
    expect(shown.questions.map((q) => q.mark)).toEqual([2, 2, 1, 2, 1, null]);
    expect(shown.questions[0]!.key).toEqual({ type: 'SINGLE_CHOICE', correct: 'A' });
    expect(await clerk.attempts.submit({ attemptId: attempt.id, deviceId: PHONE })).toEqual(result);
    await expect(
      clerk.attempts.save({
        attemptId: attempt.id,
        deviceId: PHONE,
        slot: 1,
        seq: 2,
        response: { type: 'SINGLE_CHOICE', choice: 'B' },
      }),
    ).rejects.toMatchObject(code('attemptEnded'));
    const stored = await f.training.prisma.attemptAnswer.findUnique({
      where: { attemptId_slot: { attemptId: attempt.id, slot: 1 } },
    });
    expect(stored).toMatchObject({ seq: 1, mark: 2 });
  });

  it('a save arriving while a submit holds the attempt waits for it, then is refused and writes nothing', async () => {
    const exam = await openExam();
    const clerk = await f.as('hubin.clerk');
    const { attempt } = await clerk.attempts.start({ examId: exam.examId, deviceId: PHONE });
    // A submit in the middle of its transaction, as submitAttempt holds it.
    const submitting = await f.db.pool.connect();
    try {
      await submitting.query('BEGIN');
      await submitting.query('SELECT 1 FROM training."ExamAttempt" WHERE id = $1 FOR UPDATE', [attempt.id]);
      const save = clerk.attempts.save({
        attemptId: attempt.id,
        deviceId: PHONE,
        slot: 1,
        seq: 1,
        response: { type: 'SINGLE_CHOICE', choice: 'A' },
      });
      const outcome = save.then(
        () => 'saved',
        (error: { cause?: { code?: string } }) => error.cause?.code,
      );
      await new Promise((r) => setTimeout(r, 300));
      expect(await Promise.race([outcome, 'waiting'])).toBe('waiting');
      await submitting.query(`UPDATE training."ExamAttempt" SET status = 'SUBMITTED' WHERE id = $1`, [
        attempt.id,
      ]);
      await submitting.query('COMMIT');
      expect(await outcome).toBe('training.attempts.attemptEnded');
    } finally {
      submitting.release();
    }
    expect(await f.training.prisma.attemptAnswer.count({ where: { attemptId: attempt.id } })).toBe(0);
  });

  it('a submit that read the attempt before a save landed writes nothing, and the submit marks that save too', async () => {
    const exam = await openExam({ reviewRule: 'IMMEDIATELY' });
    const clerk = await f.as('hubin.clerk');
    const { attempt } = await clerk.attempts.start({ examId: exam.examId, deviceId: PHONE });
    const wrong: QuestionResponse = { type: 'SINGLE_CHOICE', choice: 'B' };
    await clerk.attempts.save({ attemptId: attempt.id, deviceId: PHONE, slot: 1, seq: 1, response: wrong });
    const read = (await readForSubmit(f.training, attempt.id))!;
    const marking = markForSubmit(read, await keysOf(f.training, read.draw), read.answers);

    // A save statement in flight as answer-batch.ts writes it: the attempt row, then the answer.
    const saving = await f.db.pool.connect();
    try {
      await saving.query('BEGIN');
      await saving.query('UPDATE training."ExamAttempt" SET "updatedAt" = now() WHERE id = $1', [attempt.id]);
      await saving.query(
        `INSERT INTO training."AttemptAnswer" ("attemptId", slot, response, seq, "savedAt")
         VALUES ($1, 3, '{"type":"TRUE_FALSE","value":false}', 1, now())`,
        [attempt.id],
      );
      const write = writeSubmit(f.training.prisma, attempt.id, marking, f.clock.now, read.version);
      await new Promise((r) => setTimeout(r, 300));
      expect(await Promise.race([write, 'waiting'])).toBe('waiting');
      await saving.query('COMMIT');
      expect(await write).toBeNull();
    } finally {
      saving.release();
    }
    expect(await f.training.prisma.examAttempt.findUnique({ where: { id: attempt.id } })).toMatchObject({
      status: 'IN_PROGRESS',
      score: null,
    });

    // A save that landed before the write, then the examinee's submit: both answers are marked.
    const right: QuestionResponse = { type: 'SINGLE_CHOICE', choice: 'A' };
    const stale = (await readForSubmit(f.training, attempt.id))!;
    await clerk.attempts.save({ attemptId: attempt.id, deviceId: PHONE, slot: 1, seq: 2, response: right });
    expect(
      await writeSubmit(
        f.training.prisma,
        attempt.id,
        markForSubmit(stale, await keysOf(f.training, stale.draw), stale.answers),
        f.clock.now,
        stale.version,
      ),
    ).toBeNull();
    expect(await clerk.attempts.submit({ attemptId: attempt.id, deviceId: PHONE })).toMatchObject({
      status: 'SUBMITTED',
      score: 3,
    });
    const marks = await f.training.prisma.attemptAnswer.findMany({
      where: { attemptId: attempt.id },
      orderBy: { slot: 'asc' },
    });
    expect(marks.map((m) => [m.slot, m.mark])).toEqual([
      [1, 2],
      [3, 1],
    ]);
  });

  it('reads a used version once, and one not yet used (still editable in place) every time', async () => {
    const exam = await openExam();
    const [used, unused] = exam.versionIds as [string, string];
    await f.training.prisma.questionVersion.update({ where: { id: unused }, data: { usedAt: null } });
    await f.training.prisma.questionVersion.update({ where: { id: used }, data: { usedAt: f.clock.now } });
    const stems = async () => {
      const versions = await frozenVersions(f.training, [used, unused]);
      return [versions.get(used)!.stem, versions.get(unused)!.stem];
    };
    const before = await stems();
    await f.training.prisma.questionVersion.updateMany({
      where: { id: { in: [used, unused] } },
      data: { stem: '改过的题干' },
    });
    expect(await stems()).toEqual([before[0], '改过的题干']);
  });

  it('withholds score and answers until the exam closes when the review rule says so', async () => {
    const exam = await openExam({ reviewRule: 'AFTER_CLOSE' });
    const clerk = await f.as('hubin.clerk');
    const { attempt } = await clerk.attempts.start({ examId: exam.examId, deviceId: PHONE });
    const result = await clerk.attempts.submit({ attemptId: attempt.id, deviceId: PHONE });
    expect(result).toMatchObject({ reviewAllowed: false, score: null, passMark: null });
    expect(await clerk.attempts.result({ attemptId: attempt.id })).toMatchObject({ questions: [] });
    expect(JSON.stringify(result)).not.toContain('correct');
    const mine = await clerk.attempts.mine({ examId: exam.examId });
    expect(mine.attempts[0]).toMatchObject({ status: 'SUBMITTED', score: null, reviewAllowed: false });
    expect(mine.exams[0]).toMatchObject({ result: null });
    // A trainer of the hall sees it all now.
    expect(await (await f.as('trainer')).attempts.result({ attemptId: attempt.id })).toMatchObject({
      reviewAllowed: true,
      score: 0,
    });
    later(121);
    expect(await clerk.attempts.result({ attemptId: attempt.id })).toMatchObject({
      reviewAllowed: true,
      score: 0,
    });
    expect((await clerk.attempts.mine({ examId: exam.examId })).exams[0]).toMatchObject({
      result: 0,
      passed: false,
    });
    await expect(
      (await f.as('nanxing.mgr')).attempts.result({ attemptId: attempt.id }),
    ).rejects.toMatchObject(code('attemptNotFound'));
  });

  it('shows each reader only the attempts of their scope', async () => {
    const exam = await openExam();
    for (const who of ['hubin.clerk', 'nanxing.mgr']) {
      await (await f.as(who)).attempts.start({ examId: exam.examId, deviceId: `${who}-device` });
    }
    const names = async (who: string) =>
      (await (await f.as(who)).attempts.ofExam({ examId: exam.examId })).attempts
        .map((a) => a.personName)
        .sort();
    expect(await names('trainer')).toEqual(['吴俊', '赵雪']);
    expect(await names('hubin.mgr')).toEqual(['赵雪']);
    expect(await names('xh.sup')).toEqual([]);
    await expect(names('hubin.clerk')).rejects.toMatchObject(code('resultsDenied'));
  });
});

describe('when time runs out', () => {
  const startAndAnswer = async (over: Partial<TestExamOptions>) => {
    const exam = await openExam(over);
    const clerk = await f.as('hubin.clerk');
    const { attempt } = await clerk.attempts.start({ examId: exam.examId, deviceId: PHONE });
    await clerk.attempts.save({
      attemptId: attempt.id,
      deviceId: PHONE,
      slot: 1,
      seq: 1,
      response: { type: 'SINGLE_CHOICE', choice: 'A' },
    });
    return { clerk, attempt };
  };
  const row = (id: string) => f.training.prisma.examAttempt.findUniqueOrThrow({ where: { id } });

  it('AUTOSUBMIT: refuses answers after the deadline, and the job submits and marks the attempt', async () => {
    const { clerk, attempt } = await startAndAnswer({ overdueHandling: 'AUTOSUBMIT' });
    later(31);
    await expect(
      clerk.attempts.save({
        attemptId: attempt.id,
        deviceId: PHONE,
        slot: 1,
        seq: 2,
        response: { type: 'SINGLE_CHOICE', choice: 'B' },
      }),
    ).rejects.toMatchObject(code('timeUp'));
    // The service declares the minute job that does it (run here by hand, as pg-boss would on its schedule).
    const job = trainingModule.events!(f.training).jobs!.find((j) => j.name === 'close-overdue-attempts')!;
    expect(job).toMatchObject({ cron: '* * * * *', runAtStart: true });
    await job.run({ id: 'test', firedAt: f.clock.now, attempt: 1 });
    expect(await row(attempt.id)).toMatchObject({
      status: 'SUBMITTED',
      submittedAt: attempt.deadlineAt,
      score: 2,
      counted: true,
    });
    expect(await closeOverdueAttempts(f.training.deps)).toBe(0);
  });

  it('GRACE_PERIOD: only a submit in the grace period, then the job submits at its end', async () => {
    const { clerk, attempt } = await startAndAnswer({ overdueHandling: 'GRACE_PERIOD', graceMinutes: 10 });
    later(31);
    await closeOverdueAttempts(f.training.deps);
    expect(await row(attempt.id)).toMatchObject({ status: 'OVERDUE' });
    await expect(
      clerk.attempts.save({
        attemptId: attempt.id,
        deviceId: PHONE,
        slot: 2,
        seq: 1,
        response: { type: 'MULTIPLE_CHOICE', choices: ['A'] },
      }),
    ).rejects.toMatchObject(code('submitOnly'));
    later(10);
    await closeOverdueAttempts(f.training.deps);
    expect(await row(attempt.id)).toMatchObject({
      status: 'SUBMITTED',
      submittedAt: new Date(attempt.deadlineAt.getTime() + 10 * MINUTE),
      score: 2,
    });
  });

  it('GRACE_PERIOD: a submit inside the grace period is accepted', async () => {
    const { clerk, attempt } = await startAndAnswer({ overdueHandling: 'GRACE_PERIOD', graceMinutes: 10 });
    later(35);
    expect(await clerk.attempts.submit({ attemptId: attempt.id, deviceId: PHONE })).toMatchObject({
      status: 'SUBMITTED',
      score: 2,
    });
  });

  it('NOT_COUNTED: the attempt is set aside and a late submit is refused', async () => {
    const { clerk, attempt } = await startAndAnswer({ overdueHandling: 'NOT_COUNTED' });
    later(31);
    await expect(clerk.attempts.submit({ attemptId: attempt.id, deviceId: PHONE })).rejects.toMatchObject(
      code('attemptEnded'),
    );
    expect(await row(attempt.id)).toMatchObject({ status: 'ABANDONED', counted: false, score: null });
  });

  it('a read after the deadline shows the attempt closed even before the job has run', async () => {
    const { clerk, attempt } = await startAndAnswer({ overdueHandling: 'AUTOSUBMIT' });
    later(45);
    const view = await clerk.attempts.get({ attemptId: attempt.id });
    expect(view.attempt.status).toBe('SUBMITTED');
  });
});
