// The editable parts of a notice draft (title, summary, chosen common problems, typical cases) and the
// patch that saves them. Rankings and the rectification table are computed by the service and not edited.
import type { CaseTone } from '@duda/contract-inspection';
import type { MonthlyNotice, NoticePatch } from './api.ts';

type CommonProblem = MonthlyNotice['commonProblems'][number];
export interface TypicalCaseDraft {
  inspectionId: string;
  hallName: string;
  tone: CaseTone;
  title: string;
  description: string;
  photoIds: string[];
}

export interface NoticeDraft {
  title: string;
  summary: string;
  commonProblems: CommonProblem[];
  typicalCases: TypicalCaseDraft[];
}

export function draftOf(notice: MonthlyNotice): NoticeDraft {
  return {
    title: notice.title,
    summary: notice.summary,
    commonProblems: notice.commonProblems.map((problem) => ({ ...problem })),
    typicalCases: notice.typicalCases.map((item) => ({ ...item, photoIds: [...item.photoIds] })),
  };
}

/** The list with one entry moved up (-1) or down (+1); unchanged at either end. */
export function moved<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const next = [...list];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

export const removed = <T>(list: readonly T[], index: number): T[] =>
  list.filter((_, position) => position !== index);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Only what the user changed, so saving never rewrites a part they did not touch. */
export function patchOf(draft: NoticeDraft, notice: MonthlyNotice): NoticePatch {
  const original = draftOf(notice);
  return {
    ...(draft.title !== original.title ? { title: draft.title.trim() } : {}),
    ...(draft.summary !== original.summary ? { summary: draft.summary } : {}),
    ...(!same(draft.commonProblems, original.commonProblems) ? { commonProblems: draft.commonProblems } : {}),
    ...(!same(draft.typicalCases, original.typicalCases) ? { typicalCases: draft.typicalCases } : {}),
  };
}

export const isUnchanged = (patch: NoticePatch) => Object.keys(patch).length === 0;

/** Field path → message key (under `inspection.notices.editor.`) for what the service would refuse. */
export function draftErrors(draft: NoticeDraft): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!draft.title.trim()) errors.title = 'titleRequired';
  draft.typicalCases.forEach((item, index) => {
    if (!item.description.trim()) errors[`typicalCases.${index}.description`] = 'descriptionRequired';
  });
  return errors;
}
