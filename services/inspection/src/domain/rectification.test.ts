import { describe, expect, it } from 'vitest';
import { DEFAULT_RECTIFICATION_POLICY } from './rectification-policy.ts';
import { escalationOf, isOverdue, ordersFromInspection, transitionRectification } from './rectification.ts';
import type { InspectionHeader, RectificationActor, RectificationOrder } from './rectification.ts';
import { scoreInspection } from '@duda/contract-inspection';
import { passFailItem, pointsItem, section, template } from '@duda/contract-inspection/testing';

const policy = DEFAULT_RECTIFICATION_POLICY;
const issuedAt = new Date('2025-03-05T02:00:00Z'); // 10:00 in Beijing
const day = 86_400_000;
const hall: RectificationActor = { personId: 'manager', side: 'HALL' };
const verifier: RectificationActor = { personId: 'inspector', side: 'VERIFIER' };

const standard = template([
  section(
    'A',
    [passFailItem('A01', { severity: 'MAJOR', photoRequired: true }), pointsItem('A02', 5)],
    '服务礼仪',
  ),
  section('B', [passFailItem('B01', { veto: true, weight: 0, severity: 'CRITICAL' })], '安全与保障'),
]);
const score = scoreInspection(standard, [
  { itemCode: 'A01', outcome: 'FAIL', note: '两名营业员未佩戴工牌', photoIds: ['ph-1'] },
  { itemCode: 'A02', outcome: 3 },
  { itemCode: 'B01', outcome: 'PASS' },
]);
const inspection: InspectionHeader = {
  id: 'insp-1',
  hallId: 'hall-1',
  kind: 'MONTHLY_VISIT',
  status: 'SUBMITTED',
  inspectedOn: '2025-03-05',
};

function order(overrides: Partial<RectificationOrder> = {}): RectificationOrder {
  const [first] = ordersFromInspection(score, inspection, policy, issuedAt);
  return { ...first!, ...overrides };
}

describe('ordersFromInspection', () => {
  it('raises one order per problem with deadlines by severity', () => {
    const orders = ordersFromInspection(score, inspection, policy, issuedAt);
    expect(orders.map((o) => o.itemCode)).toEqual(['A01', 'A02']);
    expect(orders[0]).toMatchObject({
      inspectionId: 'insp-1',
      hallId: 'hall-1',
      sectionName: '服务礼仪',
      severity: 'MAJOR',
      problem: '两名营业员未佩戴工牌',
      problemPhotoIds: ['ph-1'],
      evidenceRequired: true,
      status: 'OPEN',
      attempt: 1,
    });
    expect(orders[0]?.deadline.toISOString()).toBe('2025-03-08T15:59:59.999Z');
    expect(orders[1]?.deadline.toISOString()).toBe('2025-03-12T15:59:59.999Z');
  });

  it('describes a problem without a note from its result', () => {
    expect(ordersFromInspection(score, inspection, policy, issuedAt)[1]?.problem).toBe(
      '得分 3/5 分，未达满分',
    );
  });

  it('refuses an inspection that is not submitted', () => {
    expect(() => ordersFromInspection(score, { ...inspection, status: 'DRAFT' }, policy, issuedAt)).toThrow(
      expect.objectContaining({ kind: 'PRECONDITION_FAILED' }),
    );
  });

  it('raises no orders for daily self-inspections', () => {
    expect(ordersFromInspection(score, { ...inspection, kind: 'DAILY' }, policy, issuedAt)).toEqual([]);
  });
});

