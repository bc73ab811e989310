import { defineArea } from '../area.ts';

const manage = { 'performance.read': 'subtree', 'performance.entry.manage': 'subtree' } as const;
/** Everyone scored monthly reads, acknowledges and self-assesses their own scorecard (签收, 自评). */
const scored = { 'performance.scorecard.read': 'own' } as const;

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
    'performance.entry.manage',
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
  ],
  grants: {
    city_supervisor: {
      ...manage,
      'performance.kpi.manage': 'subtree',
      'performance.scheme.manage': 'subtree',
      'performance.target.allocate': 'subtree',
      'performance.scorecard.read': 'subtree',
      'performance.scorecard.assess': 'subtree',
      'performance.month.run': 'subtree',
      'performance.month.signoff': 'subtree',
    },
    district_supervisor: {
      ...manage,
      'performance.target.allocate': 'subtree',
      'performance.scorecard.read': 'subtree',
      'performance.scorecard.assess': 'subtree',
    },
    hall_manager: {
      'performance.read': 'subtree',
      'performance.target.allocate': 'subtree',
      'performance.scorecard.read': 'subtree',
      'performance.scorecard.assess': 'subtree',
    },
    duty_manager: scored,
    manager_assistant: scored,
    clerk: scored,
    leader: { 'performance.read': 'subtree', 'performance.scorecard.read': 'subtree' },
    hr: { 'performance.signedOff.read': 'subtree', 'performance.export': 'subtree' },
  },
});
