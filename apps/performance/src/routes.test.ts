import { setCurrentUser } from '@duda/federation';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter, type RouteRecordRaw } from 'vue-router';
import { landingOf, routes } from './routes.ts';

const userWith = (permissions: string[]) => ({
  person: { id: 'p', staffNo: 'HZ1', name: '赵雪', position: '', orgNodeId: 'h', orgName: '湖滨营业厅' },
  roles: [],
  permissions,
  mustChangePassword: false,
});

const empty = { render: () => null };

afterEach(() => setCurrentUser(null));

// The area's actions each role holds (packages/authz/src/areas/performance.ts), as `org.me` lists them.
const SCORED = ['performance.read', 'performance.scorecard.read', 'performance.review.rate'];
const GRANTS: Record<string, string[]> = {
  clerk: SCORED,
  hall_manager: [...SCORED, 'performance.target.allocate', 'performance.scorecard.assess'],
  leader: ['performance.read', 'performance.scorecard.read'],
  district_supervisor: [...SCORED, 'performance.scorecard.assess', 'performance.calibrate'],
  city_supervisor: [
    ...SCORED,
    'performance.scorecard.assess',
    'performance.month.run',
    'performance.month.signoff',
    'performance.calibrate',
  ],
  hr: ['performance.read', 'performance.signedOff.read', 'performance.export', 'performance.review.manage'],
};

describe('where 绩效考核 opens', () => {
  it.each([
    ['clerk', 'performance.scorecards.mine'],
    ['hall_manager', 'performance.scorecards.mine'],
    ['leader', 'performance.scorecards.mine'],
    ['district_supervisor', 'performance.scorecards'],
    ['city_supervisor', 'performance.months'],
    ['hr', 'performance.months'],
  ])('a %s lands on %s, a page of their menu', (role, landing) => {
    expect(landingOf(GRANTS[role]!)).toBe(landing);
  });

  it('redirects the remote’s root to the signed-in person’s landing, never to the 360 pages', async () => {
    const router = createRouter({
      history: createMemoryHistory(),
      // Under the shell's /performance/ as the portal mounts them; the pages themselves are empty components here.
      routes: [
        {
          path: '/performance',
          component: empty,
          children: routes.map((route) =>
            route.redirect ? route : ({ ...route, component: empty } as RouteRecordRaw),
          ),
        },
      ],
    });
    setCurrentUser(userWith(GRANTS.hr!));
    await router.push('/performance');
    expect(router.currentRoute.value.name).toBe('performance.months');
    setCurrentUser(userWith(GRANTS.clerk!));
    await router.push('/performance/targets');
    await router.push('/performance');
    expect(router.currentRoute.value.name).toBe('performance.scorecards.mine');
  });
});
