import { describe, expect, it } from 'vitest';
import { inboxRows, inboxStatus, type InboxItem } from './inboxRows.ts';

const now = new Date(2026, 10, 23, 10, 0);
const item = (over: Partial<InboxItem>): InboxItem => ({
  id: 'training.exam.take.e1',
  area: 'training',
  kind: 'exam.take',
  kindLabel: { 'zh-CN': '参加考试', en: 'Take an exam' },
  title: '11 月全市月考',
  orgNodeId: null,
  orgName: '杭州分公司',
  dueAt: new Date(2026, 10, 23, 18, 0),
  overdue: false,
  route: { remote: 'training', path: 'take/e1' },
  ...over,
});

describe('inbox rows', () => {
  it('tags an action overdue, due today, upcoming or without a deadline', () => {
    expect(inboxStatus(item({ overdue: true, dueAt: new Date(2026, 10, 20) }), now)).toBe('overdue');
    expect(inboxStatus(item({}), now)).toBe('today');
    expect(inboxStatus(item({ dueAt: new Date(2026, 10, 24, 9, 0) }), now)).toBe('upcoming');
    expect(inboxStatus(item({ dueAt: null }), now)).toBe('noDeadline');
  });

  it("links each row to its page in its remote and keeps the inbox's order", () => {
    const rows = inboxRows(
      [
        item({}),
        item({ id: 'inspection.x', route: { remote: 'inspection', path: 'rectifications?order=o1' } }),
      ],
      now,
    );
    expect(rows.map((row) => row.to)).toEqual(['/training/take/e1', '/inspection/rectifications?order=o1']);
    expect(rows[0]).toMatchObject({ title: '11 月全市月考', status: 'today', kind: { en: 'Take an exam' } });
  });
});
