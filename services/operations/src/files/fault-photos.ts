// A fault's photo (报障照片): uploaded from a phone for a device by someone who may report its faults (type from the
// bytes, at most MAX_FAULT_PHOTO_MEGABYTES), cited by the fault, read back by whoever may read the device's hall.
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { assertCan } from '@duda/service-kit';
import { faultPhotoUrl, MAX_FAULT_PHOTO_MEGABYTES, operationsErrors } from '@duda/contract-operations';
import type { OperationsDeps } from '../deps.ts';
import { mayRead, type Ctx } from '../access.ts';
import { readableDevice } from '../devices/device-service.ts';
import { detectPhotoType, PHOTO_TYPES } from './photo-type.ts';

const MAX_BYTES = MAX_FAULT_PHOTO_MEGABYTES * 1024 * 1024;

export async function uploadFaultPhoto(
  deps: OperationsDeps,
  ctx: Ctx,
  input: { deviceId: string; file: File },
) {
  const device = await readableDevice(deps, ctx, input.deviceId);
  assertCan(
    ctx.actor,
    'operations.fault.report',
    { orgNodeId: device.orgNodeId },
    operationsErrors.manageDenied,
  );
  return storeHallPhoto(deps, ctx, { orgNodeId: device.orgNodeId, folder: 'faults', file: input.file });
}

/**
 * A photo of a hall's (a fault's, an incident's), once the caller may add it: its type from the bytes, at most
 * MAX_FAULT_PHOTO_MEGABYTES, stored under `folder/hall/` and read back through the one photo route.
 */
export async function storeHallPhoto(
  deps: OperationsDeps,
  ctx: Ctx,
  input: { orgNodeId: string; folder: 'faults' | 'incidents'; file: File },
) {
  const { orgNodeId, file } = input;
  if (file.size === 0) throw operationsErrors.fileEmpty({}, 'file');
  if (file.size > MAX_BYTES)
    throw operationsErrors.fileTooLarge({ maximum: MAX_FAULT_PHOTO_MEGABYTES }, 'file');
  const bytes = Buffer.from(await file.arrayBuffer());
  const type = detectPhotoType(bytes);
  if (!type) throw operationsErrors.fileType({}, 'file');
  const id = randomUUID();
  const storageKey = `${input.folder}/${orgNodeId}/${id}.${PHOTO_TYPES[type]}`;
  await deps.files.put(storageKey, bytes, type);
  await deps.prisma.faultPhoto.create({
    data: {
      id,
      orgNodeId,
      storageKey,
      name: file.name,
      contentType: type,
      size: bytes.length,
      uploadedById: ctx.actor.personId,
    },
  });
  return { id, name: file.name, size: bytes.length, contentType: type, url: faultPhotoUrl(id) };
}

/** The stored photo for the route, or null when it is gone or the viewer may not read its hall (never telling which). */
export async function readFaultPhoto(
  deps: OperationsDeps,
  ctx: Ctx,
  id: string,
): Promise<{ stream: Readable; contentType: string } | null> {
  const photo = await deps.prisma.faultPhoto.findUnique({ where: { id } });
  if (!photo || !(photo.uploadedById === ctx.actor.personId || mayRead(ctx.actor, photo.orgNodeId)))
    return null;
  const stream = await deps.files.get(photo.storageKey);
  return stream ? { stream, contentType: photo.contentType } : null;
}
