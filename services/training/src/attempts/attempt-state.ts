// Moving an attempt to its end (交卷 / 超时): marking it on submit, and applying the exam's overdue mode once its
// time has run out. Shared by the examinee's submit, every read that finds an attempt past its deadline, and the
// overdue job, so all three close an attempt the same way. Each runs inside the caller's transaction, on an attempt
// row the caller has locked (FOR UPDATE), so a save in flight either lands before the close or is refused after it.
import type { AttemptDraw, MultipleChoiceScoring, QuestionKey } from '@duda/contract-training';
import { Prisma } from '../generated/prisma/client.ts';
import type { AttemptStatus, OverdueHandling } from '../generated/prisma/enums.ts';
import { graceEnd, overdueAction } from '../domain/attempt-clock.ts';
import { gradeAttempt, markingVersionOf, type AnswerForGrading } from '../domain/grading.ts';
import type { TrainingDeps } from '../deps.ts';
import { frozenVersions } from './frozen-versions.ts';
import { table } from './sql.ts';

export type Tx = Prisma.TransactionClient;

/** What closing an attempt needs to know about it and its exam. */
export interface ClosableAttempt {
  id: string;
  status: AttemptStatus;
  deadlineAt: Date;
  draw: AttemptDraw;
  exam: {
    overdueHandling: OverdueHandling;
    graceMinutes: number;
    multipleChoiceScoring: MultipleChoiceScoring;
  };
}

