import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITY_STANDARD_CHECKLIST } from '../domain/index.ts';
import { inspectionFixture, uploadPhoto, type InspectionFixture, submitVisit } from '../testing/fixture.ts';
import {
  inspectionSubmitted,
  monthArchived,
  rectificationClosed,
  type rectificationOverdue,
} from './domain-events.ts';

type EventType = (
  typeof inspectionSubmitted | typeof rectificationClosed | typeof rectificationOverdue | typeof monthArchived
)['type'];

describe('inspection events in the outbox, each in the transaction of its change', () => {
  let f: InspectionFixture;
  let inspectionId: string;
  beforeAll(async () => {
    f = await inspectionFixture();
  });
  afterAll(() => f.close());

  const outbox = (type: EventType) =>
    f.inspection.prisma.outboxEvent.findMany({ where: { type }, orderBy: { occurredAt: 'asc' } });

  it('records inspection.submitted once, even when the submit is sent again', async () => {
    const supervisor = await f.as('sc.sup');
    const hubin = f.hall('HZ-SC-01');
    const failing = CITY_STANDARD_CHECKLIST.sections
      .flatMap((s) => s.items)
      .find((i) => i.photoRequired && i.scoringMode === 'PASS_FAIL')!;
    const visit = await submitVisit(f, 'sc.sup', hubin.id, { [failing.code]: '宣传架破损' });
    inspectionId = visit.id;
    const { outcome } = visit;
    // The same submit sent again (a retry after a lost answer).
    await supervisor.inspections.submit({ id: inspectionId, results: visit.results });

    const events = await outbox('inspection.submitted');
    expect(events).toHaveLength(1);
    expect(inspectionSubmitted.schema.parse(events[0]!.payload)).toEqual({
      inspectionId,
      hallId: hubin.id,
      districtId: f.district('HZ-SC').id,
      cityId: f.seeded.cityId,
      kind: 'MONTHLY_VISIT',
      month: '2026-11',
      inspectorId: (await f.contextOf('sc.sup')).actor!.personId,
      total: outcome.total,
      passed: outcome.passed,
      vetoed: outcome.vetoed,
      problemCount: 1,
      ordersIssued: 1,
      visibleToHall: true,
      submittedAt: f.clock.now.toISOString(),
    });
    expect(events[0]!.publishedAt).toBeNull();
  });

  it('records rectification.closed when the verifier accepts, not when the order is sent back', async () => {
    const manager = await f.as('hubin.mgr');
    const inspector = await f.as('sc.sup');
    const order = await f.inspection.prisma.rectificationOrder.findFirstOrThrow({ where: { inspectionId } });
    const evidence = await uploadPhoto(manager, order.hallId);
    await manager.rectifications.respond({ id: order.id, measures: '已更换', photoIds: [evidence.id] });
    await inspector.rectifications.rejectBack({ id: order.id, reason: '照片不清楚' });
    expect(await outbox('rectification.closed')).toEqual([]);

    await manager.rectifications.respond({ id: order.id, measures: '已更换并重拍', photoIds: [evidence.id] });
    await inspector.rectifications.accept({ id: order.id });
    const events = await outbox('rectification.closed');
    expect(events.map((e) => rectificationClosed.schema.parse(e.payload))).toEqual([
      expect.objectContaining({ orderId: order.id, inspectionId, severity: order.severity, attempt: 2 }),
    ]);
  });

  it('records month.archived when the district closes its month', async () => {
    const supervisor = await f.as('sc.sup');
    const scope = { scopeOrgId: f.district('HZ-SC').id, month: '2026-11' };
    const { id } = await supervisor.notices.generate(scope);
    await supervisor.notices.publish({ id });
    f.clock.now = new Date('2026-12-02T02:00:00Z');
    await supervisor.archive.close(scope);

    const events = await outbox('month.archived');
    expect(events.map((e) => monthArchived.schema.parse(e.payload))).toEqual([
      {
        ...scope,
        scopeLevel: 'district',
        archivedById: (await f.contextOf('sc.sup')).actor!.personId,
        archivedAt: '2026-12-02T02:00:00.000Z',
      },
    ]);
  });
});
