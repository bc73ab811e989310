import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { Actor } from '@duda/authz';
import { inspectionErrors } from '@duda/contract-inspection';
import { can } from '@duda/authz';
import type { InspectionDeps } from '../deps.ts';
import { detectImageType, EXTENSIONS } from './image-type.ts';
import { maySeePhoto } from './photo-access.ts';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/**
 * Stores an evidence photo for a hall. Only people who inspect or answer for that hall may upload; the
 * bytes must really be a JPEG, PNG or WebP image of at most 10 MB.
 */
export async function uploadPhoto(deps: InspectionDeps, actor: Actor, input: { hallId: string; file: File }) {
  const target = { orgNodeId: input.hallId };
  const allowed =
    can(actor, 'inspection.perform', target) ||
    can(actor, 'inspection.selfcheck', target) ||
    can(actor, 'rectification.respond', target) ||
    (await deps.prisma.planEntry.count({
      where: { hallId: input.hallId, inspectorIds: { has: actor.personId } },
    })) > 0;
  if (!allowed) throw inspectionErrors.uploadPhotoDenied();
  if (input.file.size === 0) throw inspectionErrors.photoEmpty({}, 'file');
  if (input.file.size > MAX_PHOTO_BYTES)
    throw inspectionErrors.photoTooLarge({ megabytes: MAX_PHOTO_BYTES / 1024 / 1024 }, 'file');
  const bytes = Buffer.from(await input.file.arrayBuffer());
  const type = detectImageType(bytes);
  if (!type) throw inspectionErrors.photoType({}, 'file');
  const id = randomUUID();
  const storageKey = `photos/${input.hallId}/${id}.${EXTENSIONS[type]}`;
  await deps.photos.put(storageKey, bytes, type);
  await deps.prisma.photo.create({
    data: {
      id,
      hallId: input.hallId,
      storageKey,
      contentType: type,
      size: bytes.length,
      uploadedById: actor.personId,
    },
  });
  return { id, url: deps.photoUrl(id), name: input.file.name };
}

/**
 * The stored photo behind a (signature-checked) photo URL, or null when it is gone or the viewer may not
 * see it (never telling which, so a photo's existence is not revealed).
 */
export async function readPhoto(
  deps: InspectionDeps,
  viewer: Actor,
  photoId: string,
): Promise<{ stream: Readable; contentType: string } | null> {
  const photo = await deps.prisma.photo.findUnique({ where: { id: photoId } });
  if (!photo) return null;
  const visibility = {
    select: { hallId: true, kind: true, inspectorId: true, assigneeIds: true, mysteryPublishedAt: true },
  };
  const [inspections, orders] = await Promise.all([
    deps.prisma.inspection.findMany({
      where: { results: { some: { photoIds: { has: photoId } } } },
      ...visibility,
    }),
    deps.prisma.rectificationOrder.findMany({
      where: { OR: [{ problemPhotoIds: { has: photoId } }, { responsePhotoIds: { has: photoId } }] },
      select: { hallId: true, verifierId: true, inspection: visibility },
    }),
  ]);
  if (!maySeePhoto(viewer, { uploadedById: photo.uploadedById, inspections, orders })) return null;
  const stream = await deps.photos.get(photo.storageKey);
  return stream ? { stream, contentType: photo.contentType } : null;
}

/** Results and responses may only cite photos uploaded for the same hall. */
export async function assertPhotosOfHall(
  deps: InspectionDeps,
  hallId: string,
  photoIds: readonly string[],
  field: string,
) {
  const ids = [...new Set(photoIds)];
  if (ids.length === 0) return;
  const found = await deps.prisma.photo.count({ where: { id: { in: ids }, hallId } });
  if (found !== ids.length) throw inspectionErrors.photosUnknown({}, field);
}
