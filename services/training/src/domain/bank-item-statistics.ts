// Facility and discrimination of a bank question over past exams (题目得分率与区分度). A question sits on many
// papers with different points, so each attempt's mark is taken as a fraction of the question's points, and the
// rest of the attempt as a fraction of the rest of its maximum; Moodle's figures are then computed on those.
import { analyseQuestion, type QuestionFlag } from './statistics/index.ts';

/** A marked, counted attempt: what it drew and the marks its slots got. */
export interface MarkedAttempt {
  slots: readonly { slot: number; questionId: string; points: number }[];
  /** Mark by slot; a slot with no answer was given and left blank (0); `null`: not marked. */
  marks: ReadonlyMap<number, number | null>;
  score: number;
  maxScore: number;
}

export interface BankItemFigures {
  /** Attempts that had the question, marked. */
  answered: number;
  /** 0…1. */
  facility: number | null;
  /** −100…100, Moodle's discrimination index. */
  discrimination: number | null;
  flags: readonly QuestionFlag[];
}

export function bankItemFigures(
  attempts: readonly MarkedAttempt[],
  questionIds: readonly string[],
): Map<string, BankItemFigures> {
  const samples = new Map(questionIds.map((id) => [id, { marks: [] as number[], totals: [] as number[] }]));
  for (const attempt of attempts) {
    for (const slot of attempt.slots) {
      const sample = samples.get(slot.questionId);
      if (!sample || slot.points <= 0) continue;
      const mark = attempt.marks.has(slot.slot) ? attempt.marks.get(slot.slot)! : 0;
      if (mark === null) continue;
      const restMax = attempt.maxScore - slot.points;
      const share = mark / slot.points;
      const rest = restMax > 0 ? (attempt.score - mark) / restMax : 0;
      sample.marks.push(share);
      sample.totals.push(share + rest);
    }
  }
  return new Map(
    [...samples].map(([id, sample]) => {
      const figures = analyseQuestion({ maxMark: 1, ...sample });
      return [
        id,
        {
          answered: figures.s,
          facility: figures.facility,
          discrimination: figures.discriminationIndex,
          flags: figures.flags,
        },
      ];
    }),
  );
}
