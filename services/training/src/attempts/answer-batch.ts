// Group commit of autosaves (ADR 0028). Ten thousand examinees save every 30 s; one statement and one commit per
// save made each save hold one of the pool's connections for a round trip through the gateway's event loop, and
// when that loop was busy (a collection, a burst of requests, a core shared with PostgreSQL) the pool's twenty
// connections were all held by statements PostgreSQL had long answered, saves queued for them, the loop got busier
// still: stalls of seconds out of a hiccup of 100 ms. Saves that arrive while others are being written wait and go
// together in the next statement: one connection, one round trip, one commit (one WAL flush) for all of them, and
// under load the batches grow by themselves instead of the queue for the pool. Nobody waits for a timer: a save
// arriving with fewer than MAX_IN_FLIGHT statements running leaves at once, alone if it is alone; at most that many
// of the pool's connections ever hold saves.
//
// Every caller is answered after the statement holding its save has committed: an acknowledged save is as durable
// as before. Each save keeps its own clock reading (its deadline check and savedAt) and its own attempt, person
// and device check; two saves of one slot never share a statement (an upsert cannot touch a row twice) nor run in
// two at once: the later waits until the earlier has committed, so saves of a slot are applied in the order they
// arrived, and the newest seq wins exactly as when each save was its own statement.
import type { TrainingDeps } from '../deps.ts';
import { table } from './sql.ts';

export interface AnswerRow {
  attemptId: string;
  personId: string;
  deviceId: string;
  slot: number;
  seq: number;
  /** The response as JSON text. */
  response: string;
  /** The save's own clock reading: the deadline is checked against it and it is stored as savedAt. */
  now: Date;
}

/**
 * Statements writing saves at once; more saves wait and join the next. Two: the saves take at most two of the
 * pool's connections whatever the backlog, and a save waiting for a submit's lock (a few milliseconds) holds up
 * its own batch, not every save.
 */
const MAX_IN_FLIGHT = 2;
/** Rows per statement: a statement of a few hundred rows still runs in a few milliseconds. */
const MAX_ROWS = 500;

interface Waiting {
  row: AnswerRow;
  resolve(written: boolean): void;
  reject(error: unknown): void;
}

const key = (row: { attemptId: string; slot: number }) => `${row.attemptId}:${row.slot}`;

/**
 * Writes the rows in one statement: each only while its attempt is running (IN_PROGRESS, before the deadline at
 * the row's own clock reading) for that person on that device, and only over an older seq. Returns the keys
 * written. The statement writes each attempt's row too (its updatedAt), not only locks it: a submit that read the
 * attempt before this save finds a newer row version and does not close it on the answers it read (submit.ts);
 * a locked submit (FOR UPDATE) waits for the statement, and the statement for a submit. Attempts are locked in id
 * order and rows written in key order, so two statements never wait for each other crosswise.
 */
export async function writeAnswers(
  deps: Pick<TrainingDeps, 'prisma'>,
  rows: AnswerRow[],
): Promise<Set<string>> {
  const written = await deps.prisma.$queryRaw<{ attemptId: string; slot: number }[]>`
    WITH input AS (
      SELECT * FROM unnest(
        ${rows.map((r) => r.attemptId)}::uuid[], ${rows.map((r) => r.personId)}::uuid[],
        ${rows.map((r) => r.deviceId)}::text[], ${rows.map((r) => r.slot)}::int[],
        ${rows.map((r) => r.response)}::jsonb[], ${rows.map((r) => r.seq)}::int[],
        ${rows.map((r) => r.now.toISOString())}::timestamp(3)[]
      ) AS i("attemptId", "personId", "deviceId", "slot", "response", "seq", "now")
    ), locked AS (
      SELECT a."id" FROM ${table('ExamAttempt')} a
      WHERE a."id" IN (SELECT "attemptId" FROM input) AND a."status" = 'IN_PROGRESS'
      ORDER BY a."id"
      FOR NO KEY UPDATE OF a
    ), running AS (
      UPDATE ${table('ExamAttempt')} a SET "updatedAt" = s."at"
      FROM (SELECT "attemptId", max("now") AS "at" FROM input GROUP BY "attemptId") s
      WHERE a."id" = s."attemptId" AND a."id" IN (SELECT "id" FROM locked)
      RETURNING a."id", a."personId", a."deviceId", a."deadlineAt"
    )
    INSERT INTO ${table('AttemptAnswer')} ("attemptId", "slot", "response", "seq", "savedAt")
    SELECT i."attemptId", i."slot", i."response", i."seq", i."now"
    FROM input i JOIN running r ON r."id" = i."attemptId" AND r."personId" = i."personId"
      AND r."deviceId" = i."deviceId" AND r."deadlineAt" > i."now"
    ORDER BY i."attemptId", i."slot"
    ON CONFLICT ("attemptId", "slot") DO UPDATE
      SET "response" = EXCLUDED."response", "seq" = EXCLUDED."seq", "savedAt" = EXCLUDED."savedAt"
      WHERE ${table('AttemptAnswer')}."seq" < EXCLUDED."seq"
    RETURNING "attemptId"::text AS "attemptId", "slot"`;
  return new Set(written.map(key));
}

/** One service's queue of saves waiting for a statement. */
class AnswerBatcher {
  private waiting: Waiting[] = [];
  private inFlight = 0;
  /** The slots being written: a later save of one waits until that statement has committed. */
  private readonly writing = new Set<string>();

  constructor(private readonly deps: Pick<TrainingDeps, 'prisma'>) {}

  /** Resolves to whether the row was written, once the statement that wrote it (or not) has committed. */
  save(row: AnswerRow): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ row, resolve, reject });
      this.next();
    });
  }

  private next() {
    while (this.inFlight < MAX_IN_FLIGHT && this.waiting.length > 0) {
      // The oldest saves first, at most one per slot and none of a slot still being written: the saves of one
      // slot are written one after the other in the order they arrived, as single statements were.
      const batch: Waiting[] = [];
      const rest: Waiting[] = [];
      for (const w of this.waiting) {
        if (batch.length < MAX_ROWS && !this.writing.has(key(w.row))) {
          this.writing.add(key(w.row));
          batch.push(w);
        } else rest.push(w);
      }
      this.waiting = rest;
      if (batch.length === 0) return;
      this.inFlight++;
      void this.write(batch).finally(() => {
        for (const w of batch) this.writing.delete(key(w.row));
        this.inFlight--;
        this.next();
      });
    }
  }

  private async write(batch: Waiting[]) {
    let written: Set<string>;
    try {
      written = await writeAnswers(
        this.deps,
        batch.map((w) => w.row),
      );
    } catch {
      // One row's trouble must not be everybody's: each is written alone, and each caller gets its own outcome.
      await Promise.all(
        batch.map((w) =>
          writeAnswers(this.deps, [w.row]).then(
            (alone) => w.resolve(alone.size > 0),
            (error: unknown) => w.reject(error),
          ),
        ),
      );
      return;
    }
    for (const w of batch) w.resolve(written.has(key(w.row)));
  }
}

const perService = new WeakMap<Pick<TrainingDeps, 'prisma'>, AnswerBatcher>();

/**
 * Stores the answer if its attempt is running on that device and no newer seq is stored; resolves to whether it
 * was written, after the commit.
 */
export function batchedSave(deps: Pick<TrainingDeps, 'prisma'>, row: AnswerRow): Promise<boolean> {
  let batcher = perService.get(deps);
  if (!batcher) {
    batcher = new AnswerBatcher(deps);
    perService.set(deps, batcher);
  }
  return batcher.save(row);
}
