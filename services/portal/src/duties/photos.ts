// 拍照留证: a photo the duty's holder takes as evidence of a duty ticked by hand (the opening check's counter, the
// hall at closing). Uploaded by the holder while the task can still be ticked — an image by its first bytes, at
// most MAX_DUTY_PHOTO_MEGABYTES — then cited by the tick; read back by the holder and by the supervisors whose
// duty-rates scope holds the task's org node (@duda/authz scopeOf).
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { scopeOf } from '@duda/authz';
import { dutiesErrors, MAX_DUTY_PHOTO_MEGABYTES } from '@duda/contract-portal';
import { FILE_TYPES, sniffImage, type FileStorage } from '@duda/file-storage';
import type { DutyTask } from '../generated/prisma/client.ts';
import type { PortalPrisma } from '../prisma.ts';
import type { DutiesDeps, SignedIn } from './duties-deps.ts';
import { assertTickable } from './tickable.ts';

/** What duty photos run on: the portal's tables, the clock and where the bytes are kept. */
export type DutyPhotoDeps = Pick<DutiesDeps, 'prisma' | 'now'> & { files: FileStorage };

const MAX_BYTES = MAX_DUTY_PHOTO_MEGABYTES * 1024 * 1024;

/** The caller's own task, or refused as not found (another's task is not told apart from none). */
async function ownTask(prisma: PortalPrisma, ctx: SignedIn, taskId: string) {
  const task = await prisma.dutyTask.findFirst({ where: { id: taskId, personId: ctx.actor.personId } });
  if (!task) throw dutiesErrors.taskNotFound({}, 'taskId');
  return task;
}

/** `portal.duties.uploadPhoto`: stores the photo for a task the caller may tick; what the tick then cites. */
export async function uploadDutyPhoto(
  deps: DutyPhotoDeps,
  ctx: SignedIn,
  input: { taskId: string; file: File },
): Promise<{ id: string }> {
  const task = await ownTask(deps.prisma, ctx, input.taskId);
  assertTickable(task, deps.now());
  if (input.file.size > MAX_BYTES)
    throw dutiesErrors.photoTooLarge({ maximum: MAX_DUTY_PHOTO_MEGABYTES }, 'file');
  const bytes = Buffer.from(await input.file.arrayBuffer());
  const type = sniffImage(bytes);
  if (!type) throw dutiesErrors.photoNotImage({}, 'file');
  const id = randomUUID();
  const storageKey = `duties/${task.orgNodeId}/${id}.${FILE_TYPES[type]}`;
  await deps.files.put(storageKey, bytes, type);
  await deps.prisma.dutyPhoto.create({
    data: {
      id,
      taskId: task.id,
      uploadedById: ctx.actor.personId,
      storageKey,
      contentType: type,
      size: bytes.length,
      uploadedAt: deps.now(),
    },
  });
  return { id };
}

/** The photo a tick cites: uploaded by the caller for this very task, and not yet cited by another tick. */
export async function photoForTick(prisma: PortalPrisma, ctx: SignedIn, task: DutyTask, photoId: string) {
  const photo = await prisma.dutyPhoto.findFirst({
    where: { id: photoId, taskId: task.id, uploadedById: ctx.actor.personId, proof: null },
  });
  if (!photo) throw dutiesErrors.photoNotFound({}, 'photoId');
  return photo.id;
}

/** Whether the caller may see a task's evidence: its holder, or a supervisor whose scope holds its org node. */
export const maySeeTask = (ctx: SignedIn, task: Pick<DutyTask, 'personId' | 'orgNodeId'>) =>
  task.personId === ctx.actor.personId ||
  scopeOf(ctx.actor, 'portal.duty.rates.read').orgNodeIds.includes(task.orgNodeId);

/** The photo's bytes for a viewer who may see its task, or null (no such photo, not theirs to see, gone). */
export async function readDutyPhoto(
  deps: DutyPhotoDeps,
  ctx: SignedIn,
  photoId: string,
): Promise<{ stream: Readable; contentType: string } | null> {
  const photo = await deps.prisma.dutyPhoto.findUnique({ where: { id: photoId }, include: { task: true } });
  if (!photo || !maySeeTask(ctx, photo.task)) return null;
  const stream = await deps.files.get(photo.storageKey);
  return stream ? { stream, contentType: photo.contentType } : null;
}
