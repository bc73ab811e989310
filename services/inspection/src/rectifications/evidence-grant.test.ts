// A clerk follows her scorecard's evidence to the inspection and the order behind her own deduction: performance
// signs a grant for her and that record (the services' shared secret, 'test-secret' here); with it she reads that
// record alone — not another inspection or order of the hall, not with someone else's grant, never a draft.
import { CITY_STANDARD_CHECKLIST } from '../domain/index.ts';
import { evidenceGrant } from '@duda/service-kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectionFixture, submitVisit, type InspectionFixture } from '../testing/fixture.ts';

const SECRET = 'test-secret';
let f: InspectionFixture;
let clerkId: string;
let visit: { inspectionId: string; orderId: string };
let other: { inspectionId: string; orderId: string };

const failing = CITY_STANDARD_CHECKLIST.sections
  .flatMap((section) => section.items)
  .filter((item) => item.scoringMode === 'PASS_FAIL');

async function visitWithOrder(itemCode: string) {
  const { id } = await submitVisit(f, 'sc.sup', f.hall('HZ-SC-01').id, { [itemCode]: '工牌未佩戴' });
  const order = await f.inspection.prisma.rectificationOrder.findFirstOrThrow({
    where: { inspectionId: id },
  });
  return { inspectionId: id, orderId: order.id };
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code?: string }) => error.code ?? String(error),
  );

beforeAll(async () => {
  f = await inspectionFixture();
  clerkId = (await f.contextOf('hubin.clerk')).actor!.personId;
  visit = await visitWithOrder(failing[0]!.code);
  other = await visitWithOrder(failing[1]!.code);
});
afterAll(() => f.close());

describe('a clerk with the grant of her own evidence', () => {
  it('reads the inspection and the order it cites', async () => {
    const clerk = await f.as('hubin.clerk');
    const inspection = await clerk.inspections.get({
      id: visit.inspectionId,
      grant: evidenceGrant(SECRET, `inspection.inspection:${visit.inspectionId}`, clerkId),
    });
    expect(inspection).toMatchObject({ id: visit.inspectionId, hallName: '湖滨营业厅' });
    const order = await clerk.rectifications.get({
      id: visit.orderId,
      grant: evidenceGrant(SECRET, `inspection.rectification:${visit.orderId}`, clerkId),
    });
    expect(order).toMatchObject({ id: visit.orderId, canRespond: false, canVerify: false });
  });

  it('reads nothing else of the hall: no grant, another record’s grant, or another’s grant', async () => {
    const clerk = await f.as('hubin.clerk');
    expect(await codeOf(clerk.inspections.get({ id: visit.inspectionId }))).toBe('FORBIDDEN');
    expect(await codeOf(clerk.rectifications.get({ id: visit.orderId }))).toBe('FORBIDDEN');
    const grantOfVisit = evidenceGrant(SECRET, `inspection.inspection:${visit.inspectionId}`, clerkId);
    expect(await codeOf(clerk.inspections.get({ id: other.inspectionId, grant: grantOfVisit }))).toBe(
      'FORBIDDEN',
    );
    const grantOfOrder = evidenceGrant(SECRET, `inspection.rectification:${visit.orderId}`, clerkId);
    expect(await codeOf(clerk.rectifications.get({ id: other.orderId, grant: grantOfOrder }))).toBe(
      'FORBIDDEN',
    );
    // The inspection's grant is not the order's, and a grant signed with another secret is nothing.
    expect(await codeOf(clerk.rectifications.get({ id: visit.orderId, grant: grantOfVisit }))).toBe(
      'FORBIDDEN',
    );
    const forged = evidenceGrant('guessed', `inspection.rectification:${visit.orderId}`, clerkId);
    expect(await codeOf(clerk.rectifications.get({ id: visit.orderId, grant: forged }))).toBe('FORBIDDEN');
    // Her grant in another person's hands: 南星's manager reads nothing of 湖滨 with it.
    const stranger = await f.as('nanxing.mgr');
    expect(await codeOf(stranger.rectifications.get({ id: visit.orderId, grant: grantOfOrder }))).toBe(
      'FORBIDDEN',
    );
  });
});
