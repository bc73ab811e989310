// Rankings (排名) of halls or districts by score. Ties share a rank and the next rank skips (1, 2, 2, 4),
// the usual way league tables in notices read. Ties are judged on the rounded score people see; within a
// tie, names sort by pinyin so the table is stable. Units without a score are listed last, unranked.
import { roundScore } from '@duda/contract-inspection';

export interface Rankable {
  id: string;
  name: string;
  score: number | null;
}

export type Ranked<T extends Rankable> = T & { rank: number | null };

export function rankByScore<T extends Rankable>(entries: readonly T[]): Ranked<T>[] {
  const scored = entries.filter((e) => e.score !== null);
  const unscored = entries.filter((e) => e.score === null);
  const byName = (a: T, b: T) => a.name.localeCompare(b.name, 'zh-CN') || a.id.localeCompare(b.id);
  const sorted = [...scored].sort(
    (a, b) => roundScore(b.score as number) - roundScore(a.score as number) || byName(a, b),
  );

  const ranked: Ranked<T>[] = [];
  sorted.forEach((entry, index) => {
    const previous = ranked[index - 1];
    const tied = previous && roundScore(previous.score as number) === roundScore(entry.score as number);
    ranked.push({ ...entry, rank: tied ? previous.rank : index + 1 });
  });
  return [...ranked, ...[...unscored].sort(byName).map((entry) => ({ ...entry, rank: null }))];
}
