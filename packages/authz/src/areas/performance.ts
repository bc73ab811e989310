import { defineArea } from '../area.ts';

const manage = { 'performance.read': 'subtree', 'performance.entry.manage': 'subtree' } as const;

/** Performance (绩效考核, services/performance). Supervisors keep entries; halls and leaders read them. */
export const performanceArea = defineArea({
  actions: ['performance.read', 'performance.entry.manage'],
  grants: {
    city_supervisor: manage,
    district_supervisor: manage,
    hall_manager: { 'performance.read': 'subtree' },
    leader: { 'performance.read': 'subtree' },
  },
});
