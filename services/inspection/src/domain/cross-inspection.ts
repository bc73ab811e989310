// 交叉巡检: inspectors from one district inspect another district's halls "with a third party's eyes"
// (docs/domain.md#inspection). Someone from the hall's own district would defeat the purpose, so such an
// assignment is refused. City-level inspectors belong to no district and may inspect any hall.
import { badRequest } from '@duda/service-kit/errors';
import type { PlanEntry } from './plan.ts';

export interface DistrictRef {
  id: string;
  name: string;
}

export interface CrossHall {
  id: string;
  name: string;
  district: DistrictRef;
}

export interface CrossInspector {
  id: string;
  name: string;
  /** null for city-level staff. */
  district: DistrictRef | null;
}

export function assertCrossInspectionAssignment(
  hall: CrossHall,
  inspectors: readonly CrossInspector[],
  field = 'inspectorIds',
): void {
  const sameDistrict = inspectors.filter((inspector) => inspector.district?.id === hall.district.id);
  if (sameDistrict.length === 0) return;
  const names = sameDistrict.map((inspector) => inspector.name).join('、');
  throw badRequest(
    `交叉巡检不能由本区县人员检查本区县营业厅：${names}（${hall.district.name}）不能检查同属${hall.district.name}的「${hall.name}」，请改派其他区县的人员。`,
    field,
  );
}

export interface CrossInspectionDirectory {
  halls: ReadonlyMap<string, CrossHall>;
  inspectors: ReadonlyMap<string, CrossInspector>;
}

/** Checks every CROSS entry of a plan; other kinds of inspection have no district restriction. */
export function assertCrossInspectionEntries(
  entries: readonly PlanEntry[],
  directory: CrossInspectionDirectory,
): void {
  entries.forEach((entry, index) => {
    if (entry.kind !== 'CROSS') return;
    const hall = directory.halls.get(entry.hallId);
    if (!hall) throw badRequest(`第 ${index + 1} 条计划中的营业厅不存在。`, `entries.${index}.hallId`);
    const inspectors = entry.inspectorIds.map((id) => {
      const inspector = directory.inspectors.get(id);
      if (!inspector)
        throw badRequest(`第 ${index + 1} 条计划中的检查人员不存在。`, `entries.${index}.inspectorIds`);
      return inspector;
    });
    assertCrossInspectionAssignment(hall, inspectors, `entries.${index}.inspectorIds`);
  });
}
