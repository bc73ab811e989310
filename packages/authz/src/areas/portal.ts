import { defineArea } from '../area.ts';

const manage = { 'portal.read': 'subtree', 'portal.entry.manage': 'subtree' } as const;

/** Workbench (工作台, services/portal). Supervisors keep entries; halls and leaders read them. */
export const portalArea = defineArea({
  actions: ['portal.read', 'portal.entry.manage'],
  grants: {
    city_supervisor: manage,
    district_supervisor: manage,
    hall_manager: { 'portal.read': 'subtree' },
    leader: { 'portal.read': 'subtree' },
  },
});
