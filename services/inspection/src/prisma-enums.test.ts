// Prisma keeps its own enum declarations in schema.prisma; the contract's enums are what routers and pages
// use. They must name the same values, in the same order, or a status would pass validation and fail to store.
import {
  CHECKLIST_KINDS,
  INSPECTION_KINDS,
  INSPECTION_STATUSES,
  NOTICE_STATUSES,
  PLAN_SCOPE_LEVELS,
  PLAN_STATUSES,
  RECTIFICATION_STATUSES,
  SEVERITIES,
  TEMPLATE_STATUSES,
} from '@duda/contract-inspection';
import { describe, expect, it } from 'vitest';
import * as prismaEnums from './generated/prisma/enums.ts';

const pairs = {
  ChecklistKind: CHECKLIST_KINDS,
  TemplateStatus: TEMPLATE_STATUSES,
  InspectionKind: INSPECTION_KINDS,
  InspectionStatus: INSPECTION_STATUSES,
  PlanStatus: PLAN_STATUSES,
  ScopeLevel: PLAN_SCOPE_LEVELS,
  Severity: SEVERITIES,
  RectificationStatus: RECTIFICATION_STATUSES,
  NoticeStatus: NOTICE_STATUSES,
} satisfies Record<keyof typeof prismaEnums, readonly string[]>;

describe('Prisma enums and the contract', () => {
  it.each(Object.entries(pairs))('%s has the contract values', (name, values) => {
    expect(Object.values(prismaEnums[name as keyof typeof prismaEnums])).toEqual([...values]);
  });

  it('every Prisma enum has its contract counterpart', () => {
    expect(Object.keys(pairs).sort()).toEqual(Object.keys(prismaEnums).sort());
  });
});
