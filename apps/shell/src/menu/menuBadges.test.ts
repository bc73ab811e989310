import { describe, expect, it } from 'vitest';
import { badgeOf, remoteOfEntry } from './menuBadges.ts';

const inspection = {
  title: '服务检查',
  children: [
    { title: 'inspection.dashboard.menu', path: '/inspection/dashboard' },
    { title: 'inspection.tasks.menu', path: '/inspection/tasks' },
  ],
};
const trainingDown = { title: '培训考试', path: '/training', icon: 'WarningFilled' };
const home = { title: 'shell.menu.home', path: '/' };
const counts = [
  { area: 'inspection', available: true, total: 12, overdue: 2 },
  { area: 'training', available: true, total: 0, overdue: 0 },
];

describe('menu badges', () => {
  it('finds the remote a menu group or stand-in leads to, none for the shell’s own entries', () => {
    expect(remoteOfEntry(inspection)).toBe('inspection');
    expect(remoteOfEntry(trainingDown)).toBe('training');
    expect(remoteOfEntry(home)).toBeUndefined();
  });

  it("gives an area's group its count while something waits there", () => {
    expect(badgeOf(inspection, counts)).toMatchObject({ total: 12, overdue: 2 });
    expect(badgeOf(trainingDown, counts)).toBeUndefined();
    expect(badgeOf(home, counts)).toBeUndefined();
    expect(
      badgeOf(inspection, [{ area: 'inspection', available: false, total: 0, overdue: 0 }]),
    ).toBeUndefined();
  });
});
