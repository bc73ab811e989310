// 交叉巡检: inspectors from one district inspect another district's halls "with a third party's eyes"
// (docs/domain.md#inspection). Someone from the hall's own district would defeat the purpose, so such an
// assignment is refused. City-level inspectors belong to no district and may inspect any hall.
import { inspectionErrors } from '@duda/contract-inspection';
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
  throw inspectionErrors.crossSameDistrict({ names, district: hall.district.name, hall: hall.name }, field);
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
    if (!hall) throw inspectionErrors.entryHallMissing({ n: index + 1 }, `entries.${index}.hallId`);
    const inspectors = entry.inspectorIds.map((id) => {
      const inspector = directory.inspectors.get(id);
      if (!inspector)
        throw inspectionErrors.entryInspectorMissing({ n: index + 1 }, `entries.${index}.inspectorIds`);
      return inspector;
    });
    assertCrossInspectionAssignment(hall, inspectors, `entries.${index}.inspectorIds`);
  });
}
