// Photo URLs are not bearer tokens: the viewer's session decides at fetch time, with the inspection
// visibility rule (mystery-shopper visits hidden from the hall until published).
import { randomUUID } from 'node:crypto';
import type { InspectionService } from '@duda/service-inspection';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './testing/harness.ts';

const IMAGE = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

describe('photo URLs over real HTTP', () => {
  let gw: TestGateway;
  let inspection: InspectionService;
  /** A photo cited by a submitted monthly visit of 湖滨 (上城区). */
  let hallPhoto: string;
  /** A photo cited only by an unpublished mystery-shopper visit of the same hall. */
  let mysteryPhoto: string;
  let mysteryId: string;

  /** A photo of the hall stored and cited by a new inspection like `template`. */
  async function citedPhoto(
    template: Awaited<ReturnType<typeof findVisit>>,
    kind: 'MONTHLY_VISIT' | 'MYSTERY',
  ) {
    const id = randomUUID();
    const storageKey = `photos/${template.hallId}/${id}.png`;
    await inspection.storage.put(storageKey, IMAGE, 'image/png');
    await inspection.prisma.photo.create({
      data: {
        id,
        hallId: template.hallId,
        storageKey,
        contentType: 'image/png',
        size: IMAGE.length,
        uploadedById: randomUUID(),
      },
    });
    const created = await inspection.prisma.inspection.create({
      data: {
        kind,
        status: 'SUBMITTED',
        hallId: template.hallId,
        hallName: template.hallName,
        districtId: template.districtId,
        cityId: template.cityId,
        templateId: template.templateId,
        inspectorId: randomUUID(),
        inspectorName: '测试督导',
        inspectedOn: template.inspectedOn,
        month: template.month,
        startedAt: template.startedAt,
        submittedAt: template.startedAt,
        mysteryPublishedAt: null,
        results: {
          create: [{ itemCode: 'T1', sectionCode: 'S1', outcome: 'FAIL', problem: true, photoIds: [id] }],
        },
      },
    });
    return { photoId: id, inspectionId: created.id };
  }

  const findVisit = () =>
    inspection.prisma.inspection.findFirstOrThrow({
      where: { hallName: { contains: '湖滨' }, kind: { not: 'MYSTERY' }, status: 'SUBMITTED' },
    });

  const url = (photoId: string) => inspection.deps.photoUrl(photoId);

  beforeAll(async () => {
    gw = await startTestGateway();
    inspection = gw.services.local.inspection!;
    const visit = await findVisit();
    hallPhoto = (await citedPhoto(visit, 'MONTHLY_VISIT')).photoId;
    const mystery = await citedPhoto(visit, 'MYSTERY');
    mysteryPhoto = mystery.photoId;
    mysteryId = mystery.inspectionId;
  }, 300_000);
  afterAll(() => gw.close());

  async function fetchAs(username: string | null, photoId: string) {
    const client = gw.client();
    if (username) await client.login(username);
    return client.fetch(url(photoId));
  }

  it('shows the photo to people who may see the inspection', async () => {
    for (const username of ['sc.sup', 'hubin.mgr']) {
      const response = await fetchAs(username, hallPhoto);
      expect(response.status, username).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/png');
      expect(response.headers.get('cache-control')).toMatch(/^private/);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(IMAGE);
    }
  });

  it('answers a signed URL without a session with 401', async () => {
    const response = await fetchAs(null, hallPhoto);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).not.toMatch(/image/);
  });

  it("answers another district's supervisor and another hall's manager with 404", async () => {
    for (const username of ['xh.sup', 'nanxing.mgr']) {
      const response = await fetchAs(username, hallPhoto);
      expect(response.status, username).toBe(404);
      expect(await response.json()).toEqual({ error: '照片不存在或链接已过期' });
    }
  });

  it('answers 401 once the viewer has logged out', async () => {
    const client = gw.client();
    await client.login('sc.sup');
    expect((await client.fetch(url(hallPhoto))).status).toBe(200);
    expect((await client.mutation('auth.logout')).status).toBe(200);
    expect((await client.fetch(url(hallPhoto))).status).toBe(401);
  });

  it('hides a mystery-shopper photo from the hall until the visit is published', async () => {
    expect((await fetchAs('hubin.mgr', mysteryPhoto)).status).toBe(404);
    await inspection.prisma.inspection.update({
      where: { id: mysteryId },
      data: { mysteryPublishedAt: new Date() },
    });
    expect((await fetchAs('hubin.mgr', mysteryPhoto)).status).toBe(200);
  });

  it('still refuses a forged signature to the rightful viewer', async () => {
    const client = gw.client();
    await client.login('sc.sup');
    const forged = url(hallPhoto).replace(/sig=[^&]+/, 'sig=forged');
    expect((await client.fetch(forged)).status).toBe(404);
  });
});
