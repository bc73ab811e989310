import type { ExamKind } from '@duda/contract-training';
import type { AnalysisSubject } from './api.ts';

/** One exam when one is chosen, else every exam of the kind in the month. */
export const subjectOf = (month: string, kind: ExamKind, examId: string | null): AnalysisSubject =>
  examId ? { examId } : { month, kind };
