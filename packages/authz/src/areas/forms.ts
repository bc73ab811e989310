import { defineArea } from '../area.ts';

/** Every approval (审批) of the unit, whoever takes part in it: the unit's managers, supervisors and leaders. */
const readApprovals = { 'forms.approval.read': 'subtree' } as const;
const manage = {
  'forms.read': 'subtree',
  'forms.entry.manage': 'subtree',
  ...readApprovals,
} as const;

/** Forms and approvals (表单与审批, services/forms). Supervisors keep entries; halls and leaders read them. */
export const formsArea = defineArea({
  actions: ['forms.read', 'forms.entry.manage', 'forms.approval.read'],
  grants: {
    city_supervisor: manage,
    district_supervisor: manage,
    hall_manager: { 'forms.read': 'subtree', ...readApprovals },
    duty_manager: readApprovals,
    leader: { 'forms.read': 'subtree', ...readApprovals },
  },
});
