import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainingFixture, type TrainingFixture } from '../testing/fixture.ts';
import { batchedSave, type AnswerRow } from './answer-batch.ts';
import { createTestExam } from './test-exam.ts';

let f: TrainingFixture;
beforeAll(async () => {
  f = await trainingFixture();
}, 120_000);
afterAll(() => f?.close());

const MINUTE = 60_000;
const code = (name: string) => ({ cause: { code: `training.attempts.${name}` } });

type Examinee = { attemptId: string; personId: string; deviceId: string };

/** Three examinees of one exam (a, b: 湖滨; c: 南星), each with a running attempt on their own device. */
async function runningAttempts(): Promise<{ a: Examinee; b: Examinee; c: Examinee }> {
  const exam = await createTestExam(f, {
    opensAt: new Date(f.clock.now.getTime() - MINUTE),
    closesAt: new Date(f.clock.now.getTime() + 120 * MINUTE),
  });
  const start = async (who: string): Promise<Examinee> => {
    const deviceId = `${who}-phone`;
    const { attempt } = await (await f.as(who)).attempts.start({ examId: exam.examId, deviceId });
    return { attemptId: attempt.id, personId: f.seeded.demoPeople[who]!.id, deviceId };
  };
  return { a: await start('hubin.clerk'), b: await start('hubin.mgr'), c: await start('nanxing.mgr') };
}

const row = (who: Examinee, slot: number, seq: number, over: Partial<AnswerRow> = {}): AnswerRow => ({
  ...who,
  slot,
  seq,
  response: JSON.stringify({ type: 'TRUE_FALSE', value: seq % 2 === 0 }),
  now: f.clock.now,
  ...over,
});

/** The stored answers of an attempt, with the transaction that wrote each (rows of one statement share it). */
const stored = async (attemptId: string) =>
  f.training.prisma.$queryRaw<{ slot: number; seq: number; savedAt: Date; tx: string }[]>`
    SELECT "slot", "seq", "savedAt", xmin::text AS "tx" FROM training."AttemptAnswer"
    WHERE "attemptId" = ${attemptId}::uuid ORDER BY "slot"`;

describe('saves written together (group commit)', () => {
  it('writes saves that arrive together in a few statements, each answered once its own is committed', async () => {
    const { a, b, c } = await runningAttempts();
    const rows = [a, b, c].flatMap((who) => [1, 2, 3, 4, 5, 6].map((slot) => row(who, slot, 1)));
    const written = await Promise.all(rows.map((r) => batchedSave(f.training, r)));
    expect(written).toEqual(rows.map(() => true));
    const all = (await Promise.all([a, b, c].map((who) => stored(who.attemptId)))).flat();
    expect(all).toHaveLength(18);
    expect(all.every((r) => r.savedAt.getTime() === f.clock.now.getTime())).toBe(true);
    // Two statements leave at once, one save each; the sixteen others wait and go together as those finish.
    expect(new Set(all.map((r) => r.tx)).size).toBeLessThanOrEqual(4);
  });

  it('writes two saves of one slot one after the other, in the order they arrived', async () => {
    const { a } = await runningAttempts();
    const [older, newer] = await Promise.all([
      batchedSave(f.training, row(a, 1, 1)),
      batchedSave(f.training, row(a, 1, 2)),
      ...[2, 3, 4, 5].map((slot) => batchedSave(f.training, row(a, slot, 1))),
    ]);
    expect([older, newer]).toEqual([true, true]);
    // A late save with an older seq arriving after the newer one is not written, whatever their statements.
    const [late, first] = await Promise.all([
      batchedSave(f.training, row(a, 6, 4)),
      batchedSave(f.training, row(a, 6, 3)),
    ]);
    expect([late, first]).toEqual([true, false]);
    const answers = await stored(a.attemptId);
    expect(answers.map((r) => [r.slot, r.seq])).toEqual([
      [1, 2],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 1],
      [6, 4],
    ]);
  });

  it('writes only the saves whose attempt runs for that person on that device before their deadline', async () => {
    const { a, b, c } = await runningAttempts();
    await f.training.prisma.examAttempt.update({
      where: { id: c.attemptId },
      data: { status: 'SUBMITTED', submittedAt: f.clock.now },
    });
    const { deadlineAt } = await f.training.prisma.examAttempt.findUniqueOrThrow({
      where: { id: b.attemptId },
    });
    const written = await Promise.all(
      [
        row(a, 1, 1),
        row(a, 2, 1, { deviceId: 'someone-elses-laptop' }),
        row(a, 3, 1, { personId: b.personId }),
        row(b, 1, 1, { now: new Date(deadlineAt.getTime() - 1) }),
        row(b, 2, 1, { now: deadlineAt }),
        row(c, 1, 1),
      ].map((r) => batchedSave(f.training, r)),
    );
    expect(written).toEqual([true, false, false, true, false, false]);
    expect((await stored(a.attemptId)).map((r) => r.slot)).toEqual([1]);
    expect((await stored(b.attemptId)).map((r) => r.slot)).toEqual([1]);
    expect(await stored(c.attemptId)).toEqual([]);
  });

  it('a save that breaks its statement fails alone; the others with it are written', async () => {
    const { a } = await runningAttempts();
    const outcomes = await Promise.allSettled(
      [
        ...[1, 2, 3, 4].map((slot) => row(a, slot, 1)),
        row(a, 5, 1, { response: 'not json' }),
        row(a, 6, 1),
      ].map((r) => batchedSave(f.training, r)),
    );
    expect(outcomes.map((o) => o.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect((await stored(a.attemptId)).map((r) => r.slot)).toEqual([1, 2, 3, 4, 6]);
  });

  it('through the API: saves of several examinees at once are acknowledged, refused ones with their reason', async () => {
    const { a, c } = await runningAttempts();
    const clerk = await f.as('hubin.clerk');
    const mgr = await f.as('nanxing.mgr');
    const outcomes = await Promise.allSettled([
      ...[1, 2, 3].map((slot) =>
        clerk.attempts.save({
          attemptId: a.attemptId,
          deviceId: a.deviceId,
          slot,
          seq: 1,
          response:
            slot === 1
              ? { type: 'SINGLE_CHOICE', choice: 'A' }
              : slot === 2
                ? { type: 'MULTIPLE_CHOICE', choices: ['A', 'B'] }
                : { type: 'TRUE_FALSE', value: false },
        }),
      ),
      mgr.attempts.save({
        attemptId: c.attemptId,
        deviceId: 'another-device',
        slot: 3,
        seq: 1,
        response: { type: 'TRUE_FALSE', value: true },
      }),
      mgr.attempts.save({
        attemptId: c.attemptId,
        deviceId: c.deviceId,
        slot: 3,
        seq: 1,
        response: { type: 'TRUE_FALSE', value: true },
      }),
    ]);
    expect(outcomes.slice(0, 3)).toEqual(
      [1, 2, 3].map((slot) => ({
        status: 'fulfilled',
        value: expect.objectContaining({ saved: true, slot, seq: 1 }),
      })),
    );
    expect(outcomes[3]).toMatchObject({ status: 'rejected', reason: code('otherDevice') });
    expect(outcomes[4]).toMatchObject({ status: 'fulfilled', value: { saved: true } });
    expect((await stored(a.attemptId)).map((r) => r.slot)).toEqual([1, 2, 3]);
  });
});