/** Locks the attempt row for the rest of the transaction. */
export async function lockAttempt(tx: Tx, attemptId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM ${table('ExamAttempt')} WHERE "id" = ${attemptId}::uuid FOR UPDATE`;
}

/** The answer keys of the versions an attempt showed (read outside any lock). */
export async function keysOf(
  deps: Pick<TrainingDeps, 'prisma'>,
  draw: AttemptDraw,
): Promise<Map<string, QuestionKey>> {
  const versions = await frozenVersions(deps, draw.slots.map(markingVersionOf));
  return new Map([...versions.values()].map((v) => [v.id, v.answerKey]));
}

/** An answer as marking and the result need it. */
export interface StoredAnswer {
  slot: number;
  response: AnswerForGrading['response'];
  mark: number | null;
  manual: boolean;
}

/** The attempt's fields a result's head shows besides its exam, as the close writes them. */
export interface ClosedAttempt {
  id: string;
  attemptNo: number;
  status: AttemptStatus;
  startedAt: Date;
  submittedAt: Date | null;
  focusLosses: number;
  score: number | null;
  maxScore: number;
  needsMarking: boolean;
}

/** The marks of an attempt's answers as a submit stores them: every answer not marked by hand, and the score. */
export function markForSubmit(
  attempt: Pick<ClosableAttempt, 'draw' | 'exam'>,
  keys: ReadonlyMap<string, QuestionKey>,
  rows: readonly StoredAnswer[],
) {
  const answers = new Map<number, AnswerForGrading>(
    rows.map((r) => [r.slot, { response: r.response, manualMark: r.manual ? r.mark : null }]),
  );
  const grade = gradeAttempt(attempt.draw.slots, keys, answers, attempt.exam.multipleChoiceScoring);
  return { grade, stored: grade.slots.filter((m) => answers.has(m.slot) && !m.manual) };
}

/**
 * Writes a submit in one statement: the attempt's end and score, and the marks of its answers only if the attempt
 * row was written. With `readVersion` (the row's xmin when the answers were read, outside any lock), only while
 * the row is still that version: every save writes the attempt row in the statement that writes its answer
 * (answer-batch.ts), and so does every other change, so a save or a close that landed since that read leaves the
 * row a newer version, and nothing is written (null). An UPDATE waiting for a save's lock checks the row as that
 * save left it, so the check holds however the two interleave.
 */
export async function writeSubmit(
  db: Pick<Tx, '$queryRaw'>,
  attemptId: string,
  { grade, stored }: ReturnType<typeof markForSubmit>,
  at: Date,
  readVersion?: string,
): Promise<ClosedAttempt | null> {
  const unchanged = readVersion === undefined ? Prisma.empty : Prisma.sql`AND xmin::text = ${readVersion}`;
  const [closed] = await db.$queryRaw<ClosedAttempt[]>`
    WITH closed AS (
      UPDATE ${table('ExamAttempt')}
      SET "status" = 'SUBMITTED', "submittedAt" = ${at}, "counted" = true, "score" = ${grade.score},
          "maxScore" = ${grade.maxScore}, "needsMarking" = ${grade.needsMarking}, "updatedAt" = ${new Date()}
      WHERE "id" = ${attemptId}::uuid ${unchanged}
      RETURNING "id", "attemptNo", "status"::text AS "status", "startedAt", "submittedAt", "focusLosses", "score",
                "maxScore", "needsMarking"
    ), marks AS (
      UPDATE ${table('AttemptAnswer')} AS a SET "mark" = v.mark
      FROM unnest(${stored.map((m) => m.slot)}::int[], ${stored.map((m) => m.mark)}::float8[]) AS v(slot, mark),
           closed
      WHERE a."attemptId" = closed."id" AND a."slot" = v.slot
    )
    SELECT * FROM closed`;
  return closed ?? null;
}

/** An attempt's stored answers, as marking reads them. */
export const answersOf = (db: Pick<Tx, '$queryRaw'>, attemptId: string) =>
  db.$queryRaw<StoredAnswer[]>`
    SELECT "slot", "response", "mark", "markedById" IS NOT NULL AS "manual"
    FROM ${table('AttemptAnswer')} WHERE "attemptId" = ${attemptId}::uuid`;

/**
 * Submits the attempt (by the examinee at `at`, or by the overdue rule at the moment it was due): marks every
 * answer and stores the marks, the score and the attempt's end; returns the attempt as now stored.
 * Two statements after the caller's lock, whatever the paper's length — the answers read, then every
 * mark and the attempt's end in one — and no ORM row mapping: at the end of an exam hour thousands run at once.
 */
export async function submitLocked(
  tx: Tx,
  attempt: Pick<ClosableAttempt, 'id' | 'draw' | 'exam'>,
  keys: ReadonlyMap<string, QuestionKey>,
  at: Date,
) {
  const marking = markForSubmit(attempt, keys, await answersOf(tx, attempt.id));
  return (await writeSubmit(tx, attempt.id, marking, at))!;
}

/**
 * The score of a submitted attempt from its stored marks (after a trainer's mark or a regrade): final once no
 * answer waits for a mark. An unanswered question has no row and counts 0.
 */
export async function rescoreLocked(tx: Tx, attemptId: string) {
  const rows = await tx.attemptAnswer.findMany({ where: { attemptId }, select: { mark: true } });
  const score = Math.round(rows.reduce((sum, r) => sum + (r.mark ?? 0), 0) * 10_000) / 10_000;
  const needsMarking = rows.some((r) => r.mark === null);
  return tx.examAttempt.update({
    where: { id: attemptId },
    data: { score, needsMarking },
    select: { score: true, maxScore: true, needsMarking: true },
  });
}

/**
 * Applies the overdue mode to a locked attempt whose time may have run out; returns its status afterwards.
 * Nothing changes for an attempt still running or already ended.
 */
export async function settleLocked(
  tx: Tx,
  attempt: ClosableAttempt,
  keys: ReadonlyMap<string, QuestionKey> | (() => Promise<ReadonlyMap<string, QuestionKey>>),
  now: Date,
): Promise<AttemptStatus> {
  const action = overdueAction(attempt.exam, attempt, now);
  switch (action) {
    case 'NONE':
      return attempt.status;
    case 'MARK_OVERDUE':
      await tx.examAttempt.update({ where: { id: attempt.id }, data: { status: 'OVERDUE' } });
      return 'OVERDUE';
    case 'ABANDON':
      await tx.examAttempt.update({
        where: { id: attempt.id },
        data: { status: 'ABANDONED', counted: false },
      });
      return 'ABANDONED';
    case 'SUBMIT': {
      const due = graceEnd(attempt.exam, attempt.deadlineAt);
      await submitLocked(tx, attempt, typeof keys === 'function' ? await keys() : keys, due);
      return 'SUBMITTED';
    }
  }
}

/** The attempt with what closing it needs, read inside the transaction after its lock. */
export async function closableAttempt(tx: Tx, attemptId: string) {
  const row = await tx.examAttempt.findUnique({
    where: { id: attemptId },
    include: {
      exam: {
        select: {
          overdueHandling: true,
          graceMinutes: true,
          multipleChoiceScoring: true,
        },
      },
    },
  });
  return row ? { ...row, draw: row.draw as unknown as AttemptDraw } : null;
}

/** Attempts whose time has run out and that the overdue rule has still to act on. */
export const dueAttempts = (now: Date) =>
  ({
    OR: [
      { status: 'IN_PROGRESS', deadlineAt: { lte: now } },
      // In a grace period: acted on again once it ends (the grace length is the exam's, checked per attempt).
      { status: 'OVERDUE' },
    ],
  }) satisfies Prisma.ExamAttemptWhereInput;
