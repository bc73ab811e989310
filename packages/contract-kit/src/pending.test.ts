import { describe, expect, it } from 'vitest';
import {
  comparePending,
  definePendingKinds,
  mergePending,
  pendingActionSchema,
  pendingPage,
} from './pending.ts';

const kinds = definePendingKinds('training', {
  'exam.take': { 'zh-CN': '参加考试', en: 'Take an exam' },
});
const action = (objectId: string, dueAt: Date | null, overdue = false) =>
  kinds.action('exam.take', {
    objectId,
    title: `考试 ${objectId}`,
    orgNodeId: null,
    orgName: null,
    dueAt,
    overdue,
    path: `take/${objectId}`,
  });

describe('the to-do contract', () => {
  it('makes an action of an area kind: stable id, both labels, the route in its remote', () => {
    const made = action('e1', new Date('2026-12-01T10:00:00Z'));
    expect(made).toMatchObject({
      id: 'training.exam.take.e1',
      area: 'training',
      kindLabel: { 'zh-CN': '参加考试', en: 'Take an exam' },
      route: { remote: 'training', path: 'take/e1' },
    });
    expect(pendingActionSchema.parse(made)).toEqual(made);
  });

  it('sorts overdue first, then by due time, undated last', () => {
    const late = action('late', new Date('2026-11-01T00:00:00Z'), true);
    const soon = action('soon', new Date('2026-12-01T00:00:00Z'));
    const later = action('later', new Date('2026-12-05T00:00:00Z'));
    const undated = action('undated', null);
    const undatedToo = action('a-undated', null);
    expect([undated, later, soon, undatedToo, late].sort(comparePending).map((a) => a.id)).toEqual([
      late.id,
      soon.id,
      later.id,
      undatedToo.id,
      undated.id,
    ]);
  });

  it('merges answers: the soonest up to the limit, every count added', () => {
    const one = pendingPage([action('b', new Date('2026-12-02T00:00:00Z'))], 10);
    const two = { items: [action('a', new Date('2026-12-01T00:00:00Z'), true)], total: 7, overdue: 3 };
    const merged = mergePending([one, two], 1);
    expect(merged.items.map((a) => a.id)).toEqual(['training.exam.take.a']);
    expect(merged).toMatchObject({ total: 8, overdue: 3 });
  });
});
