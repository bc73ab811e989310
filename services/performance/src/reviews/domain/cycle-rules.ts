// The life of a review cycle and what each step allows (评估周期: 草稿 → 评估中 → 已截止 → 已发布), and who reads
// results when: the HR reviewer (the managers) from the close on, to withhold comments before release; the rated
// person and their superior only after release.
import type { CycleStatus, ReviewQuestion } from '@duda/contract-performance';

const NEXT: Readonly<Record<CycleStatus, CycleStatus | null>> = {
  DRAFT: 'OPEN',
  OPEN: 'CLOSED',
  CLOSED: 'RELEASED',
  RELEASED: null,
};

/** One step forward only: a released result is never taken back, a closed cycle never reopened. */
export const canAdvance = (from: CycleStatus, to: CycleStatus) => NEXT[from] === to;

/** Questionnaire, period, minimums and the people under review change only before rating starts. */
export const isEditable = (status: CycleStatus) => status === 'DRAFT';

/** Raters are nominated and approved until rating closes. */
export const nominationsOpen = (status: CycleStatus) => status === 'DRAFT' || status === 'OPEN';

export const ratingOpen = (status: CycleStatus) => status === 'OPEN';

/** Comments are withheld (or let through again) between the close and the release. */
export const canWithhold = (status: CycleStatus) => status === 'CLOSED';

export type ResultReader = 'MANAGER' | 'SUBJECT' | 'SUPERIOR';

export function resultsReadable(reader: ResultReader, status: CycleStatus): boolean {
  if (reader === 'MANAGER') return status === 'CLOSED' || status === 'RELEASED';
  return status === 'RELEASED';
}

/** Questions keyed by position (`q1`…): they only change while no one can have answered. */
export const questionnaire = (texts: readonly string[]): ReviewQuestion[] =>
  texts.map((text, index) => ({ key: `q${index + 1}`, text }));
