import { describe, expect, it } from 'vitest';
import { prefillOf, type Answers } from './prefill.ts';

const HALL = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

const answers: Answers = {
  inspection: {
    inspections: [
      { id: 'i1', hallId: HALL, kind: 'MONTHLY_VISIT', inspectedOn: '2026-11-05', total: 92, vetoed: false },
      { id: 'i2', hallId: HALL, kind: 'CROSS', inspectedOn: '2026-11-19', total: 85.5, vetoed: true },
      { id: 'i3', hallId: OTHER, kind: 'CROSS', inspectedOn: '2026-11-19', total: 40, vetoed: true },
    ],
    orders: [
      { id: 'o1', hallId: HALL, closedAt: '2026-11-20T02:00:00Z', overdue: false },
      { id: 'o2', hallId: HALL, closedAt: null, overdue: true },
      { id: 'o3', hallId: OTHER, closedAt: null, overdue: true },
    ],
  },
  shortStaves: [{ itemCode: 'S1', itemTitle: '微笑服务', inspected: 4, failed: 3 }],
  training: {
    results: [
      { examId: 'e1', examTitle: '11月笔试', personId: 'p1', percent: 90, passed: true },
      { examId: 'e1', examTitle: '11月笔试', personId: 'p2', percent: 55, passed: false },
      { examId: 'e1', examTitle: '11月笔试', personId: 'p3', percent: null, passed: null },
    ],
  },
  complaints: { halls: [{ hallId: OTHER, total: 9, closed: 1, escalated: 2 }] },
  // The hall's month of queue readings as inspection counted them (on the China calendar, every one of them).
  queue: { readings: 3, warnings: 2, maxWaiting: 31 },
  equipment: {
    halls: [
      { orgNodeId: HALL, faults: 3, selfServiceAvailability: 0.98765 },
      { orgNodeId: OTHER, faults: 7, selfServiceAvailability: 0.5 },
    ],
  },
};

const valueOf = (prefill: ReturnType<typeof prefillOf>, key: string) =>
  prefill.figures.find((f) => f.key === key)?.value;

describe('the monthly report prefill (表2)', () => {
  const prefill = prefillOf(HALL, '2026-11', answers);

  it('counts the hall’s own inspections, orders and exams only, each figure with its page', () => {
    expect(valueOf(prefill, 'inspection.count')).toBe(2);
    expect(valueOf(prefill, 'inspection.averageScore')).toBe(88.8);
    expect(valueOf(prefill, 'inspection.vetoed')).toBe(1);
    expect(valueOf(prefill, 'rectification.issued')).toBe(2);
    expect(valueOf(prefill, 'rectification.closed')).toBe(1);
    expect(valueOf(prefill, 'rectification.overdue')).toBe(1);
    expect(valueOf(prefill, 'training.candidates')).toBe(3);
    expect(valueOf(prefill, 'training.sat')).toBe(2);
    expect(valueOf(prefill, 'training.averagePercent')).toBe(72.5);
    expect(valueOf(prefill, 'training.passed')).toBe(1);
    expect(valueOf(prefill, 'complaints.total')).toBe(0);
    expect(prefill.figures.find((f) => f.key === 'rectification.overdue')).toMatchObject({
      area: 'inspection',
      link: 'rectifications',
    });
  });

  it('reads the month’s queue figures of the hall (排队情况), each opening the queue page', () => {
    expect(valueOf(prefill, 'queue.readings')).toBe(3);
    expect(valueOf(prefill, 'queue.warnings')).toBe(2);
    expect(valueOf(prefill, 'queue.maxWaiting')).toBe(31);
    expect(prefill.figures.find((f) => f.key === 'queue.warnings')).toMatchObject({
      area: 'inspection',
      link: 'queue',
    });
    const quiet = prefillOf(HALL, '2026-12', {
      ...answers,
      queue: { readings: 0, warnings: 0, maxWaiting: null },
    });
    expect(valueOf(quiet, 'queue.readings')).toBe(0);
    expect(valueOf(quiet, 'queue.maxWaiting')).toBeNull();
  });

  it("reads the hall's equipment faults and self-service terminal availability (设施与设备) from operations", () => {
    expect(valueOf(prefill, 'equipment.faults')).toBe(3);
    expect(valueOf(prefill, 'equipment.selfServiceAvailability')).toBe(98.8);
    expect(prefill.figures.find((f) => f.key === 'equipment.selfServiceAvailability')).toMatchObject({
      area: 'operations',
      link: 'figures',
    });
    const noTerminal = prefillOf(HALL, '2026-11', { ...answers, equipment: { halls: [] } });
    expect(valueOf(noTerminal, 'equipment.faults')).toBe(0);
    expect(valueOf(noTerminal, 'equipment.selfServiceAvailability')).toBeNull();
  });

  it('lists what is behind the figures, openable in its area', () => {
    expect(prefill.inspections.map((i) => i.link)).toEqual(['inspections/i1', 'inspections/i2']);
    expect(prefill.shortStaves).toEqual([
      { title: '微笑服务', detail: '3/4', area: 'inspection', link: 'dashboard?month=2026-11' },
    ]);
    expect(prefill.exams).toEqual([{ title: '11月笔试', detail: '1/2', area: 'training', link: 'exams/e1' }]);
  });

  it('marks a source that did not answer and fills the rest', () => {
    const partial = prefillOf(HALL, '2026-11', { ...answers, training: null, complaints: null, queue: null });
    expect(partial.sources).toEqual([
      { source: 'inspection', available: true },
      { source: 'shortStaves', available: true },
      { source: 'training', available: false },
      { source: 'complaints', available: false },
      { source: 'queue', available: false },
      { source: 'equipment', available: true },
    ]);
    expect(partial.figures.some((f) => f.key.startsWith('queue.'))).toBe(false);
    expect(partial.figures.some((f) => f.key.startsWith('training.'))).toBe(false);
    expect(partial.exams).toEqual([]);
    expect(valueOf(partial, 'inspection.count')).toBe(2);
  });

  it('has no average without a score', () => {
    const empty = prefillOf(HALL, '2026-11', {
      ...answers,
      inspection: { inspections: [], orders: [] },
      training: { results: [] },
    });
    expect(valueOf(empty, 'inspection.averageScore')).toBeNull();
    expect(valueOf(empty, 'training.averagePercent')).toBeNull();
  });
});
