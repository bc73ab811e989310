// Answering (作答): each change the page sends is saved at once, on the one device that holds the attempt, only while
// time is left; a save that arrives late with an older sequence number than the stored one changes nothing, so the
// newest answer always wins whatever order the network delivers them in. Focus losses are counted for the trainer.
import type { Actor } from '@duda/authz';
import {
  attemptsErrors,
  attemptStatusTerms,
  questionTypeTerms,
  type QuestionResponse,
} from '@duda/contract-training';
import type { CallerContext } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import { acceptsAnswers, acceptsSubmit } from '../domain/attempt-clock.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { AttemptStatus, OverdueHandling } from '../generated/prisma/enums.ts';
import { batchedSave } from './answer-batch.ts';
import { table } from './sql.ts';
import type { Tx } from './attempt-state.ts';
import { drawnAttempt, type ShownSlot } from './drawn-slots.ts';

type Ctx = CallerContext & { actor: Actor };

/** The options a response names must be ones the examinee was shown. */
export function checkResponse(slot: ShownSlot, response: QuestionResponse): void {
  if (response.type !== slot.type) {
    throw attemptsErrors.responseTypeMismatch(
      { slot: slot.slot, type: questionTypeTerms.term(slot.type) },
      'response',
    );
  }
  const shown = new Set(slot.optionOrder ?? []);
  const named =
    response.type === 'SINGLE_CHOICE'
      ? response.choice === null
        ? []
        : [response.choice]
      : response.type === 'MULTIPLE_CHOICE'
        ? response.choices
        : response.type === 'MATCHING'
          ? Object.values(response.pairs).filter((c): c is string => c !== null)
          : [];
  if (named.some((id) => !shown.has(id))) {
    throw attemptsErrors.responseOutOfQuestion({ slot: slot.slot }, 'response');
  }
}

interface LockedForAnswer {
  personId: string;
  status: AttemptStatus;
  deadlineAt: Date;
  deviceId: string;
  overdueHandling: OverdueHandling;
  graceMinutes: number;
}

/**
 * The attempt, locked for the transaction: shared to say why a save wrote nothing, FOR UPDATE from the start for
 * what changes the attempt row (a focus loss), since two share locks both waiting to become exclusive would
 * deadlock.
 */
async function attemptForAnswer(
  tx: Tx,
  attemptId: string,
  lock: 'SHARE' | 'UPDATE',
): Promise<LockedForAnswer | null> {
  const rows = await tx.$queryRaw<LockedForAnswer[]>`
    SELECT a."personId", a."status"::text AS "status", a."deadlineAt", a."deviceId",
           e."overdueHandling"::text AS "overdueHandling", e."graceMinutes"
    FROM ${table('ExamAttempt')} a JOIN ${table('Exam')} e ON e."id" = a."examId"
    WHERE a."id" = ${attemptId}::uuid
    FOR ${Prisma.raw(lock)} OF a`;
  return rows[0] ?? null;
}

function assertMayAnswer(ctx: Ctx, attempt: LockedForAnswer | null, deviceId: string, now: Date) {
  if (!attempt || attempt.personId !== ctx.actor.personId) throw attemptsErrors.attemptNotFound();
  if (attempt.deviceId !== deviceId) throw attemptsErrors.otherDevice();
  if (acceptsAnswers(attempt, now)) return attempt;
  if (attempt.status === 'SUBMITTED' || attempt.status === 'ABANDONED') {
    throw attemptsErrors.attemptEnded({ status: attemptStatusTerms.term(attempt.status) });
  }
  if (acceptsSubmit(attempt, attempt, now)) throw attemptsErrors.submitOnly();
  throw attemptsErrors.timeUp();
}

export interface SaveInput {
  attemptId: string;
  deviceId: string;
  slot: number;
  seq: number;
  response: QuestionResponse;
}

/**
 * Saves one answer; `saved` is false when a newer one (higher seq) is already stored. Written with the saves that
 * arrive meanwhile in one statement (answer-batch.ts, ADR 0028), answered after its commit: it writes the
 * attempt's row (a submit waits for it, and it for a submit; a submit that read the attempt before it sees a newer
 * row) and writes only while the attempt is running on this device; when it writes nothing, the attempt is read to
 * say why.
 */
export async function saveAnswer(deps: TrainingDeps, ctx: Ctx, input: SaveInput) {
  const now = deps.now();
  const drawn = await drawnAttempt(deps, input.attemptId);
  if (!drawn || drawn.personId !== ctx.actor.personId) throw attemptsErrors.attemptNotFound();
  const slot = drawn.slots.get(input.slot);
  if (!slot) throw attemptsErrors.slotNotInAttempt({ slot: input.slot }, 'slot');
  checkResponse(slot, input.response);
  const saved = await batchedSave(deps, {
    attemptId: input.attemptId,
    personId: ctx.actor.personId,
    deviceId: input.deviceId,
    slot: input.slot,
    seq: input.seq,
    response: JSON.stringify(input.response),
    now,
  });
  if (!saved) {
    // Not running on this device (refused with the reason), or a newer answer is already there.
    await deps.prisma.$transaction((tx) =>
      attemptForAnswer(tx, input.attemptId, 'SHARE').then((a) =>
        assertMayAnswer(ctx, a, input.deviceId, now),
      ),
    );
  }
  return { saved, slot: input.slot, seq: input.seq, serverNow: now };
}

/** Counts tab switches and focus losses the page saw while the attempt was running. */
export async function reportFocusLoss(
  deps: TrainingDeps,
  ctx: Ctx,
  input: { attemptId: string; deviceId: string; count: number },
) {
  const now = deps.now();
  return deps.prisma.$transaction(async (tx) => {
    assertMayAnswer(ctx, await attemptForAnswer(tx, input.attemptId, 'UPDATE'), input.deviceId, now);
    const updated = await tx.examAttempt.update({
      where: { id: input.attemptId },
      data: { focusLosses: { increment: input.count } },
      select: { focusLosses: true },
    });
    return { focusLosses: updated.focusLosses, serverNow: now };
  });
}
