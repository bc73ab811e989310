// Marking (评分): every objective type at once and deterministically, against the version the attempt showed.
// - single choice and true/false: right or nothing;
// - multiple choice: all or nothing (exactly the right set), or proportional: each right choice earns
//   points/|correct|, each wrong choice cancels one such share, never below 0;
// - fill-in: each blank an equal share, right when its normalised text equals a normalised accepted answer
//   (normaliseBlank states the rule);
// - matching: each pair of the key an equal share;
// - short answer: null, a trainer marks it against the rubric; an empty one is 0 at once (nothing to read).
// Marks are kept to 4 decimals so that shares add back to whole points (3 blanks of 1/3 make 1).
import type {
  DrawnSlot,
  GradingMethod,
  MultipleChoiceScoring,
  QuestionKey,
  QuestionResponse,
} from '@duda/contract-training';

const round = (value: number) => Math.round(value * 10_000) / 10_000;
const share = (points: number, right: number, of: number) => (of === 0 ? 0 : round((points * right) / of));

/**
 * The fill-in comparison (questions.ts states it): Unicode NFKC (full-width letters, digits and punctuation become
 * half-width), surrounding spaces trimmed, inner runs of spaces collapsed to one, case ignored unless asked.
 */
export function normaliseBlank(value: string, caseSensitive: boolean): string {
  const spaced = value.normalize('NFKC').trim().replace(/\s+/gu, ' ');
  return caseSensitive ? spaced : spaced.toLocaleLowerCase('en');
}

/** The mark of one response, or null when a person must mark it. A response of another type than the key earns 0. */
export function markResponse(
  key: QuestionKey,
  response: QuestionResponse | null | undefined,
  points: number,
  scoring: MultipleChoiceScoring,
): number | null {
  if (key.type === 'SHORT_ANSWER') {
    if (response?.type === 'SHORT_ANSWER' && response.text.trim() !== '') return null;
    return 0;
  }
  if (!response || response.type !== key.type) return 0;
  switch (key.type) {
    case 'SINGLE_CHOICE':
      return response.type === 'SINGLE_CHOICE' && response.choice === key.correct ? points : 0;
    case 'TRUE_FALSE':
      return response.type === 'TRUE_FALSE' && response.value === key.correct ? points : 0;
    case 'MULTIPLE_CHOICE': {
      if (response.type !== 'MULTIPLE_CHOICE') return 0;
      const correct = new Set(key.correct);
      const chosen = new Set(response.choices);
      const right = [...chosen].filter((c) => correct.has(c)).length;
      const wrong = chosen.size - right;
      if (scoring === 'ALL_OR_NOTHING') return right === correct.size && wrong === 0 ? points : 0;
      return share(points, Math.max(0, right - wrong), correct.size);
    }
    case 'FILL_IN': {
      if (response.type !== 'FILL_IN') return 0;
      const right = key.blanks.filter((accepted, i) => {
        const given = normaliseBlank(response.blanks[i] ?? '', key.caseSensitive);
        return given !== '' && accepted.some((a) => normaliseBlank(a, key.caseSensitive) === given);
      }).length;
      return share(points, right, key.blanks.length);
    }
    case 'MATCHING': {
      if (response.type !== 'MATCHING') return 0;
      const pairs = Object.entries(key.pairs);
      const right = pairs.filter(([prompt, choice]) => response.pairs[prompt] === choice).length;
      return share(points, right, pairs.length);
    }
  }
}

export interface AnswerForGrading {
  response: QuestionResponse | null;
  /** A mark given by hand (short answers); kept as it is. */
  manualMark?: number | null;
}

export interface SlotMark {
  slot: number;
  mark: number | null;
  /** Marked by a person rather than by the rule. */
  manual: boolean;
}

export interface AttemptGrade {
  slots: SlotMark[];
  /** Sum of the marks known so far. */
  score: number;
  maxScore: number;
  /** Some short answer still waits for a trainer; the score is not final. */
  needsMarking: boolean;
}

/** The version whose key marks a slot: the one shown, or its correction once regraded. */
export const markingVersionOf = (slot: Pick<DrawnSlot, 'versionId' | 'markedWithVersionId'>): string =>
  slot.markedWithVersionId ?? slot.versionId;

/** Marks a whole attempt: the rule for objective slots, the trainer's mark for short answers once given. */
export function gradeAttempt(
  slots: readonly DrawnSlot[],
  keys: ReadonlyMap<string, QuestionKey>,
  answers: ReadonlyMap<number, AnswerForGrading>,
  scoring: MultipleChoiceScoring,
): AttemptGrade {
  const marks = slots.map((slot): SlotMark => {
    const versionId = markingVersionOf(slot);
    const key = keys.get(versionId);
    if (!key) throw new Error(`no answer key for version ${versionId}`);
    const answer = answers.get(slot.slot);
    const auto = markResponse(key, answer?.response, slot.points, scoring);
    if (auto === null && answer?.manualMark != null) {
      return { slot: slot.slot, mark: answer.manualMark, manual: true };
    }
    return { slot: slot.slot, mark: auto, manual: false };
  });
  return {
    slots: marks,
    score: round(marks.reduce((sum, m) => sum + (m.mark ?? 0), 0)),
    maxScore: round(slots.reduce((sum, s) => sum + s.points, 0)),
    needsMarking: marks.some((m) => m.mark === null),
  };
}

export interface AttemptOutcome {
  attemptNo: number;
  score: number | null;
  /** Submitted (by the examinee or the overdue rule) and not set aside under NOT_COUNTED. */
  counted: boolean;
}

/** The exam's result for one person from their counted attempts (Moodle's grading methods); null when none. */
export function examResult(attempts: readonly AttemptOutcome[], method: GradingMethod): number | null {
  const counted = attempts
    .filter((a): a is AttemptOutcome & { score: number } => a.counted && a.score !== null)
    .sort((a, b) => a.attemptNo - b.attemptNo);
  if (counted.length === 0) return null;
  const scores = counted.map((a) => a.score);
  switch (method) {
    case 'HIGHEST':
      return Math.max(...scores);
    case 'FIRST':
      return scores[0] as number;
    case 'LAST':
      return scores[scores.length - 1] as number;
    case 'AVERAGE':
      return round(scores.reduce((s, x) => s + x, 0) / scores.length);
  }
}
