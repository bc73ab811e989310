import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventEnvelope, JsonObject } from '@duda/events';
import { submitVisit } from '@duda/service-inspection/testing';
import { planDraftSubscriptions } from './drafted-from-inspections.ts';
import { plansFixture, type PlansFixture } from './test-support.ts';

describe('targeted plans drafted from inspection events', () => {
  let f: PlansFixture;
  let deliver: (envelope: EventEnvelope, attempt?: number) => Promise<void>;

  /** The inspection's `inspection.submitted` as its outbox recorded it, the envelope the relay hands over. */
  async function submittedEvent(inspectionId: string): Promise<EventEnvelope> {
    const { rows } = await f.inspection.db.pool.query<{ id: string; payload: JsonObject; occurred_at: Date }>(
      `SELECT id, payload, occurred_at FROM inspection.outbox_event
        WHERE type = 'inspection.submitted' AND payload->>'inspectionId' = $1`,
      [inspectionId],
    );
    const [row] = rows;
    if (!row) throw new Error(`no inspection.submitted for ${inspectionId}`);
    return {
      id: row.id,
      type: 'inspection.submitted',
      occurredAt: row.occurred_at.toISOString(),
      payload: row.payload,
    };
  }

  const plansOf = (orgNodeId: string) =>
    f.training.prisma.trainingPlan.findMany({ where: { orgNodeId }, orderBy: { month: 'asc' } });

  beforeAll(async () => {
    f = await plansFixture();
    const [subscription] = planDraftSubscriptions(f.training.deps);
    deliver = (envelope, attempt = 1) =>
      subscription!.deliver(envelope, { subscriber: 'training.draft-targeted-plans', attempt });
  }, 120_000);
  afterAll(() => f?.close());

  it('drafts next month’s plan of the hall from its short staves once, however often the event comes', async () => {
    const hubin = f.hall('HZ-SC-01').id;
    // November: 上城区's visit fails two of 湖滨's checklist items.
    const visit = await submitVisit(f.inspection, 'sc.sup', hubin, { A01: '台席不整洁', B01: '未首问负责' });
    const event = await submittedEvent(visit.id);

    await deliver(event);
    await deliver(event, 2); // redelivered after a lost acknowledgement
    await Promise.all([deliver(event, 3), deliver(event, 3)]); // two processes at once

    const plans = await plansOf(hubin);
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      month: '2026-12',
      status: 'DRAFT',
      level: 'hall',
      orgName: '湖滨营业厅',
    });
    expect(plans[0]!.topics).toEqual([
      expect.objectContaining({
        key: 'item:A01',
        source: 'SHORT_STAVE',
        reason: { kind: 'failures', failed: 1 },
      }),
      expect.objectContaining({
        key: 'item:B01',
        source: 'SHORT_STAVE',
        reason: { kind: 'failures', failed: 1 },
      }),
    ]);

    // A second failing inspection of the month leaves the plan its manager may already be editing.
    const again = await submitVisit(f.inspection, 'sc.sup', hubin, { A02: '未唱收唱付' });
    await deliver(await submittedEvent(again.id));
    expect((await plansOf(hubin)).map((p) => p.id)).toEqual([plans[0]!.id]);

    // The hall manager reads and keeps the drafted plan as their own.
    const mine = await (await f.as('hubin.mgr')).plans.list({ month: '2026-12' });
    expect(mine).toEqual([expect.objectContaining({ id: plans[0]!.id, mine: true, topicCount: 2 })]);
  });

  it('drafts nothing for an inspection without problems, nor for a visit the hall may not see yet', async () => {
    const nanxing = f.hall('HZ-SC-02').id;
    const clean = await submitVisit(f.inspection, 'sc.sup', nanxing);
    await deliver(await submittedEvent(clean.id));
    expect(await plansOf(nanxing)).toEqual([]);

    const failed = await submitVisit(f.inspection, 'sc.sup', nanxing, { A01: '台席不整洁' });
    const event = await submittedEvent(failed.id);
    // The same facts as an unpublished mystery visit (暗访): nothing reaches the hall before publication.
    await deliver({ ...event, payload: { ...(event.payload as JsonObject), visibleToHall: false } });
    expect(await plansOf(nanxing)).toEqual([]);
    await deliver(event);
    expect(await plansOf(nanxing)).toEqual([expect.objectContaining({ month: '2026-12' })]);
  });
});
