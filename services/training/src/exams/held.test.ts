import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestExam } from '../attempts/test-exam.ts';
import { examHeld } from '../events/domain-events.ts';
import { trainingModule } from '../module.ts';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';
import { recordHeldExams } from './held.ts';

let f: TrainingFixture;
beforeAll(async () => {
  f = await trainingFixture();
}, 120_000);
afterAll(() => f?.close());

const MINUTE = 60_000;
const PHONE = 'phone-of-zhao-xue';
const later = (minutes: number) => {
  f.clock.now = new Date(f.clock.now.getTime() + minutes * MINUTE);
};
const heldEvents = async () =>
  (await f.training.prisma.outboxEvent.findMany({ where: { type: examHeld.type } })).map((e) =>
    examHeld.schema.parse(e.payload),
  );
/** An exam open from now for an hour, 30 minutes per attempt. */
const openExam = () =>
  createTestExam(f, {
    opensAt: new Date(f.clock.now.getTime() - MINUTE),
    closesAt: new Date(f.clock.now.getTime() + 60 * MINUTE),
  });

describe('an exam held (考试已举行)', () => {
  it('is recorded once, after its window closed and its last attempt was closed, with who and what it was for', async () => {
    const exam = await openExam();
    const clerk = await f.as('hubin.clerk');
    const { attempt } = await clerk.attempts.start({ examId: exam.examId, deviceId: PHONE });
    // Still open, then closed with an attempt running: not yet held.
    expect(await recordHeldExams(f.training.deps)).toEqual([]);
    later(61);
    await f.training.prisma.examAttempt.update({
      where: { id: attempt.id },
      data: { status: 'IN_PROGRESS', deadlineAt: new Date(f.clock.now.getTime() + MINUTE) },
    });
    expect(await recordHeldExams(f.training.deps)).toEqual([]);
    await f.training.prisma.examAttempt.update({ where: { id: attempt.id }, data: { status: 'SUBMITTED' } });

    // The service's job does it (run by hand, as pg-boss would on its schedule), twice: one event.
    const job = trainingModule.events!(f.training).jobs!.find((j) => j.name === 'record-held-exams')!;
    expect(job).toMatchObject({ cron: '*/5 * * * *', runAtStart: true });
    await job.run({ id: 'test', firedAt: f.clock.now, attempt: 1 });
    await job.run({ id: 'test-2', firedAt: f.clock.now, attempt: 1 });
    expect(await recordHeldExams(f.training.deps)).toEqual([]);

    const row = await f.training.prisma.exam.findUniqueOrThrow({ where: { id: exam.examId } });
    expect(await heldEvents()).toEqual([
      {
        examId: exam.examId,
        cityId: row.cityId,
        orgNodeId: row.orgNodeId,
        scope: [row.orgNodeId],
        organiserId: row.createdById,
        kind: 'DISTRICT_WRITTEN',
        month: '2026-12',
        heldAt: f.clock.now.toISOString(),
      },
    ]);
    expect(row.heldAt).toEqual(f.clock.now);
  });

  it('is never recorded for an exam nobody sat, nor for a cancelled one', async () => {
    const before = (await heldEvents()).length;
    const unsat = await openExam();
    const cancelled = await openExam();
    const clerk = await f.as('hubin.clerk');
    await clerk.attempts.start({ examId: cancelled.examId, deviceId: PHONE });
    await f.training.prisma.examAttempt.updateMany({
      where: { examId: cancelled.examId },
      data: { status: 'SUBMITTED' },
    });
    await f.training.prisma.exam.update({ where: { id: cancelled.examId }, data: { status: 'CANCELLED' } });
    later(61);
    expect(await recordHeldExams(f.training.deps)).toEqual([]);
    expect((await heldEvents()).length).toBe(before);
    const rows = await f.training.prisma.exam.findMany({
      where: { id: { in: [unsat.examId, cancelled.examId] } },
    });
    expect(rows.map((r) => r.heldAt)).toEqual([null, null]);
  });

  it('records nothing, and claims nothing, for an exam whose event cannot be recorded; the others still are', async () => {
    const sat = async () => {
      const exam = await openExam();
      await (await f.as('hubin.clerk')).attempts.start({ examId: exam.examId, deviceId: PHONE });
      await f.training.prisma.examAttempt.updateMany({
        where: { examId: exam.examId },
        data: { status: 'SUBMITTED' },
      });
      return exam.examId;
    };
    const broken = await sat();
    const fine = await sat();
    // A month the event's schema refuses: the payload check fails inside the claiming transaction.
    await f.training.prisma.exam.update({ where: { id: broken }, data: { month: 'December' } });
    later(61);
    const before = await heldEvents();
    await expect(recordHeldExams(f.training.deps)).rejects.toThrow('1 held exam(s) not recorded');
    expect((await heldEvents()).map((e) => e.examId)).toEqual([...before.map((e) => e.examId), fine]);
    expect((await f.training.prisma.exam.findUniqueOrThrow({ where: { id: broken } })).heldAt).toBeNull();
    await f.training.prisma.exam.update({ where: { id: broken }, data: { month: '2026-12' } });
    expect(await recordHeldExams(f.training.deps)).toEqual([broken]);
  });
});
