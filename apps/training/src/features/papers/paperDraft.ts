// The paper editor's working copy: what the form holds, and what is sent. A rule row without its knowledge point
// yet is kept in the form but neither checked nor sent.
import { paperTotal, type PaperKind, type PaperRule, type QuestionType } from '@duda/contract-training';

export interface SlotRow {
  questionId: string;
  points: number;
  stem: string;
  type: QuestionType | null;
  knowledgePointName: string;
  difficulty: number | null;
  retired: boolean;
}

export interface RuleRow {
  knowledgePointId: string | null;
  difficulty: number | null;
  type: QuestionType | null;
  count: number;
  points: number;
}

export interface PaperDraft {
  kind: PaperKind;
  title: string;
  shuffleQuestions: boolean;
  shuffleOptions: boolean;
  slots: SlotRow[];
  rules: RuleRow[];
}

export const emptyDraft = (kind: PaperKind): PaperDraft => ({
  kind,
  title: '',
  shuffleQuestions: true,
  shuffleOptions: true,
  slots: [],
  rules: kind === 'RANDOM' ? [emptyRule()] : [],
});

export const emptyRule = (): RuleRow => ({
  knowledgePointId: null,
  difficulty: null,
  type: null,
  count: 5,
  points: 2,
});

/** The rules that can be checked and saved: those with a knowledge point. */
export const completeRules = (rules: readonly RuleRow[]): PaperRule[] =>
  rules.flatMap((rule) =>
    rule.knowledgePointId
      ? [
          {
            knowledgePointId: rule.knowledgePointId,
            difficulty: rule.difficulty,
            type: rule.type,
            count: rule.count,
            points: rule.points,
          },
        ]
      : [],
  );

/** What create/update send. */
export function contentOf(draft: PaperDraft) {
  return {
    title: draft.title.trim(),
    shuffleQuestions: draft.shuffleQuestions,
    shuffleOptions: draft.shuffleOptions,
    slots:
      draft.kind === 'FIXED' ? draft.slots.map((s) => ({ questionId: s.questionId, points: s.points })) : [],
    rules: draft.kind === 'RANDOM' ? completeRules(draft.rules) : [],
  };
}

export const draftTotal = (draft: PaperDraft): number =>
  paperTotal({ kind: draft.kind, slots: draft.slots, rules: completeRules(draft.rules) });

/** Moves a slot up (-1) or down (+1); out of range changes nothing. */
export function moveSlot<T>(rows: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (to < 0 || to >= rows.length) return [...rows];
  const next = [...rows];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}
