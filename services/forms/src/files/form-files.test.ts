import { localServiceClient } from '@duda/service-kit';
import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database } from '../database.ts';
import { createFormsService, type FormsService } from '../module.ts';
import { seedFormsDemo, type SeededForms } from '../seed/index.ts';
import { readFormFile } from './form-files.ts';

let f: OrgFixture;
let service: FormsService;
let forms: SeededForms;

beforeAll(async () => {
  f = await orgFixture({ with: [database] });
  service = createFormsService({ pool: f.db.pool, org: localServiceClient(f.org.router) });
  forms = await seedFormsDemo(service.prisma, f.seeded);
});
afterAll(async () => {
  await service.close();
  await f.close();
});

const as = async (username: string) => service.router.createCaller(await f.contextOf(username));
const hubin = () => f.seeded.districts[0]!.halls[0]!;
const nanxing = () => f.seeded.districts[0]!.halls[1]!;
const JPEG = [0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46];

const upload = (orgNodeId: string, bytes: Uint8Array, name = '病假证明.jpg') => {
  const form = new FormData();
  form.set('orgNodeId', orgNodeId);
  form.set('file', new File([bytes as Uint8Array<ArrayBuffer>], name));
  return form;
};

const sickLeave = (note: unknown) => ({
  hall: { id: hubin().id, name: hubin().name },
  applicant: { id: f.seeded.demoPeople['hubin.clerk']!.id, name: f.seeded.demoPeople['hubin.clerk']!.name },
  kind: 'sick',
  period: { start: '2026-12-07', end: '2026-12-10' },
  reason: '发烧',
  sickNote: [note],
});

describe('a form’s files', () => {
  it('takes an image for the unit, refuses an oversized or foreign file and writes nothing', async () => {
    const clerk = await as('hubin.clerk');
    const stored = await clerk.submissions.uploadFile(upload(hubin().id, new Uint8Array(JPEG)));
    expect(stored).toMatchObject({ contentType: 'image/jpeg', size: JPEG.length, name: '病假证明.jpg' });
    expect(stored.url).toBe(`/api/forms/files/${stored.id}`);

    const before = await service.prisma.formFile.count();
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(JPEG);
    await expect(clerk.submissions.uploadFile(upload(hubin().id, big))).rejects.toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      cause: { code: 'forms.submissions.fileTooLarge', params: { maximum: 10 } },
    });
    await expect(
      clerk.submissions.uploadFile(upload(hubin().id, new TextEncoder().encode('not an image'), 'a.jpg')),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { code: 'forms.submissions.fileType' } });
    await expect(
      clerk.submissions.uploadFile(upload(nanxing().id, new Uint8Array(JPEG))),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect(await service.prisma.formFile.count()).toBe(before);
  });

  it('a form cites only files of its own unit; its readers may fetch them, others not', async () => {
    const clerk = await as('hubin.clerk');
    const versionId = forms.versions['表10']!;
    const { url: _url, ...ref } = await clerk.submissions.uploadFile(
      upload(hubin().id, new Uint8Array(JPEG)),
    );
    const manager = await as('nanxing.mgr');
    const { url: _other, ...foreign } = await manager.submissions.uploadFile(
      upload(nanxing().id, new Uint8Array(JPEG)),
    );
    const refused = await clerk.submissions
      .submit({ versionId, orgNodeId: hubin().id, data: sickLeave(foreign) })
      .then(
        () => null,
        (e: { code: string; cause: { issues: { path: string[]; message: string }[] } }) => e,
      );
    expect(refused?.code).toBe('BAD_REQUEST');
    expect(refused?.cause.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['data.sickNote', 'forms.submissions.fileUnknown'],
    ]);

    const submitted = await clerk.submissions.submit({
      versionId,
      orgNodeId: hubin().id,
      data: sickLeave(ref),
    });
    expect(submitted.data.sickNote).toEqual([ref]);
    const read = async (username: string) => {
      const ctx = await f.contextOf(username);
      return readFormFile(service.deps, { ...ctx, actor: ctx.actor! }, ref.id);
    };
    expect(await read('hubin.clerk')).toMatchObject({ contentType: 'image/jpeg' });
    expect(await read('hubin.mgr')).toMatchObject({ name: '病假证明.jpg' });
    expect(await read('nanxing.mgr')).toBeNull();
    expect(await read('trainer')).toBeNull();
  });
});
