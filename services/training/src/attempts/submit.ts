// Submitting (交卷): idempotent — a second submit, or one after the overdue rule already submitted the attempt,
// answers with the same result. The objective questions are marked as the attempt is closed. After the deadline the
// exam's overdue mode decides: submitted as it stood (AUTOSUBMIT), accepted within the grace period, or not counted.
// At the end of an exam hour thousands submit within seconds, so the usual submit holds no transaction open while
// the gateway turns its event loop: one statement reads the attempt, its exam and its answers; they are marked; one
// statement writes the marks and the attempt's end, only if the attempt row is still the version that was read
// (attempt-state.ts writeSubmit); the result's head is answered from what was written. Anything else — an attempt
// ended, on another device, past its time, or changed since the read (a save that landed meanwhile) — goes the
// locked way: the attempt locked, its answers read under the lock, marked and written.
import type { Actor } from '@duda/authz';
import { attemptsErrors, attemptStatusTerms, type AttemptDraw } from '@duda/contract-training';
import type { CallerContext } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import { acceptsSubmit } from '../domain/attempt-clock.ts';
import type { AttemptStatus } from '../generated/prisma/enums.ts';
import { Prisma, type Exam, type ExamAttempt } from '../generated/prisma/client.ts';
import {
  keysOf,
  markForSubmit,
  settleLocked,
  submitLocked,
  writeSubmit,
  type ClosableAttempt,
  type StoredAnswer,
  type Tx,
} from './attempt-state.ts';
import { attemptSummary, summaryOf, type examSelect, type ResultAttempt } from './results.ts';
import { table } from './sql.ts';

type Ctx = CallerContext & { actor: Actor };

type LockedForSubmit = ClosableAttempt &
  Pick<ExamAttempt, 'personId' | 'deviceId'> & {
    exam: ClosableAttempt['exam'] & Pick<Exam, keyof typeof examSelect>;
  };

type AttemptRow = Omit<LockedForSubmit, 'exam'> & LockedForSubmit['exam'] & { examId: string };

/** The attempt's and its exam's columns a submit needs. */
const submitColumns = Prisma.sql`
  a."id", a."personId", a."status"::text AS "status", a."deadlineAt", a."deviceId", a."draw",
  e."id" AS "examId", e."title", e."passMark", e."reviewRule"::text AS "reviewRule", e."reviewAt",
  e."closesAt", e."gradingMethod"::text AS "gradingMethod",
  e."overdueHandling"::text AS "overdueHandling", e."graceMinutes",
  e."multipleChoiceScoring"::text AS "multipleChoiceScoring"`;

function lockedForSubmit(row: AttemptRow): LockedForSubmit {
  const { examId, title, passMark, reviewRule, reviewAt, closesAt, gradingMethod, ...attempt } = row;
  const { overdueHandling, graceMinutes, multipleChoiceScoring } = row;
  return {
    ...attempt,
    draw: row.draw as unknown as AttemptDraw,
    exam: {
      id: examId,
      title,
      passMark,
      reviewRule,
      reviewAt,
      closesAt,
      gradingMethod,
      overdueHandling,
      graceMinutes,
      multipleChoiceScoring,
    },
  };
}

/** The attempt locked (FOR UPDATE: saves in flight finish first, later ones wait and then see it ended) with its exam. */
async function lockForSubmit(tx: Tx, attemptId: string): Promise<LockedForSubmit | null> {
  const rows = await tx.$queryRaw<AttemptRow[]>`
    SELECT ${submitColumns}
    FROM ${table('ExamAttempt')} a JOIN ${table('Exam')} e ON e."id" = a."examId"
    WHERE a."id" = ${attemptId}::uuid
    FOR UPDATE OF a`;
  return rows[0] ? lockedForSubmit(rows[0]) : null;
}

/**
 * The attempt with its exam and its answers as one statement saw them, without a lock, and the attempt row's
 * version then (xmin), which the write checks.
 */
export async function readForSubmit(deps: Pick<TrainingDeps, 'prisma'>, attemptId: string) {
  const rows = await deps.prisma.$queryRaw<(AttemptRow & { version: string; answers: StoredAnswer[] })[]>`
    SELECT ${submitColumns}, a.xmin::text AS "version",
      COALESCE((
        SELECT json_agg(json_build_object('slot', s."slot", 'response', s."response", 'mark', s."mark",
                                          'manual', s."markedById" IS NOT NULL))
        FROM ${table('AttemptAnswer')} s WHERE s."attemptId" = a."id"
      ), '[]'::json) AS "answers"
    FROM ${table('ExamAttempt')} a JOIN ${table('Exam')} e ON e."id" = a."examId"
    WHERE a."id" = ${attemptId}::uuid`;
  const row = rows[0];
  if (!row) return null;
  const { version, answers, ...attempt } = row;
  return { ...lockedForSubmit(attempt), version, answers };
}

export async function submitAttempt(
  deps: TrainingDeps,
  ctx: Ctx,
  input: { attemptId: string; deviceId: string },
) {
  const now = deps.now();
  const read = await readForSubmit(deps, input.attemptId);
  if (!read || read.personId !== ctx.actor.personId) throw attemptsErrors.attemptNotFound();
  if (read.deviceId === input.deviceId && acceptsSubmit(read.exam, read, now)) {
    const marking = markForSubmit(read, await keysOf(deps, read.draw), read.answers);
    const closed = await writeSubmit(deps.prisma, read.id, marking, now, read.version);
    // The examinee's own attempt, just submitted: its score as they may see it, without reading it again. The
    // questions with their marks and keys are the result page's (attempts.result): the exam page only moves on
    // to it, and 2,000 submits serialising 50 questions each cost the gateway more than the submits themselves.
    if (closed) return summaryOf(deps, { ...closed, exam: read.exam }, false);
  }
  type Outcome = { status: AttemptStatus; result?: Omit<ResultAttempt, 'answers' | 'draw'> };
  const outcome = await deps.prisma.$transaction(async (tx): Promise<Outcome> => {
    const attempt = await lockForSubmit(tx, input.attemptId);
    if (!attempt || attempt.personId !== ctx.actor.personId) throw attemptsErrors.attemptNotFound();
    if (attempt.status === 'SUBMITTED' || attempt.status === 'ABANDONED') return { status: attempt.status };
    if (attempt.deviceId !== input.deviceId) throw attemptsErrors.otherDevice();
    const keys = await keysOf(deps, attempt.draw);
    if (!acceptsSubmit(attempt.exam, attempt, now))
      return { status: await settleLocked(tx, attempt, keys, now) };
    const closed = await submitLocked(tx, attempt, keys, now);
    return { status: 'SUBMITTED', result: { ...closed, exam: attempt.exam } };
  });
  if (outcome.status === 'ABANDONED')
    throw attemptsErrors.attemptEnded({ status: attemptStatusTerms.term(outcome.status) });
  if (outcome.result) return summaryOf(deps, outcome.result, false);
  return attemptSummary(deps, ctx, input.attemptId);
}
