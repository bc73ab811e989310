// The analysis page's choices — month, exam type, one exam or all, tab — kept in the URL so a link (or a reload)
// shows the same view. Unknown or malformed values fall back to the defaults.
import { EXAM_KINDS, type ExamKind } from '@duda/contract-training';
import { isMonthKey } from '@duda/month';
import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery } from 'vue-router';

export const ANALYSIS_TABS = ['summary', 'org', 'below', 'ledger'] as const;
export type AnalysisTab = (typeof ANALYSIS_TABS)[number];

export interface AnalysisView {
  month: string;
  kind: ExamKind;
  examId: string | null;
  tab: AnalysisTab;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const one = (value: LocationQuery[string] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

export function viewFrom(query: LocationQuery, defaultMonth: string): AnalysisView {
  const month = one(query.month);
  const kind = one(query.kind);
  const examId = one(query.exam);
  const tab = one(query.tab);
  return {
    month: isMonthKey(month) ? month : defaultMonth,
    kind: (EXAM_KINDS as readonly string[]).includes(kind) ? (kind as ExamKind) : 'CITY_MONTHLY',
    examId: UUID.test(examId) ? examId : null,
    tab: (ANALYSIS_TABS as readonly string[]).includes(tab) ? (tab as AnalysisTab) : 'summary',
  };
}

export const queryOf = (view: AnalysisView): Record<string, string> => ({
  month: view.month,
  kind: view.kind,
  ...(view.examId ? { exam: view.examId } : {}),
  tab: view.tab,
});

export function useAnalysisView(defaultMonth: string) {
  const route = useRoute();
  const router = useRouter();
  const view = computed(() => viewFrom(route.query, defaultMonth));
  const update = (changes: Partial<AnalysisView>) =>
    void router.replace({ query: queryOf({ ...view.value, ...changes }) });
  const field = <K extends keyof AnalysisView>(key: K, also: Partial<AnalysisView> = {}) =>
    computed({
      get: () => view.value[key],
      set: (value: AnalysisView[K]) => update({ [key]: value, ...also }),
    });
  return {
    view,
    // Another month or type lists other exams: the chosen one no longer applies.
    month: field('month', { examId: null }),
    kind: field('kind', { examId: null }),
    examId: field('examId'),
    tab: field('tab'),
  };
}
