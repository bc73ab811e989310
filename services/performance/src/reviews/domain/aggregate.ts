// What a 360 result may show (360 度评估结果), as a pure function of the stored answers. The stored answers carry
// no rater: a score row is (perspective, question, score), a comment row (perspective, question, text). What
// leaks, and how each is closed:
// - a perspective under its minimum shows nothing at all (no mean, no comment), so a single peer is never exposed;
// - a viewer who rated in a perspective could subtract their own answer from the mean: for them the perspective
//   shows only when the others alone reach the minimum;
// - no count of raters is returned (the count, against the nominations, says who has not answered), nor any mean
//   over all raters together (with the perspective means it gives the counts back by weighting);
// - comments are pooled per question over the shown perspectives with no perspective named, ordered by their
//   text: never by time or by anything stored with them.
import type { Perspective, ReviewQuestion } from '@duda/contract-performance';
import { PERSPECTIVES } from '@duda/contract-performance';

export interface ScoreRow {
  perspective: Perspective;
  questionKey: string;
  score: number;
}

export interface CommentRow {
  id: string;
  perspective: Perspective;
  questionKey: string;
  text: string;
  withheld: boolean;
}

export interface PerspectiveResult {
  perspective: Perspective;
  minimum: number;
  /** False: too few raters to show anything without exposing one (不足最少人数). */
  shown: boolean;
  /** Mean per question to one decimal, in questionnaire order; empty when not shown. */
  questions: { key: string; mean: number }[];
  /** The mean of the question means, to one decimal; null when not shown. */
  mean: number | null;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const meanOf = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

/** How many answered in each perspective: every question is required, so one question's rows count them. */
export function ratersPer(questions: readonly ReviewQuestion[], scores: readonly ScoreRow[]) {
  const first = questions[0]?.key;
  const counts = Object.fromEntries(PERSPECTIVES.map((p) => [p, 0])) as Record<Perspective, number>;
  for (const row of scores) if (row.questionKey === first) counts[row.perspective] += 1;
  return counts;
}

/**
 * Whether a perspective may be shown to a viewer: its raters reach the minimum, not counting the viewer's own
 * answer when the viewer rated in it.
 */
export const perspectiveShown = (raters: number, minimum: number, viewerRatedHere: boolean) =>
  raters - (viewerRatedHere ? 1 : 0) >= minimum && raters > 0;

export function aggregate(input: {
  questions: readonly ReviewQuestion[];
  scores: readonly ScoreRow[];
  minimums: Readonly<Record<Perspective, number>>;
  /** The perspective in which the viewer themself rated this person, if they did. */
  viewerRatedIn: Perspective | null;
}): PerspectiveResult[] {
  const raters = ratersPer(input.questions, input.scores);
  return PERSPECTIVES.map((perspective) => {
    const minimum = input.minimums[perspective];
    const shown = perspectiveShown(raters[perspective], minimum, input.viewerRatedIn === perspective);
    if (!shown) return { perspective, minimum, shown, questions: [], mean: null };
    const questions = input.questions.map(({ key }) => ({
      key,
      mean: round1(
        meanOf(
          input.scores
            .filter((s) => s.perspective === perspective && s.questionKey === key)
            .map((s) => s.score),
        ),
      ),
    }));
    return { perspective, minimum, shown, questions, mean: round1(meanOf(questions.map((q) => q.mean))) };
  });
}

const byText = (a: { text: string }, b: { text: string }) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0);

/**
 * The comments of the shown perspectives, pooled per question and sorted by text (ties by id, which is random).
 * `withheld` ones stay in for the HR reviewer (who decides on them) and are dropped for everyone else.
 */
export function visibleComments<C extends CommentRow>(
  comments: readonly C[],
  shown: readonly PerspectiveResult[],
  audience: 'REVIEWER' | 'READER',
): C[] {
  const open = new Set(shown.filter((p) => p.shown).map((p) => p.perspective));
  return comments
    .filter((c) => open.has(c.perspective) && (audience === 'REVIEWER' || !c.withheld))
    .sort((a, b) => byText(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
