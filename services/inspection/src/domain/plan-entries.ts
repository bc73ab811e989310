// Rules on the content of a monthly plan, and the "plan by the 3rd" rule (docs/domain.md#plans; 每月3日前制定月度
// 计划), which is reported as a warning because a late plan is still better than no plan.
import { badRequest } from '@duda/service-kit/errors';
import { chinaDateOf, endOfChinaDay, isCalendarDate, monthLabel, monthOf } from '@duda/month';
import type { CalendarDate } from '@duda/month';
import type { InspectionPlan, PlanEntry } from './plan.ts';
import type { PlannedKind } from '@duda/contract-inspection';

const PLANNED_KIND_LABELS: Record<PlannedKind, string> = {
  SELF_CHECK: '营业厅自查',
  MONTHLY_VISIT: '月度明查',
  CROSS: '交叉巡检',
  MYSTERY: '神秘客户暗访',
};

export const PLAN_DUE_DAY = 3;

export function validatePlanEntries(
  plan: Pick<InspectionPlan, 'month'>,
  entries: readonly PlanEntry[],
): void {
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const field = `entries.${index}`;
    const label = `第 ${index + 1} 条计划`;
    if (!isCalendarDate(entry.plannedDate)) {
      throw badRequest(`${label}的计划日期「${entry.plannedDate}」不是有效日期。`, `${field}.plannedDate`);
    }
    if (monthOf(entry.plannedDate) !== plan.month) {
      throw badRequest(
        `${label}的计划日期 ${entry.plannedDate} 不在计划月份（${monthLabel(plan.month)}）内。`,
        `${field}.plannedDate`,
      );
    }
    if (entry.inspectorIds.length === 0) {
      throw badRequest(`${label}还没有安排检查人员。`, `${field}.inspectorIds`);
    }
    if (new Set(entry.inspectorIds).size !== entry.inspectorIds.length) {
      throw badRequest(`${label}重复安排了同一名检查人员。`, `${field}.inspectorIds`);
    }
    const key = `${entry.hallId}\u0000${entry.kind}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw badRequest(
        `${label}与第 ${earlier + 1} 条是同一营业厅的同类检查（${PLANNED_KIND_LABELS[entry.kind]})，请合并为一条。`,
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
