// Question versions as attempts showed them: a used version (usedAt, set with the draw) is never edited again (an
// edit of it makes a new version, src/bank/questions.ts), so its stem, body and key are read once and kept. At the end of an exam hour 2,000 submits of one paper then read its 50 versions once, not
// 2,000 times. A version not yet used (a regrade's correction is the question's current version, which may still
// be edited) is read every time.
import type { QuestionKey } from '@duda/contract-training';
import { LRUCache } from 'lru-cache';
import type { TrainingDeps } from '../deps.ts';

export interface FrozenVersion {
  id: string;
  stem: string;
  body: unknown;
  answerKey: QuestionKey;
}

/** The versions of one exam hour's papers, with room to spare. */
const MAX_VERSIONS = 10_000;
const caches = new WeakMap<object, LRUCache<string, FrozenVersion>>();

/** The versions by id (missing ids are left out). */
export async function frozenVersions(
  deps: Pick<TrainingDeps, 'prisma'>,
  ids: Iterable<string>,
): Promise<Map<string, FrozenVersion>> {
  let cache = caches.get(deps.prisma);
  if (!cache) {
    cache = new LRUCache({ max: MAX_VERSIONS });
    caches.set(deps.prisma, cache);
  }
  const found = new Map<string, FrozenVersion>();
  const missing: string[] = [];
  for (const id of new Set(ids)) {
    const hit = cache.get(id);
    if (hit) found.set(id, hit);
    else missing.push(id);
  }
  if (missing.length === 0) return found;
  const rows = await deps.prisma.questionVersion.findMany({
    where: { id: { in: missing } },
    select: { id: true, stem: true, body: true, answerKey: true, usedAt: true },
  });
  for (const { usedAt, ...row } of rows) {
    const version = { ...row, answerKey: row.answerKey as unknown as QuestionKey };
    if (usedAt) cache.set(version.id, version);
    found.set(version.id, version);
  }
  return found;
}
