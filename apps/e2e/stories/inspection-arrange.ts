// What the inspection stories arrange through the gateway before a person's day starts: a district supervisor's
// submitted visit with the problems a story needs, so a story never depends on the demo data's orders.
import type { Page } from '@playwright/test';
import { gatewayApi } from '../support/gateway-api.ts';

/** A tiny real PNG: the service checks that an evidence photo really is an image. */
export const PHOTO = {
  name: 'evidence.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
};

interface TemplateItem {
  code: string;
  title: string;
  scoringMode: 'PASS_FAIL' | 'POINTS';
  maxPoints: number | null;
  photoRequired: boolean;
  veto: boolean;
}

export interface SubmittedVisit {
  inspectionId: string;
  hallId: string;
  districtId: string;
  orders: { id: string; itemTitle: string }[];
}

/**
 * The signed-in inspector (the page's account) submits a monthly visit to a hall on the city's published
 * standard, failing the pass/fail items `pick` chooses with `note`; every other item passes.
 */
export async function submitVisit(
  page: Page,
  hallName: string,
  pick: (items: TemplateItem[]) => TemplateItem[],
  note: string,
): Promise<SubmittedVisit> {
  const api = gatewayApi(page);
  const halls = await api.query<{ items: { id: string; name: string; districtId: string }[] }>('org.halls', {
    page: 1,
    pageSize: 10,
    q: hallName.replace('营业厅', ''),
  });
  const hall = halls.items.find((candidate) => candidate.name === hallName)!;
  const templates = await api.query<{ id: string; status: string }[]>('inspection.templates.list', {
    kind: 'STANDARD',
  });
  const templateId = templates.find((template) => template.status === 'PUBLISHED')!.id;
  const template = await api.query<{ sections: { items: TemplateItem[] }[] }>('inspection.templates.get', {
    id: templateId,
  });
  const items = template.sections.flatMap((section) => section.items);
  const failing = new Set(pick(items.filter((item) => item.scoringMode === 'PASS_FAIL')));
  const photo = await api.upload<{ id: string }>('inspection.inspections.uploadPhoto', {
    hallId: hall.id,
    file: PHOTO,
  });
  const { id: inspectionId } = await api.mutate<{ id: string }>('inspection.inspections.start', {
    clientKey: crypto.randomUUID(),
    hallId: hall.id,
    kind: 'MONTHLY_VISIT',
    templateId,
  });
  await api.mutate('inspection.inspections.submit', {
    id: inspectionId,
    results: items.map((item) => ({
      itemCode: item.code,
      outcome: failing.has(item) ? 'FAIL' : item.scoringMode === 'POINTS' ? (item.maxPoints ?? 1) : 'PASS',
      note: failing.has(item) ? note : null,
      photoIds: item.photoRequired || failing.has(item) ? [photo.id] : [],
    })),
  });
  const orders = await api.query<{ items: { id: string; itemTitle: string }[] }>(
    'inspection.rectifications.list',
    { page: 1, pageSize: 100, inspectionId },
  );
  return { inspectionId, hallId: hall.id, districtId: hall.districtId, orders: orders.items };
}
