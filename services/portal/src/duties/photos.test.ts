// Duty photos (拍照留证) against a real PostgreSQL, a real org service and a real temporary folder: the holder
// uploads a photo for a duty ticked by hand and the tick carries it; a file that is not an image is refused;
// supervisors in scope see it in the person's duties, nobody else.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { text } from 'node:stream/consumers';
import { makeTempDir } from '@duda/db/testing/temp-dir';
import { localFolderStorage } from '@duda/file-storage';
import { localServiceClient } from '@duda/service-kit';
import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database } from '../database.ts';
import { createPortalService, type PortalService } from '../module.ts';
import { readDutyPhoto } from './photos.ts';

let f: OrgFixture;
let service: PortalService;
let folder: string;
// Wednesday 2 December 2026, 09:00 in China.
const now = new Date('2026-12-02T01:00:00Z');

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const PDF = new TextEncoder().encode('%PDF-1.7 营业前检查');

beforeAll(async () => {
  f = await orgFixture({ with: [database] });
  folder = await makeTempDir('duda-duty-photos-');
  service = createPortalService({
    pool: f.db.pool,
    org: localServiceClient(f.org.router),
    now: () => now,
    files: localFolderStorage(folder),
  });
  await (await as('hubin.mgr')).duties.mine({ span: 'day' });
});
afterAll(async () => {
  await service.close();
  await f.close();
});

const as = async (username: string) => service.router.createCaller(await f.contextOf(username));
const signedIn = async (username: string) => {
  const ctx = await f.contextOf(username);
  return { ...ctx, actor: ctx.actor! };
};
const personOf = (username: string) => f.seeded.demoPeople[username]!.id;
const taskOf = (username: string, code: string) =>
  service.prisma.dutyTask.findFirstOrThrow({ where: { personId: personOf(username), code } });
const photoForm = (taskId: string, bytes: Uint8Array = PNG, name = '开门检查.png') => {
  const form = new FormData();
  form.set('taskId', taskId);
  form.set('file', new File([bytes], name));
  return form;
};
const storedFiles = async () =>
  (await readdir(folder, { recursive: true, withFileTypes: true })).filter((e) => e.isFile());

describe('a duty ticked with a photo', () => {
  it('is ticked by its holder with a photo taken on the phone, kept in the file storage', async () => {
    const manager = await as('hubin.mgr');
    const preshift = await taskOf('hubin.mgr', 'hall.daily.preshift');
    const photo = await manager.duties.uploadPhoto(photoForm(preshift.id));
    const ticked = await manager.duties.tick({ taskId: preshift.id, note: '班前会已开', photoId: photo.id });
    expect(ticked).toMatchObject({
      status: 'DONE',
      proofs: [{ note: '班前会已开', photoUrl: `/api/portal/duty-photos/${photo.id}` }],
    });
    const [file] = await storedFiles();
    expect(path.join(file!.parentPath, file!.name)).toBe(
      path.join(folder, 'duties', preshift.orgNodeId, `${photo.id}.png`),
    );
    const read = await readDutyPhoto(service.dutyPhotos, await signedIn('hubin.mgr'), photo.id);
    expect(read?.contentType).toBe('image/png');
    expect(await text(read!.stream)).toBe(Buffer.from(PNG).toString());
  });

  it('refuses a file that is not an image, whatever its name, with a clear message and nothing stored', async () => {
    const floor = await taskOf('hubin.mgr', 'hall.daily.floor');
    const before = (await storedFiles()).length;
    await expect(
      (await as('hubin.mgr')).duties.uploadPhoto(photoForm(floor.id, PDF, '照片.jpg')),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: '所选文件不是图片：请上传手机拍摄的 JPEG、PNG 或 WebP 照片',
    });
    expect(await service.prisma.dutyPhoto.count({ where: { taskId: floor.id } })).toBe(0);
    expect((await storedFiles()).length).toBe(before);
  });

  it('is uploaded only by the duty’s holder, only for a duty ticked by hand', async () => {
    const floor = await taskOf('hubin.mgr', 'hall.daily.floor');
    await expect((await as('nanxing.mgr')).duties.uploadPhoto(photoForm(floor.id))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const checklist = await taskOf('hubin.mgr', 'hall.daily.checklist');
    await expect((await as('hubin.mgr')).duties.uploadPhoto(photoForm(checklist.id))).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
    expect(
      await service.prisma.dutyPhoto.count({ where: { taskId: { in: [floor.id, checklist.id] } } }),
    ).toBe(0);
  });

  it('is cited only by a tick of the task it was taken for, and only once', async () => {
    const manager = await as('hubin.mgr');
    const floor = await taskOf('hubin.mgr', 'hall.daily.floor');
    const closing = await taskOf('hubin.mgr', 'hall.daily.closing');
    const forClosing = await manager.duties.uploadPhoto(photoForm(closing.id));
    await expect(
      manager.duties.tick({ taskId: floor.id, note: '巡场', photoId: forClosing.id }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND', message: '照片不存在，或不是为此项上传的，请重新上传' });
    const preshiftPhoto = (
      await service.prisma.dutyProof.findFirstOrThrow({ where: { photoId: { not: null } } })
    ).photoId!;
    await expect(
      manager.duties.tick({ taskId: floor.id, note: '巡场', photoId: preshiftPhoto }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await taskOf('hubin.mgr', 'hall.daily.floor')).toMatchObject({ done: 0 });
  });

  it("is seen by the holder's supervisors in scope in the person's duties, by nobody else", async () => {
    const proof = await service.prisma.dutyProof.findFirstOrThrow({ where: { photoId: { not: null } } });
    const day = { personId: personOf('hubin.mgr'), span: 'day' as const };
    const seen = await (await as('sc.sup')).duties.person(day);
    const preshift = seen.tasks.find((t) => t.code === 'hall.daily.preshift')!;
    expect(preshift.proofs).toEqual([
      expect.objectContaining({ photoUrl: `/api/portal/duty-photos/${proof.photoId}` }),
    ]);
    expect(await readDutyPhoto(service.dutyPhotos, await signedIn('sc.sup'), proof.photoId!)).not.toBeNull();

    expect((await (await as('xh.sup')).duties.person(day)).tasks).toEqual([]);
    await expect((await as('hubin.clerk')).duties.person(day)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    for (const outsider of ['xh.sup', 'nanxing.mgr', 'hubin.clerk'])
      expect(await readDutyPhoto(service.dutyPhotos, await signedIn(outsider), proof.photoId!)).toBeNull();
  });
});
