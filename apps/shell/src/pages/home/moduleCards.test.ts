import { describe, expect, it } from 'vitest';
import { moduleCards } from './moduleCards.ts';

describe('moduleCards (the home page)', () => {
  it('makes one card per module leading to its first page, listing its pages', () => {
    const cards = moduleCards([
      { title: 'shell.menu.home', path: '/', icon: 'HomeFilled' },
      {
        title: 'inspection.menu.group',
        icon: 'Checked',
        children: [
          { title: 'inspection.dashboard.menu', path: '/inspection/dashboard' },
          {
            title: 'inspection.plans',
            children: [{ title: 'inspection.plans.menu', path: '/inspection/plans' }],
          },
        ],
      },
    ]);
    expect(cards).toEqual([
      {
        title: 'inspection.menu.group',
        icon: 'Checked',
        path: '/inspection/dashboard',
        links: [
          { title: 'inspection.dashboard.menu', path: '/inspection/dashboard' },
          { title: 'inspection.plans.menu', path: '/inspection/plans' },
        ],
      },
    ]);
  });

  it('gives a single-page module (or one standing in for a failed remote) no list of links', () => {
    expect(moduleCards([{ title: 'exam', path: '/exam', icon: 'WarningFilled' }])).toEqual([
      { title: 'exam', icon: 'WarningFilled', path: '/exam', links: [] },
    ]);
  });
});
