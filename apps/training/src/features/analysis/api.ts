import { useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

export type AnalysisSubject = RouterInputs['training']['analysis']['exam']['subject'];
export type ExamAnalysis = RouterOutputs['training']['analysis']['exam'];
export type QuestionRow = ExamAnalysis['questions'][number];
export type OrgAnalysis = RouterOutputs['training']['analysis']['byOrg'];
export type PersonAnalysis = RouterOutputs['training']['analysis']['person'];
export type BelowAverage = RouterOutputs['training']['analysis']['belowAverage'];
export type Conversation = RouterOutputs['training']['analysis']['conversations'][number];
export type Ledger = RouterOutputs['training']['analysis']['ledger'];
export type ExamOption = RouterOutputs['training']['exams']['list']['items'][number];

const enabledFor = (subject: MaybeRefOrGetter<AnalysisSubject | null>) => () => toValue(subject) !== null;

/** The month's exams of a kind, to pick one from (or take them together). */
export function useExamOptions(month: MaybeRefOrGetter<string>, kind: MaybeRefOrGetter<string>) {
  return useProcedureQuery(
    'training.exams.list',
    () => ({
      month: toValue(month),
      kind: toValue(kind) as RouterInputs['training']['exams']['list']['kind'],
      status: 'PUBLISHED' as const,
      pageSize: 100,
    }),
    { keepPrevious: true },
  );
}

export function useExamAnalysis(subject: MaybeRefOrGetter<AnalysisSubject | null>) {
  return useProcedureQuery('training.analysis.exam', () => ({ subject: toValue(subject)! }), {
    enabled: enabledFor(subject),
    keepPrevious: true,
  });
}

export function useOrgAnalysis(
  subject: MaybeRefOrGetter<AnalysisSubject | null>,
  nodeId: MaybeRefOrGetter<string | null>,
) {
  return useProcedureQuery(
    'training.analysis.byOrg',
    () => ({ subject: toValue(subject)!, nodeId: toValue(nodeId) }),
    { enabled: enabledFor(subject), keepPrevious: true },
  );
}

export function usePersonAnalysis(
  subject: MaybeRefOrGetter<AnalysisSubject | null>,
  personId: MaybeRefOrGetter<string | null>,
) {
  return useProcedureQuery(
    'training.analysis.person',
    () => ({ subject: toValue(subject)!, personId: toValue(personId)! }),
    { enabled: () => toValue(subject) !== null && toValue(personId) !== null },
  );
}

export function useBelowAverage(examId: MaybeRefOrGetter<string | null>) {
  return useProcedureQuery('training.analysis.belowAverage', () => ({ examId: toValue(examId)! }), {
    enabled: () => toValue(examId) !== null,
  });
}

export function useLedger(month: MaybeRefOrGetter<string>) {
  return useProcedureQuery('training.analysis.ledger', () => ({ month: toValue(month) }));
}

export function useConversations(
  input: MaybeRefOrGetter<RouterInputs['training']['analysis']['conversations']>,
) {
  return useProcedureQuery('training.analysis.conversations', input, { keepPrevious: true });
}

const invalidates = ['training.analysis', 'training.exams'] as const;
export const useEnrolRetakes = () =>
  useProcedureMutation('training.analysis.enrolRetakes', { invalidates: [...invalidates] });
export const useCompleteConversation = () =>
  useProcedureMutation('training.analysis.completeConversation', { invalidates: ['training.analysis'] });
