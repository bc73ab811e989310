// A photo taken during an incident or drill (现场照片): kept with the area's fault photos (same store, same type
// check from the bytes, same route), under the incident's hall, so whoever may read the hall sees it.
import { assertCan } from '@duda/service-kit';
import { contingencyErrors } from '@duda/contract-operations';
import type { OperationsDeps } from '../deps.ts';
import type { Ctx } from '../access.ts';
import { storeHallPhoto } from '../files/fault-photos.ts';
import { readableIncident } from './incident-service.ts';

export async function uploadIncidentPhoto(
  deps: OperationsDeps,
  ctx: Ctx,
  input: { incidentId: string; file: File },
) {
  const incident = await readableIncident(deps, ctx, input.incidentId);
  assertCan(
    ctx.actor,
    'operations.incident.run',
    { orgNodeId: incident.orgNodeId },
    contingencyErrors.incidentDenied,
  );
  return storeHallPhoto(deps, ctx, { orgNodeId: incident.orgNodeId, folder: 'incidents', file: input.file });
}
