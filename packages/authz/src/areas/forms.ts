import { defineArea } from '../area.ts';

const manage = { 'forms.read': 'subtree', 'forms.entry.manage': 'subtree' } as const;

/** Forms and approvals (表单与审批, services/forms). Supervisors keep entries; halls and leaders read them. */
export const formsArea = defineArea({
  actions: ['forms.read', 'forms.entry.manage'],
  grants: {
    city_supervisor: manage,
    district_supervisor: manage,
    hall_manager: { 'forms.read': 'subtree' },
    leader: { 'forms.read': 'subtree' },
  },
});
