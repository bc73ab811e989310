// The cycle editor's model: what the form holds and what it sends; the contract's own rules check it.
import {
  DEFAULT_MINIMUMS,
  minimumViolations,
  reviewInputs,
  type Perspective,
  type PeriodKind,
} from '@duda/contract-performance';

export interface CycleDraft {
  title: string;
  periodKind: PeriodKind;
  period: string;
  dueAt: Date | null;
  minimums: Record<Perspective, number>;
  questions: string[];
}

export const emptyCycle = (): CycleDraft => ({
  title: '',
  periodKind: 'QUARTER',
  period: '',
  dueAt: null,
  minimums: { ...DEFAULT_MINIMUMS },
  questions: [''],
});

export const toInput = (draft: CycleDraft) => ({
  title: draft.title,
  periodKind: draft.periodKind,
  period: draft.period,
  dueAt: draft.dueAt ?? new Date(Number.NaN),
  minimums: draft.minimums,
  questions: draft.questions.map((text) => ({ text })),
});

/** The refusal codes the draft would get (the same schema the service parses), none when it would pass. */
export function problemsOf(draft: CycleDraft): string[] {
  const parsed = reviewInputs.cycles.create.safeParse(toInput(draft));
  return parsed.success ? [] : [...new Set(parsed.error.issues.map((issue) => issue.message))];
}

export const minimumTooLow = (draft: CycleDraft) => minimumViolations(draft.minimums).length > 0;
