// The monthly inspection plan (月度检查计划) of a city or district and its entries.
import type { CalendarDate, MonthKey } from '@duda/month';
import type { PlanScopeLevel, PlannedKind, PlanStatus } from '@duda/contract-inspection';

export interface PlanScope {
  level: PlanScopeLevel;
  orgId: string;
  orgName: string;
}

export interface PlanEntry {
  hallId: string;
  kind: PlannedKind;
  /** The standard's lineage; the inspection uses whichever version is published on the day. */
  templateId: string;
  inspectorIds: readonly string[];
  plannedDate: CalendarDate;
}

export interface InspectionPlan {
  scope: PlanScope;
  month: MonthKey;
  title: string;
  authorId: string;
  status: PlanStatus;
  entries: readonly PlanEntry[];
  /** When it first went to the leader; decides whether the "by the 3rd" rule was kept. */
  firstSubmittedAt: Date | null;
}
