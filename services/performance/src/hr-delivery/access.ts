// Who does what with HR's deliveries: the city supervisor (who signs the month off) sets the address and secret;
// they and HR read the log and re-send. HR reads nothing here but the signed-off months' deliveries.
import { can } from '@duda/authz';
import { hrDeliveryErrors } from '@duda/contract-performance';
import type { PerformanceDeps } from '../deps.ts';
import { cityOf, type Ctx } from '../ports/org-directory.ts';

export async function cityManaged(deps: PerformanceDeps, ctx: Ctx) {
  const city = await cityOf(deps.org, ctx);
  if (!can(ctx.actor, 'performance.month.signoff', { orgNodeId: city.id }))
    throw hrDeliveryErrors.manageDenied();
  return city;
}

export async function cityRead(deps: PerformanceDeps, ctx: Ctx) {
  const city = await cityOf(deps.org, ctx);
  const target = { orgNodeId: city.id };
  if (!can(ctx.actor, 'performance.month.signoff', target) && !can(ctx.actor, 'performance.export', target))
    throw hrDeliveryErrors.readDenied();
  return city;
}
