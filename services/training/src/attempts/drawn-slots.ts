// What an attempt drew (抽题) is fixed when it starts and never changes, yet every autosave needs it to check the
// answer against the question it shows: read once per attempt and kept in memory (bounded), so a save is one
// statement. Whose attempt it is never changes either; the device and the clock, which do, are checked by the
// save statement itself. Only what a save checks is kept (each slot's type and the options it showed), with the
// type and each shown option order shared between attempts (a question's options can be shown in only so many
// orders): 10,000 running attempts of 50 questions hold ~50 MB (~90 MB with an order per slot, ~275 MB as whole
// parsed slots with their own copies of every id) — every full collection of the gateway walks what is kept.
import type { AttemptDraw, DrawnSlot } from '@duda/contract-training';
import { LRUCache } from 'lru-cache';
import type { TrainingDeps } from '../deps.ts';
import { table } from './sql.ts';

/** What a save checks an answer against: the question's type and the options shown, by slot. */
export interface ShownSlot {
  readonly slot: number;
  readonly type: DrawnSlot['type'];
  readonly optionOrder?: readonly string[];
}

export interface DrawnAttempt {
  personId: string;
  slots: ReadonlyMap<number, ShownSlot>;
}

/** Enough for every running attempt of a province-wide exam hour; an evicted one is read again. */
const MAX_ATTEMPTS = 50_000;

/** One copy of each question type and shown option order, however many attempts showed it (bounded too). */
const MAX_SHARED = 200_000;

type Shared = LRUCache<string, string | readonly string[]>;

interface ServiceCache {
  attempts: LRUCache<string, DrawnAttempt>;
  shared: Shared;
}
const perService = new WeakMap<TrainingDeps, ServiceCache>();

/** One copy per key, however many attempts showed it: a question type by its name, an option order by its ids. */
function shared<T extends string | readonly string[]>(cache: Shared, key: string, value: T): T {
  const known = cache.get(key);
  if (known !== undefined) return known as T;
  cache.set(key, value);
  return value;
}

async function readDrawn(
  deps: TrainingDeps,
  cache: Shared,
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
      type: shared(cache, slot.type, slot.type),
      // A space never occurs in an option id (a uuid) nor in a type's name: the joined ids name the order.
      optionOrder:
        slot.optionOrder && shared(cache, slot.optionOrder.join(' '), Object.freeze([...slot.optionOrder])),
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
      shared: new LRUCache({ max: MAX_SHARED }),
    };
    perService.set(deps, cache);
  }
  const { attempts, shared } = cache;
  const hit = attempts.get(attemptId);
  if (hit) return Promise.resolve(hit);
  return readDrawn(deps, shared, attemptId).then((drawn) => {
    if (drawn) attempts.set(attemptId, drawn);
    return drawn;
  });
}
