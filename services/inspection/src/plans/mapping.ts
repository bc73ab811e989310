import type { PlannedKind } from '@duda/contract-inspection';
import type { InspectionPlan, PlanEntry } from '../domain/index.ts';
import type { InspectionPlan as PlanRow, PlanEntry as EntryRow } from '../generated/prisma/client.ts';

export const toDomainEntry = (e: EntryRow): PlanEntry => ({
  hallId: e.hallId,
  kind: e.kind as PlannedKind,
  templateId: e.templateLineId,
  inspectorIds: e.inspectorIds,
  plannedDate: e.plannedDate,
});

export const toDomainPlan = (row: PlanRow & { entries: EntryRow[] }): InspectionPlan => ({
  scope: { level: row.scopeLevel, orgId: row.scopeOrgId, orgName: row.scopeName },
  month: row.month,
  title: row.title,
  authorId: row.authorId,
  status: row.status,
  entries: row.entries.map(toDomainEntry),
  firstSubmittedAt: row.firstSubmittedAt,
});
