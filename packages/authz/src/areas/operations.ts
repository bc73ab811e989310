import { defineArea } from '../area.ts';

const manage = { 'operations.read': 'subtree', 'operations.entry.manage': 'subtree' } as const;

/** Hall operations (运营保障, services/operations). Supervisors keep entries; halls and leaders read them. */
export const operationsArea = defineArea({
  actions: ['operations.read', 'operations.entry.manage'],
  grants: {
    city_supervisor: manage,
    district_supervisor: manage,
    hall_manager: { 'operations.read': 'subtree' },
    leader: { 'operations.read': 'subtree' },
  },
});
