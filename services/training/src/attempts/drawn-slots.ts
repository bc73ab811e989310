// What an attempt drew (抽题) is fixed when it starts and never changes, yet every autosave needs it to check the
// answer against the question it shows: read once per attempt and kept in memory (bounded), so a save is one
// statement. Whose attempt it is never changes either; the device and the clock, which do, are checked by the
// save statement itself. Only what a save checks is kept (each slot's type and the options it showed), with the
// type and option ids shared between attempts: 10,000 running attempts of 50 questions hold ~80 MB, not the
// ~275 MB of whole parsed slots with their own copies of every id, and every full collection walks that.
import type { AttemptDraw, DrawnSlot } from '@duda/contract-training';
import { LRUCache } from 'lru-cache';
import type { TrainingDeps } from '../deps.ts';
import { table } from './sql.ts';

/** What a save checks an answer against: the question's type and the options shown, by slot. */
export type ShownSlot = Readonly<Pick<DrawnSlot, 'slot' | 'type' | 'optionOrder'>>;

export interface DrawnAttempt {
  personId: string;
  slots: ReadonlyMap<number, ShownSlot>;
}

/** Enough for every running attempt of a province-wide exam hour; an evicted one is read again. */
const MAX_ATTEMPTS = 50_000;

/** One copy of each question type and option id, however many attempts showed it (bounded like the attempts). */
const MAX_SHARED_STRINGS = 200_000;

interface ServiceCache {
  attempts: LRUCache<string, DrawnAttempt>;
  strings: LRUCache<string, string>;
}
const perService = new WeakMap<TrainingDeps, ServiceCache>();

function shared(strings: LRUCache<string, string>, value: string): string {
  const known = strings.get(value);
  if (known !== undefined) return known;
  strings.set(value, value);
  return value;
}

async function readDrawn(
  deps: TrainingDeps,
  strings: LRUCache<string, string>,
  attemptId: string,
): Promise<DrawnAttempt | undefined> {
  const rows = await deps.prisma.$queryRaw<{ personId: string; draw: AttemptDraw }[]>`
    SELECT "personId", "draw" FROM ${table('ExamAttempt')} WHERE "id" = ${attemptId}::uuid`;
  const row = rows[0];
  if (!row) return undefined;
  const slots = row.draw.slots.map((slot): [number, ShownSlot] => [
    slot.slot,
    {
      slot: slot.slot,
      type: shared(strings, slot.type) as DrawnSlot['type'],
      optionOrder: slot.optionOrder?.map((id) => shared(strings, id)),
    },
  ]);
  return { personId: row.personId, slots: new Map(slots) };
}

/** The attempt's owner and drawn slots; undefined when there is no such attempt. */
export function drawnAttempt(deps: TrainingDeps, attemptId: string): Promise<DrawnAttempt | undefined> {
  let cache = perService.get(deps);
  if (!cache) {
    cache = {
      attempts: new LRUCache({ max: MAX_ATTEMPTS }),
      strings: new LRUCache({ max: MAX_SHARED_STRINGS }),
    };
    perService.set(deps, cache);
  }
  const { attempts, strings } = cache;
  const hit = attempts.get(attemptId);
  if (hit) return Promise.resolve(hit);
  return readDrawn(deps, strings, attemptId).then((drawn) => {
    if (drawn) attempts.set(attemptId, drawn);
    return drawn;
  });
}
