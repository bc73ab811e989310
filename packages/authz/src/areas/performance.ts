import { defineArea } from '../area.ts';

/** Opens the area's remote (its menu): everyone who has something in it. */
const area = { 'performance.read': 'subtree' } as const;
/** Everyone scored monthly reads, acknowledges and self-assesses their own scorecard (签收, 自评). */
const scored = { ...area, 'performance.scorecard.read': 'own' } as const;
/** 360 度评估: anyone may be nominated to rate a hall manager; the service checks the nomination itself. */
const rate = { 'performance.review.rate': 'own' } as const;

/**
 * Performance (绩效考核, services/performance). The city supervisor keeps the KPI library and the schemes, runs the
 * month and signs it off; targets are allocated down the tree (city → district → hall → person) by each unit's
 * lead; the superior assesses (a hall's manager its clerks, a district's supervisor its hall managers) and adjusts
 * with a reason; each person reads their own scorecard, supervisors their subtree's, HR every signed-off one and
 * exports them.
 */
export const performanceArea = defineArea({
  actions: [
    'performance.read',
    'performance.kpi.manage',
    'performance.scheme.manage',
    'performance.target.allocate',
    'performance.scorecard.read',
    'performance.scorecard.assess',
    // HR: the signed-off months only (the service checks the month), never an open one.
    'performance.signedOff.read',
    'performance.month.run',
    'performance.month.signoff',
    'performance.export',
    // 360 度评估: the city supervisor and HR run the cycles; the rated hall manager and their superior nominate
    // raters and, after release, read the aggregates (the service checks who is whose superior).
    'performance.review.manage',
    'performance.review.rate',
    'performance.review.nominate',
    'performance.review.read',
    // 校准: a district's grades against the guideline, moved with a reason, then locked.
    'performance.calibrate',
  ],
  grants: {
    city_supervisor: {
      ...area,
      'performance.kpi.manage': 'subtree',
      'performance.scheme.manage': 'subtree',
      'performance.target.allocate': 'subtree',
      'performance.scorecard.read': 'subtree',
      'performance.scorecard.assess': 'subtree',
      'performance.month.run': 'subtree',
      'performance.month.signoff': 'subtree',
      'performance.calibrate': 'subtree',
      'performance.review.manage': 'subtree',
      'performance.review.read': 'subtree',
    },
    district_supervisor: {
      ...area,
      'performance.target.allocate': 'subtree',
      'performance.scorecard.read': 'subtree',
      'performance.scorecard.assess': 'subtree',
      'performance.calibrate': 'subtree',
      ...rate,
      'performance.review.nominate': 'subtree',
      'performance.review.read': 'subtree',
    },
    hall_manager: {
      'performance.read': 'subtree',
      'performance.target.allocate': 'subtree',
      'performance.scorecard.read': 'subtree',
      'performance.scorecard.assess': 'subtree',
      ...rate,
      'performance.review.nominate': 'own',
      'performance.review.read': 'own',
    },
    duty_manager: { ...scored, ...rate },
    manager_assistant: { ...scored, ...rate },
    clerk: { ...scored, ...rate },
    leader: { 'performance.read': 'subtree', 'performance.scorecard.read': 'subtree' },
    hr: {
      ...area,
      'performance.signedOff.read': 'subtree',
      'performance.export': 'subtree',
      'performance.review.manage': 'subtree',
      'performance.review.read': 'subtree',
    },
  },
});