describe('transitionRectification', () => {
  const respond = { type: 'RESPOND' as const, measures: '已补发工牌并在班前会强调', photoIds: ['ph-2'] };

  it('closes the loop: respond then accept, with history', () => {
    const responded = transitionRectification(order(), respond, hall, new Date(issuedAt.getTime() + day));
    expect(responded.order.status).toBe('RESPONDED');
    expect(responded.order.response).toMatchObject({
      measures: '已补发工牌并在班前会强调',
      respondedBy: 'manager',
    });
    expect(responded.history).toMatchObject({ action: 'RESPOND', fromStatus: 'OPEN', toStatus: 'RESPONDED' });
    const closedAt = new Date(issuedAt.getTime() + 2 * day);
    const accepted = transitionRectification(responded.order, { type: 'ACCEPT' }, verifier, closedAt);
    expect(accepted.order).toMatchObject({ status: 'ACCEPTED', closedAt });
    expect(accepted.history.comment).toBeNull();
  });

  it('sends back with a reason, counts the attempt and keeps the deadline', () => {
    const responded = transitionRectification(order(), respond, hall, issuedAt).order;
    const back = transitionRectification(
      responded,
      { type: 'REJECT_BACK', reason: '照片看不到工牌' },
      verifier,
      issuedAt,
    );
    expect(back.order).toMatchObject({ status: 'REJECTED_BACK', attempt: 2, rejectReason: '照片看不到工牌' });
    expect(back.order.deadline).toEqual(responded.deadline);
    const again = transitionRectification(back.order, respond, hall, issuedAt);
    expect(again.order.status).toBe('RESPONDED');
  });

  it('requires measures, evidence photos where required, and a send-back reason', () => {
    expect(() => transitionRectification(order(), { ...respond, measures: '  ' }, hall, issuedAt)).toThrow(
      expect.objectContaining({ field: 'measures' }),
    );
    expect(() => transitionRectification(order(), { ...respond, photoIds: [] }, hall, issuedAt)).toThrow(
      expect.objectContaining({ field: 'photoIds' }),
    );
    expect(() =>
      transitionRectification(
        order({ evidenceRequired: false }),
        { ...respond, photoIds: [] },
        hall,
        issuedAt,
      ),
    ).not.toThrow();
    const responded = order({ status: 'RESPONDED' });
    expect(() =>
      transitionRectification(responded, { type: 'REJECT_BACK', reason: '' }, verifier, issuedAt),
    ).toThrow(expect.objectContaining({ field: 'reason' }));
  });

  it('keeps each side to its own steps', () => {
    expect(() => transitionRectification(order(), respond, verifier, issuedAt)).toThrow(
      expect.objectContaining({ kind: 'FORBIDDEN' }),
    );
    expect(() =>
      transitionRectification(order({ status: 'RESPONDED' }), { type: 'ACCEPT' }, hall, issuedAt),
    ).toThrow(expect.objectContaining({ kind: 'FORBIDDEN' }));
  });

  it('refuses steps from the wrong state, including anything on a closed order', () => {
    expect(() => transitionRectification(order(), { type: 'ACCEPT' }, verifier, issuedAt)).toThrow(
      expect.objectContaining({ kind: 'CONFLICT', message: expect.stringContaining('待整改') }),
    );
    expect(() => transitionRectification(order({ status: 'ACCEPTED' }), respond, hall, issuedAt)).toThrow(
      expect.objectContaining({ kind: 'CONFLICT' }),
    );
    expect(() => transitionRectification(order({ status: 'RESPONDED' }), respond, hall, issuedAt)).toThrow(
      expect.objectContaining({ kind: 'CONFLICT' }),
    );
  });
});

describe('overdue and escalation', () => {
  const deadline = new Date('2025-03-08T15:59:59.999Z');

  it('is overdue only while the hall holds the order past its deadline', () => {
    const late = new Date(deadline.getTime() + 1);
    expect(isOverdue(order({ deadline }), deadline)).toBe(false);
    expect(isOverdue(order({ deadline }), late)).toBe(true);
    expect(isOverdue(order({ deadline, status: 'REJECTED_BACK' }), late)).toBe(true);
    expect(isOverdue(order({ deadline, status: 'RESPONDED' }), late)).toBe(false);
    expect(isOverdue(order({ deadline, status: 'ACCEPTED' }), late)).toBe(false);
  });

  it('escalates to the district, then the city', () => {
    expect(escalationOf(order({ deadline }), new Date(deadline.getTime() + day), policy).level).toBe(1);
    expect(escalationOf(order({ deadline }), new Date(deadline.getTime() + 4 * day), policy)).toMatchObject({
      level: 2,
      label: '市公司',
      overdueDays: 4,
    });
  });

  it('does not escalate an order awaiting verification or closed', () => {
    const muchLater = new Date(deadline.getTime() + 10 * day);
    expect(escalationOf(order({ deadline, status: 'RESPONDED' }), muchLater, policy).level).toBe(0);
    expect(escalationOf(order({ deadline, status: 'ACCEPTED' }), muchLater, policy).level).toBe(0);
  });
});
