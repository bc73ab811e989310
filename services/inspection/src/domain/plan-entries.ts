// Rules on the content of a monthly plan, and the "plan by the 3rd" rule (docs/domain.md#plans; 每月3日前制定月度
// 计划), which is reported as a warning because a late plan is still better than no plan.
import { chinaDateOf, endOfChinaDay, isCalendarDate, monthLabel, monthOf } from '@duda/month';
import type { CalendarDate } from '@duda/month';
import type { InspectionPlan, PlanEntry } from './plan.ts';
import { inspectionErrors, plannedKindTerms } from '@duda/contract-inspection';
import { monthTerm } from '@duda/contract-kit';

export const PLAN_DUE_DAY = 3;

export function validatePlanEntries(
  plan: Pick<InspectionPlan, 'month'>,
  entries: readonly PlanEntry[],
): void {
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const field = `entries.${index}`;
    const n = index + 1;
    if (!isCalendarDate(entry.plannedDate)) {
      throw inspectionErrors.entryDateInvalid({ n, date: entry.plannedDate }, `${field}.plannedDate`);
    }
    if (monthOf(entry.plannedDate) !== plan.month) {
      throw inspectionErrors.entryDateOutsideMonth(
        { n, date: entry.plannedDate, month: monthTerm(plan.month) },
        `${field}.plannedDate`,
      );
    }
    if (entry.inspectorIds.length === 0) {
      throw inspectionErrors.entryNoInspector({ n }, `${field}.inspectorIds`);
    }
    if (new Set(entry.inspectorIds).size !== entry.inspectorIds.length) {
      throw inspectionErrors.entryInspectorTwice({ n }, `${field}.inspectorIds`);
    }
    const key = `${entry.hallId}\u0000${entry.kind}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw inspectionErrors.entryDuplicate(
        { n, earlier: earlier + 1, kind: plannedKindTerms.term(entry.kind) },
        `${field}.hallId`,
      );
    }
    seen.set(key, index);
  });
}

export interface PlanDeadlineWarning {
  code: 'PLAN_LATE';
  dueDate: CalendarDate;
  message: string;
}

/**
 * Warns when the plan went (or still has not gone) to the leader after the 3rd of its month. A plan
 * drafted ahead, in the previous month, is on time.
 */
export function planDeadlineWarning(
  plan: Pick<InspectionPlan, 'month' | 'firstSubmittedAt'>,
  now: Date,
): PlanDeadlineWarning | null {
  const dueDate = `${plan.month}-0${PLAN_DUE_DAY}`;
  const reference = plan.firstSubmittedAt ?? now;
  if (reference.getTime() <= endOfChinaDay(dueDate).getTime()) return null;
  const when = plan.firstSubmittedAt
    ? `于 ${chinaDateOf(plan.firstSubmittedAt)} 才提交审批`
    : '至今尚未提交审批';
  return {
    code: 'PLAN_LATE',
    dueDate,
    message: `${monthLabel(plan.month)}检查计划应在 ${PLAN_DUE_DAY} 日前制定并报批，本计划${when}。`,
  };
}
