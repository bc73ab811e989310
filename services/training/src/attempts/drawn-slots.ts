// What an attempt drew (抽题) is fixed when it starts and never changes, yet every autosave needs it to check the
// answer against the question it shows: read once per attempt and kept in memory (bounded), so a save is one
// statement. Whose attempt it is never changes either; the device and the clock, which do, are checked by the
// save statement itself.
import type { AttemptDraw, DrawnSlot } from '@duda/contract-training';
import { LRUCache } from 'lru-cache';
import type { TrainingDeps } from '../deps.ts';
import { table } from './sql.ts';

export interface DrawnAttempt {
  personId: string;
  slots: ReadonlyMap<number, DrawnSlot>;
}

/** Enough for every running attempt of a province-wide exam hour; an evicted one is read again. */
const MAX_ATTEMPTS = 50_000;

const perService = new WeakMap<TrainingDeps, LRUCache<string, DrawnAttempt>>();

async function readDrawn(deps: TrainingDeps, attemptId: string): Promise<DrawnAttempt | undefined> {
  const rows = await deps.prisma.$queryRaw<{ personId: string; draw: AttemptDraw }[]>`
    SELECT "personId", "draw" FROM ${table('ExamAttempt')} WHERE "id" = ${attemptId}::uuid`;
  const row = rows[0];
  if (!row) return undefined;
  return { personId: row.personId, slots: new Map(row.draw.slots.map((slot) => [slot.slot, slot])) };
}

/** The attempt's owner and drawn slots; undefined when there is no such attempt. */
export function drawnAttempt(deps: TrainingDeps, attemptId: string): Promise<DrawnAttempt | undefined> {
  let cache = perService.get(deps);
  if (!cache) {
    cache = new LRUCache({ max: MAX_ATTEMPTS });
    perService.set(deps, cache);
  }
  const hit = cache.get(attemptId);
  if (hit) return Promise.resolve(hit);
  return readDrawn(deps, attemptId).then((drawn) => {
    if (drawn) cache.set(attemptId, drawn);
    return drawn;
  });
}
