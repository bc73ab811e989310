// A unit's short staves of a month for other services (the training plans): the items its halls failed most.
// Those who read the unit's inspections may ask, and so may those who read its monthly notices (the trainer),
// since the notice publishes the same list.
import { can, type Actor } from '@duda/authz';
import { inspectionErrors } from '@duda/contract-inspection';
import type { CallerContext } from '@duda/service-kit';
import type { InspectionDeps } from '../deps.ts';
import { placeOrFail } from '../ports/org-directory.ts';
import { shortStaves } from './dashboard-service.ts';

export async function unitShortStaves(
  deps: InspectionDeps,
  ctx: CallerContext & { actor: Actor },
  input: { orgNodeId: string; month: string },
) {
  const target = { orgNodeId: input.orgNodeId };
  if (!can(ctx.actor, 'inspection.read', target) && !can(ctx.actor, 'notice.read', target))
    throw inspectionErrors.readFiguresDenied();
  const place = await placeOrFail(deps.org, ctx, input.orgNodeId, 'orgNodeId');
  if (place.level === 'province') throw inspectionErrors.dashboardScopeLevel({}, 'orgNodeId');
  const column = place.level === 'city' ? 'cityId' : place.level === 'district' ? 'districtId' : 'hallId';
  return shortStaves(deps.prisma, { column, id: place.id }, input.month);
}
