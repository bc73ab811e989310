import { scopeOf, type Actor } from '@duda/authz';
import { assertCan, type CallerContext } from '@duda/service-kit';
import { inspectionErrors } from '@duda/contract-inspection';
import type { InspectionDeps } from '../deps.ts';
import { placeOrFail, type OrgPlace } from '../ports/org-directory.ts';

/** The org unit a dashboard or notice is about, and the column that selects its records. */
export interface ReportScope {
  place: OrgPlace;
  column: 'cityId' | 'districtId' | 'hallId';
}

/** The requested unit, or the widest one the caller may read (their city, district or hall). */
export async function reportScope(
  deps: InspectionDeps,
  ctx: CallerContext & { actor: Actor },
  scopeOrgId?: string | null,
): Promise<ReportScope> {
  let id = scopeOrgId;
  if (!id) {
    const widest = [...ctx.actor.roles]
      .filter((r) => scopeOf({ ...ctx.actor, roles: [r] }, 'inspection.read').orgNodeIds.length > 0)
      .sort((a, b) => b.subtree.length - a.subtree.length)[0];
    if (!widest) throw inspectionErrors.noInspectionData();
    id = widest.orgNodeId;
  }
  assertCan(ctx.actor, 'inspection.read', { orgNodeId: id }, inspectionErrors.readFiguresDenied);
  const place = await placeOrFail(deps.org, ctx, id, 'scopeOrgId');
  if (place.level === 'province') {
    throw inspectionErrors.dashboardScopeLevel({}, 'scopeOrgId');
  }
  return {
    place,
    column: place.level === 'city' ? 'cityId' : place.level === 'district' ? 'districtId' : 'hallId',
  };
}
