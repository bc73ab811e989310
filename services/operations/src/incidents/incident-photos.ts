// A photo taken during an incident or drill (现场照片): kept with the area's fault photos (same store, same type
// check from the bytes, same route), under the incident's hall, so whoever may read the hall sees it.
import { randomUUID } from 'node:crypto';
import { assertCan } from '@duda/service-kit';
import {
  contingencyErrors,
  faultPhotoUrl,
  MAX_FAULT_PHOTO_MEGABYTES,
  operationsErrors,
} from '@duda/contract-operations';
import type { OperationsDeps } from '../deps.ts';
import type { Ctx } from '../access.ts';
import { detectPhotoType, PHOTO_TYPES } from '../files/photo-type.ts';
import { readableIncident } from './incident-service.ts';

const MAX_BYTES = MAX_FAULT_PHOTO_MEGABYTES * 1024 * 1024;

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
  if (input.file.size === 0) throw operationsErrors.fileEmpty({}, 'file');
  if (input.file.size > MAX_BYTES)
    throw operationsErrors.fileTooLarge({ maximum: MAX_FAULT_PHOTO_MEGABYTES }, 'file');
  const bytes = Buffer.from(await input.file.arrayBuffer());
  const type = detectPhotoType(bytes);
  if (!type) throw operationsErrors.fileType({}, 'file');
  const id = randomUUID();
  const storageKey = `incidents/${incident.orgNodeId}/${id}.${PHOTO_TYPES[type]}`;
  await deps.files.put(storageKey, bytes, type);
  await deps.prisma.faultPhoto.create({
    data: {
      id,
      orgNodeId: incident.orgNodeId,
      storageKey,
      name: input.file.name,
      contentType: type,
      size: bytes.length,
      uploadedById: ctx.actor.personId,
    },
  });
  return { id, name: input.file.name, size: bytes.length, contentType: type, url: faultPhotoUrl(id) };
}
